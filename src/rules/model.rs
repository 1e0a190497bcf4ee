//! The rule-pack file formats, as strict serde types: an unknown or misspelt key is an error.

use serde::{Deserialize, Serialize};

/// The files of a rule set, by path under `rules/`; every other file is a pack of rules.
pub const MANIFEST: &str = "manifest.toml";
pub const SOURCES: &str = "sources.toml";
pub const ADVICE: &str = "advice.toml";
pub const LEXICON: &str = "lexicon.toml";
pub const COMBOS: &str = "combinations.toml";
pub const CONCEPTS: &str = "concepts.toml";
pub const TERM_CLASSES: &str = "terms.toml";
pub const HOTLINES: &str = "hotlines.toml";
/// Folder of the per-language term files.
pub const TERMS_DIR: &str = "terms/";

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
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: String,
    pub cap: u32,
    pub description: String,
    /// What its signals do besides adding to the score; most categories have none.
    #[serde(default)]
    pub role: Role,
}

/// What a category's signals do, declared in the manifest rather than known by name in code.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Add to the score (within the cap).
    #[default]
    Score,
    /// Counted apart from the score: enough of them raise the distress flag (emergency guidance),
    /// and they are listed first.
    Distress,
    /// Add to the score; enough of them (negative weights) mark a text that warns about scams.
    Awareness,
    /// The category of combinations (`combinations.toml`); no pack of rules may use it.
    Combination,
}

impl Manifest {
    /// The role of the category with this id (`Score` for an unknown id).
    pub fn role(&self, category: &str) -> Role {
        self.categories.iter().find(|c| c.id == category).map_or(Role::Score, |c| c.role)
    }
}

/// `rules/sources.toml`: the published sources that rules cite.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    #[serde(rename = "source")]
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
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

/// `rules/concepts.toml`: what each warning means to the reader. Rules in every language name the
/// concept they detect, so the text is written (and translated) once.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConceptsFile {
    #[serde(rename = "concept")]
    pub concepts: Vec<ConceptDef>,
}

/// What a warning says to the reader, whichever rules or combination raise it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConceptDef {
    pub id: String,
    pub weight: i32,
    pub message: String,
    pub explanation: String,
    #[serde(default)]
    pub advice: Vec<String>,
    pub sources: Vec<String>,
}

/// `rules/terms.toml`: the term classes that `near` rules are written over.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermClassesFile {
    #[serde(rename = "term")]
    pub terms: Vec<TermClass>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermClass {
    pub id: String,
    pub means: String,
    /// Words that frame a cue ("I", "you", "a job") rather than raise it: they count in a `near`
    /// set but are not highlighted.
    #[serde(default)]
    pub context: bool,
}

/// `rules/terms/<language>.toml`: one language's words for the term classes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermsFile {
    pub language: String,
    pub terms: std::collections::BTreeMap<String, Vec<String>>,
}

/// Written before a `near` group, it may be satisfied anywhere in the text, not only in the
/// window: `"anywhere:relative"` lets "they took their passports" count in a mother's message.
pub const ANYWHERE: &str = "anywhere:";

/// One rule as written. Examples in `fire` mark the expected span with `[` and `]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub id: String,
    /// The concept this rule detects; by default its id without the language prefix.
    #[serde(default)]
    pub concept: Option<String>,
    #[serde(default)]
    pub patterns: Vec<String>,
    #[serde(default)]
    pub except: Vec<String>,
    #[serde(default)]
    pub facts: Vec<String>,
    /// Co-occurrence sets: each set is a list of groups (`"taken|held"`: term classes or fact
    /// tags), and fires when every group has a word in one sentence, within `window` characters.
    #[serde(default)]
    pub near: Vec<Vec<String>>,
    /// Term classes (usually `negation`) that cancel a cue of this rule right before it.
    #[serde(default)]
    pub unless: Vec<String>,
    /// Term classes (`waived`: "free", "none") that cancel a cue of this rule right after it.
    #[serde(default)]
    pub unless_after: Vec<String>,
    /// Term classes that stop a `near` set when one of their words is in the same sentence.
    #[serde(default)]
    pub without: Vec<String>,
    /// How far apart, in characters, the words of a `near` set may be.
    #[serde(default)]
    pub window: Option<u32>,
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

/// A combination: fires when every group in `requires` has at least one fired concept. What it
/// says is the concept of the same id in `concepts.toml`, as for rules.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComboDef {
    pub id: String,
    pub requires: Vec<Vec<String>>,
    pub fire: Vec<String>,
    pub quiet: Vec<String>,
    #[serde(default)]
    pub todo: Vec<String>,
}

/// `rules/hotlines.toml`: hotlines and official checks by country.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HotlinesFile {
    #[serde(rename = "entry")]
    pub entries: Vec<Hotline>,
}

/// Who to call for help, or where to verify a recruiter, in one country (or `global`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hotline {
    /// Stable and unique: translations of the name and note (i18n/rules/) are keyed by it.
    pub id: String,
    /// ISO 3166 alpha-2 code, or [`GLOBAL`].
    pub country: String,
    pub country_name: String,
    pub kind: HotlineKind,
    pub name: String,
    /// The number as shown.
    #[serde(default)]
    pub phone: Option<String>,
    /// The number as dialled: digits and `+`.
    #[serde(default)]
    pub tel: Option<String>,
    /// A number to send a text message to.
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub web: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    /// The published page the entry was compared with.
    pub source: String,
    /// When it was last compared: YYYY-MM-DD.
    pub checked: String,
}

/// The `country` of entries for every country.
pub const GLOBAL: &str = "global";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HotlineKind {
    /// Call for help.
    Hotline,
    /// Verify a recruiter or an agency.
    Check,
}

impl HotlineKind {
    pub fn as_str(self) -> &'static str {
        match self {
            HotlineKind::Hotline => "hotline",
            HotlineKind::Check => "check",
        }
    }
}
