//! A validated rule set: rules with the concept each detects, combinations, term words, hotlines,
//! and the listing of rules and combinations alike (the rules page, `secondlook rules`).

use super::model::*;

/// A rule with where it came from and the concept it detects.
#[derive(Debug, Clone)]
pub struct Rule {
    pub def: RuleDef,
    pub file: String,
    pub language: String,
    pub category: String,
    /// Index of its concept in [`RuleSet::concepts`]: `vi.visa.tourist` and `visa.tourist` share one.
    pub concept: usize,
}

/// A concept with its category: what a warning says, whichever rule or language found it.
#[derive(Debug, Clone)]
pub struct Concept {
    pub def: ConceptDef,
    pub category: String,
}

/// A combination with the concept that says what it means.
#[derive(Debug, Clone)]
pub struct Combo {
    pub def: ComboDef,
    /// Index of its concept (same id) in [`RuleSet::concepts`].
    pub concept: usize,
}

/// One language's words for one term class.
#[derive(Debug, Clone)]
pub struct TermWords {
    pub class: String,
    pub language: String,
    pub patterns: Vec<String>,
}

/// Everything in `rules/`, validated.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub manifest: Manifest,
    pub sources: Vec<Source>,
    pub advice: Vec<Advice>,
    pub lexicon: Vec<LexiconEntry>,
    pub term_classes: Vec<TermClass>,
    pub terms: Vec<TermWords>,
    /// Every concept of `concepts.toml`, those of combinations included.
    pub concepts: Vec<Concept>,
    pub rules: Vec<Rule>,
    pub combos: Vec<Combo>,
    pub hotlines: Vec<Hotline>,
}

/// The rules and term words of one language, apart from the rest of a rule set: the web app
/// starts with English and loads the others' packs after it has started (build.rs writes them; [`RuleSet::add`] puts one back).
#[derive(Debug, Clone)]
pub struct Pack {
    pub language: String,
    pub rules: Vec<Rule>,
    pub terms: Vec<TermWords>,
}

/// A rule or a combination, seen alike: for listings (the rules page, `secondlook rules`).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Entry<'a> {
    pub id: &'a str,
    /// The concept whose words it shows (a combination's own id).
    pub concept: &'a str,
    pub language: &'a str,
    pub category: &'a str,
    pub weight: i32,
    pub message: &'a str,
    pub sources: &'a [String],
    #[serde(skip)]
    pub explanation: &'a str,
    #[serde(skip)]
    pub fire: &'a [String],
    #[serde(skip)]
    pub quiet: &'a [String],
    /// The concepts a combination requires; `None` for a rule.
    #[serde(skip)]
    pub requires: Option<&'a [Vec<String>]>,
}

impl RuleSet {
    /// Every rule, then every combination (language `any`, category `combination`).
    pub fn entries(&self) -> Vec<Entry<'_>> {
        let rules = self.rules.iter().map(|r| {
            let c = &self.concepts[r.concept].def;
            Entry {
                id: &r.def.id,
                concept: &c.id,
                language: &r.language,
                category: &r.category,
                weight: c.weight,
                message: &c.message,
                sources: &c.sources,
                explanation: &c.explanation,
                fire: &r.def.fire,
                quiet: &r.def.quiet,
                requires: None,
            }
        });
        let combos = self.combos.iter().map(|c| {
            let concept = &self.concepts[c.concept];
            Entry {
                id: &c.def.id,
                concept: &concept.def.id,
                language: ANY_LANGUAGE,
                category: &concept.category,
                weight: concept.def.weight,
                message: &concept.def.message,
                sources: &concept.def.sources,
                explanation: &concept.def.explanation,
                fire: &c.def.fire,
                quiet: &c.def.quiet,
                requires: Some(&c.def.requires),
            }
        });
        rules.chain(combos).collect()
    }

    /// Takes the rules and term words of `languages` out, a [`Pack`] per language in that order.
    pub fn split(&mut self, languages: &[&str]) -> Vec<Pack> {
        let packs = languages.iter().map(|&language| Pack {
            language: language.to_owned(),
            rules: self.rules.iter().filter(|r| r.language == language).cloned().collect(),
            terms: self.terms.iter().filter(|t| t.language == language).cloned().collect(),
        });
        let packs = packs.collect();
        self.rules.retain(|r| !languages.contains(&r.language.as_str()));
        self.terms.retain(|t| !languages.contains(&t.language.as_str()));
        packs
    }

    /// Puts a pack taken out by [`RuleSet::split`] back, after the rules and words already here:
    /// the order of rules changes nothing in a report.
    pub fn add(&mut self, pack: Pack) {
        self.rules.extend(pack.rules);
        self.terms.extend(pack.terms);
    }

    /// Countries with at least one hotline or check, by name: (code, name).
    pub fn countries(&self) -> Vec<(&str, &str)> {
        let mut out: Vec<(&str, &str)> = Vec::new();
        for h in self.hotlines.iter().filter(|h| h.country != GLOBAL) {
            if !out.iter().any(|(c, _)| *c == h.country) {
                out.push((&h.country, &h.country_name));
            }
        }
        out.sort_by(|a, b| a.1.cmp(b.1));
        out
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}

/// Splits a `fire` example into its plain text and the byte range of the one `[...]` mark.
pub fn marked_span(example: &str) -> Option<(String, usize, usize)> {
    let open = example.find('[')?;
    let close = example[open..].find(']')? + open;
    if example[close + 1..].contains(['[', ']']) || example[..open].contains(']') || close == open + 1 {
        return None;
    }
    let text = format!("{}{}{}", &example[..open], &example[open + 1..close], &example[close + 1..]);
    Some((text, open, close - 1))
}

/// How many of a rule's `fire` and `quiet` examples the rules page shows (and the built-in image keeps).
pub const SHOWN_FIRE: usize = 4;
pub const SHOWN_QUIET: usize = 3;

/// Packs of rules that test extracted facts only, whatever the language.
pub const ANY_LANGUAGE: &str = "any";
