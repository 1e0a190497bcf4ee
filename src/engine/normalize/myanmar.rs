//! Burmese as it is really typed: text in the Zawgyi encoding (still common on phones) read as
//! Unicode, the digits ၀ and ၇ typed for the look-alike letters ဝ and ရ, Myanmar digits read as
//! ASCII digits, marks typed in either order put in one, and spaces inside Burmese dropped.
//!
//! Zawgyi reuses Myanmar code points for other letters (its U+103B is Unicode's medial ra, U+1039
//! its asat), has code points of its own for stacked consonants (U+1060-U+1097), and stores the
//! vowel ေ and medial ြ before the consonant they follow in Unicode. A text is read as Zawgyi when
//! it has more signs of that encoding than of Unicode. Reordered letters take the range of their
//! whole syllable, so highlights stay in order.

use super::{remove, share_range, Unit};

fn is_myanmar(c: char) -> bool {
    ('\u{1000}'..='\u{109F}').contains(&c)
}

fn is_consonant(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{102A}' | '\u{103F}' | '\u{104C}'..='\u{104F}')
}

/// A letter or sign of Burmese (either encoding): not a digit or punctuation.
fn is_letter_or_sign(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{103F}' | '\u{1050}'..='\u{109F}')
}

/// ၀ and ၇ beside a letter or sign are the letters ဝ and ရ; every other Myanmar digit is a digit.
fn read_digits(units: &mut [Unit]) {
    for i in 0..units.len() {
        let c = units[i].c;
        if !('\u{1040}'..='\u{1049}').contains(&c) {
            continue;
        }
        let in_word = units.get(i + 1).is_some_and(|u| is_letter_or_sign(u.c))
            || i.checked_sub(1).is_some_and(|j| is_letter_or_sign(units[j].c));
        units[i].c = match c {
            '\u{1040}' if in_word => '\u{101D}',
            '\u{1047}' if in_word => '\u{101B}',
            _ => char::from(b'0' + (c as u32 - 0x1040) as u8),
        };
    }
}

/// Signs of Zawgyi (ေ or ြ opening a word, its own code points, an asat before no consonant)
/// against signs of Unicode (ေ followed by a vowel sign or a tone mark).
fn is_zawgyi(units: &[Unit]) -> bool {
    let (mut zawgyi, mut unicode) = (0usize, 0usize);
    for (i, u) in units.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| units[j].c);
        let next = units.get(i + 1).map(|n| n.c);
        match u.c {
            '\u{1031}' | '\u{103B}' | '\u{107E}'..='\u{1084}' if !prev.is_some_and(is_myanmar) => zawgyi += 1,
            '\u{1060}'..='\u{1097}' => zawgyi += 1,
            '\u{1039}' if !next.is_some_and(is_consonant) => zawgyi += 1,
            _ => {}
        }
        if u.c == '\u{1031}'
            && next.is_some_and(|n| matches!(n, '\u{102B}' | '\u{102C}' | '\u{1036}'..='\u{1038}' | '\u{103A}'))
        {
            unicode += 1;
        }
    }
    zawgyi > unicode
}

const KINZI: [char; 3] = ['\u{1004}', '\u{103A}', '\u{1039}'];

