//! Embeds every file under rules/ (hotlines included) into the binary, so the web app and the CLI
//! carry the same rules, and compiles the interface catalogs (i18n/) into static values after
//! checking every language against English, and checks the rules' words in other languages
//! (i18n/rules/): compiled in natively, one module a language beside the wasm. Native builds embed
//! the TOML as written, so rule errors name lines;
//! wasm builds embed it converted to JSON, which a far smaller parser reads (no TOML parser in the
//! download). A file that is not valid TOML fails the wasm build here, naming the file.
use std::{env, fs, path::Path};

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

/// The file as the target reads it: TOML natively, JSON in wasm.
fn contents(path: &Path, wasm: bool) -> String {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if !wasm {
        return text;
    }
    let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::to_string(&value).expect("TOML values convert to JSON")
}

fn main() {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Path::new(&env::var("OUT_DIR").unwrap()).to_path_buf();
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    let root = manifest_dir.join("rules");
    println!("cargo:rerun-if-changed=rules");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    let mut code = String::from(
        "/// Every rule file, as (path under rules/, contents: TOML natively, JSON in wasm).\npub static FILES: &[(&str, &str)] = &[\n",
    );
    for f in &files {
        println!("cargo:rerun-if-changed=rules/{f}");
        code.push_str(&format!("    ({f:?}, {:?}),\n", contents(&root.join(f), wasm)));
    }
    code.push_str("];\n");
    fs::write(out.join("rule_files.rs"), code).unwrap();
    let langs = catalogs::build(manifest_dir, &out);
    let release = env::var("PROFILE").is_ok_and(|p| p == "release");
    // The wasm builds leave the rules' words of other languages out of the download: a module per
    // language in target/<target>/<profile>/words/, which scripts/post-build.mjs ships beside the app.
    let words = wasm
        .then(|| out.ancestors().nth(3).expect("OUT_DIR is target/<target>/<profile>/build/<pkg>/out").join("words"));
    rule_text::build(manifest_dir, &out, words.as_deref(), &langs, release);
}
