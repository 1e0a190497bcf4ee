//! The normalizer: undoes what keyboards and evaders do to text, keeping a map back to the original.
//!
//! Output is lower-case, compatibility-decomposed text without diacritics on Latin letters, with
//! invisible characters removed, look-alike letters from other scripts and digit/symbol swaps
//! mapped back inside Latin words, letters spaced or dotted apart joined, and runs of white space
//! collapsed to one space; Traditional Chinese is read as Simplified, Burmese typed in the Zawgyi
//! encoding as Unicode, and the spelling variants of other scripts are folded (`scripts`). Every output byte maps to the byte range of the original character
//! it came from, so matches found in normalized text highlight what the user pasted.

use unicode_normalization::char::decompose_compatible;

use scripts::Fold;

mod myanmar;
mod scripts;

/// Normalized text and, for each of its bytes, the original byte range it came from.
#[derive(Debug, Clone)]
pub struct Normalized {
    pub text: String,
    starts: Vec<u32>,
    ends: Vec<u32>,
}

impl Normalized {
    /// The original byte range covered by the normalized byte range `start..end`.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        if self.starts.is_empty() || start >= end {
            return (0, 0);
        }
        let last = end.min(self.ends.len()) - 1;
        (self.starts[start] as usize, self.ends[last] as usize)
    }
}

/// Normalized text alone, without the offset map: for patterns, which need no highlights.
/// Plain ASCII words skip the character-by-character work; the result is the same.
pub fn normalize_text(input: &str) -> String {
    if is_plain(input) {
        return input.split_ascii_whitespace().collect::<Vec<_>>().join(" ").to_ascii_lowercase();
    }
    normalize(input).text
}

/// ASCII letters, spaces and punctuation that no step of [`normalize`] changes except case and
/// spacing: no digits or swap symbols, no capital I, no control characters, no runs of single
/// letters.
fn is_plain(input: &str) -> bool {
    let bytes = input.as_bytes();
    let simple = bytes.iter().all(|&b| {
        (b.is_ascii_graphic() || b == b' ')
            && !b.is_ascii_digit()
            && !matches!(b, b'@' | b'$' | b'!' | b'|' | b'I' | b'`' | b'*' | b'.' | b'-' | b'_')
    });
    simple && !bytes.windows(3).any(|w| w[0] == b' ' && w[1].is_ascii_alphabetic() && w[2] == b' ')
}

/// One character of the work buffer with the original byte range it stands for.
#[derive(Clone, Copy)]
struct Unit {
    c: char,
    start: u32,
    end: u32,
}

/// Normalizes `input` for matching. Patterns go through the same function, so both sides agree.
pub fn normalize(input: &str) -> Normalized {
    // Traditional Chinese is read as Simplified. The conversion swaps one three-byte character
    // for another, so every byte keeps its place and the offset map stays true.
    let simplified;
    let input = if input.chars().any(|c| ('\u{3400}'..='\u{9FFF}').contains(&c)) {
        simplified = fast2s::convert(input);
        debug_assert_eq!(simplified.len(), input.len());
        simplified.as_str()
    } else {
        input
    };
    let mut units = decompose(input);
    myanmar::to_unicode(&mut units);
    map_confusables(&mut units);
    undo_swaps(&mut units);
    join_spaced_letters(&mut units);
    finish(units)
}

fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{E0000}'..='\u{E007F}')
}

fn is_latin_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Letters whose accents are not combining marks after decomposition.
fn fold_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'đ' | 'ð' => "d",
        'ø' => "o",
        'ł' => "l",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ı' => "i",
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => "-",
        '‘' | '’' | '‚' | '‛' | '`' | '´' => "'",
        '“' | '”' | '„' | '‟' => "\"",
        _ => return None,
    })
}

