//! The embed view's settings: read once at start from the page (`<html data-view="embed">`,
//! written by scripts/post-build.mjs) and from the address fragment that www/embed.js sets:
//! language, country and compact layout. Theme, accent and messages to the host page are
//! handled by www/embed-frame.js.

use crate::present::settings::{parse, Choices};

/// The partner's choices when this page is the embed view, `None` for the full app.
pub fn read() -> Option<Choices> {
    let doc = gloo::utils::document();
    let view = doc.document_element()?.get_attribute("data-view");
    if view.as_deref() != Some("embed") {
        return None;
    }
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    Some(parse(&hash))
}
