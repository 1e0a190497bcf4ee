//! Runs the labelled evaluation corpus in `tests/corpus/*.jsonl` through the built-in rules.
//!
//! Each line is `{"id", "label", "expect", "text"}` with an optional `"gap": "reason"`:
//! - `label`: lure | scam | legit | awareness | distress
//! - `expect`: high | medium | low | low-or-medium | medium-or-high | distress
//!
//! `distress` expects `report.distress == true`; every other expectation needs the level in the
//! allowed set and `report.distress == false`. An entry with `gap` records a known miss: it must
//! still FAIL its expectation, and the test fails once it passes, so the gap gets removed.
//! Expectations are never lowered to match current output.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use second_look::{Level, Report, Screener};

const LABELS: [&str; 5] = ["lure", "scam", "legit", "awareness", "distress"];
const MIN_ENTRIES: usize = 150;
/// Entries each language of the manifest needs (lures, scams, look-alikes, distress, awareness).
const MIN_PER_LANGUAGE: usize = 20;

#[derive(Debug, Clone)]
struct Entry {
    lang: String,
    file: String,
    line: usize,
    id: String,
    label: String,
    expect: String,
    text: String,
    gap: Option<String>,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("corpus")
}

fn field<'a>(obj: &'a serde_json::Map<String, serde_json::Value>, key: &str, at: &str) -> Result<&'a str, String> {
    match obj.get(key) {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => Ok(s),
        Some(serde_json::Value::String(_)) => Err(format!("{at}: field `{key}` is empty")),
        Some(_) => Err(format!("{at}: field `{key}` is not a string")),
        None => Err(format!("{at}: missing field `{key}`")),
    }
}

/// Expectations each label may carry: legit look-alikes and awareness texts must never be high.
fn allowed_expects(label: &str) -> &'static [&'static str] {
    match label {
        "lure" | "scam" => &["high", "medium", "medium-or-high"],
        "legit" | "awareness" => &["low", "low-or-medium", "medium"],
        "distress" => &["distress"],
        _ => &[],
    }
}

fn parse_line(lang: &str, file: &str, line: usize, raw: &str) -> Result<Entry, String> {
    let at = format!("{file}:{line}");
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|e| format!("{at}: invalid JSON: {e}"))?;
    let obj = value.as_object().ok_or_else(|| format!("{at}: not a JSON object"))?;
    for key in obj.keys() {
        if !["id", "label", "expect", "text", "gap"].contains(&key.as_str()) {
            return Err(format!("{at}: unknown field `{key}`"));
        }
    }
    let id = field(obj, "id", &at)?.to_string();
    let label = field(obj, "label", &at)?.to_string();
    let expect = field(obj, "expect", &at)?.to_string();
    let text = field(obj, "text", &at)?.to_string();
    let gap = match obj.get("gap") {
        None => None,
        Some(_) => Some(field(obj, "gap", &at)?.to_string()),
    };
    let at = format!("{at} ({id})");
    if !LABELS.contains(&label.as_str()) {
        return Err(format!("{at}: unknown label `{label}`"));
    }
    if !allowed_expects(&label).contains(&expect.as_str()) {
        return Err(format!(
            "{at}: expect `{expect}` is not allowed for label `{label}` (allowed: {:?})",
            allowed_expects(&label)
        ));
    }
    let prefix = format!("{lang}-{label}-");
    if !id.starts_with(&prefix) {
        return Err(format!("{at}: id should start with `{prefix}`"));
    }
    Ok(Entry { lang: lang.to_string(), file: file.to_string(), line, id, label, expect, text, gap })
}

/// Reads every `tests/corpus/*.jsonl`; the language is the file stem.
fn load_corpus() -> Result<Vec<Entry>, Vec<String>> {
    let dir = corpus_dir();
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for path in files {
        let lang = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let file = format!("tests/corpus/{}", path.file_name().unwrap().to_string_lossy());
        let content = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {file}: {e}"));
        for (i, raw) in content.lines().enumerate() {
            if raw.trim().is_empty() {
                continue;
            }
            match parse_line(&lang, &file, i + 1, raw) {
                Ok(entry) => entries.push(entry),
                Err(e) => errors.push(e),
            }
        }
    }
    if errors.is_empty() {
        Ok(entries)
    } else {
        Err(errors)
    }
}

fn corpus() -> Vec<Entry> {
    load_corpus().unwrap_or_else(|errors| panic!("corpus does not parse:\n{}", errors.join("\n")))
}

fn screener() -> Screener {
    Screener::builtin().unwrap_or_else(|errors| panic!("built-in rules are invalid: {errors}"))
}

fn meets(expect: &str, report: &Report) -> bool {
    if expect == "distress" {
        return report.distress;
    }
    if report.distress {
        return false;
    }
    let allowed: &[Level] = match expect {
        "high" => &[Level::High],
        "medium" => &[Level::Medium],
        "low" => &[Level::Low],
        "low-or-medium" => &[Level::Low, Level::Medium],
        "medium-or-high" => &[Level::Medium, Level::High],
        other => panic!("unknown expectation `{other}`"),
    };
    allowed.contains(&report.level)
}

fn got(report: &Report) -> String {
    if report.distress {
        format!("distress (level {}, score {})", report.level.as_str(), report.score)
    } else {
        format!("{} (score {})", report.level.as_str(), report.score)
    }
}

