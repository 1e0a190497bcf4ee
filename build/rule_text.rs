//! The rules' words in other languages (`i18n/rules/<code>.toml`): concept messages and
//! explanations, advice, category names, countries, hotline names and notes, and the example
//! offers. Checked against the English of rules/ and turned into JSON: compiled into native
//! builds, a module per language (`words/<code>.js`) for the wasm builds. Used by
//! build.rs, and by tests/catalogs.rs to show that a broken translation is refused.

use std::{fs, path::Path};

/// Example offers every language writes (the English ones are in src/app/examples.rs).
pub const EXAMPLES: [&str; 3] = ["lure", "task", "legit"];

fn read(path: &Path) -> toml::Table {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn items<'a>(t: &'a toml::Table, key: &str) -> impl Iterator<Item = &'a toml::Table> {
    t.get(key).and_then(|v| v.as_array()).into_iter().flatten().filter_map(|v| v.as_table())
}

fn text<'a>(t: &'a toml::Table, key: &str) -> Option<&'a str> {
    t.get(key).and_then(|v| v.as_str())
}

/// What a translation must contain, with the English text: the same tables as a translation
/// (`category`, `category_description`, `advice`, `country`, `hotline.<id>`, `example`,
/// `concept.<id>`), read from rules/ (`rules_dir`).
pub fn english(rules_dir: &Path) -> toml::Table {
    let mut en = toml::Table::new();
    let mut table = |name: &str, pairs: Vec<(String, toml::Value)>| {
        en.insert(name.into(), toml::Value::Table(pairs.into_iter().collect()));
    };
    let s = |v: &str| toml::Value::String(v.into());
    let manifest = read(&rules_dir.join("manifest.toml"));
    let cats = || items(&manifest, "category");
    table("category", cats().filter_map(|c| Some((text(c, "id")?.into(), s(text(c, "name")?)))).collect());
    table(
        "category_description",
        cats().filter_map(|c| Some((text(c, "id")?.into(), s(text(c, "description")?)))).collect(),
    );
    let advice = read(&rules_dir.join("advice.toml"));
    table(
        "advice",
        items(&advice, "advice").filter_map(|a| Some((text(a, "id")?.into(), s(text(a, "text")?)))).collect(),
    );
    let hotlines = read(&rules_dir.join("hotlines.toml"));
    let entries = || items(&hotlines, "entry");
    table(
        "country",
        entries().filter_map(|h| Some((text(h, "country")?.into(), s(text(h, "country_name")?)))).collect(),
    );
    let hotline = |h: &toml::Table| {
        let fields = ["name", "note"].into_iter().filter_map(|k| Some((k.to_string(), s(text(h, k)?))));
        Some((text(h, "id")?.to_string(), toml::Value::Table(fields.collect())))
    };
    table("hotline", entries().filter_map(hotline).collect());
    table("example", EXAMPLES.iter().map(|k| (k.to_string(), s(k))).collect());
    let concepts = read(&rules_dir.join("concepts.toml"));
    let concept = |c: &toml::Table| {
        let fields = ["message", "explanation"].into_iter().filter_map(|k| Some((k.to_string(), s(text(c, k)?))));
        Some((text(c, "id")?.to_string(), toml::Value::Table(fields.collect())))
    };
    table("concept", items(&concepts, "concept").filter_map(concept).collect());
    en
}

