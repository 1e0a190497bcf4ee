//! The properties every fuzz target checks, shared with `tests/fuzz_corpus.rs`, which replays the
//! kept corpus and the crashes found as regression tests. Each function panics, with the input
//! named, when a property fails: a panic is what the fuzzer reports.

use std::sync::OnceLock;

use second_look::engine::extract::Extractors;
use second_look::engine::normalize::normalize;
use second_look::engine::phrase::{Owner, PhraseSetBuilder};
use second_look::intake;
use second_look::rules::{self, embedded_files};
use second_look::{Level, Report, Screener};

/// The built-in rules, compiled once per process.
pub fn screener() -> &'static Screener {
    static SCREENER: OnceLock<Screener> = OnceLock::new();
    SCREENER.get_or_init(|| Screener::builtin().expect("the built-in rules compile"))
}

/// Arbitrary bytes as text, the way the front ends see them: invalid UTF-8 replaced.
pub fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

fn in_bounds(input: &str, start: usize, end: usize, what: &str) {
    assert!(start <= end && end <= input.len(), "{what}: {start}..{end} outside 0..{} of {input:?}", input.len());
    assert!(
        input.is_char_boundary(start) && input.is_char_boundary(end),
        "{what}: {start}..{end} not on char boundaries of {input:?}"
    );
}

/// The normalizer: every normalized range maps back inside the input, on char boundaries, and
/// the map never runs backwards.
pub fn normalizer(input: &str) {
    let n = normalize(input);
    let mut last = (0, 0);
    for (i, c) in n.text.char_indices() {
        let (s, e) = n.original_range(i, i + c.len_utf8());
        in_bounds(input, s, e, "normalized character");
        assert!(s >= last.0, "the offset map runs backwards at {i} in {input:?}");
        last = (s, e);
    }
    let (s, e) = n.original_range(0, n.text.len());
    if !n.text.is_empty() {
        in_bounds(input, s, e, "whole text");
    }
}

/// The extractors on normalized text: every fact in bounds.
pub fn extractors(input: &str) {
    static EXTRACTORS: OnceLock<Extractors> = OnceLock::new();
    let n = normalize(input);
    for f in EXTRACTORS.get_or_init(Extractors::new).extract(&n.text) {
        in_bounds(&n.text, f.start, f.end, f.tag);
    }
}

/// The phrase matcher: the first line is a pattern (it may be refused, never panic), the rest the
/// text; every hit lies in the normalized text on char boundaries.
pub fn phrases(input: &str) {
    let (pattern, rest) = input.split_once('\n').unwrap_or((input, ""));
    let mut builder = PhraseSetBuilder::validating();
    if builder.add(Owner { index: 0, negative: false }, pattern).is_err() {
        return;
    }
    let set = builder.build();
    let n = normalize(rest);
    for hit in set.find(&n.text) {
        in_bounds(&n.text, hit.start, hit.end, "phrase hit");
    }
}

/// The whole check with the built-in rules: every span quotes the input exactly, the level is the
/// one its score gives, distress never comes with an advisory.
pub fn check(input: &str) {
    let s = screener();
    let report = s.check(input);
    report_holds(s, input, &report);
}

/// What every report of `input` must satisfy.
pub fn report_holds(s: &Screener, input: &str, r: &Report) {
    assert!(r.checked_bytes <= input.len() && input.is_char_boundary(r.checked_bytes));
    assert_eq!(r.truncated, r.checked_bytes < input.len());
    for span in r.signals.iter().flat_map(|s| &s.spans).chain(r.facts.iter().map(|f| &f.span)) {
        in_bounds(input, span.start, span.end, "span");
        assert!(span.end <= r.checked_bytes, "a span past the checked part of {input:?}");
        assert_eq!(&input[span.start..span.end], span.text, "a span does not quote the input");
    }
    let t = s.rules().manifest.thresholds;
    let level = match u32::from(r.score) {
        n if n >= t.high => Level::High,
        n if n >= t.medium => Level::Medium,
        _ => Level::Low,
    };
    assert_eq!(r.level, level, "level {:?} for score {} in {input:?}", r.level, r.score);
    assert!(!(r.distress && r.warning_text), "distress and an advisory at once for {input:?}");
    let segments: String = r.segments(input).iter().map(|seg| seg.text).collect();
    assert_eq!(segments, &input[..r.checked_bytes], "the highlight segments do not rebuild the text");
}

/// The rule loader on an arbitrary file put in place of one rule pack: it loads or names errors.
pub fn loader(input: &str) {
    static BASE: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    // The files a pack needs around it; the language lexicons are left out to keep runs fast.
    let base = BASE.get_or_init(|| {
        embedded_files().iter().filter(|(p, _)| !p.starts_with("terms/") && !p.contains('/')).copied().collect()
    });
    let mut files = base.clone();
    files.push(("en/fuzz.toml", input));
    if let Err(errors) = rules::load(&files) {
        assert!(!errors.is_empty());
        for e in errors.iter() {
            assert!(!e.to_string().is_empty());
        }
    }
}

/// A file read for checking (src/intake.rs), whatever its bytes and name: text within the
/// limit, or a reason; its start and its whole size may disagree (a partial read).
pub fn file(data: &[u8]) {
    let name = if data.first().is_some_and(|b| b % 2 == 0) { "message.eml" } else { "offer.txt" };
    for size in [data.len(), data.len() + 1_000_000] {
        if let Ok(t) = intake::file_text(name, "", data, size) {
            assert!(t.text.len() <= second_look::engine::MAX_CHECK_BYTES);
            assert!(!t.text.trim().is_empty());
            assert!(t.cut || size <= data.len(), "a partial read not marked as cut");
        }
    }
}
