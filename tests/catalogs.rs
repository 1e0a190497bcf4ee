//! The interface catalogs (i18n/): every one passes the build's check against English, and the
//! check refuses what would show a reader a missing, wrong or untranslatable string.

#[allow(dead_code)] // build() is build.rs's; these tests use check().
#[path = "../build/catalogs.rs"]
mod catalogs;

fn read(code: &str) -> toml::Table {
    let path = format!("{}/i18n/{code}.toml", env!("CARGO_MANIFEST_DIR"));
    toml::from_str(&std::fs::read_to_string(&path).expect("catalog exists")).expect("valid TOML")
}

#[test]
fn every_catalog_has_every_key_of_english() {
    let en = read("en");
    let dir = format!("{}/i18n", env!("CARGO_MANIFEST_DIR"));
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let code = entry.path().file_stem().unwrap().to_string_lossy().to_string();
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
