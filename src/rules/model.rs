//! The rule-pack file formats, as strict serde types: an unknown or misspelt key is an error.

use serde::{Deserialize, Serialize};

/// `rules/manifest.toml`: the ruleset version, languages, categories and thresholds.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub version: String,
    pub languages: Vec<String>,
    pub thresholds: Thresholds,
    #[serde(rename = "category")]
    pub categories: Vec<Category>,
}

/// Score thresholds for the levels and for the distress flag.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    pub medium: u32,
    pub high: u32,
    pub distress: u32,
    /// Awareness weights adding up to minus this mark a text that warns about scams.
    pub awareness: u32,
}

/// One category of the closed list, with its cap: the most its signals can add to the score.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: String,
    pub cap: u32,
    pub description: String,
}

/// `rules/sources.toml`: the published sources that rules cite.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    #[serde(rename = "source")]
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub url: String,
    /// Indicator ids in shared research (A1, D4, ...).
    #[serde(default)]
    pub indicators: Vec<String>,
}

/// `rules/advice.toml`: what to verify or do, referenced by rules.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdviceFile {
    #[serde(rename = "advice")]
    pub advice: Vec<Advice>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Advice {
    pub id: String,
    pub text: String,
}

/// `rules/lexicon.toml`: phrases that become extracted facts (places, visa types, documents,
/// chat apps), with a tag that rules can test.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconFile {
    #[serde(rename = "fact")]
    pub facts: Vec<LexiconEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconEntry {
    pub tag: String,
    pub label: String,
    pub patterns: Vec<String>,
    #[serde(default)]
    pub except: Vec<String>,
}

/// `rules/<language>/<category>.toml`: one pack of rules.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackFile {
    pub language: String,
    pub category: String,
    #[serde(rename = "rule")]
    pub rules: Vec<RuleDef>,
}

/// One rule as written. Examples in `fire` mark the expected span with `[` and `]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub id: String,
    pub weight: i32,
    pub message: String,
    pub explanation: String,
    #[serde(default)]
    pub advice: Vec<String>,
    pub sources: Vec<String>,
    #[serde(default)]
    pub patterns: Vec<String>,
    #[serde(default)]
    pub except: Vec<String>,
    #[serde(default)]
    pub facts: Vec<String>,
    #[serde(default)]
    pub fire: Vec<String>,
    #[serde(default)]
    pub quiet: Vec<String>,
    /// Known gaps: examples that should fire but do not yet. The test fails once one does.
    #[serde(default)]
    pub todo: Vec<String>,
}

/// `rules/combinations.toml`: rules that fire when concepts meet.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CombosFile {
    #[serde(rename = "combo")]
    pub combos: Vec<ComboDef>,
}

/// A combination: fires when every group in `requires` has at least one fired concept.
/// A concept is a rule id without its language prefix (`vi.visa.tourist` is `visa.tourist`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComboDef {
    pub id: String,
    pub weight: i32,
    pub requires: Vec<Vec<String>>,
    pub message: String,
    pub explanation: String,
    #[serde(default)]
    pub advice: Vec<String>,
    pub sources: Vec<String>,
    pub fire: Vec<String>,
    pub quiet: Vec<String>,
    #[serde(default)]
    pub todo: Vec<String>,
}
