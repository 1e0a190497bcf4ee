//! Loading and strict validation of rule packs: every error names the file, the rule and the field.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::model::*;
use crate::engine::extract::EXTRACTOR_TAGS;

/// A problem in the rule files, pointing at what to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    pub file: String,
    pub rule: Option<String>,
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "rules/{}", self.file)?;
        if let Some(r) = &self.rule {
            write!(f, ": rule `{r}`")?;
        }
        if let Some(k) = &self.field {
            write!(f, ": field `{k}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// A rule with where it came from and the concept that combinations refer to.
#[derive(Debug, Clone)]
pub struct Rule {
    pub def: RuleDef,
    pub file: String,
    pub language: String,
    pub category: String,
    /// The id without its language prefix: `vi.visa.tourist` and `visa.tourist` share a concept.
    pub concept: String,
}

/// Everything in `rules/`, validated.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub manifest: Manifest,
    pub sources: Vec<Source>,
    pub advice: Vec<Advice>,
    pub lexicon: Vec<LexiconEntry>,
    pub rules: Vec<Rule>,
    pub combos: Vec<ComboDef>,
}

/// A rule or a combination, seen alike: for listings (the rules page, `secondlook rules`).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Entry<'a> {
    pub id: &'a str,
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
        let rules = self.rules.iter().map(|r| Entry {
            id: &r.def.id,
            language: &r.language,
            category: &r.category,
            weight: r.def.weight,
            message: &r.def.message,
            sources: &r.def.sources,
            explanation: &r.def.explanation,
            fire: &r.def.fire,
            quiet: &r.def.quiet,
            requires: None,
        });
        let combos = self.combos.iter().map(|c| Entry {
            id: &c.id,
            language: ANY_LANGUAGE,
            category: COMBINATION,
            weight: c.weight,
            message: &c.message,
            sources: &c.sources,
            explanation: &c.explanation,
            fire: &c.fire,
            quiet: &c.quiet,
            requires: Some(&c.requires),
        });
        rules.chain(combos).collect()
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}

const MANIFEST: &str = "manifest.toml";
const SOURCES: &str = "sources.toml";
const ADVICE: &str = "advice.toml";
const LEXICON: &str = "lexicon.toml";
const COMBOS: &str = "combinations.toml";
/// Packs of rules that test extracted facts only, whatever the language.
pub const ANY_LANGUAGE: &str = "any";
pub const COMBINATION: &str = "combination";

struct Errors(Vec<RuleError>);

impl Errors {
    fn push(&mut self, file: &str, rule: Option<&str>, field: Option<&str>, message: impl Into<String>) {
        self.0.push(RuleError {
            file: file.to_string(),
            rule: rule.map(str::to_string),
            field: field.map(str::to_string),
            message: message.into(),
        });
    }
}

/// Reads one rule file: TOML natively; in wasm the embedded files are JSON (see build.rs).
#[cfg(not(target_arch = "wasm32"))]
fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str, errors: &mut Errors) -> Option<T> {
    match toml::from_str(text) {
        Ok(v) => Some(v),
        Err(e) => {
            let message = e.message().to_string();
            let line = e.span().map(|s| text[..s.start].matches('\n').count() + 1);
            let message = match line {
                Some(l) => format!("line {l}: {message}"),
                None => message,
            };
            errors.push(file, None, None, message);
            None
        }
    }
}

/// Reads one rule file: TOML natively; in wasm the embedded files are JSON (see build.rs).
#[cfg(target_arch = "wasm32")]
fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str, errors: &mut Errors) -> Option<T> {
    match serde_json::from_str(text) {
        Ok(v) => Some(v),
        Err(e) => {
            errors.push(file, None, None, e.to_string());
            None
        }
    }
}

