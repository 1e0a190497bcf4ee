//! Quoted passages: the parts of a text between quotation marks. A text that quotes several
//! warning signs ("they offered 'easy work in Thailand, $1,500, free ticket'") is more likely a
//! warning about the offer than the offer itself; `Screener::check` counts the signs inside them.

use std::ops::Range;

/// The longest passage taken for a quotation, in bytes: past it, the marks are likely unpaired.
const MAX_QUOTE: usize = 600;

/// The closing mark of an opening one, and whether the pair is the same character (then it must
/// stand at the edge of a word, not inside one as an apostrophe or inch mark does).
fn closer(open: char) -> Option<(char, bool)> {
    Some(match open {
        '"' => ('"', true),
        '\'' => ('\'', true),
        '＂' => ('＂', true),
        '“' => ('”', false),
        '‘' => ('’', false),
        '„' => ('“', false),
        '«' => ('»', false),
        '‹' => ('›', false),
        '「' => ('」', false),
        '『' => ('』', false),
        '﹁' => ('﹂', false),
        _ => return None,
    })
}

fn wordy(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c))
}

/// The byte ranges of `text` between paired quotation marks, marks excluded, in order.
pub fn passages(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some((i, open)) =
        text[from..].char_indices().map(|(i, c)| (from + i, c)).find(|&(_, c)| closer(c).is_some())
    {
        let (close, same) = closer(open).unwrap_or((open, true));
        let start = i + open.len_utf8();
        let before = text[..i].chars().next_back();
        let after = text[start..].chars().next();
        from = start;
        if same && (wordy(before) || after.is_none_or(char::is_whitespace)) {
            continue;
        }
        let mut limit = (start + MAX_QUOTE).min(text.len());
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        let end = window.char_indices().find(|&(j, c)| {
            c == close && {
                let at = start + j;
                let inner_last = text[..at].chars().next_back();
                let next = text[at + c.len_utf8()..].chars().next();
                // ' and ’ are apostrophes too: inside a word they close nothing.
                let apostrophe = matches!(c, '\'' | '’') && wordy(next);
                !apostrophe && (!same || (!inner_last.is_none_or(char::is_whitespace) && !wordy(next)))
            }
        });
        // A blank line ends a quotation that was never closed.
        if let Some((j, c)) = end.filter(|&(j, _)| !window[..j].contains("\n\n")) {
            if j > 0 {
                out.push(start..start + j);
            }
            from = start + j + c.len_utf8();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        passages(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn marks_of_every_kind_pair_up() {
        assert_eq!(quoted("They said 'easy work, $1,500' and \"free ticket\"."), ["easy work, $1,500", "free ticket"]);
        assert_eq!(quoted("广告说「轻松高薪」和『包机票』"), ["轻松高薪", "包机票"]);
        assert_eq!(quoted("“Customer service in Bangkok” — lies."), ["Customer service in Bangkok"]);
        assert_eq!(quoted("« travail facile » et „gratis Flug“"), [" travail facile ", "gratis Flug"]);
    }

    #[test]
    fn apostrophes_and_lone_marks_are_not_quotations() {
        assert!(quoted("Don't worry, it's the company's car and the workers' bus.").is_empty());
        assert!(quoted("He is 5'8\" tall").is_empty());
        assert!(quoted("An unclosed \"quote\n\nthen much later\" text").is_empty());
        assert_eq!(quoted("We can't say 'free visa' isn't real"), ["free visa"]);
    }

    #[test]
    fn an_unclosed_mark_before_a_long_text_in_another_script_is_no_quotation() {
        let text = format!("\"{}", "ไทย".repeat(200));
        assert!(quoted(&text).is_empty());
        let text = format!("「{}」", "好".repeat(300));
        assert!(quoted(&text).is_empty(), "longer than a quotation is taken");
    }

    #[test]
    fn a_curly_apostrophe_inside_a_quotation_does_not_end_it() {
        assert_eq!(quoted("They wrote ‘we’ll pay your ticket’ in the ad"), ["we’ll pay your ticket"]);
    }
}