/// A Zawgyi code point in Unicode: the kinzi it carries (typed after its consonant in Zawgyi,
/// before it in Unicode), and the characters it stands for.
fn map(c: char) -> (bool, &'static [char]) {
    let plain: &'static [char] = match c {
        '\u{1039}' => &['\u{103A}'],
        '\u{103A}' | '\u{107D}' => &['\u{103B}'],
        '\u{103B}' | '\u{107E}'..='\u{1084}' => &['\u{103C}'],
        '\u{103C}' => &['\u{103D}'],
        '\u{103D}' | '\u{1087}' => &['\u{103E}'],
        '\u{1033}' => &['\u{102F}'],
        '\u{1034}' => &['\u{1030}'],
        '\u{1094}' | '\u{1095}' => &['\u{1037}'],
        '\u{105A}' => &['\u{102B}', '\u{103A}'],
        '\u{1088}' => &['\u{103E}', '\u{102F}'],
        '\u{1089}' => &['\u{103E}', '\u{1030}'],
        '\u{108A}' => &['\u{103D}', '\u{103E}'],
        '\u{1086}' => &['\u{103F}'],
        '\u{106A}' => &['\u{1009}'],
        '\u{106B}' => &['\u{100A}'],
        '\u{108F}' => &['\u{1014}'],
        '\u{1090}' => &['\u{101B}'],
        '\u{108E}' => &['\u{102D}', '\u{1036}'],
        '\u{104E}' => &['\u{104E}', '\u{1004}', '\u{103A}', '\u{1038}'],
        '\u{1060}' => &['\u{1039}', '\u{1000}'],
        '\u{1061}' => &['\u{1039}', '\u{1001}'],
        '\u{1062}' => &['\u{1039}', '\u{1002}'],
        '\u{1063}' => &['\u{1039}', '\u{1003}'],
        '\u{1065}' => &['\u{1039}', '\u{1005}'],
        '\u{1066}' | '\u{1067}' => &['\u{1039}', '\u{1006}'],
        '\u{1068}' => &['\u{1039}', '\u{1007}'],
        '\u{1069}' => &['\u{1039}', '\u{1008}'],
        '\u{106C}' => &['\u{1039}', '\u{100B}'],
        '\u{106D}' => &['\u{1039}', '\u{100C}'],
        '\u{106E}' => &['\u{100D}', '\u{1039}', '\u{100D}'],
        '\u{106F}' => &['\u{100D}', '\u{1039}', '\u{100E}'],
        '\u{1070}' => &['\u{1039}', '\u{100F}'],
        '\u{1071}' | '\u{1072}' => &['\u{1039}', '\u{1010}'],
        '\u{1073}' | '\u{1074}' => &['\u{1039}', '\u{1011}'],
        '\u{1075}' => &['\u{1039}', '\u{1012}'],
        '\u{1076}' => &['\u{1039}', '\u{1013}'],
        '\u{1077}' => &['\u{1039}', '\u{1014}'],
        '\u{1078}' => &['\u{1039}', '\u{1015}'],
        '\u{1079}' => &['\u{1039}', '\u{1016}'],
        '\u{107A}' => &['\u{1039}', '\u{1017}'],
        '\u{107B}' | '\u{1093}' => &['\u{1039}', '\u{1018}'],
        '\u{107C}' => &['\u{1039}', '\u{1019}'],
        '\u{1085}' => &['\u{1039}', '\u{101C}'],
        '\u{1091}' => &['\u{100F}', '\u{1039}', '\u{100D}'],
        '\u{1092}' => &['\u{100B}', '\u{1039}', '\u{100C}'],
        '\u{1097}' => &['\u{100B}', '\u{1039}', '\u{100B}'],
        '\u{1064}' => return (true, &[]),
        '\u{108B}' => return (true, &['\u{102D}']),
        '\u{108C}' => return (true, &['\u{102E}']),
        '\u{108D}' => return (true, &['\u{1036}']),
        _ => return (false, &[]),
    };
    (false, plain)
}

/// One Zawgyi character read: the kinzi it carries and the Unicode characters, each with the
/// original range.
struct Read {
    kinzi: bool,
    chars: Vec<Unit>,
}

fn read(u: Unit) -> Read {
    let (kinzi, chars) = map(u.c);
    let chars = if chars.is_empty() && !kinzi { vec![u] } else { chars.iter().map(|&c| Unit { c, ..u }).collect() };
    Read { kinzi, chars }
}

