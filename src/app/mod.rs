//! The yew web app: paste an offer, see the level, the highlighted words and what to do next.
//! Checking happens in this page only; nothing is sent, stored or logged.

mod result;

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::{Report, Screener};

/// How long typing must pause before the text is checked again.
const DEBOUNCE_MS: u32 = 150;

/// Mounts the app on `#app`, replacing the static loading shell.
pub fn start() {
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(el) => {
            el.set_inner_html("");
            yew::Renderer::<App>::with_root(el).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

/// The engine, compiled once per page load.
#[derive(Clone)]
pub struct Engine(pub Rc<Result<Screener, String>>);

impl PartialEq for Engine {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

fn compile() -> Engine {
    Engine(Rc::new(Screener::builtin().map_err(|e| format!("{} rule error(s)", e.len()))))
}

#[function_component(App)]
pub fn app() -> Html {
    let engine = use_memo((), |_| compile());
    let text = use_state(String::new);
    let report = use_state(|| None::<Rc<Report>>);
    let timer = use_mut_ref(|| None::<Timeout>);

    let run = {
        let engine = engine.clone();
        let report = report.clone();
        move |value: &str| {
            if value.trim().is_empty() {
                report.set(None);
                return;
            }
            if let Ok(s) = engine.0.as_ref() {
                report.set(Some(Rc::new(s.check(value))));
            }
        }
    };

    let oninput = {
        let text = text.clone();
        let timer = timer.clone();
        let run = run.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            text.set(value.clone());
            let run = run.clone();
            *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || run(&value)));
        })
    };
    let oncheck = {
        let text = text.clone();
        let run = run.clone();
        let timer = timer.clone();
        Callback::from(move |_| {
            timer.borrow_mut().take();
            run(&text);
        })
    };
    let onclear = {
        let text = text.clone();
        let report = report.clone();
        let timer = timer.clone();
        Callback::from(move |_| {
            timer.borrow_mut().take();
            text.set(String::new());
            report.set(None);
        })
    };

    let chars = text.chars().count();
    html! {
        <main class="page">
            <header class="intro">
                <h1>{ "Second Look" }</h1>
                <p>{ "Paste a job ad or a recruiter's message. See the warning signs, why they matter, and what to check next." }</p>
                <p class="privacy">{ "Nothing you paste leaves this device." }</p>
            </header>
            <section class="input" aria-label="Job offer to check">
                <label for="offer">{ "Job offer or message" }</label>
                <textarea id="offer" spellcheck="false" rows="8" value={(*text).clone()} {oninput}
                    placeholder="Paste the job ad, e-mail or chat message here" />
                <div class="actions">
                    <button type="button" class="primary" onclick={oncheck}>{ "Check" }</button>
                    <button type="button" onclick={onclear}>{ "Clear" }</button>
                    <span class="count" aria-live="off">{ format!("{chars} characters") }</span>
                </div>
            </section>
            {
                match (engine.0.as_ref(), report.as_ref()) {
                    (Err(e), _) => html! { <p class="error" role="alert">{ format!("The rules could not be loaded: {e}") }</p> },
                    (Ok(_), None) => html! {
                        <section id="result" class="result empty" data-level="none" data-distress="false" aria-live="polite">
                            <p>{ "Paste or type an offer above to check it." }</p>
                        </section>
                    },
                    (Ok(_), Some(r)) => html! { <result::ResultView report={r.clone()} text={(*text).clone()} /> },
                }
            }
        </main>
    }
}
