//! The checks of single files and values that loading runs: ids, languages, the manifest,
//! concepts, examples and hotlines; and the `[marked]` span of a `fire` example.

use std::collections::{HashMap, HashSet};

use super::errors::RuleErrors;
use super::model::*;
use super::set::marked_span;

pub(super) fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.')
}

/// A rule or term file's language must be one the manifest declares.
pub(super) fn check_language(m: &Manifest, file: &str, language: &str, errors: &mut RuleErrors) {
    if !m.languages.iter().any(|l| l == language) {
        errors.push(file, None, Some("language"), format!("`{language}` is not in the manifest's languages"));
    }
}

pub(super) fn check_manifest(m: &Manifest, errors: &mut RuleErrors) {
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
pub(super) fn check_hotline(h: &Hotline, errors: &mut RuleErrors) {
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

pub(super) fn unique_ids<'a>(
    file: &str,
    ids: impl Iterator<Item = &'a str>,
    errors: &mut RuleErrors,
) -> HashSet<String> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id.to_string()) {
            errors.push(file, Some(id), Some("id"), "duplicate id");
        }
    }
    seen
}

/// Checks what a concept says to the reader.
pub(super) fn check_concept(
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

pub(super) fn check_examples(
    file: &str,
    id: &str,
    fire: &[String],
    quiet: &[String],
    marked: bool,
    errors: &mut RuleErrors,
) {
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

/// Indexes by id, for reports.
pub fn index<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
    items.iter().enumerate().map(|(i, x)| (id(x).to_string(), i)).collect()
}
