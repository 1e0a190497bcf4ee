//! Wasm tests in headless Chromium: the glue between the engine, yew and the DOM.
#![cfg(target_arch = "wasm32")]

use gloo::timers::future::TimeoutFuture;
use second_look::{app::App, Level, Report, Screener};
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

/// The checker thread hands the page its reports as JavaScript values: they read back whole, the
/// amounts exact.
#[wasm_bindgen_test]
fn a_report_crosses_to_the_page_unchanged() {
    let screener = Screener::builtin().expect("rules valid in wasm");
    let report = screener
        .check("日赚300+，需先交198元会员费。Pay the $85.50 processing fee on Telegram; salary 1,234.56 USD a week.");
    assert!(report.facts.iter().any(|f| f.money.is_some()), "the text has amounts");
    let value = serde_wasm_bindgen::to_value(&report).unwrap();
    let back: Report = serde_wasm_bindgen::from_value(value).unwrap();
    assert_eq!(serde_json::to_string(&back).unwrap(), serde_json::to_string(&report).unwrap());
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
fn numbers_and_dates_follow_the_locale() {
    use second_look::app::intl::{date, format_date, format_number, number};
    use second_look::present::i18n::Lang;
    assert_eq!(number(Lang::En, 1_234_567), "1,234,567");
    assert_eq!(format_number("de", 1_234_567), "1.234.567");
    assert_eq!(format_number("fr", 1_234), "1\u{202f}234");
    assert_eq!(date(Lang::En, "2026-11-25"), "Nov 25, 2026");
    assert_eq!(format_date("de", "2026-11-25"), "25.11.2026");
    assert_eq!(format_date("en", "not a date"), "not a date");
}

/// The page's reducer: a result always belongs to the text it was computed from.
#[wasm_bindgen_test]
fn the_check_page_state_follows_its_actions() {
    use std::rc::Rc;

    use second_look::app::state::{Action, State, LIVE_LIMIT};
    use second_look::app::Engine;
    use second_look::present::settings::Settings;
    use yew::Reducible;

    let engine = Engine::whole(Screener::builtin());
    let lure: Rc<str> = Rc::from("Customer service job in Cambodia, free flight and visa, Telegram only");
    let s = Rc::new(State::new(Settings::default()));
    // Typed before the engine is ready: checked as soon as it is.
    let s = s.reduce(Action::Input(lure.clone()));
    assert!(s.checked.is_none());
    let s = s.reduce(Action::EngineReady(engine));
    let c = s.checked.clone().expect("checked once the engine is ready");
    assert!(Rc::ptr_eq(&c.text, &lure) && c.report.level == Level::High);
    // Typing keeps the last result until the pause; Check replaces it.
    let s = s.reduce(Action::Input(Rc::from("Hello")));
    assert!(s.checked.is_some());
    let s = s.reduce(Action::Check);
    assert_eq!(&*s.checked.as_ref().unwrap().text, "Hello");
    // Long texts wait for the Check button.
    let long: Rc<str> = Rc::from("a ".repeat(LIVE_LIMIT));
    let s = s.reduce(Action::Input(long));
    assert!(s.long() && s.checked.is_none());
    let s = s.reduce(Action::Busy);
    assert!(s.busy);
    let s = s.reduce(Action::Check);
    assert!(!s.busy && s.checked.is_some());
    // An arrival is checked at once; Clear forgets everything but the settings.
    let s = s.reduce(Action::SetCountry("PH".into()));
    let s = s.reduce(Action::Arrived { text: lure.clone(), note: None });
    assert_eq!(s.checked.as_ref().unwrap().report.level, Level::High);
    let s = s.reduce(Action::Clear);
    assert!(s.text.is_empty() && s.checked.is_none() && s.notice.is_none());
    assert_eq!(s.settings.country, "PH");
}
