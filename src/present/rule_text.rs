//! The rules' words in the reader's language: warning messages and explanations, advice,
//! category names, countries, hotline names and notes, and the example offers. Translations are
//! data (`i18n/rules/<code>.toml`), checked against the English of rules/ and compiled by
//! build.rs; English is the rules' own text, so a rule set given with `--rules` still reads.

use super::i18n::Lang;
use crate::rules::{model::Hotline, RuleSet};
use crate::Report;

/// One language's translation of the rules' words; every list is `(id, text...)`.
pub struct RuleText {
    pub categories: &'static [(&'static str, &'static str)],
    pub category_descriptions: &'static [(&'static str, &'static str)],
    pub advice: &'static [(&'static str, &'static str)],
    pub countries: &'static [(&'static str, &'static str)],
    /// (hotline id, name, note)
    pub hotlines: &'static [(&'static str, Option<&'static str>, Option<&'static str>)],
    pub examples: &'static [(&'static str, &'static str)],
    /// (concept id, message, explanation)
    pub concepts: &'static [(&'static str, Option<&'static str>, Option<&'static str>)],
}

include!(concat!(env!("OUT_DIR"), "/rule_texts.rs"));

fn find(list: &'static [(&'static str, &'static str)], id: &str) -> Option<&'static str> {
    list.iter().find(|(k, _)| *k == id).map(|(_, v)| *v)
}

impl Lang {
    /// The rules' words in this language; `None` for English (the rules' own) and for a
    /// language whose translation is not written yet (a release build refuses that).
    pub fn rule_text(self) -> Option<&'static RuleText> {
        RULE_TEXTS.iter().find(|(code, _)| *code == self.code()).map(|(_, t)| t)
    }
}

/// The words of a rule set in one language, English where it has no translation.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    rules: &'a RuleSet,
    text: Option<&'static RuleText>,
}

impl<'a> Words<'a> {
    pub fn new(rules: &'a RuleSet, lang: Lang) -> Self {
        Words { rules, text: lang.rule_text() }
    }

    /// A concept's (message, explanation).
    pub fn concept(&self, id: &str) -> Option<(&'a str, &'a str)> {
        let own =
            self.rules.concepts.iter().find(|c| c.def.id == id).map(|c| (&*c.def.message, &*c.def.explanation))?;
        let tr = self.text.and_then(|t| t.concepts.iter().find(|c| c.0 == id));
        Some((tr.and_then(|c| c.1).unwrap_or(own.0), tr.and_then(|c| c.2).unwrap_or(own.1)))
    }

    pub fn advice(&self, id: &str) -> Option<&'a str> {
        let own = self.rules.advice.iter().find(|a| a.id == id).map(|a| &*a.text)?;
        Some(self.text.and_then(|t| find(t.advice, id)).unwrap_or(own))
    }

    /// A category's name, or its id when the rule set has no such category.
    pub fn category(&self, id: &'a str) -> &'a str {
        let own = self.rules.manifest.categories.iter().find(|c| c.id == id).map_or(id, |c| &*c.name);
        self.text.and_then(|t| find(t.categories, id)).unwrap_or(own)
    }

    pub fn category_description(&self, id: &'a str) -> &'a str {
        let own = self.rules.manifest.categories.iter().find(|c| c.id == id).map_or("", |c| &*c.description);
        self.text.and_then(|t| find(t.category_descriptions, id)).unwrap_or(own)
    }

    /// A country's name, as the hotline list names it.
    pub fn country(&self, code: &str) -> Option<&'a str> {
        let own = self.rules.hotlines.iter().find(|h| h.country == code).map(|h| &*h.country_name)?;
        Some(self.text.and_then(|t| find(t.countries, code)).unwrap_or(own))
    }

    /// A hotline's (name, note).
    pub fn hotline(&self, h: &'a Hotline) -> (&'a str, Option<&'a str>) {
        let tr = self.text.and_then(|t| t.hotlines.iter().find(|e| e.0 == h.id));
        (tr.and_then(|e| e.1).unwrap_or(&h.name), tr.and_then(|e| e.2).or(h.note.as_deref()))
    }

    /// The report with its messages, explanations and advice in this language.
    pub fn report(&self, mut report: Report) -> Report {
        for s in &mut report.signals {
            if let Some((message, explanation)) = self.concept(&s.rule) {
                (s.message, s.explanation) = (message.into(), explanation.into());
            }
        }
        for a in &mut report.advice {
            if let Some(text) = self.advice(&a.id) {
                a.text = text.into();
            }
        }
        report
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::i18n::LANGS;
    use crate::Screener;

    const LURE: &str =
        "Customer service job in Cambodia, free flight and visa, tourist visa, contact us on Telegram only. Pay a fee.";

    #[test]
    fn a_report_reads_in_each_language_and_back_in_english() {
        let s = Screener::builtin().unwrap();
        let en = s.check(LURE);
        assert!(en.signals.len() >= 3 && !en.advice.is_empty());
        for (lang, code, _) in LANGS.iter().filter(|l| l.0 != Lang::En) {
            let Some(text) = lang.rule_text() else { continue };
            let words = Words::new(s.rules(), *lang);
            let tr = words.report(en.clone());
            for (a, b) in en.signals.iter().zip(&tr.signals) {
                let want = text.concepts.iter().find(|c| c.0 == a.rule).expect("every concept is translated");
                assert_eq!((Some(&*b.message), Some(&*b.explanation)), (want.1, want.2), "{code} {}", a.rule);
                assert_ne!(a.message, b.message, "{code}: {} is still English", a.rule);
                assert_eq!((a.spans.clone(), a.weight), (b.spans.clone(), b.weight));
            }
            for (a, b) in en.advice.iter().zip(&tr.advice) {
                assert_eq!(Some(&*b.text), find(text.advice, &a.id), "{code} {}", a.id);
            }
            let back = Words::new(s.rules(), Lang::En).report(tr);
            let texts =
                |r: &Report| r.signals.iter().map(|s| (s.message.clone(), s.explanation.clone())).collect::<Vec<_>>();
            assert_eq!(texts(&back), texts(&en), "{code}: switching back to English");
        }
    }

    #[test]
    fn english_comes_from_the_rules_and_unknown_ids_stay_unknown() {
        let s = Screener::builtin().unwrap();
        let w = Words::new(s.rules(), Lang::En);
        assert_eq!(w.category("fees"), "Fees and payments");
        assert_eq!(w.category("nope"), "nope");
        assert_eq!(w.concept("channel.telegram").map(|c| c.0), Some("Contact on Telegram"));
        assert_eq!(w.concept("nope"), None);
        assert_eq!(w.advice("nope"), None);
        assert_eq!(w.country("PH"), Some("Philippines"));
    }
}
