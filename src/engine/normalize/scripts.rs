//! Script folds: the spellings of one word that typists of Indic, Arabic-script and Ge'ez text use
//! interchangeably made one, and the digits of every script read as ASCII digits.

/// What becomes of one (already decomposed, lower-cased) character.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Fold {
    Keep,
    Drop,
    To(char),
}

/// The zero of each script's decimal digits (Arabic-Indic, Extended Arabic-Indic (Urdu, Persian),
/// Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala,
/// Thai, Lao, Tibetan, Khmer, Mongolian). Myanmar digits are read in `myanmar`: ၀ and
/// ၇ are also typed for the letters ဝ and ရ.
const DIGIT_ZEROS: [u32; 17] = [
    0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0,
    0x0F20, 0x17E0, 0x1810,
];

/// Ge'ez syllable series that Amharic spells interchangeably (ሐ and ኀ for ሀ, ሠ for ሰ, ዐ for
/// አ, ፀ for ጸ): (first of the series, first of the series it folds to, orders).
const GEEZ_HOMOPHONES: [(u32, u32, u32); 5] =
    [(0x1210, 0x1200, 8), (0x1280, 0x1200, 7), (0x1220, 0x1230, 8), (0x12D0, 0x12A0, 7), (0x1340, 0x1338, 7)];

pub(super) fn fold(c: char) -> Fold {
    let code = c as u32;
    if code < 0x0640 {
        return Fold::Keep;
    }
    match c {
        // Nukta: often left out ("ज़रूरी" / "जरूरी"), so never required.
        '\u{093C}' | '\u{09BC}' | '\u{0A3C}' | '\u{0ABC}' | '\u{0B3C}' | '\u{0CBC}' => Fold::Drop,
        // Devanagari candrabindu and anusvara stand for one another in everyday Hindi and Nepali.
        '\u{0901}' => Fold::To('\u{0902}'),
        // Arabic script: tatweel (stretching) and the optional vowel marks.
        '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => Fold::Drop,
        // Arabic and Persian keyboards type these for the Urdu letters.
        '\u{064A}' | '\u{0649}' | '\u{06D0}' => Fold::To('\u{06CC}'),
        '\u{0643}' => Fold::To('\u{06A9}'),
        '\u{0647}' | '\u{06D5}' => Fold::To('\u{06C1}'),
        _ => {
            if let Some(zero) = DIGIT_ZEROS.iter().find(|&&z| (z..z + 10).contains(&code)) {
                return Fold::To(char::from(b'0' + (code - zero) as u8));
            }
            for (from, to, orders) in GEEZ_HOMOPHONES {
                if (from..from + orders).contains(&code) {
                    return char::from_u32(to + code - from).map_or(Fold::Keep, Fold::To);
                }
            }
            Fold::Keep
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold_str(s: &str) -> String {
        s.chars()
            .filter_map(|c| match fold(c) {
                Fold::Keep => Some(c),
                Fold::Drop => None,
                Fold::To(t) => Some(t),
            })
            .collect()
    }

    #[test]
    fn digits_of_every_script_read_as_ascii() {
        assert_eq!(fold_str("५०,००० ৫০ ۵۰ ٥٠ ๕๐ ໕໐ ៥០ ௫௦ ෫෦"), "50,000 50 50 50 50 50 50 50 50");
    }

    #[test]
    fn urdu_letter_variants_tatweel_and_vowel_marks_fold() {
        assert_eq!(fold_str("پاسپورٹ"), "پاسپورٹ");
        assert_eq!(fold_str("كام"), "کام", "Arabic kaf");
        assert_eq!(fold_str("ي"), "ی", "Arabic yeh");
        assert_eq!(fold_str("ه"), "ہ", "Arabic heh");
        assert_eq!(fold_str("پـاسـپـورٹ"), "پاسپورٹ", "tatweel");
        assert_eq!(fold_str("مُلازِمت"), "ملازمت", "vowel marks");
    }

    #[test]
    fn indic_nukta_and_candrabindu_fold() {
        assert_eq!(fold_str("ज\u{093C}रूरी"), "जरूरी");
        assert_eq!(fold_str("पहुँच"), "पहुंच");
    }

    #[test]
    fn amharic_homophone_letters_fold() {
        assert_eq!(fold_str("ሥራ"), "ስራ");
        assert_eq!(fold_str("ሐሰት"), "ሀሰት");
        assert_eq!(fold_str("ዐማርኛ"), "አማርኛ");
        assert_eq!(fold_str("ፀሐይ"), "ጸሀይ");
    }
}