/// Parses and validates rule files given as (path under rules/, contents).
pub fn load(files: &[(&str, &str)]) -> Result<RuleSet, Vec<RuleError>> {
    let mut errors = Errors(Vec::new());
    let get = |name: &str| files.iter().find(|(p, _)| *p == name).map(|(_, t)| *t);
    let required = |name: &str, errors: &mut Errors| {
        let text = get(name);
        if text.is_none() {
            errors.push(name, None, None, "file is missing");
        }
        text
    };
    let manifest: Option<Manifest> = required(MANIFEST, &mut errors).and_then(|t| parse(MANIFEST, t, &mut errors));
    let sources: Option<SourcesFile> = required(SOURCES, &mut errors).and_then(|t| parse(SOURCES, t, &mut errors));
    let advice: Option<AdviceFile> = required(ADVICE, &mut errors).and_then(|t| parse(ADVICE, t, &mut errors));
    let lexicon: Option<LexiconFile> = required(LEXICON, &mut errors).and_then(|t| parse(LEXICON, t, &mut errors));
    let combos: Option<CombosFile> = required(COMBOS, &mut errors).and_then(|t| parse(COMBOS, t, &mut errors));
    let (Some(manifest), Some(sources), Some(advice), Some(lexicon), Some(combos)) =
        (manifest, sources, advice, lexicon, combos)
    else {
        return Err(errors.0);
    };

    check_manifest(&manifest, &mut errors);
    let source_ids = unique_ids(SOURCES, sources.sources.iter().map(|s| s.id.as_str()), &mut errors);
    for s in &sources.sources {
        if !s.url.starts_with("https://") && !s.url.starts_with("http://") {
            errors.push(SOURCES, Some(&s.id), Some("url"), "must be an http(s) address");
        }
    }
    let advice_ids = unique_ids(ADVICE, advice.advice.iter().map(|a| a.id.as_str()), &mut errors);
    let mut fact_tags: HashSet<&str> = EXTRACTOR_TAGS.iter().copied().collect();
    for entry in &lexicon.facts {
        if entry.tag.split('.').count() != 2 || entry.patterns.is_empty() {
            errors.push(LEXICON, Some(&entry.tag), Some("tag"), "needs the form `kind.name` and at least one pattern");
        }
        fact_tags.insert(&entry.tag);
    }
    let categories: HashSet<&str> = manifest.categories.iter().map(|c| c.id.as_str()).collect();

    let mut rules = Vec::new();
    let mut ids = HashSet::new();
    for (path, text) in files {
        if [MANIFEST, SOURCES, ADVICE, LEXICON, COMBOS].contains(path) {
            continue;
        }
        let Some(pack) = parse::<PackFile>(path, text, &mut errors) else { continue };
        let expected = format!("{}/{}.toml", pack.language, pack.category);
        if *path != expected {
            errors.push(
                path,
                None,
                Some("language"),
                format!("`language` and `category` say this file should be {expected}"),
            );
        }
        if pack.language != ANY_LANGUAGE && !manifest.languages.contains(&pack.language) {
            errors.push(
                path,
                None,
                Some("language"),
                format!("`{}` is not in the manifest's languages", pack.language),
            );
        }
        if !categories.contains(pack.category.as_str()) || pack.category == COMBINATION {
            errors.push(
                path,
                None,
                Some("category"),
                format!("`{}` is not a rule category of the manifest", pack.category),
            );
        }
        for def in pack.rules {
            let prefix = match pack.language.as_str() {
                "en" | ANY_LANGUAGE => format!("{}.", pack.category),
                lang => format!("{lang}.{}.", pack.category),
            };
            let rule_ctx =
                |field: &str, msg: String, errors: &mut Errors| errors.push(path, Some(&def.id), Some(field), msg);
            if !def.id.starts_with(&prefix) || !valid_id(&def.id) {
                rule_ctx("id", format!("must start with `{prefix}` and use only a-z, 0-9, `_` and `.`"), &mut errors);
            }
            if !ids.insert(def.id.clone()) {
                rule_ctx("id", "duplicate id".into(), &mut errors);
            }
            check_common(
                path,
                &def.id,
                def.weight,
                &def.message,
                &def.explanation,
                &def.sources,
                &def.advice,
                &source_ids,
                &advice_ids,
                &mut errors,
            );
            if def.patterns.is_empty() && def.facts.is_empty() {
                rule_ctx("patterns", "a rule needs `patterns` or `facts`".into(), &mut errors);
            }
            if let Some(t) = def.facts.iter().find(|t| !fact_tags.contains(t.as_str())) {
                rule_ctx("facts", format!("unknown fact tag `{t}`"), &mut errors);
            }
            check_examples(path, &def.id, &def.fire, &def.quiet, true, &mut errors);
            let concept = def.id.strip_prefix(&format!("{}.", pack.language)).unwrap_or(&def.id).to_string();
            rules.push(Rule {
                def,
                file: path.to_string(),
                language: pack.language.clone(),
                category: pack.category.clone(),
                concept,
            });
        }
    }

    let concepts: HashSet<&str> = rules.iter().map(|r| r.concept.as_str()).collect();
    for c in &combos.combos {
        let err = |field: &str, msg: String, errors: &mut Errors| errors.push(COMBOS, Some(&c.id), Some(field), msg);
        if !c.id.starts_with("combination.") || !valid_id(&c.id) {
            err("id", "must start with `combination.` and use only a-z, 0-9, `_` and `.`".into(), &mut errors);
        }
        if !ids.insert(c.id.clone()) {
            err("id", "duplicate id".into(), &mut errors);
        }
        check_common(
            COMBOS,
            &c.id,
            c.weight,
            &c.message,
            &c.explanation,
            &c.sources,
            &c.advice,
            &source_ids,
            &advice_ids,
            &mut errors,
        );
        if c.requires.len() < 2 || c.requires.iter().any(Vec::is_empty) {
            err("requires", "needs at least two non-empty groups".into(), &mut errors);
        }
        if let Some(u) = c.requires.iter().flatten().find(|x| !concepts.contains(x.as_str())) {
            err("requires", format!("no rule has the concept `{u}`"), &mut errors);
        }
        check_examples(COMBOS, &c.id, &c.fire, &c.quiet, false, &mut errors);
    }

    if errors.0.is_empty() {
        Ok(RuleSet {
            manifest,
            sources: sources.sources,
            advice: advice.advice,
            lexicon: lexicon.facts,
            rules,
            combos: combos.combos,
        })
    } else {
        Err(errors.0)
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.')
}

fn check_manifest(m: &Manifest, errors: &mut Errors) {
    if m.version.trim().is_empty() {
        errors.push(MANIFEST, None, Some("version"), "must not be empty");
    }
    let t = m.thresholds;
    if !(0 < t.medium && t.medium < t.high && t.high <= 100 && t.awareness > 0) {
        errors.push(MANIFEST, None, Some("thresholds"), "need 0 < medium < high <= 100 and awareness > 0");
    }
    unique_ids(MANIFEST, m.categories.iter().map(|c| c.id.as_str()), errors);
    if !m.categories.iter().any(|c| c.id == COMBINATION) {
        errors.push(MANIFEST, None, Some("category"), "the `combination` category is required");
    }
    for c in &m.categories {
        if c.cap == 0 || c.cap > 100 {
            errors.push(MANIFEST, Some(&c.id), Some("cap"), "must be between 1 and 100");
        }
    }
}

fn unique_ids<'a>(file: &str, ids: impl Iterator<Item = &'a str>, errors: &mut Errors) -> HashSet<String> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id.to_string()) {
            errors.push(file, Some(id), Some("id"), "duplicate id");
        }
    }
    seen
}