/// Step 1: drop invisibles, decompose compatibility forms, strip Latin diacritics, lower-case.
fn decompose(input: &str) -> Vec<Unit> {
    let mut out = Vec::with_capacity(input.len());
    let chars: Vec<(usize, char)> = input.char_indices().collect();
    let mut skip = false;
    for (i, &(pos, c)) in chars.iter().enumerate() {
        if std::mem::take(&mut skip) {
            continue;
        }
        let start = pos as u32;
        let end = (pos + c.len_utf8()) as u32;
        if is_invisible(c) {
            continue;
        }
        // Thai typists often write sara ae as two sara e: "เเ" is "แ".
        if c == 'เ' && chars.get(i + 1).is_some_and(|p| p.1 == 'เ') {
            out.push(Unit { c: 'แ', start, end: end + 'เ'.len_utf8() as u32 });
            skip = true;
            continue;
        }
        // A capital I between lower-case letters stands for an l ("teIegram").
        if c == 'I' {
            let prev = i.checked_sub(1).map(|j| chars[j].1);
            let next = chars.get(i + 1).map(|p| p.1);
            if prev.is_some_and(|p| p.is_lowercase()) && next.is_some_and(|n| n.is_lowercase()) {
                out.push(Unit { c: 'l', start, end });
                continue;
            }
        }
        // ASCII decomposes to itself and no script folds it: only case, spaces and the backtick.
        if c.is_ascii() && c != '`' {
            let l = if c.is_ascii_whitespace() || c.is_ascii_control() { ' ' } else { c.to_ascii_lowercase() };
            out.push(Unit { c: l, start, end });
            continue;
        }
        // Hangul syllables stay whole: decomposed into jamo they would read as a spaced script.
        if ('\u{AC00}'..='\u{D7A3}').contains(&c) {
            out.push(Unit { c, start, end });
            continue;
        }
        decompose_compatible(c, |d| {
            if is_latin_mark(d) || is_invisible(d) {
                return;
            }
            for l in d.to_lowercase() {
                let l = match scripts::fold(l) {
                    Fold::Keep => l,
                    Fold::Drop => continue,
                    Fold::To(t) => t,
                };
                match fold_letter(l) {
                    Some(s) => out.extend(s.chars().map(|c| Unit { c, start, end })),
                    None if l.is_whitespace() || l.is_control() => out.push(Unit { c: ' ', start, end }),
                    None => out.push(Unit { c: l, start, end }),
                }
            }
        });
    }
    out
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || ('\u{00E0}'..='\u{024F}').contains(&c)
}

/// Cyrillic and Greek letters that look like Latin ones.
fn confusable(c: char) -> Option<char> {
    Some(match c {
        'а' | 'α' => 'a',
        'в' | 'β' => 'b',
        'с' | 'ϲ' => 'c',
        'е' | 'ε' => 'e',
        'һ' => 'h',
        'і' | 'ι' => 'i',
        'ј' => 'j',
        'к' | 'κ' => 'k',
        'м' => 'm',
        'н' | 'η' => 'n',
        'о' | 'ο' | 'σ' => 'o',
        'р' | 'ρ' => 'p',
        'ԛ' => 'q',
        'ѕ' => 's',
        'т' | 'τ' => 't',
        'υ' | 'ս' => 'u',
        'ν' => 'v',
        'ԝ' | 'ω' => 'w',
        'х' | 'χ' => 'x',
        'у' | 'γ' => 'y',
        _ => return None,
    })
}

/// Word-like runs: letters, digits and the symbols people swap into words.
fn is_token_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '@' | '$' | '!' | '|')
}

fn tokens(units: &[Unit]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < units.len() {
        if is_token_char(units[i].c) {
            let s = i;
            while i < units.len() && is_token_char(units[i].c) {
                i += 1;
            }
            spans.push((s, i));
        } else {
            i += 1;
        }
    }
    spans
}