/// The strongest rules that fired, highest weight first.
fn top_rules(report: &Report, n: usize) -> String {
    let mut signals: Vec<_> = report.signals.iter().collect();
    signals.sort_by(|a, b| b.weight.cmp(&a.weight).then_with(|| a.rule.cmp(&b.rule)));
    let ids: Vec<String> = signals.iter().take(n).map(|s| format!("{}({:+})", s.rule, s.weight)).collect();
    if ids.is_empty() {
        "none".to_string()
    } else {
        ids.join(", ")
    }
}

#[derive(Default)]
struct Row {
    count: usize,
    low: usize,
    medium: usize,
    high: usize,
    distress: usize,
    pass: usize,
}

fn pct(n: usize, of: usize) -> String {
    if of == 0 {
        "-".to_string()
    } else {
        format!("{:.0}%", 100.0 * n as f64 / of as f64)
    }
}

#[test]
fn corpus_is_well_formed() {
    let entries = corpus();
    assert!(entries.len() >= MIN_ENTRIES, "corpus has {} entries, expected at least {MIN_ENTRIES}", entries.len());
    let mut by_lang: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for e in &entries {
        *by_lang.entry(&e.lang).or_default().entry(&e.label).or_default() += 1;
    }
    let mut missing = Vec::new();
    let rules = second_look::rules::load(second_look::rules::embedded_files()).expect("built-in rules load");
    for lang in &rules.manifest.languages {
        let n: usize = by_lang.get(lang.as_str()).map_or(0, |labels| labels.values().sum());
        if n < MIN_PER_LANGUAGE {
            missing.push(format!("{lang}: {n} entries, a rule pack needs at least {MIN_PER_LANGUAGE}"));
        }
    }
    for (lang, labels) in &by_lang {
        for label in LABELS {
            if !labels.contains_key(label) {
                missing.push(format!("{lang}: no `{label}` entries"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "every language of the manifest needs a corpus with all five labels:\n{}",
        missing.join("\n")
    );
}

#[test]
fn corpus_meets_expectations() {
    let entries = corpus();
    let s = screener();
    let mut table: BTreeMap<(String, String), Row> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut fixed_gaps = Vec::new();
    let mut open_gaps = 0;
    let mut passed = 0;

    for e in &entries {
        let report = s.check(&e.text);
        let ok = meets(&e.expect, &report);
        let row = table.entry((e.lang.clone(), e.label.clone())).or_default();
        row.count += 1;
        if report.distress {
            row.distress += 1;
        } else {
            match report.level {
                Level::Low => row.low += 1,
                Level::Medium => row.medium += 1,
                Level::High => row.high += 1,
            }
        }
        if ok {
            row.pass += 1;
            passed += 1;
        }
        match (&e.gap, ok) {
            (None, true) => {}
            (None, false) => failures.push(format!(
                "{} [{}:{}] expected {}, got {}; top rules: {}",
                e.id,
                e.file,
                e.line,
                e.expect,
                got(&report),
                top_rules(&report, 5)
            )),
            (Some(_), false) => open_gaps += 1,
            (Some(reason), true) => fixed_gaps.push(format!(
                "{} [{}:{}] is marked as a gap (\"{reason}\") but now meets `{}` (got {}): remove the `gap` field",
                e.id,
                e.file,
                e.line,
                e.expect,
                got(&report)
            )),
        }
    }

    println!();
    println!(
        "{:<4} {:<10} {:>5} {:>6} {:>7} {:>6} {:>9} {:>6}",
        "lang", "label", "n", "low", "medium", "high", "distress", "pass"
    );
    let mut lang_totals: BTreeMap<String, Row> = BTreeMap::new();
    for ((lang, label), r) in &table {
        println!(
            "{:<4} {:<10} {:>5} {:>6} {:>7} {:>6} {:>9} {:>6}",
            lang,
            label,
            r.count,
            pct(r.low, r.count),
            pct(r.medium, r.count),
            pct(r.high, r.count),
            pct(r.distress, r.count),
            pct(r.pass, r.count)
        );
        let t = lang_totals.entry(lang.clone()).or_default();
        t.count += r.count;
        t.pass += r.pass;
    }
    for (lang, t) in &lang_totals {
        println!("{lang}: {}/{} meet expectations ({})", t.pass, t.count, pct(t.pass, t.count));
    }
    println!(
        "all: {passed}/{} meet expectations ({}); {open_gaps} known gap(s) still open",
        entries.len(),
        pct(passed, entries.len())
    );

    let mut problems = Vec::new();
    if !failures.is_empty() {
        problems.push(format!("{} corpus entries miss their expectation:\n{}", failures.len(), failures.join("\n")));
    }
    if !fixed_gaps.is_empty() {
        problems.push(format!("{} known gap(s) now pass:\n{}", fixed_gaps.len(), fixed_gaps.join("\n")));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

mod ids {
    use std::collections::BTreeMap;

    #[test]
    fn ids_are_unique() {
        let entries = super::corpus();
        let mut seen: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for e in &entries {
            seen.entry(&e.id).or_default().push(format!("{}:{}", e.file, e.line));
        }
        let dups: Vec<String> =
            seen.iter().filter(|(_, at)| at.len() > 1).map(|(id, at)| format!("{id} at {}", at.join(", "))).collect();
        assert!(dups.is_empty(), "duplicate corpus ids:\n{}", dups.join("\n"));
    }
}
