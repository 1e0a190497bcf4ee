//! The web app's rules, put together as it does (the Latin-letter rules it starts with, then the
//! other scripts' packs in whatever order they arrive), check every corpus text exactly as the
//! whole rule set does; and each report reads back (as the app reads its checker thread's
//! answers) as the same report.

use std::fs;
use std::path::Path;

use second_look::rules::{self, PACKS};
use second_look::{Report, Screener};

/// Every text of tests/corpus.
fn corpus_texts() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<_> = fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    let lines: Vec<String> = files
        .iter()
        .flat_map(|f| fs::read_to_string(f).unwrap().lines().map(String::from).collect::<Vec<_>>())
        .collect();
    lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["text"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_app_with_every_pack_reports_as_the_whole_rule_set() {
    let whole = Screener::builtin().unwrap();
    let languages: Vec<&str> = PACKS.iter().map(|p| p.language).collect();
    let mut packs = rules::builtin().split(&languages);
    // Packs arrive in any order, some together: the interface language's first, then the rest.
    packs.reverse();
    let first = packs.remove(packs.len() / 2);
    let core = Screener::core().unwrap();
    let app = core.with_packs([first]).with_packs(packs);
    let texts = corpus_texts();
    assert!(texts.len() > 1000, "{} texts", texts.len());
    let mut differ = Vec::new();
    for text in &texts {
        let (a, b) =
            (serde_json::to_string(&whole.check(text)).unwrap(), serde_json::to_string(&app.check(text)).unwrap());
        let read_back = serde_json::to_string(&serde_json::from_str::<Report>(&b).unwrap()).unwrap();
        if a != b || read_back != b {
            differ.push(text.chars().take(80).collect::<String>());
        }
    }
    assert!(
        differ.is_empty(),
        "{} of {} texts differ, such as {:?}",
        differ.len(),
        texts.len(),
        &differ[..differ.len().min(5)]
    );
}

#[test]
fn without_its_pack_a_text_in_another_script_misses_that_pack_s_words() {
    let thai = "รับสมัครพนักงานบริการลูกค้า ทำงานที่กัมพูชา เดินทางด้วยวีซ่าท่องเที่ยว ติดต่อทาง Telegram เท่านั้น";
    let core = Screener::core().unwrap();
    let th = rules::builtin().split(&["th"]);
    let with_thai = core.with_packs(th);
    assert!(with_thai.check(thai).score > core.check(thai).score);
    assert_eq!(
        serde_json::to_string(&with_thai.check(thai)).unwrap(),
        serde_json::to_string(&Screener::builtin().unwrap().check(thai)).unwrap()
    );
}
