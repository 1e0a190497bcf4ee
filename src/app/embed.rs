//! The embed view's settings: read once at start from the page (`<html data-view="embed">`,
//! written by scripts/post-build.mjs) and from the address fragment that www/embed.js sets:
//! language, country and compact layout. Theme, accent and messages to the host page are
//! handled by www/embed-frame.js.

use super::i18n::Lang;

/// How a partner asked for the embedded checker to look.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Embed {
    pub lang: Option<Lang>,
    pub country: String,
    pub compact: bool,
}

/// The embed settings when this page is the embed view, `None` for the full app.
pub fn read() -> Option<Embed> {
    let doc = gloo::utils::document();
    let view = doc.document_element()?.get_attribute("data-view");
    if view.as_deref() != Some("embed") {
        return None;
    }
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    Some(parse(&hash))
}

/// Reads `#lang=en&country=PH&compact=1`; anything else, or malformed, is ignored.
pub fn parse(fragment: &str) -> Embed {
    let mut out = Embed::default();
    for pair in fragment.trim_start_matches('#').split('&') {
        match pair.split_once('=') {
            Some(("lang", l)) => out.lang = Lang::from_code(l),
            Some(("country", c)) if c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()) => {
                out.country = c.to_string()
            }
            Some(("compact", v)) => out.compact = v == "1",
            _ => {}
        }
    }
    out
}