/// Rewrites Zawgyi text in Unicode order: for each consonant, the kinzi over it first, then the
/// consonant, its stacked consonants, its medials in Unicode order, and the vowel ေ after them.
fn convert(units: &mut Vec<Unit>) {
    let reads: Vec<Read> = units.drain(..).map(read).collect();
    let mut i = 0;
    let mut prefix: Vec<Unit> = Vec::new();
    while i < reads.len() {
        let first = reads[i].chars.first().map(|u| u.c);
        let next_first = reads.get(i + 1).and_then(|r| r.chars.first()).map(|u| u.c);
        // ေ and ြ typed before their consonant.
        if matches!(first, Some('\u{1031}' | '\u{103C}'))
            && reads[i].chars.len() == 1
            && next_first.is_some_and(|n| is_consonant(n) || n == '\u{103C}')
        {
            prefix.push(reads[i].chars[0]);
            i += 1;
            continue;
        }
        if !first.is_some_and(is_consonant) || reads[i].chars.len() != 1 {
            units.append(&mut prefix);
            units.extend(reads[i].chars.iter().copied());
            i += 1;
            continue;
        }
        let syllable_start = units.len();
        let consonant = reads[i].chars[0];
        i += 1;
        let mut tail: Vec<Unit> = Vec::new();
        let mut stacked: Vec<Unit> = Vec::new();
        let mut medials: Vec<Unit> = prefix.iter().copied().filter(|u| u.c == '\u{103C}').collect();
        let vowel_e: Vec<Unit> = prefix.drain(..).filter(|u| u.c == '\u{1031}').collect();
        let mut kinzi = None;
        while let Some(r) = reads.get(i) {
            let c = r.chars.first().map(|u| u.c);
            // Zawgyi types ြ before its consonant: one after a consonant opens the next syllable.
            if c == Some('\u{103C}') {
                break;
            }
            if r.kinzi {
                kinzi = Some(consonant);
                tail.extend(r.chars.iter().copied());
            } else if c == Some('\u{1039}') {
                stacked.extend(r.chars.iter().copied());
            } else if r.chars.iter().all(|u| ('\u{103B}'..='\u{103E}').contains(&u.c)) && !r.chars.is_empty() {
                medials.extend(r.chars.iter().copied());
            } else {
                break;
            }
            i += 1;
        }
        if let Some(k) = kinzi {
            units.extend(KINZI.iter().map(|&c| Unit { c, ..k }));
        }
        units.push(consonant);
        units.extend(stacked);
        medials.sort_by_key(|u| u.c);
        units.extend(medials);
        units.extend(vowel_e);
        units.extend(tail);
        share_range(&mut units[syllable_start..]);
    }
    units.extend(prefix);
}

/// Marks typed in either order put in one: ံု as ုံ, ုိ as ို, ့် as ့်. The pair then covers
/// the range of both, so highlights stay in order.
fn order_marks(units: &mut [Unit]) {
    for i in 1..units.len() {
        let pair = (units[i - 1].c, units[i].c);
        if matches!(pair, ('\u{1036}', '\u{102F}') | ('\u{102F}', '\u{102D}') | ('\u{103A}', '\u{1037}')) {
            units.swap(i - 1, i);
            share_range(&mut units[i - 1..=i]);
        }
    }
}

/// Burmese puts spaces between phrases, not words, and where it puts them varies: a space
/// between two Burmese letters is dropped, as Thai, Lao and Khmer have none to match.
fn drop_inner_spaces(units: &mut Vec<Unit>) {
    let drop: Vec<bool> = (0..units.len())
        .map(|i| {
            units[i].c == ' '
                && i > 0
                && is_letter_or_sign(units[i - 1].c)
                && units.get(i + 1).is_some_and(|n| is_letter_or_sign(n.c))
        })
        .collect();
    remove(units, &drop);
}

/// Reads Burmese typed in either encoding as Unicode (see the module text).
pub(super) fn to_unicode(units: &mut Vec<Unit>) {
    if !units.iter().any(|u| is_myanmar(u.c)) {
        return;
    }
    read_digits(units);
    if is_zawgyi(units) {
        convert(units);
    }
    order_marks(units);
    drop_inner_spaces(units);
}

#[cfg(test)]
mod tests {
    use crate::engine::normalize::normalize;

