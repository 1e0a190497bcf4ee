//! Runs every rule's examples: `fire` examples must raise the rule with the marked span,
//! `quiet` examples must not raise it, and `todo` examples (known gaps) must still fail.

use second_look::rules::marked_span;
use second_look::Screener;

fn screener() -> Screener {
    Screener::builtin().unwrap_or_else(|errors| {
        panic!("built-in rules are invalid:\n{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))
    })
}

#[test]
fn every_rule_example_behaves() {
    let s = screener();
    let mut failures = Vec::new();
    let mut checked = 0;
    for rule in &s.rules().rules {
        let id = &rule.def.id;
        for ex in &rule.def.fire {
            let (text, start, end) = marked_span(ex).expect("validated");
            let report = s.check(&text);
            match report.signals.iter().find(|sig| &sig.rule == id) {
                None => failures.push(format!("{id}: did not fire on `{text}`")),
                Some(sig) if !sig.spans.iter().any(|sp| sp.start == start && sp.end == end) => failures.push(format!(
                    "{id}: fired on `{text}` with spans {:?}, expected `{}`",
                    sig.spans.iter().map(|sp| sp.text.as_str()).collect::<Vec<_>>(),
                    &text[start..end]
                )),
                Some(_) => {}
            }
            checked += 1;
        }
        for text in &rule.def.quiet {
            if s.check(text).signals.iter().any(|sig| &sig.rule == id) {
                failures.push(format!("{id}: fired on quiet example `{text}`"));
            }
            checked += 1;
        }
        for ex in &rule.def.todo {
            let text = marked_span(ex).map_or(ex.clone(), |m| m.0);
            if s.check(&text).signals.iter().any(|sig| &sig.rule == id) {
                failures.push(format!("{id}: todo example now fires, move it to `fire`: `{text}`"));
            }
        }
    }
    for combo in &s.rules().combos {
        let id = &combo.id;
        for text in &combo.fire {
            if !s.check(text).signals.iter().any(|sig| &sig.rule == id) {
                failures.push(format!("{id}: did not fire on `{text}`"));
            }
            checked += 1;
        }
        for text in &combo.quiet {
            if s.check(text).signals.iter().any(|sig| &sig.rule == id) {
                failures.push(format!("{id}: fired on quiet example `{text}`"));
            }
            checked += 1;
        }
        for text in &combo.todo {
            if s.check(text).signals.iter().any(|sig| &sig.rule == id) {
                failures.push(format!("{id}: todo example now fires, move it to `fire`: `{text}`"));
            }
        }
    }
    assert!(checked > 0, "no examples were checked");
    assert!(failures.is_empty(), "{} of {checked} examples failed:\n{}", failures.len(), failures.join("\n"));
}
