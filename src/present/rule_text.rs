//! The rules' words in the reader's language: warning messages and explanations, advice,
//! category names, countries, hotline names and notes, and the example offers. Translations are
//! data (`i18n/rules/<code>.toml`), checked against the English of rules/ and compiled by
//! build.rs; English is the rules' own text, so a rule set given with `--rules` still reads.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use serde::Deserialize;

use super::i18n::Lang;
use crate::rules::{model::Hotline, RuleSet};
use crate::Report;

/// One language's translation of the rules' words, by id (`i18n/rules/<code>.toml` without its
/// `[about]`, as build.rs writes it in JSON).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleText {
    #[serde(rename = "category")]
    pub categories: HashMap<String, String>,
    #[serde(rename = "category_description")]
    pub category_descriptions: HashMap<String, String>,
    pub advice: HashMap<String, String>,
    #[serde(rename = "country")]
    pub countries: HashMap<String, String>,
    #[serde(rename = "hotline")]
    pub hotlines: HashMap<String, HotlineText>,
    #[serde(rename = "example")]
    pub examples: HashMap<String, String>,
    #[serde(rename = "concept")]
    pub concepts: HashMap<String, ConceptText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HotlineText {
    pub name: String,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConceptText {
    pub message: String,
    pub explanation: String,
}

// Native builds: every language's words as JSON (`RULE_TEXTS`); wasm builds: none (the app and
// the API load `words/<code>.js` and hand it to [`register`]).
include!(concat!(env!("OUT_DIR"), "/rule_texts.rs"));

/// The words of each language read so far; kept for the life of the program (one per language).
static LOADED: Mutex<Vec<(Lang, &'static RuleText)>> = Mutex::new(Vec::new());

/// Makes `text` the rules' words of `lang`, from now on.
pub fn register(lang: Lang, text: RuleText) -> &'static RuleText {
    let text: &'static RuleText = Box::leak(Box::new(text));
    let mut loaded = LOADED.lock().unwrap_or_else(PoisonError::into_inner);
    loaded.retain(|(l, _)| *l != lang);
    loaded.push((lang, text));
    text
}

impl Lang {
    /// The rules' words in this language; `None` for English (the rules' own), and for a language
    /// whose words are not loaded yet (in the wasm, until its `words/<code>.js` arrives).
    pub fn rule_text(self) -> Option<&'static RuleText> {
        let found =
            LOADED.lock().unwrap_or_else(PoisonError::into_inner).iter().find(|(l, _)| *l == self).map(|(_, t)| *t);
        if found.is_some() {
            return found;
        }
        let json = RULE_TEXTS.iter().find(|(code, _)| *code == self.code())?.1;
        let text = serde_json::from_str(json).expect("build.rs writes the words in the shape RuleText reads");
        Some(register(self, text))
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
        match self.text.and_then(|t| t.concepts.get(id)) {
            Some(tr) => Some((&tr.message, &tr.explanation)),
            None => Some(own),
        }
    }

    pub fn advice(&self, id: &str) -> Option<&'a str> {
        let own = self.rules.advice.iter().find(|a| a.id == id).map(|a| &*a.text)?;
        Some(self.text.and_then(|t| t.advice.get(id)).map_or(own, String::as_str))
    }

    /// A category's name, or its id when the rule set has no such category.
    pub fn category(&self, id: &'a str) -> &'a str {
        let own = self.rules.manifest.categories.iter().find(|c| c.id == id).map_or(id, |c| &*c.name);
        self.text.and_then(|t| t.categories.get(id)).map_or(own, String::as_str)
    }

    pub fn category_description(&self, id: &'a str) -> &'a str {
        let own = self.rules.manifest.categories.iter().find(|c| c.id == id).map_or("", |c| &*c.description);
        self.text.and_then(|t| t.category_descriptions.get(id)).map_or(own, String::as_str)
    }

    /// A country's name, as the hotline list names it.
    pub fn country(&self, code: &str) -> Option<&'a str> {
        let own = self.rules.hotlines.iter().find(|h| h.country == code).map(|h| &*h.country_name)?;
        Some(self.text.and_then(|t| t.countries.get(code)).map_or(own, String::as_str))
    }

    /// A hotline's (name, note).
    pub fn hotline(&self, h: &'a Hotline) -> (&'a str, Option<&'a str>) {
        match self.text.and_then(|t| t.hotlines.get(&h.id)) {
            Some(tr) => (&tr.name, tr.note.as_deref().or(h.note.as_deref())),
            None => (&h.name, h.note.as_deref()),
        }
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
                let want = &text.concepts[&a.rule];
                assert_eq!((&b.message, &b.explanation), (&want.message, &want.explanation), "{code} {}", a.rule);
                assert_ne!(a.message, b.message, "{code}: {} is still English", a.rule);
                assert_eq!((a.spans.clone(), a.weight), (b.spans.clone(), b.weight));
            }
            for (a, b) in en.advice.iter().zip(&tr.advice) {
                assert_eq!(Some(&b.text), text.advice.get(&a.id), "{code} {}", a.id);
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
