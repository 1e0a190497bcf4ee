//! The text box and what surrounds it: Check and Clear, the character count, the other ways in,
//! notes about long or cut texts, the jump to the result and the "try an example" buttons. Every
//! change goes to the page's reducer as an [`Action`]; checking waits for a pause in typing. What
//! was typed into the static page's box while the app downloaded is taken over here.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::offload::{self, OFFLOAD_BYTES};
use super::result::Checked;
use super::state::{Action, State, LIVE_LIMIT};
use super::{examples, intl, jump, ways_in};
use crate::engine::{clip, MAX_CHECK_BYTES};
use crate::present::wording::level_words;

/// How long typing must pause before the text is checked again. A paste or a drop is checked at
/// once: no more is coming.
const DEBOUNCE_MS: u32 = 150;

thread_local! {
    /// What the static page's box (`#early-offer` in index.html) held when the app started, and
    /// whether it had the focus; the app's box takes it once.
    static EARLY: RefCell<Option<(String, bool)>> = const { RefCell::new(None) };
}

/// Keeps what was typed or pasted into the static page's box while the app downloaded, before the
/// app replaces the page (called once at start).
pub fn keep_early_text() {
    let document = gloo::utils::document();
    let Some(el) = document.get_element_by_id("early-offer").and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok())
    else {
        return;
    };
    let focused = document.active_element().is_some_and(|a| a.id() == "early-offer");
    EARLY.with(|e| *e.borrow_mut() = Some((el.value(), focused)));
    // Not taken yet when the reader leaves (the page opened on the rules): gone all the same.
    EventListener::once(&gloo::utils::window(), "pagehide", |_| EARLY.with(|e| drop(e.borrow_mut().take()))).forget();
}

/// Has the checker thread check `text`, the box's content, if it is long and the thread is ready:
/// the page goes on meanwhile. False if the page is to check it itself.
fn offloaded(state: &UseReducerHandle<State>, text: &Rc<str>) -> bool {
    if text.len() <= OFFLOAD_BYTES || !state.can_check(text) {
        return false;
    }
    let (state, kept) = (state.clone(), text.clone());
    offload::check(text.clone(), move |report| {
        state.dispatch(match report {
            Some(report) => Action::Checked(Rc::new(Checked::new(kept, report))),
            None => Action::Check,
        })
    })
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<State>,
    /// The embed view: no other ways in than typing and pasting.
    pub embedded: bool,
    /// Set when the result should be brought into view after the next render.
    pub reveal: Rc<std::cell::Cell<bool>>,
}

