//! A report's level and next steps in the reader's words.

use super::i18n::Msg;
use super::rule_text::Words;
use crate::{Level, Report};

/// Title and hint of a level, in words. There is no word for "safe".
pub fn level_words(m: &Msg, level: Level) -> (&'static str, &'static str) {
    match level {
        Level::Low => (m.low_title, m.low_hint),
        Level::Medium => (m.medium_title, m.medium_hint),
        Level::High => (m.high_title, m.high_hint),
    }
}

/// Advice to show when nothing fired: the checks every offer deserves.
pub const DEFAULT_STEPS: &[&str] = &["verify_company", "contract_first", "never_pay", "keep_passport", "tell_family"];

/// The steps to take, in the words' language: the report's advice, or general checks when
/// nothing fired.
pub fn next_steps(words: &Words, report: &Report) -> Vec<String> {
    if !report.advice.is_empty() {
        return report.advice.iter().filter_map(|a| words.advice(&a.id)).map(Into::into).collect();
    }
    DEFAULT_STEPS.iter().filter_map(|id| words.advice(id)).map(Into::into).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::i18n::Lang;
    use crate::Screener;

    #[test]
    fn no_level_is_called_safe_and_quiet_texts_get_general_checks() {
        let m = Lang::En.msg();
        for level in [Level::Low, Level::Medium, Level::High] {
            let (title, hint) = level_words(m, level);
            assert!(!format!("{title} {hint}").to_lowercase().contains("safe"), "{title} {hint}");
        }
        let s = Screener::builtin().unwrap();
        let quiet = s.check("Hello, the meeting is at noon.");
        let words = Words::new(s.rules(), Lang::En);
        let steps = next_steps(&words, &quiet);
        assert_eq!(steps.len(), DEFAULT_STEPS.len(), "every default check has a text: {steps:?}");
        let lure = s.check("Customer service job in Cambodia, free flight and visa, contact us on Telegram only");
        assert_eq!(next_steps(&words, &lure), lure.advice.iter().map(|a| a.text.clone()).collect::<Vec<_>>());
    }
}
