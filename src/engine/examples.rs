//! Runs every example written in the rules: a rule's `fire` examples must make that rule match the
//! marked words, its `quiet` examples must not make it match, and its `todo` examples (known gaps)
//! must still miss; a combination's examples are checked on the whole report. `secondlook
//! test-rules` and the test suite call the same function.

use super::Screener;
use crate::rules::marked_span;

/// What running the examples found.
#[derive(Debug, Default)]
pub struct ExampleRun {
    /// How many `fire` and `quiet` examples were checked.
    pub checked: usize,
    /// One line per failing example, naming the rule.
    pub failures: Vec<String>,
}

/// Runs every example of every rule and combination.
pub fn run(s: &Screener) -> ExampleRun {
    let mut run = ExampleRun::default();
    for (i, rule) in s.rules().rules.iter().enumerate() {
        let id = &rule.def.id;
        for ex in &rule.def.fire {
            let Some((text, start, end)) = marked_span(ex) else {
                run.failures.push(format!("{id}: no [marked] words in `{ex}`"));
                continue;
            };
            let spans = &s.rule_spans(&text)[i];
            if spans.is_empty() {
                run.failures.push(format!("{id}: did not fire on `{text}`"));
            } else if !spans.iter().any(|sp| sp.start == start && sp.end == end) {
                let words: Vec<&str> = spans.iter().map(|sp| sp.text.as_str()).collect();
                run.failures.push(format!("{id}: fired on `{text}` with {words:?}, expected `{}`", &text[start..end]));
            }
            run.checked += 1;
        }
        for text in &rule.def.quiet {
            let spans = &s.rule_spans(text)[i];
            if !spans.is_empty() {
                let words: Vec<&str> = spans.iter().map(|sp| sp.text.as_str()).collect();
                run.failures.push(format!("{id}: fired on quiet example `{text}` with {words:?}"));
            }
            run.checked += 1;
        }
        for ex in &rule.def.todo {
            let text = marked_span(ex).map_or(ex.clone(), |m| m.0);
            if !s.rule_spans(&text)[i].is_empty() {
                run.failures.push(format!("{id}: todo example now fires, move it to `fire`: `{text}`"));
            }
        }
    }
    for combo in s.rules().combos.iter().map(|c| &c.def) {
        let id = &combo.id;
        let fires = |text: &str| s.check(text).signals.iter().any(|sig| &sig.rule == id);
        for text in &combo.fire {
            if !fires(text) {
                run.failures.push(format!("{id}: did not fire on `{text}`"));
            }
            run.checked += 1;
        }
        for text in &combo.quiet {
            if fires(text) {
                run.failures.push(format!("{id}: fired on quiet example `{text}`"));
            }
            run.checked += 1;
        }
        for text in &combo.todo {
            if fires(text) {
                run.failures.push(format!("{id}: todo example now fires, move it to `fire`: `{text}`"));
            }
        }
    }
    run
}
