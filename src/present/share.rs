//! The plain-text summary a person can share: the level and the reasons, what to verify, and the
//! pasted text only if they ask for it.

use super::i18n::Msg;
use super::rule_text::Words;
use super::wording::{level_words, next_steps};
use crate::{Report, Signal};

/// At most this many characters of the pasted text go into a shared summary.
pub const SHARE_TEXT_CHARS: usize = 3000;
/// At most this many reasons and steps are listed.
const REASONS: usize = 8;
const STEPS: usize = 4;

/// The summary of `report`, which is about `text`, in the language of `m` and `words`.
pub fn summary(m: &Msg, words: &Words, text: &str, report: &Report, include_text: bool) -> String {
    let (title, _) = level_words(m, report.level);
    let mut out = m.share_heading.fill(&[("level", title)]);
    out.push('\n');
    if report.distress {
        out.push_str(m.share_distress);
        out.push('\n');
    }
    let warnings: Vec<&Signal> = report.signals.iter().filter(|s| s.weight > 0).collect();
    if !warnings.is_empty() {
        out.push('\n');
        out.push_str(m.share_reasons);
        out.push('\n');
        for s in warnings.iter().take(REASONS) {
            let message = words.concept(&s.rule).map_or(&*s.message, |c| c.0);
            out.push_str(&format!("- {message}\n"));
        }
    }
    let steps = next_steps(words, report);
    if !steps.is_empty() {
        out.push('\n');
        out.push_str(m.share_verify);
        out.push('\n');
        for s in steps.iter().take(STEPS) {
            out.push_str(&format!("- {s}\n"));
        }
    }
    if include_text {
        out.push('\n');
        out.push_str(m.share_text);
        out.push('\n');
        let text = &text[..report.checked_bytes.min(text.len())];
        match text.char_indices().nth(SHARE_TEXT_CHARS) {
            Some((cut, _)) => {
                out.push_str(&text[..cut]);
                out.push_str(" […]\n");
            }
            None => {
                out.push_str(text);
                out.push('\n');
            }
        }
    }
    out.push('\n');
    out.push_str(m.share_footer);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::i18n::Lang;
    use crate::Screener;

    const LURE: &str = "Customer service job in Cambodia 🇰🇭, free flight and visa, contact us on Telegram only. Pay the 500 USD processing fee first.";

    #[test]
    fn the_summary_has_the_level_and_reasons_and_the_text_only_when_asked() {
        let s = Screener::builtin().unwrap();
        let m = Lang::En.msg();
        let report = s.check(LURE);
        let without = summary(m, &Words::new(s.rules(), Lang::En), LURE, &report, false);
        assert!(without.starts_with(&m.share_heading.fill(&[("level", level_words(m, report.level).0)])), "{without}");
        for w in report.signals.iter().filter(|s| s.weight > 0).take(REASONS) {
            assert!(without.contains(&w.message), "{without}");
        }
        assert!(!without.contains("Telegram only"), "the text stays out unless asked: {without}");
        assert!(without.ends_with(m.share_footer));
        let with = summary(m, &Words::new(s.rules(), Lang::En), LURE, &report, true);
        assert!(with.contains(LURE), "{with}");
    }

    #[test]
    fn the_summary_is_in_the_readers_language() {
        let s = Screener::builtin().unwrap();
        let report = s.check(LURE);
        for (lang, code, _) in crate::present::i18n::LANGS.iter().filter(|l| l.1 != "en" && l.0.rule_text().is_some()) {
            let words = Words::new(s.rules(), *lang);
            let out = summary(lang.msg(), &words, LURE, &report, false);
            let w = report.signals.iter().find(|s| s.weight > 0).unwrap();
            assert!(out.contains(words.concept(&w.rule).unwrap().0), "{code}: {out}");
            assert!(!out.contains(&w.message), "{code}: English left in {out}");
        }
    }

    #[test]
    fn a_long_text_is_cut_at_a_character_and_marked() {
        let s = Screener::builtin().unwrap();
        let m = Lang::En.msg();
        let text = "é🇰🇭".repeat(2 * SHARE_TEXT_CHARS);
        let report = s.check(&text);
        let out = summary(m, &Words::new(s.rules(), Lang::En), &text, &report, true);
        let shown = out.split(m.share_text).nth(1).unwrap();
        assert!(shown.contains(" […]"), "{}", &shown[..40]);
        assert_eq!(shown.trim_start().split(" […]").next().unwrap().chars().count(), SHARE_TEXT_CHARS);
    }

    #[test]
    fn distress_is_said_in_the_summary() {
        let s = Screener::builtin().unwrap();
        let text = "Please help me, they took my passport and I cannot leave the compound. They beat us if we do not scam enough.";
        let report = s.check(text);
        assert!(report.distress);
        assert!(summary(Lang::En.msg(), &Words::new(s.rules(), Lang::En), text, &report, false)
            .contains(Lang::En.msg().share_distress));
    }
}
