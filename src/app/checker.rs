//! The checker thread's side: the same wasm, started in a Web Worker by `www/checker.js`, holds a
//! second engine (the rules the app starts with, and every pack the page hands it) and checks the
//! long texts that `offload.rs` sends, so that the page never freezes while they are checked.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::rules;
use crate::Screener;

thread_local! {
    static SCREENER: RefCell<Option<Screener>> = const { RefCell::new(None) };
}

fn with_screener<T>(f: impl FnOnce(&Screener) -> T) -> Option<T> {
    SCREENER.with(|s| {
        let mut s = s.borrow_mut();
        if s.is_none() {
            *s = Screener::core().ok();
        }
        s.as_ref().map(f)
    })
}

/// Adds the rule packs (their images, as the page loaded them) to the checker's engine.
#[wasm_bindgen]
pub fn checker_add_packs(images: Vec<String>) {
    let with = with_screener(|s| s.with_packs(images.iter().map(|image| rules::pack(image))));
    if let Some(with) = with {
        SCREENER.with(|s| *s.borrow_mut() = Some(with));
    }
}

/// Checks `text`: the report as JSON, or nothing if the rules could not be loaded.
#[wasm_bindgen]
pub fn checker_check(text: &str) -> Option<String> {
    with_screener(|s| serde_json::to_string(&s.check(text)).ok()).flatten()
}
