//! In-page links and scrolling that leave no trace: they move focus and scroll this document
//! only, never change the address (no `#warn-2` in the history) and never scroll a parent page
//! (inside a partner's iframe, the host must not learn that a check happened).

use wasm_bindgen::JsCast;
use web_sys::{FocusOptions, HtmlElement};
use yew::{Callback, MouseEvent};

/// Scrolls this document so that the element with `id` is in view, and focuses it without the
/// browser's own scrolling (which would also scroll every ancestor frame).
pub fn reveal(id: &str) {
    let window = gloo::utils::window();
    let Some(el) = gloo::utils::document().get_element_by_id(id) else { return };
    let top = el.get_bounding_client_rect().top() + window.scroll_y().unwrap_or(0.0) - 16.0;
    window.scroll_to_with_x_and_y(0.0, top.max(0.0));
    focus(&el);
}

/// Focuses an element without scrolling anything.
pub fn focus(el: &web_sys::Element) {
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let options = FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

/// The click handler of an in-page link to `id`: the link keeps its `href` for the browser's
/// affordances (middle click aside), but the address never changes.
pub fn link(id: impl Into<String>) -> Callback<MouseEvent> {
    let id = id.into();
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        reveal(&id);
    })
}