#[function_component(InputView)]
pub fn input_view(props: &Props) -> Html {
    let state = props.state.clone();
    let lang = state.lang();
    let m = lang.msg();
    let timer = use_mut_ref(|| None::<Timeout>);
    let area = use_node_ref();

    let oninput = {
        let state = state.clone();
        let timer = timer.clone();
        Callback::from(move |e: InputEvent| {
            let value: Rc<str> = e.target_unchecked_into::<HtmlTextAreaElement>().value().into();
            timer.borrow_mut().take();
            let long = value.len() > LIVE_LIMIT;
            let whole = matches!(e.input_type().as_str(), "insertFromPaste" | "insertFromDrop");
            state.dispatch(Action::Input(value.clone()));
            if !long {
                let state = state.clone();
                let wait = if whole { 0 } else { DEBOUNCE_MS };
                *timer.borrow_mut() = Some(Timeout::new(wait, move || {
                    if !offloaded(&state, &value) {
                        state.dispatch(Action::Check);
                    }
                }));
            }
        })
    };
    // A giant paste would freeze the page while the browser lays out the box, and the checker
    // reads only the first MAX_CHECK_BYTES anyway: keep that much and say so.
    let onpaste = {
        let state = state.clone();
        let timer = timer.clone();
        Callback::from(move |e: Event| {
            let Some(data) = e
                .dyn_ref::<web_sys::ClipboardEvent>()
                .and_then(|c| c.clipboard_data())
                .and_then(|d| d.get_data("text/plain").ok())
            else {
                return;
            };
            if data.len() <= MAX_CHECK_BYTES {
                return;
            }
            e.prevent_default();
            timer.borrow_mut().take();
            let kept: Rc<str> = clip(&data, MAX_CHECK_BYTES).into();
            e.target_unchecked_into::<HtmlTextAreaElement>().set_value(&kept);
            state.dispatch(Action::PasteCut { kept, chars: data.chars().count() });
        })
    };
    let oncheck = {
        let state = state.clone();
        let timer = timer.clone();
        let reveal = props.reveal.clone();
        Callback::from(move |_| {
            timer.borrow_mut().take();
            reveal.set(true);
            if !state.long() {
                return state.dispatch(Action::Check);
            }
            // A long text takes a moment: say so first, and check it on the checker thread, or
            // on the page once the message is painted.
            state.dispatch(Action::Busy);
            if offloaded(&state, &state.text) {
                return;
            }
            let state = state.clone();
            *timer.borrow_mut() = Some(Timeout::new(30, move || state.dispatch(Action::Check)));
        })
    };
    // Clear empties the box and the result; leaving the page does the same, so that no copy of
    // the text outlives the visit (the browser's back-forward cache keeps pages in memory).
    let clear = {
        let state = state.clone();
        let timer = timer.clone();
        let area = area.clone();
        Rc::new(move |focus: bool| {
            timer.borrow_mut().take();
            if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                el.set_value("");
                if focus {
                    jump::focus(&el);
                }
            }
            state.dispatch(Action::Clear);
        })
    };
    let onclear = {
        let clear = clear.clone();
        Callback::from(move |_| clear(true))
    };
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::window(), "pagehide", move |_| clear(false));
        move || drop(listener)
    });
    let on_arrival = {
        let state = state.clone();
        let timer = timer.clone();
        let area = area.clone();
        let reveal = props.reveal.clone();
        Callback::from(move |arrival: ways_in::Arrival| {
            let (text, note) = match arrival {
                ways_in::Arrival::Problem(note) => return state.dispatch(Action::Problem(note)),
                ways_in::Arrival::Text { text, note } => (Rc::<str>::from(text), note),
            };
            timer.borrow_mut().take();
            if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                el.set_value(&text);
            }
            reveal.set(text.len() <= LIVE_LIMIT);
            state.dispatch(Action::Arrived { text, note });
        })
    };
    // The text typed before the app started: into this box, with the focus if it had it, and
    // checked as soon as the engine is ready. An oversized paste is cut as a paste here would be.
    {
        let state = state.clone();
        let area = area.clone();
        use_effect_with((), move |_| {
            let Some((text, focused)) = EARLY.with(|e| e.borrow_mut().take()) else { return };
            let Some(el) = area.cast::<HtmlTextAreaElement>() else { return };
            if focused {
                jump::focus(&el);
            }
            if text.is_empty() {
                return;
            }
            let kept: Rc<str> = clip(&text, MAX_CHECK_BYTES).into();
            el.set_value(&kept);
            if kept.len() < text.len() {
                state.dispatch(Action::PasteCut { kept, chars: text.chars().count() });
            } else {
                state.dispatch(Action::Arrived { text: kept, note: None });
            }
        });
    }
    let embedded = props.embedded;
    let chars = state.text.chars().count();
    let number = |n: usize| intl::number(lang, n);

    html! {
        <section class="input" id="check" aria-label={m.input_region}>
            <label for="offer">{ m.input_label }</label>
            <p class="hint" id="offer-hint">{ m.input_hint }</p>
            <textarea id="offer" ref={area} rows="7" spellcheck="false" autocomplete="off" autocorrect="off"
                autocapitalize="off" writingsuggestions="false" translate="no" dir="auto"
                {oninput} {onpaste} placeholder={m.placeholder} aria-describedby="offer-hint offer-count"
                ondragover={(!embedded).then(|| Callback::from(|e: DragEvent| e.prevent_default()))}
                ondrop={(!embedded).then(|| ways_in::on_drop(on_arrival.clone()))} />
            <div class="actions">
                <button type="button" class="primary" id="check-button" onclick={oncheck}>{ m.check }</button>
                <button type="button" id="clear-button" onclick={onclear}>{ m.clear }</button>
                <span class="count" id="offer-count">{ intl::count(lang, &m.chars, chars, &[]) }</span>
            </div>
            if !embedded {
                <ways_in::WaysIn {lang} on_arrival={on_arrival.clone()} />
            }
            if let Some(note) = state.notice {
                <p class="note" id="intake-note" role="status">{ note.text(m) }</p>
            }
            if let Some(c) = state.checked.as_ref().filter(|c| !c.report.distress) {
                <p class="jump">
                    <a href="#result-title" onclick={jump::link("result-title")} class={classes!("chip", c.report.level.as_str())}>
                        { m.jump_to_result.fill(&[("level", level_words(m, c.report.level).0)]) }
                    </a>
                </p>
            }
            if state.long() {
                <p class="note long-text" id="long-text">
                    { if let Some(total) = state.clipped {
                        m.clipped.fill(&[("total", &number(total)), ("kept", &number(chars))])
                    } else if state.text.len() > MAX_CHECK_BYTES {
                        m.too_long.fill(&[("n", &number(chars)), ("max", &number(MAX_CHECK_BYTES))])
                    } else {
                        m.long_text.fill(&[("n", &number(chars))])
                    } }
                </p>
            }
            <div class="examples" role="group" aria-labelledby="examples-label">
                <span id="examples-label">{ m.examples_label }</span>
                { for examples::ALL.iter().map(|&ex| {
                    let on_arrival = on_arrival.clone();
                    let label = match ex {
                        examples::Example::Lure => m.example_lure,
                        examples::Example::TaskScam => m.example_task,
                        examples::Example::Legit => m.example_legit,
                    };
                    html! {
                        <button type="button" class="example" data-example={ex.id()} onclick={Callback::from(move |_| {
                            on_arrival.emit(ways_in::Arrival::Text { text: ex.text(lang).to_string(), note: None })
                        })}>{ label }</button>
                    }
                }) }
            </div>
        </section>
    }
}
