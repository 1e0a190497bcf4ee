//! The interface catalogs (`i18n/<code>.toml`): checked against English and turned into static
//! Rust values. Used by build.rs, and by tests/catalogs.rs to show that a broken catalog is refused.

use std::{fs, path::Path};

/// What is wrong with the catalog of `code` compared with English: missing or extra keys, a
/// different kind or other `{placeholders}`, plural forms that are not CLDR categories or lack
/// `other`, and an `[about]` that does not say how it was made and reviewed.
pub fn check(en: &toml::Table, code: &str, cat: &toml::Table) -> Vec<String> {
    let mut problems = Vec::new();
    let name = format!("i18n/{code}.toml");
    let field = |k: &str| about(cat, k);
    let date = field("reviewed");
    let dated = date.len() == 10
        && date.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    if field("language") != code || field("name").is_empty() || field("made").is_empty() || !dated {
        problems.push(format!("{name}: [about] needs language = \"{code}\", name, made and reviewed (YYYY-MM-DD)"));
    }
    if !["", "ltr", "rtl"].contains(&field("dir").as_str()) {
        problems.push(format!("{name}: [about] dir is \"rtl\" or \"ltr\" (the default)"));
    }
    for (key, value) in en.iter().filter(|(k, _)| *k != "about") {
        match cat.get(key) {
            None => problems.push(format!("{name}: `{key}` is missing")),
            Some(v) if shape(v) != shape(value) => problems.push(format!(
                "{name}: `{key}` must be a {} with the placeholders {:?}, like en.toml",
                shape(value).0,
                shape(value).1
            )),
            Some(toml::Value::Array(items)) if items.len() != value.as_array().map_or(0, Vec::len) => {
                problems.push(format!("{name}: `{key}` must have as many items as in en.toml"))
            }
            Some(toml::Value::Table(t))
                if !t.contains_key("other")
                    || t.keys().any(|c| !["zero", "one", "two", "few", "many", "other"].contains(&c.as_str())) =>
            {
                problems.push(format!("{name}: `{key}` needs `other` and only CLDR plural categories"))
            }
            Some(_) => {}
        }
    }
    for key in cat.keys().filter(|k| !en.contains_key(*k)) {
        problems.push(format!("{name}: `{key}` is not a key of en.toml"));
    }
    problems
}

/// A field of the catalog's `[about]` table, or an empty string.
fn about(cat: &toml::Table, key: &str) -> String {
    let table = cat.get("about").and_then(|a| a.as_table());
    table.and_then(|a| a.get(key)).and_then(|v| v.as_str()).unwrap_or_default().to_string()
}

/// A catalog value's kind and its `{placeholders}`, for comparing languages.
fn shape(value: &toml::Value) -> (String, Vec<String>) {
    fn holes(s: &str, out: &mut Vec<String>) {
        let mut rest = s;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else { break };
            out.push(rest[open + 1..open + close].to_string());
            rest = &rest[open + close + 1..];
        }
    }
    let mut found = Vec::new();
    let kind = match value {
        toml::Value::String(s) => {
            holes(s, &mut found);
            if found.is_empty() {
                "text"
            } else {
                "template"
            }
        }
        toml::Value::Table(t) => {
            t.values().filter_map(|v| v.as_str()).for_each(|s| holes(s, &mut found));
            "plural"
        }
        toml::Value::Array(_) => "list",
        _ => "other",
    };
    found.sort();
    found.dedup();
    (kind.to_string(), found)
}

fn rust_value(key: &str, value: &toml::Value) -> String {
    let template = |s: &str| format!("Template({s:?})");
    match value {
        toml::Value::String(s) if shape(value).0 == "template" => template(s),
        toml::Value::String(s) => format!("{s:?}"),
        toml::Value::Table(t) => {
            let form =
                |c: &str| t.get(c).and_then(|v| v.as_str()).map_or("None".into(), |s| format!("Some({})", template(s)));
            let other = t.get("other").and_then(|v| v.as_str()).unwrap_or_default();
            format!(
                "Plural {{ zero: {}, one: {}, two: {}, few: {}, many: {}, other: {} }}",
                form("zero"),
                form("one"),
                form("two"),
                form("few"),
                form("many"),
                template(other)
            )
        }
        toml::Value::Array(items) => {
            let items: Vec<String> = items.iter().map(|i| format!("{:?}", i.as_str().unwrap_or_default())).collect();
            format!("&[{}]", items.join(", "))
        }
        _ => panic!("i18n: `{key}` must be a string, a plural table or a list of strings"),
    }
}

