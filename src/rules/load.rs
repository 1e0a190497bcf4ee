//! Loading and strict validation of rule packs: every error names the file, the rule and the field.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::facts::CODE_FACTS;
use super::model::*;

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
        let rules = self.rules.iter().map(|r| {
            let c = &self.concepts[r.concept].def;
            Entry {
                id: &r.def.id,
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

const MANIFEST: &str = "manifest.toml";
const SOURCES: &str = "sources.toml";
const ADVICE: &str = "advice.toml";
const LEXICON: &str = "lexicon.toml";
const COMBOS: &str = "combinations.toml";
const CONCEPTS: &str = "concepts.toml";
const TERM_CLASSES: &str = "terms.toml";
const HOTLINES: &str = "hotlines.toml";
/// Folder of the per-language term files.
const TERMS_DIR: &str = "terms/";
/// Packs of rules that test extracted facts only, whatever the language.
pub const ANY_LANGUAGE: &str = "any";

/// Every problem found in loading and compiling a rule set. Displayed, it lists them all, one a line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleErrors(Vec<RuleError>);

impl fmt::Display for RuleErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} rule error(s):", self.0.len())?;
        for e in &self.0 {
            write!(f, "\n  {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for RuleErrors {}

impl RuleErrors {
    pub fn iter(&self) -> std::slice::Iter<'_, RuleError> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Ok when nothing was found wrong.
    pub(crate) fn or<T>(self, value: T) -> Result<T, RuleErrors> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }

    pub(crate) fn add(&mut self, e: RuleError) {
        self.0.push(e);
    }

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
fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str, errors: &mut RuleErrors) -> Option<T> {
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
fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str, errors: &mut RuleErrors) -> Option<T> {
    match serde_json::from_str(text) {
        Ok(v) => Some(v),
        Err(e) => {
            errors.push(file, None, None, e.to_string());
            None
        }
    }
}

/// Parses and validates rule files given as (path under rules/, contents).
pub fn load(files: &[(&str, &str)]) -> Result<RuleSet, RuleErrors> {
    let mut errors = RuleErrors::default();
    let get = |name: &str| files.iter().find(|(p, _)| *p == name).map(|(_, t)| *t);
    let required = |name: &str, errors: &mut RuleErrors| {
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
    let concepts: Option<ConceptsFile> = required(CONCEPTS, &mut errors).and_then(|t| parse(CONCEPTS, t, &mut errors));
    let classes: Option<TermClassesFile> =
        required(TERM_CLASSES, &mut errors).and_then(|t| parse(TERM_CLASSES, t, &mut errors));
    let hotlines: Option<HotlinesFile> = required(HOTLINES, &mut errors).and_then(|t| parse(HOTLINES, t, &mut errors));
    let (
        Some(manifest),
        Some(sources),
        Some(advice),
        Some(lexicon),
        Some(combos),
        Some(concepts),
        Some(classes),
        Some(hotlines),
    ) = (manifest, sources, advice, lexicon, combos, concepts, classes, hotlines)
    else {
        return Err(errors);
    };

    check_manifest(&manifest, &mut errors);
    hotlines.entries.iter().for_each(|h| check_hotline(h, &mut errors));
    let source_ids = unique_ids(SOURCES, sources.sources.iter().map(|s| s.id.as_str()), &mut errors);
    for s in &sources.sources {
        if !s.url.starts_with("https://") && !s.url.starts_with("http://") {
            errors.push(SOURCES, Some(&s.id), Some("url"), "must be an http(s) address");
        }
    }
    let advice_ids = unique_ids(ADVICE, advice.advice.iter().map(|a| a.id.as_str()), &mut errors);
    let mut fact_tags: HashSet<&str> = CODE_FACTS.iter().map(|(tag, _)| *tag).collect();
    for entry in &lexicon.facts {
        if entry.tag.split('.').count() != 2 || entry.patterns.is_empty() {
            errors.push(LEXICON, Some(&entry.tag), Some("tag"), "needs the form `kind.name` and at least one pattern");
        }
        fact_tags.insert(&entry.tag);
    }
    let categories: HashSet<&str> = manifest.categories.iter().map(|c| c.id.as_str()).collect();

    let class_ids = unique_ids(TERM_CLASSES, classes.terms.iter().map(|t| t.id.as_str()), &mut errors);
    for t in &classes.terms {
        if !valid_id(&t.id) || t.id.contains('.') || t.means.trim().is_empty() {
            errors.push(TERM_CLASSES, Some(&t.id), Some("id"), "use a-z, 0-9 and `_`, and say what it `means`");
        }
    }
    let mut terms = Vec::new();
    for (path, text) in files.iter().filter(|(p, _)| p.starts_with(TERMS_DIR)) {
        let Some(file) = parse::<TermsFile>(path, text, &mut errors) else { continue };
        if *path != format!("{TERMS_DIR}{}.toml", file.language) {
            errors.push(
                path,
                None,
                Some("language"),
                format!("`language` says this file should be terms/{}.toml", file.language),
            );
        }
        check_language(&manifest, path, &file.language, &mut errors);
        for (class, patterns) in file.terms {
            if !class_ids.contains(&class) {
                errors.push(path, Some(&class), None, "not a term class of terms.toml");
            }
            if patterns.is_empty() {
                errors.push(path, Some(&class), None, "give at least one word, or leave the class out");
            }
            terms.push(TermWords { class, language: file.language.clone(), patterns });
        }
    }
    let defined: HashSet<&str> = terms.iter().map(|t| t.class.as_str()).collect();
    for t in &classes.terms {
        if !defined.contains(t.id.as_str()) {
            errors.push(TERM_CLASSES, Some(&t.id), None, "no language has words for this class");
        }
    }

    let mut all_concepts: Vec<Concept> = Vec::new();
    unique_ids(CONCEPTS, concepts.concepts.iter().map(|c| c.id.as_str()), &mut errors);
    for def in concepts.concepts {
        check_concept(CONCEPTS, &def, &source_ids, &advice_ids, &mut errors);
        let category = def.id.split('.').next().unwrap_or_default().to_string();
        if !valid_id(&def.id) || !categories.contains(category.as_str()) {
            errors.push(
                CONCEPTS,
                Some(&def.id),
                Some("id"),
                "must be `<category>.<name>` with a category of the manifest",
            );
        }
        all_concepts.push(Concept { def, category });
    }
    let combination = |category: &str| manifest.role(category) == Role::Combination;
    let concept_index: HashMap<String, usize> = index(&all_concepts, |c| &c.def.id);

    let mut rules = Vec::new();
    let mut ids = HashSet::new();
    let special = [MANIFEST, SOURCES, ADVICE, LEXICON, COMBOS, CONCEPTS, TERM_CLASSES, HOTLINES];
    for (path, text) in files {
        if special.contains(path) || path.starts_with(TERMS_DIR) {
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
        if pack.language != ANY_LANGUAGE {
            check_language(&manifest, path, &pack.language, &mut errors);
        }
        if !categories.contains(pack.category.as_str()) || combination(&pack.category) {
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
                |field: &str, msg: String, errors: &mut RuleErrors| errors.push(path, Some(&def.id), Some(field), msg);
            if !def.id.starts_with(&prefix) || !valid_id(&def.id) {
                rule_ctx("id", format!("must start with `{prefix}` and use only a-z, 0-9, `_` and `.`"), &mut errors);
            }
            if !ids.insert(def.id.clone()) {
                rule_ctx("id", "duplicate id".into(), &mut errors);
            }
            let concept = def
                .concept
                .clone()
                .unwrap_or_else(|| def.id.strip_prefix(&format!("{}.", pack.language)).unwrap_or(&def.id).to_string());
            let Some(&ci) = concept_index.get(&concept) else {
                rule_ctx("concept", format!("no concept `{concept}` in concepts.toml"), &mut errors);
                continue;
            };
            if all_concepts[ci].category != pack.category {
                rule_ctx(
                    "concept",
                    format!("`{concept}` is not a concept of category `{}`", pack.category),
                    &mut errors,
                );
            }
            if def.patterns.is_empty() && def.facts.is_empty() && def.near.is_empty() {
                rule_ctx("patterns", "a rule needs `patterns`, `facts` or `near`".into(), &mut errors);
            }
            if let Some(t) = def.facts.iter().find(|t| !fact_tags.contains(t.as_str())) {
                rule_ctx("facts", format!("unknown fact tag `{t}`"), &mut errors);
            }
            let groups = def.near.iter().flatten().map(|g| g.strip_prefix(ANYWHERE).unwrap_or(g));
            for member in groups.flat_map(|g| g.split('|')) {
                let kind = fact_tags.iter().any(|t| t.split('.').next() == Some(member));
                if !class_ids.contains(member) && !fact_tags.contains(member) && !kind {
                    rule_ctx("near", format!("`{member}` is neither a term class nor a fact tag"), &mut errors);
                }
            }
            let placed = |set: &Vec<String>| set.iter().any(|g| !g.starts_with(ANYWHERE));
            if def.near.iter().any(|set| !placed(set) || set.iter().any(|g| g.trim().is_empty())) {
                rule_ctx(
                    "near",
                    "every set needs a group that is not `anywhere:`, and no group is empty".into(),
                    &mut errors,
                );
            }
            for (field, list) in
                [("unless", &def.unless), ("unless_after", &def.unless_after), ("without", &def.without)]
            {
                if let Some(u) = list.iter().find(|u| !class_ids.contains(u.as_str())) {
                    rule_ctx(field, format!("`{u}` is not a term class"), &mut errors);
                }
            }
            if def.window.is_some_and(|w| !(10..=400).contains(&w)) {
                rule_ctx("window", "must be between 10 and 400 characters".into(), &mut errors);
            }
            check_examples(path, &def.id, &def.fire, &def.quiet, true, &mut errors);
            rules.push(Rule {
                def,
                file: path.to_string(),
                language: pack.language.clone(),
                category: pack.category.clone(),
                concept: ci,
            });
        }
    }
    let used: HashSet<usize> = rules.iter().map(|r| r.concept).collect();

    let mut combo_list = Vec::new();
    for def in combos.combos {
        let err =
            |field: &str, msg: String, errors: &mut RuleErrors| errors.push(COMBOS, Some(&def.id), Some(field), msg);
        if !ids.insert(def.id.clone()) {
            err("id", "duplicate id".into(), &mut errors);
        }
        let concept = concept_index.get(&def.id).copied().filter(|&i| combination(&all_concepts[i].category));
        if concept.is_none() {
            err("id", "needs a concept with this id in concepts.toml, of the combination category".into(), &mut errors);
        }
        if def.requires.len() < 2 || def.requires.iter().any(Vec::is_empty) {
            err("requires", "needs at least two non-empty groups".into(), &mut errors);
        }
        let by_rule = |x: &String| concept_index.get(x).is_some_and(|i| used.contains(i));
        if let Some(u) = def.requires.iter().flatten().find(|x| !by_rule(x)) {
            err("requires", format!("no rule has the concept `{u}`"), &mut errors);
        }
        check_examples(COMBOS, &def.id, &def.fire, &def.quiet, false, &mut errors);
        if let Some(concept) = concept {
            combo_list.push(Combo { def, concept });
        }
    }
    let combined: HashSet<usize> = combo_list.iter().map(|c| c.concept).collect();
    for (i, c) in all_concepts.iter().enumerate() {
        if combination(&c.category) && !combined.contains(&i) {
            errors.push(CONCEPTS, Some(&c.def.id), None, "no combination in combinations.toml has this id");
        } else if !combination(&c.category) && !used.contains(&i) {
            errors.push(CONCEPTS, Some(&c.def.id), None, "no rule detects this concept");
        }
    }

    errors.or(RuleSet {
        manifest,
        sources: sources.sources,
        advice: advice.advice,
        lexicon: lexicon.facts,
        term_classes: classes.terms,
        terms,
        concepts: all_concepts,
        rules,
        combos: combo_list,
        hotlines: hotlines.entries,
    })
}

fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.')
}

/// A rule or term file's language must be one the manifest declares.
fn check_language(m: &Manifest, file: &str, language: &str, errors: &mut RuleErrors) {
    if !m.languages.iter().any(|l| l == language) {
        errors.push(file, None, Some("language"), format!("`{language}` is not in the manifest's languages"));
    }
}

fn check_manifest(m: &Manifest, errors: &mut RuleErrors) {
    if m.version.trim().is_empty() {
        errors.push(MANIFEST, None, Some("version"), "must not be empty");
    }
    let t = m.thresholds;
    if !(0 < t.medium && t.medium < t.high && t.high <= 100 && t.awareness > 0) {
        errors.push(MANIFEST, None, Some("thresholds"), "need 0 < medium < high <= 100 and awareness > 0");
    }
    unique_ids(MANIFEST, m.categories.iter().map(|c| c.id.as_str()), errors);
    if m.categories.iter().filter(|c| c.role == Role::Combination).count() != 1 {
        errors.push(MANIFEST, None, Some("category"), "exactly one category needs `role = \"combination\"`");
    }
    for c in &m.categories {
        if c.cap == 0 || c.cap > 100 {
            errors.push(MANIFEST, Some(&c.id), Some("cap"), "must be between 1 and 100");
        }
    }
}

/// Every hotline has a source and the date it was checked against it, a number or a website, and
/// a number that can be dialled.
fn check_hotline(h: &Hotline, errors: &mut RuleErrors) {
    let mut err = |field: &str, message: &str| errors.push(HOTLINES, Some(&h.name), Some(field), message);
    let code = h.country.len() == 2 && h.country.bytes().all(|b| b.is_ascii_uppercase());
    if !(code || h.country == GLOBAL) || h.country_name.trim().is_empty() {
        err("country", "an ISO 3166 code (`PH`) or `global`, with a `country_name`");
    }
    if h.name.trim().is_empty() {
        err("name", "must not be empty");
    }
    let https = |url: &str| url.starts_with("https://") && url.len() > 8;
    if !https(&h.source) {
        err("source", "the https address of the published page this entry was checked against");
    }
    let date: Vec<&str> = h.checked.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    if !(date.len() == 3 && digits(date[0], 4) && digits(date[1], 2) && digits(date[2], 2)) {
        err("checked", "the date it was last checked, as YYYY-MM-DD");
    }
    if h.phone.is_some() != h.tel.is_some() {
        err("tel", "`phone` (as shown) and `tel` (as dialled) go together");
    }
    let dialable =
        |t: &String| !t.is_empty() && t.bytes().enumerate().all(|(i, b)| b.is_ascii_digit() || (i == 0 && b == b'+'));
    if h.tel.iter().chain(&h.text).any(|t| !dialable(t)) {
        err("tel", "digits only, with an optional leading +");
    }
    if h.phone.is_none() && h.web.is_none() {
        err("phone", "give a number or a website");
    }
    if h.web.as_deref().is_some_and(|w| !https(w)) {
        err("web", "must be an https address");
    }
}

fn unique_ids<'a>(file: &str, ids: impl Iterator<Item = &'a str>, errors: &mut RuleErrors) -> HashSet<String> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id.to_string()) {
            errors.push(file, Some(id), Some("id"), "duplicate id");
        }
    }
    seen
}

