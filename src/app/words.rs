//! The rules' words of the reader's language (warnings, advice, hotlines, examples), loaded the
//! first time that language is chosen from `words/<code>.js`: a script module of the app's own
//! origin, which the page's policy allows after start-up and the service worker keeps for offline
//! use. A visitor downloads the words of the language they read, not of every language. Until
//! they arrive, or if they cannot, the rules' English shows. The rules' examples arrive the same
//! way (`words/examples.js`), when the rules page first opens.

use std::cell::OnceCell;
use std::collections::HashMap;

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::present::i18n::Lang;
use crate::present::rule_text::register;

#[wasm_bindgen(
    inline_js = "export function import_words(path) { return import(new URL(path, document.baseURI).href).then((m) => m.default); }"
)]
extern "C" {
    #[wasm_bindgen(catch)]
    fn import_words(path: &str) -> Result<js_sys::Promise, JsValue>;
}

/// The default export of the module at `path` (under the app's address), read as a `T`; none if
/// it cannot be loaded or read. The rule packs (`packs.rs`) arrive this way too.
pub async fn import<T: serde::de::DeserializeOwned>(path: &str) -> Option<T> {
    let module = JsFuture::from(import_words(path).ok()?).await.ok()?;
    serde_wasm_bindgen::from_value(module).ok()
}

/// Loads the words of `lang` unless they are there already; true when new words arrived.
pub async fn load(lang: Lang) -> bool {
    if lang == Lang::En || lang.rule_text().is_some() {
        return false;
    }
    let Some(text) = import(&format!("words/{}.js", lang.code())).await else { return false };
    register(lang, text);
    true
}

/// The examples of every rule, by id (fire, quiet), once `words/examples.js` has arrived: the web
/// builds leave them out of the rule image, as only the rules page shows them.
type Examples = HashMap<String, (Vec<String>, Vec<String>)>;

thread_local! {
    static EXAMPLES: OnceCell<&'static Examples> = const { OnceCell::new() };
}

/// Loads the rules' examples unless they are there already; true when they arrived now.
pub async fn load_examples() -> bool {
    if EXAMPLES.with(|e| e.get().is_some()) {
        return false;
    }
    let Some(examples) = import::<Examples>("words/examples.js").await else { return false };
    // The page may have asked twice while the module loaded: keep the first, leak no copy.
    EXAMPLES.with(|e| e.get().is_none() && e.set(Box::leak(Box::new(examples))).is_ok())
}

/// The examples of rule `id`, if they have arrived: (fire, quiet).
pub fn examples(id: &str) -> Option<(&'static [String], &'static [String])> {
    EXAMPLES.with(|e| e.get().and_then(|all| all.get(id)).map(|(f, q)| (f.as_slice(), q.as_slice())))
}
