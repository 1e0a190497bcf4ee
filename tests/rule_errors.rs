//! Golden tests of rule validation: each broken rule file gives an error that names the file,
//! the rule and the field, with this exact text.

use second_look::rules::{embedded_files, load};
use second_look::Screener;

const PACK: &str = "en/fees.toml";

fn errors_with(path: &'static str, text: &str) -> Vec<String> {
    let mut files: Vec<(&str, &str)> = embedded_files().iter().filter(|(p, _)| *p != path).copied().collect();
    files.push((path, text));
    match Screener::from_files(&files) {
        Ok(_) => Vec::new(),
        // Replacing a pack removes concepts that combinations use: keep only this file's errors.
        Err(errors) => {
            errors.iter().map(|e| e.to_string()).filter(|e| e.starts_with(&format!("rules/{path}"))).collect()
        }
    }
}

fn rule(body: &str) -> String {
    format!(
        "language = \"en\"\ncategory = \"fees\"\n\n[[rule]]\nid = \"fees.test\"\nweight = 10\nmessage = \"m\"\n\
         explanation = \"e\"\nsources = [\"ftc-job-scams\"]\n{body}\n"
    )
}

#[test]
fn the_built_in_rules_load() {
    assert!(load(embedded_files()).is_ok());
}

#[test]
fn unknown_key_is_named() {
    let errs = errors_with(PACK, &rule("patterns = [\"x\"]\nfire = [\"[x]\"]\nquiet = [\"y\"]\nwieght = 3"));
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with("rules/en/fees.toml: line 13: unknown field `wieght`"), "{}", errs[0]);
}

#[test]
fn rule_without_examples_fails() {
    let errs = errors_with(PACK, &rule("patterns = [\"x\"]"));
    assert_eq!(
        errs,
        vec![
            "rules/en/fees.toml: rule `fees.test`: field `fire`: give at least one example that must fire",
            "rules/en/fees.toml: rule `fees.test`: field `quiet`: give at least one example that must not fire",
        ]
    );
}

#[test]
fn bad_references_and_values_are_named() {
    let errs = errors_with(
        PACK,
        &rule(
            "patterns = [\"x\"]\nadvice = [\"nope\"]\nfacts = [\"place.mars\"]\nfire = [\"no mark\"]\nquiet = [\"y\"]",
        ),
    );
    assert_eq!(
        errs,
        vec![
            "rules/en/fees.toml: rule `fees.test`: field `advice`: unknown advice `nope`",
            "rules/en/fees.toml: rule `fees.test`: field `facts`: unknown fact tag `place.mars`",
            "rules/en/fees.toml: rule `fees.test`: field `fire`: mark the expected words with one [ ]: `no mark`",
        ]
    );
}

#[test]
fn duplicate_id_is_named() {
    let one = rule("patterns = [\"x\"]\nfire = [\"[x]\"]\nquiet = [\"y\"]");
    let two = one.replace("language = \"en\"\ncategory = \"fees\"\n", "");
    let errs = errors_with(PACK, &format!("{one}{two}"));
    assert_eq!(errs, vec!["rules/en/fees.toml: rule `fees.test`: field `id`: duplicate id"]);
}

#[test]
fn bad_pattern_is_named() {
    // Patterns compile once everything else is valid, so this pack must keep its concepts.
    let original = embedded_files().iter().find(|(p, _)| *p == PACK).unwrap().1;
    let extra = rule("patterns = [\"(a|b\"]\nfire = [\"[a]\"]\nquiet = [\"y\"]");
    let errs = errors_with(PACK, &format!("{original}\n[[rule]]{}", extra.split_once("[[rule]]").unwrap().1));
    assert_eq!(errs, vec!["rules/en/fees.toml: rule `fees.test`: field `patterns`: unclosed `(` in `(a|b`"]);
}

#[test]
fn wrong_place_and_category_are_named() {
    let errs = errors_with(
        "en/fees.toml",
        &rule("patterns = [\"x\"]\nfire = [\"[x]\"]\nquiet = [\"y\"]")
            .replace("category = \"fees\"", "category = \"luck\""),
    );
    assert!(
        errs.contains(
            &"rules/en/fees.toml: field `category`: `luck` is not a rule category of the manifest".to_string()
        ),
        "{errs:?}"
    );
    assert!(
        errs.iter()
            .any(|e| e.contains("field `language`: `language` and `category` say this file should be en/luck.toml")),
        "{errs:?}"
    );
}