#[allow(clippy::too_many_arguments)]
fn check_common(
    file: &str,
    id: &str,
    weight: i32,
    message: &str,
    explanation: &str,
    sources: &[String],
    advice: &[String],
    source_ids: &HashSet<String>,
    advice_ids: &HashSet<String>,
    errors: &mut Errors,
) {
    if !(-50..=70).contains(&weight) || weight == 0 {
        errors.push(file, Some(id), Some("weight"), "must be between -50 and 70 and not 0");
    }
    if message.trim().is_empty() || message.chars().count() > 120 {
        errors.push(file, Some(id), Some("message"), "must be 1 to 120 characters");
    }
    if explanation.trim().is_empty() {
        errors.push(file, Some(id), Some("explanation"), "must not be empty");
    }
    if sources.is_empty() {
        errors.push(file, Some(id), Some("sources"), "cite at least one source");
    }
    if let Some(s) = sources.iter().find(|s| !source_ids.contains(*s)) {
        errors.push(file, Some(id), Some("sources"), format!("unknown source `{s}`"));
    }
    if let Some(a) = advice.iter().find(|a| !advice_ids.contains(*a)) {
        errors.push(file, Some(id), Some("advice"), format!("unknown advice `{a}`"));
    }
}

fn check_examples(file: &str, id: &str, fire: &[String], quiet: &[String], marked: bool, errors: &mut Errors) {
    if fire.is_empty() {
        errors.push(file, Some(id), Some("fire"), "give at least one example that must fire");
    }
    if quiet.is_empty() {
        errors.push(file, Some(id), Some("quiet"), "give at least one example that must not fire");
    }
    if marked {
        for ex in fire {
            if marked_span(ex).is_none() {
                errors.push(file, Some(id), Some("fire"), format!("mark the expected words with one [ ]: `{ex}`"));
            }
        }
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

/// Indexes by id, for reports.
pub fn index<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
    items.iter().enumerate().map(|(i, x)| (id(x).to_string(), i)).collect()
}
