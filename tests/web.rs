//! Wasm tests in headless Chromium: the glue between the engine, yew and the DOM.
#![cfg(target_arch = "wasm32")]

use gloo::timers::future::TimeoutFuture;
use second_look::{app::App, Level, Screener};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlTextAreaElement, InputEvent, InputEventInit};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn built_in_rules_compile_and_check_in_wasm() {
    let screener = Screener::builtin().expect("rules valid in wasm");
    let report = screener.check("Pay the processing fee to our agent on Telegram @hr_jobs today.");
    assert!(report.level >= Level::Medium, "got {:?}", report.level);
    assert!(screener.check("").signals.is_empty());
}

/// Yields to the browser until `ready` holds, up to a bound: waits on a condition, not a time.
async fn until(mut ready: impl FnMut() -> bool) -> bool {
    for _ in 0..200 {
        if ready() {
            return true;
        }
        TimeoutFuture::new(10).await;
    }
    ready()
}

#[wasm_bindgen_test]
async fn app_checks_what_is_typed() {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    assert!(until(|| root.query_selector("#offer").ok().flatten().is_some()).await, "textarea rendered");

    let area: HtmlTextAreaElement = root.query_selector("#offer").unwrap().unwrap().dyn_into().unwrap();
    area.set_value("Work on a tourist visa, pay the processing fee, contact us only on Telegram.");
    let init = InputEventInit::new();
    init.set_bubbles(true);
    area.dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();

    let level = || root.query_selector("#result").ok().flatten().and_then(|r| r.get_attribute("data-level"));
    assert!(until(|| level().is_some_and(|l| l != "none")).await, "result appeared");
    assert_ne!(level().as_deref(), Some("low"));
    assert!(root.query_selector("#result mark").unwrap().is_some(), "words highlighted");
}

#[wasm_bindgen_test]
fn every_hotline_has_a_source_and_a_checked_date() {
    let entries = second_look::app::hotlines::entries();
    assert!(entries.len() >= 10, "{} entries", entries.len());
    for e in &entries {
        assert!(e.source.starts_with("https://"), "{}: source {}", e.name, e.source);
        let d: Vec<&str> = e.checked.split('-').collect();
        assert!(
            d.len() == 3 && d[0].len() == 4 && d.iter().all(|p| p.parse::<u32>().is_ok()),
            "{}: {}",
            e.name,
            e.checked
        );
        assert!(e.phone.is_some() == e.tel.is_some(), "{}: phone and tel go together", e.name);
        assert!(e.phone.is_some() || e.web.is_some(), "{}: a number or a website", e.name);
        assert!(e.kind == "hotline" || e.kind == "check", "{}: kind {}", e.name, e.kind);
    }
    assert!(
        second_look::app::hotlines::load(r#"{"entry": [{"country": "XX"}]}"#).is_err(),
        "missing fields are errors"
    );
}

#[wasm_bindgen_test]
fn numbers_and_dates_follow_the_locale() {
    use second_look::app::i18n::{date, format_date, format_number, number, Lang};
    assert_eq!(number(Lang::En, 1_234_567), "1,234,567");
    assert_eq!(format_number("de", 1_234_567), "1.234.567");
    assert_eq!(format_number("fr", 1_234), "1\u{202f}234");
    assert_eq!(date(Lang::En, "2026-11-25"), "Nov 25, 2026");
    assert_eq!(format_date("de", "2026-11-25"), "25.11.2026");
    assert_eq!(format_date("en", "not a date"), "not a date");
}

#[wasm_bindgen_test]
fn embed_settings_are_read_strictly() {
    use second_look::app::embed::{parse, Embed};
    use second_look::app::i18n::Lang;
    let e = parse("#lang=en&country=PH&compact=1&theme=dark&host=https%3A%2F%2Fngo.example");
    assert_eq!(e, Embed { lang: Some(Lang::En), country: "PH".into(), compact: true });
    let bad = parse("#lang=xx&country=ph<script>&compact=yes");
    assert_eq!(bad, Embed::default());
}
