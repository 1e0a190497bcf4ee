//! Labelled messages written apart from the lexicons (`tests/paraphrases/*.jsonl`, one file per
//! language): emergency guidance is for people who are held, so no text labelled anything other
//! than `distress` may raise the distress flag. Recall on them is measured with `secondlook eval`,
//! not asserted here.

use std::fs;
use std::path::Path;

use second_look::Screener;

#[test]
fn only_distress_texts_raise_the_distress_flag() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("paraphrases");
    let screener = Screener::builtin().expect("built-in rules load");
    let mut checked = 0;
    let mut wrong = Vec::new();
    let mut files: Vec<_> = fs::read_dir(&dir).expect("tests/paraphrases").flatten().map(|e| e.path()).collect();
    files.sort();
    for path in files.iter().filter(|p| p.extension().is_some_and(|e| e == "jsonl")) {
        let text = fs::read_to_string(path).expect("readable");
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let at = format!("{}:{}", path.display(), n + 1);
            let v: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{at}: {e}"));
            let field = |k: &str| v[k].as_str().unwrap_or_else(|| panic!("{at}: no string `{k}`")).to_string();
            let (id, label, body) = (field("id"), field("label"), field("text"));
            assert!(
                ["lure", "scam", "legit", "distress", "awareness"].contains(&label.as_str()),
                "{at}: label `{label}`"
            );
            let report = screener.check(&body);
            if label != "distress" && report.distress {
                wrong.push(format!("{id} ({label}): {:?}", report.signals.iter().map(|s| &s.rule).collect::<Vec<_>>()));
            }
            checked += 1;
        }
    }
    assert!(checked >= 300, "only {checked} messages found");
    assert!(wrong.is_empty(), "{} texts that are not distress raised the flag:\n{}", wrong.len(), wrong.join("\n"));
}
