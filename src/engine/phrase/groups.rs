//! Script groups of letters: which phrase automaton a phrase goes to, which automata a text needs,
//! and (in build.rs) which scripts each rule pack of the web app is written in.

/// Script groups: 0 is Latin and every script without a group of its own; the last holds the
/// phrases without letters, which every text may contain.
pub const GROUPS: usize = 14;
pub const NO_LETTERS: usize = GROUPS - 1;

/// The group of a letter's script.
pub fn group(c: char) -> usize {
    match c {
        '\u{0900}'..='\u{097F}' => 1,
        '\u{0980}'..='\u{09FF}' => 2,
        '\u{0B80}'..='\u{0BFF}' => 3,
        '\u{0D80}'..='\u{0DFF}' => 4,
        '\u{0E00}'..='\u{0E7F}' => 5,
        '\u{0E80}'..='\u{0EFF}' => 6,
        '\u{1000}'..='\u{109F}' | '\u{AA60}'..='\u{AA7F}' => 7,
        '\u{1200}'..='\u{139F}' | '\u{2D80}'..='\u{2DDF}' => 8,
        '\u{1780}'..='\u{17FF}' | '\u{19E0}'..='\u{19FF}' => 9,
        '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}' => 10,
        '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF66}'..='\u{FF9F}' | '\u{20000}'..='\u{2FFFF}' => 11,
        '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => 12,
        _ => 0,
    }
}

/// Which groups a text has letters of.
pub fn text_groups(text: &str) -> [bool; GROUPS] {
    let mut present = [false; GROUPS];
    present[NO_LETTERS] = true;
    for c in text.chars() {
        if c.is_ascii() {
            present[0] |= c.is_ascii_alphabetic();
        } else if c.is_alphabetic() {
            present[group(c)] = true;
        }
    }
    present
}