/// Keys of the static start page (index.html, shown while the app downloads): left out of `Msg`
/// and written, with `tagline` and `privacy`, to `boot.json` for scripts/post-build.mjs to put in
/// the page, where www/pwa.js shows them in the reader's language.
const BOOT: &str = "boot_";

/// Turns every `i18n/<language>.toml` into a static `Msg` (no parser in the download), after
/// checking that each has every key of `en.toml` with the same kind and `{placeholders}`, only
/// CLDR plural categories with `other`, and an `[about]` saying how it was made and reviewed.
/// Returns the language codes.
pub fn build(manifest_dir: &Path, out: &Path) -> Vec<String> {
    let dir = manifest_dir.join("i18n");
    println!("cargo:rerun-if-changed=i18n");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("read i18n/")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let read = |p: &Path| -> toml::Table {
        println!("cargo:rerun-if-changed={}", p.display());
        let text = fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    };
    let en = read(&dir.join("en.toml"));
    let mut problems = Vec::new();
    let mut code = String::new();
    let mut langs = Vec::new();
    let mut boot = serde_json::Map::new();
    for path in &files {
        let code_name = path.file_stem().unwrap().to_string_lossy().to_string();
        let cat = if code_name == "en" { en.clone() } else { read(path) };
        problems.extend(check(&en, &code_name, &cat));
        let field = |k: &str| about(&cat, k);
        let reviewed = field("reviewed");
        let ident = code_name.to_uppercase().replace('-', "_");
        code.push_str(&format!(
            "/// {}: {} Last reviewed {reviewed}.\npub static {ident}: Msg = Msg {{\n",
            field("name"),
            field("made")
        ));
        for (key, value) in cat.iter().filter(|(k, _)| *k != "about" && !k.starts_with(BOOT)) {
            code.push_str(&format!("    {key}: {},\n", rust_value(key, value)));
        }
        let words = cat.iter().filter(|(k, _)| k.starts_with(BOOT) || ["tagline", "privacy"].contains(&k.as_str()));
        let mut words: serde_json::Map<String, serde_json::Value> =
            words.map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().into())).collect();
        words.insert("dir".into(), if field("dir") == "rtl" { "rtl" } else { "ltr" }.into());
        boot.insert(code_name.clone(), words.into());
        code.push_str("};\n\n");
        let variant: String = code_name.split('-').map(|p| p[..1].to_uppercase() + &p[1..]).collect();
        langs.push((variant, code_name, field("name"), ident, field("dir") == "rtl"));
    }
    if !problems.is_empty() {
        panic!("the interface catalogs have {} problem(s):\n  {}", problems.len(), problems.join("\n  "));
    }
    code.push_str("/// A language the interface is available in (one `i18n/<code>.toml` each).\n");
    code.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Lang {\n");
    for (variant, ..) in &langs {
        code.push_str(&format!("    {variant},\n"));
    }
    code.push_str("}\n\n/// Languages offered by the switcher: (language, BCP 47 code, name in that language).\n");
    code.push_str("pub const LANGS: &[(Lang, &str, &str)] = &[\n");
    for (variant, code_name, name, ..) in &langs {
        code.push_str(&format!("    (Lang::{variant}, {code_name:?}, {name:?}),\n"));
    }
    code.push_str("];\n\nimpl Lang {\n    /// This language's catalog.\n    pub fn msg(self) -> &'static Msg {\n        match self {\n");
    for (variant, _, _, ident, _) in &langs {
        code.push_str(&format!("            Lang::{variant} => &{ident},\n"));
    }
    code.push_str("        }\n    }\n}\n\n/// Languages written right to left.\npub const RTL: &[Lang] = &[");
    for (variant, ..) in langs.iter().filter(|l| l.4) {
        code.push_str(&format!("Lang::{variant}, "));
    }
    code.push_str("];\n");
    fs::write(out.join("catalogs.rs"), code).unwrap();
    fs::write(out.join("boot.json"), serde_json::Value::from(boot).to_string()).unwrap();
    langs.into_iter().map(|l| l.1).collect()
}
