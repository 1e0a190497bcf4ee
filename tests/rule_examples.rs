//! Runs every rule's examples through the same function as `secondlook test-rules`, with the
//! built-in rules loaded as a rule author's are: every pattern expanded and checked.

use second_look::engine::examples;
use second_look::{rules, Screener};

#[test]
fn every_rule_example_behaves() {
    let s = Screener::from_files(rules::embedded_files())
        .unwrap_or_else(|errors| panic!("built-in rules are invalid: {errors}"));
    let run = examples::run(&s);
    assert!(run.checked > 0, "no examples were checked");
    assert!(
        run.failures.is_empty(),
        "{} of {} examples failed:\n{}",
        run.failures.len(),
        run.checked,
        run.failures.join("\n")
    );
}
