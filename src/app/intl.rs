//! Numbers and dates the way the reader's language writes them, by the browser's Intl.

use wasm_bindgen::JsValue;

use crate::present::i18n::Lang;

/// Formats a whole number the way the language writes it (1,234 or 1.234 or 1 234).
pub fn number(lang: Lang, n: usize) -> String {
    format_number(lang.code(), n)
}

/// Formats an ISO date (2026-11-25) the way the language writes dates; unchanged if it cannot.
pub fn date(lang: Lang, iso: &str) -> String {
    format_date(lang.code(), iso)
}

/// [`number`] for any BCP 47 locale, by the browser's Intl.
pub fn format_number(locale: &str, n: usize) -> String {
    js_sys::Number::from(n as f64).to_locale_string(locale).as_string().unwrap_or_else(|| n.to_string())
}

/// [`date`] for any BCP 47 locale, by the browser's Intl.
pub fn format_date(locale: &str, iso: &str) -> String {
    let d = js_sys::Date::new(&JsValue::from_str(&format!("{iso}T12:00:00Z")));
    if d.get_time().is_nan() {
        return iso.to_string();
    }
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&opts, &"timeZone".into(), &"UTC".into());
    d.to_locale_date_string(locale, &opts).as_string().unwrap_or_else(|| iso.to_string())
}

/// The CLDR plural category (`one`, `few`, `other`, ...) of a count in the language, by the
/// browser's `Intl.PluralRules`; `other` if it cannot tell.
pub fn plural(lang: Lang, n: usize) -> String {
    let locales = js_sys::Array::of1(&JsValue::from_str(lang.code()));
    let rules = js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new());
    rules.select(n as f64).as_string().unwrap_or_else(|| "other".into())
}

/// A plural template for the count `n` in the language, with `{n}` written the language's way
/// and the other placeholders filled from `args`.
pub fn count(lang: Lang, forms: &crate::present::i18n::Plural, n: usize, args: &[(&str, &str)]) -> String {
    let shown = number(lang, n);
    let mut all = vec![("n", shown.as_str())];
    all.extend_from_slice(args);
    forms.pick(&plural(lang, n)).fill(&all)
}
