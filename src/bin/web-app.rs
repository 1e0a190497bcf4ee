//! `web-app`: the web app's entry point, built by Trunk: starts the yew app, and in the checker
//! thread (a Web Worker running this same wasm, `www/checker.js`) serves the page's long checks
//! (wasm32 only; natively this binary does nothing).

fn main() {
    #[cfg(target_arch = "wasm32")]
    second_look::app::start();
}

/// The checker thread's side of `second_look::app`'s offloading: a second engine (the rules the
/// app starts with, and every pack the page hands it) that checks the long texts the page sends,
/// so that the page never freezes while they are checked. Here, not in the library, so that the
/// JavaScript API's build does not carry it.
#[cfg(target_arch = "wasm32")]
mod checker {
    use std::cell::RefCell;

    use second_look::rules;
    use second_look::Screener;
    use wasm_bindgen::prelude::*;

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

    /// Checks `text`: the report (as the page reads it back, numbers exact), or nothing if the
    /// rules could not be loaded.
    #[wasm_bindgen]
    pub fn checker_check(text: &str) -> JsValue {
        with_screener(|s| serde_wasm_bindgen::to_value(&s.check(text)).ok()).flatten().unwrap_or(JsValue::NULL)
    }
}