/// Checks what a concept says to the reader.
fn check_concept(
    file: &str,
    c: &ConceptDef,
    source_ids: &HashSet<String>,
    advice_ids: &HashSet<String>,
    errors: &mut RuleErrors,
) {
    let id = Some(c.id.as_str());
    if !(-50..=70).contains(&c.weight) || c.weight == 0 {
        errors.push(file, id, Some("weight"), "must be between -50 and 70 and not 0");
    }
    if c.message.trim().is_empty() || c.message.chars().count() > 120 {
        errors.push(file, id, Some("message"), "must be 1 to 120 characters");
    }
    if c.explanation.trim().is_empty() {
        errors.push(file, id, Some("explanation"), "must not be empty");
    }
    if c.sources.is_empty() {
        errors.push(file, id, Some("sources"), "cite at least one source");
    }
    if let Some(s) = c.sources.iter().find(|s| !source_ids.contains(*s)) {
        errors.push(file, id, Some("sources"), format!("unknown source `{s}`"));
    }
    if let Some(a) = c.advice.iter().find(|a| !advice_ids.contains(*a)) {
        errors.push(file, id, Some("advice"), format!("unknown advice `{a}`"));
    }
}

fn check_examples(file: &str, id: &str, fire: &[String], quiet: &[String], marked: bool, errors: &mut RuleErrors) {
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