/// Step 2: inside a word that mixes Latin with Cyrillic or Greek, map look-alikes to Latin.
fn map_confusables(units: &mut [Unit]) {
    // Most text has no look-alike at all: then there is no word to look at (and finding words
    // costs a Unicode table lookup per character).
    if !units.iter().any(|u| confusable(u.c).is_some()) {
        return;
    }
    for (s, e) in tokens(units) {
        let word = &units[s..e];
        let has_latin = word.iter().any(|u| u.c.is_ascii_lowercase());
        let has_other = word.iter().any(|u| confusable(u.c).is_some());
        if has_latin && has_other {
            for u in &mut units[s..e] {
                if let Some(l) = confusable(u.c) {
                    u.c = l;
                }
            }
        }
    }
}

fn swap(c: char) -> Option<char> {
    Some(match c {
        '0' => 'o',
        '1' | '|' | '!' => 'l',
        '3' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '7' => 't',
        _ => return None,
    })
}

/// Step 3: a digit or symbol between two Latin letters stands for a letter ("wh@tsapp", "te1egram").
/// An `@` followed by `.letter` is an e-mail address and stays.
fn undo_swaps(units: &mut [Unit]) {
    if !units.iter().any(|u| swap(u.c).is_some()) {
        return;
    }
    for (s, e) in tokens(units) {
        for i in s + 1..e.saturating_sub(1) {
            let Some(l) = swap(units[i].c) else { continue };
            if !(is_latin_letter(units[i - 1].c) && is_latin_letter(units[i + 1].c)) {
                continue;
            }
            if units[i].c == '@' && looks_like_email_domain(&units[i + 1..]) {
                continue;
            }
            if is_short_amount(&units[s..e], i - s) {
                continue;
            }
            units[i].c = l;
        }
    }
}

/// "RM5k", "Rs5k", "Rp5jt": a currency, one digit and a multiplier make an amount, not a word
/// with a letter swapped.
fn is_short_amount(word: &[Unit], digit: usize) -> bool {
    let text = |units: &[Unit]| units.iter().map(|u| u.c).collect::<String>();
    let (before, after) = (text(&word[..digit]), text(&word[digit + 1..]));
    word[digit].c.is_ascii_digit()
        && matches!(before.as_str(), "rm" | "rs" | "rp" | "tk" | "ksh" | "php")
        && matches!(after.as_str(), "k" | "m" | "jt" | "rb")
}

fn looks_like_email_domain(rest: &[Unit]) -> bool {
    let mut iter = rest.iter().skip_while(|u| u.c.is_alphanumeric() || u.c == '-');
    matches!((iter.next(), iter.next()), (Some(d), Some(l)) if d.c == '.' && l.c.is_alphanumeric())
}

/// Step 4: four or more single letters separated by one space, dot, dash or underscore are one
/// word ("T e l e g r a m", "t.e.l.e.g.r.a.m"). The separators are dropped.
fn join_spaced_letters(units: &mut Vec<Unit>) {
    let is_sep = |c: char| matches!(c, ' ' | '.' | '-' | '_' | '*' | '·');
    let single = |units: &[Unit], i: usize| {
        is_latin_letter(units[i].c)
            && (i == 0 || !units[i - 1].c.is_alphanumeric())
            && (i + 1 >= units.len() || !units[i + 1].c.is_alphanumeric())
    };
    let mut drop = vec![false; units.len()];
    let mut i = 0;
    while i < units.len() {
        if !single(units, i) {
            i += 1;
            continue;
        }
        let mut letters = vec![i];
        let mut j = i;
        while j + 2 < units.len() && is_sep(units[j + 1].c) && single(units, j + 2) {
            j += 2;
            letters.push(j);
        }
        if letters.len() >= 4 {
            for k in letters[0]..j {
                if is_sep(units[k].c) {
                    drop[k] = true;
                }
            }
        }
        i = j + 1;
    }
    remove(units, &drop);
}

/// Removes the units marked in `drop` (one flag a unit).
fn remove(units: &mut Vec<Unit>, drop: &[bool]) {
    let mut flags = drop.iter();
    units.retain(|_| !flags.next().copied().unwrap_or(false));
}

