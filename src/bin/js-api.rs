//! `js-api`: the engine for partners' pages, `SecondLook.v1` (wasm32 only): `check`, `rules` and `version`
//! over the one Report, with no UI in the build. `www/api/second-look.v1.js` wraps these exports in
//! promises; natively this binary does nothing.

fn main() {}

#[cfg(target_arch = "wasm32")]
mod api {
    use std::cell::OnceCell;

    use second_look::present::i18n::{Lang, LANGS};
    use second_look::present::js::js_report;
    use second_look::present::rule_text::{register, Words};
    use second_look::Screener;
    use serde::{Deserialize, Serialize};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    thread_local! {
        static SCREENER: OnceCell<Result<Screener, String>> = const { OnceCell::new() };
    }

    fn with_screener<T>(f: impl FnOnce(&Screener) -> Result<T, JsError>) -> Result<T, JsError> {
        SCREENER.with(|cell| {
            let screener =
                cell.get_or_init(|| Screener::builtin().map_err(|e| format!("the built-in rules did not load: {e}")));
            match screener {
                Ok(s) => f(s),
                Err(message) => Err(JsError::new(message)),
            }
        })
    }

    fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
        value
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(|e| JsError::new(&format!("could not build the result: {e}")))
    }

    /// The keys `check` accepts in its options; others are refused so a typo is not ignored.
    const OPTION_KEYS: &[&str] = &["segments", "lang"];

    /// Options of `check`.
    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase")]
    struct CheckOptions {
        /// Also return the text cut into plain and highlighted pieces.
        #[serde(default)]
        segments: bool,
        /// The language of messages, explanations and advice (a BCP 47 tag); English by default.
        #[serde(default)]
        lang: Option<String>,
    }

    /// Compiles the rules now rather than on the first check.
    #[wasm_bindgen]
    pub fn prepare() -> Result<(), JsError> {
        with_screener(|_| Ok(()))
    }

    /// Checks `text`; offsets in the result are JavaScript string indexes (UTF-16 code units).
    #[wasm_bindgen]
    pub fn check(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
        let Some(text) = text.as_string() else {
            return Err(JsError::new("check(text): text must be a string"));
        };
        let options: CheckOptions = if options.is_undefined() || options.is_null() {
            CheckOptions::default()
        } else {
            // serde-wasm-bindgen reads only the fields it knows, so unknown keys are caught here.
            let keys = js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>());
            if let Some(k) = keys.iter().filter_map(|k| k.as_string()).find(|k| !OPTION_KEYS.contains(&k.as_str())) {
                return Err(JsError::new(&format!(
                    "check(text, options): unknown option `{k}`; known options: {}",
                    OPTION_KEYS.join(", ")
                )));
            }
            serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("check(text, options): {e}")))?
        };
        let lang = match options.lang.as_deref() {
            None => Lang::En,
            Some(tag) => Lang::for_tag(tag).ok_or_else(|| {
                let codes: Vec<&str> = LANGS.iter().map(|(_, c, _)| *c).collect();
                JsError::new(&format!(
                    "check(text, options): lang `{tag}` is not available; known: {}",
                    codes.join(", ")
                ))
            })?,
        };
        with_screener(|s| {
            let report = Words::new(s.rules(), lang).report(s.check(&text));
            to_js(&js_report(&text, report, options.segments))
        })
    }

    /// The interface code of a language tag (`vi-VN` -> `vi`, `tl` -> `fil`), `en` by default; an
    /// unknown language is refused with the known ones. The wrapper loads that language's words
    /// (`words/<code>.js`) before a check asks for them.
    #[wasm_bindgen(js_name = languageCode)]
    pub fn language_code(tag: Option<String>) -> Result<String, JsError> {
        lang(tag.as_deref()).map(|l| l.code().to_string())
    }

    /// Whether the words of a language (by its code) still need to be loaded.
    #[wasm_bindgen(js_name = needsWords)]
    pub fn needs_words(code: &str) -> bool {
        Lang::from_code(code).is_some_and(|l| l != Lang::En && l.rule_text().is_none())
    }

    /// Takes the words of a language (the default export of `words/<code>.js`).
    #[wasm_bindgen(js_name = registerWords)]
    pub fn register_words(code: &str, words: JsValue) -> Result<(), JsError> {
        let lang = Lang::from_code(code).ok_or_else(|| JsError::new(&format!("no language `{code}`")))?;
        let text = serde_wasm_bindgen::from_value(words).map_err(|e| JsError::new(&format!("words/{code}.js: {e}")))?;
        register(lang, text);
        Ok(())
    }

    fn lang(tag: Option<&str>) -> Result<Lang, JsError> {
        match tag {
            None => Ok(Lang::En),
            Some(tag) => Lang::for_tag(tag).ok_or_else(|| {
                let codes: Vec<&str> = LANGS.iter().map(|(_, c, _)| *c).collect();
                JsError::new(&format!(
                    "check(text, options): lang `{tag}` is not available; known: {}",
                    codes.join(", ")
                ))
            }),
        }
    }

    /// Every rule and combination: id, language, category, weight, message, sources.
    #[wasm_bindgen]
    pub fn rules() -> Result<JsValue, JsError> {
        with_screener(|s| to_js(&s.rules().entries()))
    }

    /// The version of the rules (the app's version is in the module wrapper).
    #[wasm_bindgen(js_name = rulesetVersion)]
    pub fn ruleset_version() -> Result<String, JsError> {
        with_screener(|s| Ok(s.rules().manifest.version.clone()))
    }
}
