//! The engine for partners' pages, `SecondLook.v1` (wasm32 only): `check`, `rules` and `version`
//! over the one Report, with no UI in the build. `www/api/second-look.v1.js` wraps these exports in
//! promises; natively this binary does nothing.

fn main() {}

#[cfg(target_arch = "wasm32")]
mod api {
    use std::cell::OnceCell;

    use second_look::{Report, Screener};
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
    const OPTION_KEYS: &[&str] = &["segments"];

    /// Options of `check`.
    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase")]
    struct CheckOptions {
        /// Also return the text cut into plain and highlighted pieces.
        #[serde(default)]
        segments: bool,
    }

    #[derive(Serialize)]
    struct ApiSegment<'a> {
        text: &'a str,
        /// Index into `signals` of the warning that highlights this piece, or null.
        signal: Option<usize>,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct ApiReport<'a> {
        #[serde(flatten)]
        report: &'a Report,
        /// How much of the text was checked, in JavaScript string length (UTF-16 code units).
        checked_length: usize,
        #[serde(skip_serializing_if = "Option::is_none")]
        segments: Option<Vec<ApiSegment<'a>>>,
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
        with_screener(|s| {
            let mut report = s.check(&text);
            let segments = options.segments.then(|| {
                report.segments(&text).into_iter().map(|p| ApiSegment { text: p.text, signal: p.signal }).collect()
            });
            let checked_length = to_utf16_offsets(&text, &mut report);
            to_js(&ApiReport { report: &report, checked_length, segments })
        })
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

    /// Rewrites the UTF-8 byte offsets of every span to UTF-16 offsets, in one pass over the text;
    /// returns the checked length in UTF-16 units.
    fn to_utf16_offsets(text: &str, report: &mut Report) -> usize {
        let mut checked_length = report.checked_bytes;
        let spans = report
            .signals
            .iter_mut()
            .flat_map(|s| s.spans.iter_mut())
            .chain(report.facts.iter_mut().map(|f| &mut f.span));
        let mut bounds: Vec<&mut usize> = spans.flat_map(|sp| [&mut sp.start, &mut sp.end]).collect();
        bounds.push(&mut checked_length);
        bounds.sort_by_key(|b| **b);
        let (mut byte, mut unit) = (0, 0);
        let mut chars = text.chars();
        for b in bounds {
            while byte < *b {
                match chars.next() {
                    Some(c) => {
                        byte += c.len_utf8();
                        unit += c.len_utf16();
                    }
                    None => break,
                }
            }
            *b = unit;
        }
        checked_length
    }
}
