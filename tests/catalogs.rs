//! The interface catalogs (i18n/) and the translations of the rules' words (i18n/rules/): every
//! one passes the build's check against English, the check refuses what would show a reader a
//! missing, wrong or untranslatable string, and each language's example offers read as intended.

#[allow(dead_code)] // build() is build.rs's; these tests use check().
#[path = "../build/catalogs.rs"]
mod catalogs;
#[allow(dead_code)]
#[path = "../build/rule_text.rs"]
mod rule_text;

use std::path::Path;

use second_look::present::i18n::LANGS;
use second_look::{Level, Screener};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn toml_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let files = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path());
    files.filter(|p| p.extension().is_some_and(|e| e == "toml")).collect()
}

fn read(code: &str) -> toml::Table {
    let path = format!("{}/i18n/{code}.toml", env!("CARGO_MANIFEST_DIR"));
    toml::from_str(&std::fs::read_to_string(&path).expect("catalog exists")).expect("valid TOML")
}

#[test]
fn every_catalog_has_every_key_of_english() {
    let en = read("en");
    let mut n = 0;
    for path in toml_files(&root().join("i18n")) {
        let code = path.file_stem().unwrap().to_string_lossy().to_string();
        assert_eq!(catalogs::check(&en, &code, &read(&code)), Vec::<String>::new());
        n += 1;
    }
    assert!(n >= 1);
}

#[test]
fn a_broken_catalog_is_refused_with_every_problem_named() {
    let en = read("en");
    let mut xx = en.clone();
    xx.remove("check");
    xx.insert("chek".into(), "Check".into());
    xx.insert("share_heading".into(), "Second Look: {niveau}".into());
    xx.insert("score".into(), "Risk score".into());
    let plural: toml::Table = toml::from_str("one = \"{n} sign\"\nsome = \"{n} signs\"").unwrap();
    xx.insert("warnings".into(), plural.into());
    let problems = catalogs::check(&en, "xx", &xx);
    assert_eq!(
        problems,
        vec![
            "i18n/xx.toml: [about] needs language = \"xx\", name, made and reviewed (YYYY-MM-DD)",
            "i18n/xx.toml: `check` is missing",
            "i18n/xx.toml: `score` must be a template with the placeholders [\"score\"], like en.toml",
            "i18n/xx.toml: `share_heading` must be a template with the placeholders [\"level\"], like en.toml",
            "i18n/xx.toml: `warnings` needs `other` and only CLDR plural categories",
            "i18n/xx.toml: `chek` is not a key of en.toml",
        ]
    );
}

fn translation(code: &str) -> toml::Table {
    let path = root().join(format!("i18n/rules/{code}.toml"));
    toml::from_str(&std::fs::read_to_string(&path).expect("translation exists")).expect("valid TOML")
}

#[test]
fn every_interface_language_has_every_word_of_the_rules() {
    let en = rule_text::english(&root().join("rules"));
    assert!(en["concept"].as_table().unwrap().len() > 100 && en["advice"].as_table().unwrap().len() > 10);
    for (_, code, _) in LANGS.iter().filter(|l| l.1 != "en") {
        assert_eq!(rule_text::check(&en, code, &translation(code)), Vec::<String>::new());
    }
    let files = toml_files(&root().join("i18n/rules"));
    assert!(
        files.iter().all(|p| LANGS.iter().any(|l| p.file_stem().unwrap() == l.1)),
        "a translation of a language the interface lacks: {files:?}"
    );
}

#[test]
fn a_broken_translation_is_refused_with_every_problem_named() {
    let en = rule_text::english(&root().join("rules"));
    let mut xx = toml::Table::new();
    let mut concept = toml::Table::new();
    let mut telegram = toml::Table::new();
    telegram.insert("message".into(), "Telegram".into());
    telegram.insert("explanation".into(), " ".into());
    telegram.insert("extra".into(), "x".into());
    concept.insert("channel.telegram".into(), telegram.into());
    xx.insert("concept".into(), concept.into());
    let problems = rule_text::check(&en, "xx", &xx);
    assert_eq!(problems[0], "i18n/rules/xx.toml: [about] needs language = \"xx\", made and reviewed (YYYY-MM-DD)");
    for want in [
        "i18n/rules/xx.toml: `advice.never_pay` is missing",
        "i18n/rules/xx.toml: `category.fees` is missing",
        "i18n/rules/xx.toml: `hotline.ph-1343.note` is missing",
        "i18n/rules/xx.toml: `example.lure` is missing",
        "i18n/rules/xx.toml: `concept.channel.whatsapp.message` is missing",
        "i18n/rules/xx.toml: `concept.channel.telegram.explanation` must be a text that is not empty",
        "i18n/rules/xx.toml: `concept.channel.telegram.extra` is not in the rules",
    ] {
        assert!(problems.iter().any(|p| p == want), "{want} not in {problems:#?}");
    }
    assert!(!problems.iter().any(|p| p.contains("channel.telegram.message")), "{problems:#?}");
}

/// Each language's example offers (the "try an example" buttons) read as they are meant to:
/// the lure high, the task scam at least medium, the lawful offer low.
#[test]
fn each_languages_examples_read_as_intended() {
    let s = Screener::builtin().unwrap();
    let mut wrong = Vec::new();
    for (_, code, _) in LANGS.iter().filter(|l| l.1 != "en") {
        let tr = translation(code);
        let examples = tr["example"].as_table().unwrap();
        for (id, ok) in
            [("lure", &[Level::High][..]), ("task", &[Level::Medium, Level::High]), ("legit", &[Level::Low])]
        {
            let level = s.check(examples[id].as_str().unwrap()).level;
            if !ok.contains(&level) {
                wrong.push(format!("{code} {id}: {level:?}"));
            }
        }
    }
    assert_eq!(wrong, Vec::<String>::new());
}