/// Gives every unit of a run the range of the whole run: letters reordered inside it then still
/// highlight in order.
fn share_range(units: &mut [Unit]) {
    let start = units.iter().map(|u| u.start).min().unwrap_or(0);
    let end = units.iter().map(|u| u.end).max().unwrap_or(0);
    for u in units {
        (u.start, u.end) = (start, end);
    }
}

/// Step 5: collapse white space and build the string with its byte map.
fn finish(units: Vec<Unit>) -> Normalized {
    let mut text = String::with_capacity(units.len());
    let mut starts = Vec::with_capacity(units.len());
    let mut ends = Vec::with_capacity(units.len());
    for u in units {
        if u.c == ' ' && (text.is_empty() || text.ends_with(' ')) {
            continue;
        }
        text.push(u.c);
        for _ in 0..u.c.len_utf8() {
            starts.push(u.start);
            ends.push(u.end);
        }
    }
    if text.ends_with(' ') {
        text.pop();
        starts.pop();
        ends.pop();
    }
    Normalized { text, starts, ends }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_chinese_reads_as_simplified() {
        let traditional = normalize("護照被公司收走了，錢也沒給");
        assert_eq!(traditional.text, normalize("护照被公司收走了，钱也没给").text);
        assert_eq!(traditional.original_range(0, "护照".len()), (0, "護照".len()));
    }

    #[test]
    fn hangul_syllables_stay_whole() {
        let n = normalize("여권을 보내주세요");
        assert_eq!(n.text, "여권을 보내주세요");
        assert_eq!(n.original_range(0, "여권".len()), (0, "여권".len()));
    }

    fn n(s: &str) -> String {
        normalize(s).text
    }

    #[test]
    fn folds_case_width_and_diacritics() {
        assert_eq!(n("ＴＥＬＥＧＲＡＭ"), "telegram");
        assert_eq!(n("Việc nhẹ lương cao"), "viec nhe luong cao");
        assert_eq!(n("Đi làm"), "di lam");
        assert_eq!(n("เเอดมิน"), "แอดมิน");
    }

    #[test]
    fn removes_invisibles_and_collapses_space() {
        assert_eq!(n("tele\u{200B}gram"), "telegram");
        assert_eq!(n("  free \n\t flight  "), "free flight");
    }

    #[test]
    fn maps_confusables_only_in_mixed_words() {
        assert_eq!(n("Теlеgram"), "telegram");
        assert_eq!(n("Москва"), "москва");
    }

    #[test]
    fn undoes_digit_and_symbol_swaps() {
        assert_eq!(n("wh@tsapp"), "whatsapp");
        assert_eq!(n("te1egram"), "telegram");
        assert_eq!(n("teIegram"), "telegram");
        assert_eq!(n("mail me: jo@gmail.com"), "mail me: jo@gmail.com");
        assert_eq!(n("$1,500 per month"), "$1,500 per month");
    }

    #[test]
    fn joins_spaced_and_dotted_letters() {
        assert_eq!(n("T e l e g r a m"), "telegram");
        assert_eq!(n("t.e.l.e.g.r.a.m"), "telegram");
        assert_eq!(n("a b c"), "a b c");
    }

    #[test]
    fn the_plain_path_agrees_with_the_full_one() {
        for s in [
            "Pay  the Processing fee",
            "don't tell",
            "(a|b) x",
            "a b",
            "x y z w",
            "Ｔest",
            "I am",
            "teIegram",
            "t.me/x",
        ] {
            assert_eq!(normalize_text(s), normalize(s).text, "{s}");
        }
    }

    #[test]
    fn maps_back_to_original_bytes() {
        let src = "Contact T e l e g r a m now";
        let norm = normalize(src);
        let at = norm.text.find("telegram").unwrap();
        let (s, e) = norm.original_range(at, at + "telegram".len());
        assert_eq!(&src[s..e], "T e l e g r a m");
        let src = "Ｔｅｌｅｇｒａｍ!";
        let norm = normalize(src);
        let (s, e) = norm.original_range(0, 8);
        assert_eq!(&src[s..e], "Ｔｅｌｅｇｒａｍ");
    }
}
