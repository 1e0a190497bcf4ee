//! A report's level and next steps in the reader's words.

use super::i18n::Msg;
use crate::rules::RuleSet;
use crate::{Level, Report};

/// Title and hint of a level, in words. There is no word for "safe".
pub fn level_words(m: &Msg, level: Level) -> (&'static str, &'static str) {
    match level {
        Level::Low => (m.low_title, m.low_hint),
        Level::Medium => (m.medium_title, m.medium_hint),
        Level::High => (m.high_title, m.high_hint),
    }
}

/// The text of an advice id: the report's own list first, then the whole rule set.
pub fn advice_text(rules: &RuleSet, report: &Report, id: &str) -> Option<String> {
    let own = report.advice.iter().find(|a| a.id == id).map(|a| a.text.clone());
    own.or_else(|| rules.advice.iter().find(|a| a.id == id).map(|a| a.text.clone()))
}

/// Advice to show when nothing fired: the checks every offer deserves.
pub const DEFAULT_STEPS: &[&str] = &["verify_company", "contract_first", "never_pay", "keep_passport", "tell_family"];

/// The steps to take: the report's advice, or general checks when nothing fired.
pub fn next_steps(rules: &RuleSet, report: &Report) -> Vec<String> {
    if !report.advice.is_empty() {
        return report.advice.iter().map(|a| a.text.clone()).collect();
    }
    DEFAULT_STEPS.iter().filter_map(|id| advice_text(rules, report, id)).collect()
}

/// The name of a category, or its id when the rule set has no such category.
pub fn category_name(rules: &RuleSet, id: &str) -> String {
    rules.manifest.categories.iter().find(|c| c.id == id).map_or_else(|| id.to_string(), |c| c.name.clone())
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
        let steps = next_steps(s.rules(), &quiet);
        assert_eq!(steps.len(), DEFAULT_STEPS.len(), "every default check has a text: {steps:?}");
        let lure = s.check("Customer service job in Cambodia, free flight and visa, contact us on Telegram only");
        assert_eq!(next_steps(s.rules(), &lure), lure.advice.iter().map(|a| a.text.clone()).collect::<Vec<_>>());
        assert_eq!(category_name(s.rules(), "fees"), "Fees and payments");
        assert_eq!(category_name(s.rules(), "nope"), "nope");
    }
}
