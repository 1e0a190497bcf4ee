//! Loads and validates every file under rules/ (hotlines included) with the crate's own loader
//! and embeds the rule set as a compact image (src/rules/image.rs), so the web app and the CLI
//! carry the same rules and read them without a parser; a rule error fails the build, listing
//! every error. Native builds also embed the TOML as written, for `test-rules` and the tests.
//! Compiles the interface catalogs (i18n/) into static values after checking every language
//! against English, and checks the rules' words in other languages (i18n/rules/): compiled in
//! natively, one module a language beside the wasm.
use std::collections::{BTreeMap, BTreeSet};
use std::{env, fs, path::Path};

/// The crate's rule loader and image writer, compiled into this script.
#[allow(dead_code, unused_imports)]
#[path = "src/rules"]
mod rules {
    pub mod check;
    pub mod errors;
    pub mod facts;
    pub mod image;
    pub mod load;
    pub mod model;
    pub mod set;
}

/// The script groups of letters, to tell which languages' rules go into packs of their own.
#[allow(dead_code)]
#[path = "src/engine/phrase/groups.rs"]
mod groups;

/// The language the web app starts with: every other is a pack.
const CORE: &str = "en";

#[path = "build/catalogs.rs"]
mod catalogs;
#[path = "build/rule_text.rs"]
mod rule_text;

fn collect(dir: &Path, root: &Path, out: &mut Vec<String>) {
    let mut entries: Vec<_> = fs::read_dir(dir).expect("read rules/").flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/"));
        }
    }
}

fn main() {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Path::new(&env::var("OUT_DIR").unwrap()).to_path_buf();
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    let root = manifest_dir.join("rules");
    println!("cargo:rerun-if-changed=rules");
    // The loader and the image format this script compiles in (a new format needs a new image).
    println!("cargo:rerun-if-changed=src/rules");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|f| {
            println!("cargo:rerun-if-changed=rules/{f}");
            let path = root.join(f);
            (f.clone(), fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        })
        .collect();
    let refs: Vec<(&str, &str)> = texts.iter().map(|(f, t)| (f.as_str(), t.as_str())).collect();
    let set = rules::load::load(&refs).unwrap_or_else(|errors| panic!("rules/ do not load: {errors}"));
    // The wasm builds leave the rules' examples out of the image: only the rules page shows them,
    // from a module of their own (words/examples.js, beside the words of each language).
    let mut set = rules::image::shown(set);
    let examples = wasm.then(|| rules::image::take_examples(&mut set));
    fs::write(out.join("rules.image"), rules::image::write(set.clone())).unwrap();
    // The web app starts with English (and the rules for all languages); every other language is
    // a pack of its own, which it loads once it has started.
    let packs = pack_scripts(&set);
    let mut core = set;
    let names: Vec<&str> = packs.iter().map(|(l, _)| l.as_str()).collect();
    let split = core.split(&names);
    fs::write(out.join("rules-core.image"), rules::image::write(core)).unwrap();
    let images: Vec<String> = split.iter().map(rules::image::write_pack).collect();
    let listed = packs.iter().zip(&images).map(|((language, groups), image)| {
        format!("PackFile {{ language: {language:?}, file: {:?}, groups: &{groups:?} }}", pack_file(language, image))
    });
    fs::write(out.join("packs.rs"), format!("&[{}]", listed.collect::<Vec<_>>().join(", "))).unwrap();
    if !wasm {
        let mut code = String::from(
            "/// Every rule file, as (path under rules/, TOML as written).\npub static FILES: &[(&str, &str)] = &[\n",
        );
        for (f, text) in &texts {
            code.push_str(&format!("    ({f:?}, {text:?}),\n"));
        }
        code.push_str("];\n");
        fs::write(out.join("rule_files.rs"), code).unwrap();
    }
    let langs = catalogs::build(manifest_dir, &out);
    let release = env::var("PROFILE").is_ok_and(|p| p == "release");
    // The wasm builds leave the rules' words of other languages out of the download: a module per
    // language in target/<target>/<profile>/words/, which scripts/post-build.mjs ships beside the app.
    let words = wasm
        .then(|| out.ancestors().nth(3).expect("OUT_DIR is target/<target>/<profile>/build/<pkg>/out").join("words"));
    rule_text::build(manifest_dir, &out, words.as_deref(), &langs, release);
    if let (Some(words), Some(examples)) = (words, examples) {
        let json = serde_json::to_string(&examples).expect("examples convert to JSON");
        fs::write(words.join("examples.js"), format!("export default {json};\n")).unwrap();
        // The start page's words in every language, which scripts/post-build.mjs puts in the page.
        fs::copy(out.join("boot.json"), words.join("boot.json")).unwrap();
        // The packs of earlier builds go, so that only this build's are shipped.
        for old in
            fs::read_dir(&words).unwrap().flatten().filter(|e| e.file_name().to_string_lossy().starts_with("rules-"))
        {
            fs::remove_file(old.path()).unwrap();
        }
        for (pack, image) in split.iter().zip(&images) {
            let json = serde_json::to_string(image).expect("a string converts to JSON");
            fs::write(words.join(pack_file(&pack.language, image)), format!("export default {json};\n")).unwrap();
        }
    }
}

/// The module name of a pack: its language and a hash of its image.
fn pack_file(language: &str, image: &str) -> String {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    image.hash(&mut hasher);
    format!("rules-{language}-{:016x}.js", hasher.finish())
}

/// Each language but English (the language of the core) with the script groups of its rules and
/// words other than Latin: a text with letters of those groups waits for the pack. A pack in Latin
/// letters only (Vietnamese, Tagalog, ...) has none: the app waits for it when it can tell the
/// text's language (`app::Engine::awaits`).
fn pack_scripts(set: &rules::set::RuleSet) -> Vec<(String, Vec<usize>)> {
    let mut by_language: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    let rules = set.rules.iter().flat_map(|r| r.def.patterns.iter().chain(&r.def.except).map(|p| (&r.language, p)));
    let terms = set.terms.iter().flat_map(|t| t.patterns.iter().map(|p| (&t.language, p)));
    for (language, pattern) in rules.chain(terms).filter(|(l, _)| *l != CORE && *l != rules::set::ANY_LANGUAGE) {
        let letters = pattern.chars().filter(|c| c.is_alphabetic()).map(groups::group);
        let found = by_language.entry(language).or_default();
        found.extend(letters.filter(|&g| g != 0 && g != groups::NO_LETTERS));
    }
    by_language.into_iter().map(|(l, g)| (l.to_owned(), g.into_iter().collect())).collect()
}