/// What is wrong with the translation `tr` of `code` compared with `en` (from [`english`]):
/// missing, extra or empty texts, and an `[about]` that does not say how it was made and reviewed.
pub fn check(en: &toml::Table, code: &str, tr: &toml::Table) -> Vec<String> {
    let name = format!("i18n/rules/{code}.toml");
    let mut problems = Vec::new();
    let about = |k: &str| tr.get("about").and_then(|a| a.get(k)).and_then(|v| v.as_str()).unwrap_or_default();
    let date = about("reviewed");
    let dated = date.len() == 10
        && date.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    if about("language") != code || about("made").is_empty() || !dated {
        problems.push(format!("{name}: [about] needs language = \"{code}\", made and reviewed (YYYY-MM-DD)"));
    }
    fn walk(en: &toml::Table, tr: Option<&toml::Table>, path: &str, name: &str, problems: &mut Vec<String>) {
        for (key, value) in en {
            let here = format!("{path}{key}");
            let got = tr.and_then(|t| t.get(key));
            match (value, got) {
                (toml::Value::Table(inner), Some(toml::Value::Table(t))) => {
                    walk(inner, Some(t), &format!("{here}."), name, problems)
                }
                (toml::Value::Table(inner), None) => walk(inner, None, &format!("{here}."), name, problems),
                (toml::Value::String(_), Some(toml::Value::String(t))) if !t.trim().is_empty() => {}
                (_, None) => problems.push(format!("{name}: `{here}` is missing")),
                _ => problems.push(format!("{name}: `{here}` must be a text that is not empty")),
            }
        }
        for key in tr.into_iter().flat_map(|t| t.keys()).filter(|k| !en.contains_key(*k)) {
            if !(path.is_empty() && key == "about") {
                problems.push(format!("{name}: `{path}{key}` is not in the rules"));
            }
        }
    }
    walk(en, Some(tr), "", &name, &mut problems);
    problems
}

/// Turns every `i18n/rules/<code>.toml` into JSON (its tables without `[about]`), after checking
/// it against the English of rules/. A release build refuses a translation with problems and an
/// interface language in `langs` without one, so a reader never sees English because a file was
/// forgotten. Other builds leave such a language in English and say so (a cargo warning here, a
/// failing test in tests/catalogs.rs), so a translation can be written while the code is tested.
///
/// Natively every language is compiled in (`RULE_TEXTS` in `rule_texts.rs`). The wasm carries
/// none: each language is a module of its own, `words/<code>.js`, written to `words_dir` for the
/// web app and the JavaScript API to load when a reader chooses that language, so a person
/// downloads the words of the language they read and not of fourteen.
pub fn build(manifest_dir: &Path, out: &Path, words_dir: Option<&Path>, langs: &[String], release: bool) {
    let dir = manifest_dir.join("i18n/rules");
    println!("cargo:rerun-if-changed=i18n/rules");
    let en = english(&manifest_dir.join("rules"));
    let mut problems = Vec::new();
    let mut code = String::from(
        "/// The rules' words of each language, as JSON: (code, text).\npub static RULE_TEXTS: &[(&str, &str)] = &[\n",
    );
    if let Some(words) = words_dir {
        let _ = fs::remove_dir_all(words);
        fs::create_dir_all(words).unwrap_or_else(|e| panic!("{}: {e}", words.display()));
    }
    for lang in langs.iter().filter(|l| *l != "en") {
        let path = dir.join(format!("{lang}.toml"));
        if !path.exists() {
            if release {
                problems.push(format!("i18n/rules/{lang}.toml is missing: the interface speaks {lang}"));
            }
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let (mut tr, found) = match toml::from_str::<toml::Table>(&text) {
            Ok(tr) => {
                let found = check(&en, lang, &tr);
                (tr, found)
            }
            Err(e) => (toml::Table::new(), vec![format!("i18n/rules/{lang}.toml: {e}")]),
        };
        if !found.is_empty() {
            if release {
                problems.extend(found);
            } else {
                println!(
                    "cargo:warning=i18n/rules/{lang}.toml has {} problem(s), left out of this build: {}",
                    found.len(),
                    found[0]
                );
            }
            continue;
        }
        tr.remove("about");
        let json = serde_json::to_string(&tr).expect("TOML tables convert to JSON");
        match words_dir {
            Some(words) => fs::write(words.join(format!("{lang}.js")), format!("export default {json};\n")).unwrap(),
            None => code.push_str(&format!("    ({lang:?}, {json:?}),\n")),
        }
    }
    if !problems.is_empty() {
        panic!("the translations of the rules have {} problem(s):\n  {}", problems.len(), problems.join("\n  "));
    }
    code.push_str("];\n");
    fs::write(out.join("rule_texts.rs"), code).unwrap();
}
