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
        "language = \"en\"\ncategory = \"fees\"\n\n[[rule]]\nid = \"fees.test\"\nconcept = \"fees.upfront_fee\"\n{body}\n"
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
    assert!(errs[0].starts_with("rules/en/fees.toml: line 10: unknown field `wieght`"), "{}", errs[0]);
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
            "patterns = [\"x\"]\nfacts = [\"place.mars\"]\nnear = [[\"taken|nope\", \"passport\"]]\n\
             unless = [\"negaton\"]\nwindow = 5\nfire = [\"no mark\"]\nquiet = [\"y\"]",
        ),
    );
    assert_eq!(
        errs,
        vec![
            "rules/en/fees.toml: rule `fees.test`: field `facts`: unknown fact tag `place.mars`",
            "rules/en/fees.toml: rule `fees.test`: field `near`: `nope` is neither a term class nor a fact tag",
            "rules/en/fees.toml: rule `fees.test`: field `unless`: `negaton` is not a term class",
            "rules/en/fees.toml: rule `fees.test`: field `window`: must be between 10 and 400 characters",
            "rules/en/fees.toml: rule `fees.test`: field `fire`: mark the expected words with one [ ]: `no mark`",
        ]
    );
    let errs = errors_with(
        PACK,
        &rule("patterns = [\"x\"]\nfire = [\"[x]\"]\nquiet = [\"y\"]").replace("fees.upfront_fee", "fees.nope"),
    );
    assert_eq!(
        errs,
        vec!["rules/en/fees.toml: rule `fees.test`: field `concept`: no concept `fees.nope` in concepts.toml"]
    );
}

#[test]
fn bad_concepts_and_terms_are_named() {
    let concepts = embedded_files().iter().find(|(p, _)| *p == "concepts.toml").unwrap().1;
    let extra = "\n[[concept]]\nid = \"fees.orphan\"\nweight = 0\nmessage = \"m\"\nexplanation = \"e\"\nadvice = [\"nope\"]\nsources = [\"nowhere\"]\n";
    let errs = errors_with("concepts.toml", &format!("{concepts}{extra}"));
    assert_eq!(
        errs,
        vec![
            "rules/concepts.toml: rule `fees.orphan`: field `weight`: must be between -50 and 70 and not 0",
            "rules/concepts.toml: rule `fees.orphan`: field `sources`: unknown source `nowhere`",
            "rules/concepts.toml: rule `fees.orphan`: field `advice`: unknown advice `nope`",
            "rules/concepts.toml: rule `fees.orphan`: no rule detects this concept",
        ]
    );
    let terms = embedded_files().iter().find(|(p, _)| *p == "terms/en.toml").unwrap().1;
    let errs = errors_with("terms/en.toml", &format!("{terms}\nfoo = []\n"));
    assert_eq!(
        errs,
        vec![
            "rules/terms/en.toml: rule `foo`: not a term class of terms.toml",
            "rules/terms/en.toml: rule `foo`: give at least one word, or leave the class out",
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

#[test]
fn combinations_and_their_concepts_must_match() {
    let file = |name: &str| embedded_files().iter().find(|(p, _)| *p == name).unwrap().1;
    let combo = "\n[[combo]]\nid = \"combination.unsaid\"\nrequires = [[\"fees.upfront_fee\"], [\"job.overseas\"]]\nfire = [\"a\"]\nquiet = [\"b\"]\n";
    let errs = errors_with("combinations.toml", &format!("{}{combo}", file("combinations.toml")));
    assert_eq!(
        errs,
        vec!["rules/combinations.toml: rule `combination.unsaid`: field `id`: needs a concept with this id in concepts.toml, of the combination category"]
    );
    let concept = "\n[[concept]]\nid = \"combination.unused\"\nweight = 10\nmessage = \"m\"\nexplanation = \"e\"\nsources = [\"unodc-2024\"]\n";
    let errs = errors_with("concepts.toml", &format!("{}{concept}", file("concepts.toml")));
    assert_eq!(
        errs,
        vec!["rules/concepts.toml: rule `combination.unused`: no combination in combinations.toml has this id"]
    );
}

#[test]
fn the_roles_of_categories_are_declared_in_the_manifest() {
    let manifest = embedded_files().iter().find(|(p, _)| *p == "manifest.toml").unwrap().1;
    let errs = errors_with("manifest.toml", &manifest.replace("role = \"combination\"\n", ""));
    assert!(
        errs.contains(
            &"rules/manifest.toml: field `category`: exactly one category needs `role = \"combination\"`".to_string()
        ),
        "{errs:?}"
    );
    let errs = errors_with("manifest.toml", &manifest.replace("role = \"distress\"", "role = \"alarm\""));
    assert!(errs.iter().any(|e| e.contains("unknown variant `alarm`")), "{errs:?}");
}

#[test]
fn every_error_is_listed_in_one_message() {
    let broken = rule("patterns = [\"x\"]");
    let mut files: Vec<(&str, &str)> = embedded_files().iter().filter(|(p, _)| *p != PACK).copied().collect();
    files.push((PACK, &broken));
    let errors = Screener::from_files(&files).err().expect("a pack without examples is refused");
    let shown = errors.to_string();
    assert!(shown.starts_with(&format!("{} rule error(s):\n  rules/", errors.len())), "{shown}");
    assert_eq!(shown.lines().count(), errors.len() + 1, "{shown}");
    assert!(errors.len() >= 2, "{shown}");
    let as_error: &dyn std::error::Error = &errors;
    assert_eq!(as_error.to_string(), shown);
}

#[test]
fn hotlines_are_validated_with_the_rules() {
    let rules = load(embedded_files()).expect("the built-in rules load");
    assert!(rules.hotlines.len() >= 10, "{} hotlines", rules.hotlines.len());
    assert!(rules.countries().iter().any(|(c, n)| *c == "PH" && *n == "Philippines"));
    let file = embedded_files().iter().find(|(p, _)| *p == "hotlines.toml").unwrap().1;
    let bad = "\n[[entry]]\nid = \"bad-line\"\ncountry = \"ph\"\ncountry_name = \"\"\nkind = \"hotline\"\nname = \"Bad line\"\nphone = \"1343\"\ntel = \"13-43\"\nweb = \"http://x.example\"\nsource = \"\"\nchecked = \"25/11/2026\"\n";
    let errs = errors_with("hotlines.toml", &format!("{file}{bad}"));
    assert_eq!(
        errs,
        vec![
            "rules/hotlines.toml: rule `Bad line`: field `country`: an ISO 3166 code (`PH`) or `global`, with a `country_name`",
            "rules/hotlines.toml: rule `Bad line`: field `source`: the https address of the published page this entry was checked against",
            "rules/hotlines.toml: rule `Bad line`: field `checked`: the date it was last checked, as YYYY-MM-DD",
            "rules/hotlines.toml: rule `Bad line`: field `tel`: digits only, with an optional leading +",
            "rules/hotlines.toml: rule `Bad line`: field `web`: must be an https address",
        ]
    );
    let errs = errors_with("hotlines.toml", &file.replacen("kind = \"hotline\"", "kind = \"helpline\"", 1));
    assert!(errs.iter().any(|e| e.contains("unknown variant `helpline`")), "{errs:?}");
}