    #[test]
    fn zawgyi_reads_as_unicode() {
        // "Myanmar", "school", "passport", "salary" typed in Zawgyi.
        assert_eq!(normalize("\u{103B}\u{1019}\u{1014}\u{1039}\u{1019}\u{102C}").text, "မြန်မာ");
        assert_eq!(normalize("\u{1031}\u{1000}\u{103A}\u{102C}\u{1004}\u{1039}\u{1038}").text, "ကျောင်း");
        assert_eq!(normalize("\u{1015}\u{1010}\u{1039}\u{1005}\u{1015}\u{102D}\u{102F}\u{1094}").text, "ပတ်စပို့");
        assert_eq!(normalize("\u{101C}\u{1005}\u{102C}").text, "လစာ");
    }

    #[test]
    fn unicode_burmese_is_left_alone() {
        for text in ["မြန်မာ", "ကျောင်း", "ပတ်စပို့ကိုယူထားတယ်", "ထိုင်းမှာ 3 လ"]
        {
            assert_eq!(normalize(text).text, text);
        }
    }

    #[test]
    fn marks_in_either_order_and_inner_spaces_are_one() {
        assert_eq!(normalize("သံရံုး").text, normalize("သံရုံး").text, "embassy");
        assert_eq!(normalize("ပတ်စပို့ ကို ယူထားတယ်").text, "ပတ်စပို့ကိုယူထားတယ်");
        let n = normalize("ပတ်စပို့ ကို");
        let at = n.text.find("ကို").unwrap();
        assert_eq!(n.original_range(at, n.text.len()), ("ပတ်စပို့ ".len(), "ပတ်စပို့ ကို".len()));
    }

    #[test]
    fn zawgyi_samples_from_a_fluent_reader() {
        // Thailand, Myawaddy and Cambodia as Zawgyi keyboards type them.
        let z = |codes: &[u32]| codes.iter().map(|&c| char::from_u32(c).unwrap()).collect::<String>();
        assert_eq!(normalize(&z(&[0x1011, 0x102D, 0x102F, 0x1004, 0x1039, 0x1038])).text, "ထိုင်း");
        assert_eq!(normalize(&z(&[0x103B, 0x1019, 0x101D, 0x1010, 0x102E])).text, "မြဝတီ");
        // ြ after a syllable with no vowel sign belongs to the next consonant (ရ + ပြီး).
        // (After "ျမန္မာ", which shows the text is Zawgyi.)
        let zawgyi = |units: &[u32]| {
            normalize(&z(&[&[0x103B, 0x1019, 0x1014, 0x1039, 0x1019, 0x102C, 0x20], units].concat())).text
        };
        assert_eq!(zawgyi(&[0x101B, 0x103B, 0x1015, 0x102E, 0x1038]), "မြန်မာရပြီး");
        assert_eq!(zawgyi(&[0x1019, 0x103B, 0x1015, 0x1014, 0x1039, 0x101B]), "မြန်မာမပြန်ရ");
        // "I" (male speaker) with the short ya medial.
        let i = z(&[0x1000, 0x107D, 0x103C, 0x1014, 0x1039, 0x1031, 0x1010, 0x102C, 0x1039]);
        assert_eq!(normalize(&i).text, "ကျွန်တော်");
        assert_eq!(
            normalize(&z(&[0x1000, 0x1031, 0x1019, 0x107B, 0x102C, 0x1012, 0x102E, 0x1038, 0x101A, 0x102C, 0x1038]))
                .text,
            "ကမ္ဘောဒီးယား"
        );
    }

    #[test]
    fn reordered_letters_highlight_their_whole_syllable() {
        // ေက် (Zawgyi) is one syllable of three characters: any part of it maps to all of it.
        let z = "\u{1031}\u{1000}\u{103A}\u{102C}";
        let n = normalize(z);
        assert_eq!(n.text, "ကျော");
        assert_eq!(n.original_range(0, "က".len()), (0, "\u{1031}\u{1000}\u{103A}".len()));
    }

    #[test]
    fn zero_and_seven_beside_vowel_signs_are_letters() {
        assert_eq!(normalize("၀င်ငွေ ၅၀၀").text, "ဝင်ငွေ 500");
        assert_eq!(normalize("၇ောက်").text, "ရောက်");
    }
}
