//! The yew web app: paste an offer, see the level, the highlighted words and what to do next.
//! Checking happens in this page only; nothing is sent or logged, and the pasted text is never
//! stored. The only thing ever saved is the country and language, and only if the user asks.

pub mod embed;
pub mod examples;
pub mod hotlines;
pub mod i18n;
mod jump;
mod result;
mod rules_page;
mod ways_in;

use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::engine::{clip, MAX_CHECK_BYTES};
use crate::rules::RuleErrors;
use crate::Screener;
use i18n::{Lang, LANGS};
use result::{level_words, Checked, ResultView};

/// How long typing must pause before the text is checked again.
const DEBOUNCE_MS: u32 = 150;
/// Above this many bytes the text is not checked as you type, only with the Check button.
pub const LIVE_LIMIT: usize = 200_000;
/// The one localStorage key: the remembered country and language, never any text.
const SETTINGS_KEY: &str = "second-look.settings";

/// Mounts the app on `#app`, replacing the static loading shell. Framed by another page, the full
/// app (not the embed view) refuses to start and offers to open in its own tab: the framing page
/// could overlay it or watch its size (the header `frame-ancestors 'none'` does the same where the
/// host sends it; a meta tag cannot).
pub fn start() {
    let window = gloo::utils::window();
    let framed = window.top().ok().flatten().is_some_and(|top| *top != *window);
    let root = gloo::utils::document().get_element_by_id("app");
    if framed && embed::read().is_none() {
        let m = Lang::En.msg();
        if let Some(el) = root {
            el.set_inner_html("");
            yew::Renderer::<Framed>::with_root_and_props(el, FramedProps { text: m.framed, link: m.framed_link })
                .render();
        }
        return;
    }
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

#[derive(Properties, PartialEq)]
struct FramedProps {
    text: &'static str,
    link: &'static str,
}

#[function_component(Framed)]
fn framed(props: &FramedProps) -> Html {
    html! {
        <main class="page" id="framed">
            <h1>{ "Second Look" }</h1>
            <p>{ props.text }</p>
            <p><a href="./" target="_blank" rel="noopener">{ props.link }</a></p>
        </main>
    }
}

/// The engine, compiled once per page load.
#[derive(Clone)]
pub struct Engine(pub Rc<Result<Screener, RuleErrors>>);

impl PartialEq for Engine {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

fn compile() -> Engine {
    Engine(Rc::new(Screener::builtin()))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Route {
    Check,
    Rules,
}

fn current_route() -> Route {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    if hash == "#rules" || hash.starts_with("#rule-") {
        Route::Rules
    } else {
        Route::Check
    }
}

/// The remembered settings, if the user asked to remember them.
#[derive(Clone, Default, PartialEq)]
struct Settings {
    country: String,
    lang: Option<Lang>,
    remember: bool,
}

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

fn load_settings() -> Settings {
    let Some(raw) = storage().and_then(|s| s.get_item(SETTINGS_KEY).ok().flatten()) else {
        return Settings::default();
    };
    // Stored in the same `country=..&lang=..` form as the embed view's settings.
    let saved = embed::parse(&raw);
    Settings { country: saved.country, lang: saved.lang, remember: true }
}

fn save_settings(s: &Settings) {
    let Some(store) = storage() else { return };
    if s.remember {
        let lang = s.lang.unwrap_or(Lang::En).code();
        let _ = store.set_item(SETTINGS_KEY, &format!("country={}&lang={lang}", s.country));
    } else {
        let _ = store.remove_item(SETTINGS_KEY);
    }
}

#[function_component(App)]
pub fn app() -> Html {
    // The rules are compiled just after the first paint, so the page is usable at once; a text
    // pasted meanwhile is checked as soon as they are ready.
    let engine = use_state(|| None::<Engine>);
    let current = use_mut_ref(|| Rc::<str>::from(""));
    // In the embed view the partner's settings apply and nothing is remembered.
    let embed = use_state(embed::read);
    let settings = {
        let embed = embed.clone();
        use_state(move || match embed.as_ref() {
            Some(e) => Settings { country: e.country.clone(), lang: e.lang, remember: false },
            None => load_settings(),
        })
    };
    let lang = settings.lang.unwrap_or(Lang::En);
    let m = lang.msg();
    let text = use_state(|| Rc::<str>::from(""));
    let checked = use_state(|| None::<Rc<Checked>>);
    let route = use_state(current_route);
    let timer = use_mut_ref(|| None::<Timeout>);
    let area = use_node_ref();

    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener =
                EventListener::new(&gloo::utils::window(), "hashchange", move |_| route.set(current_route()));
            move || drop(listener)
        });
    }
    use_effect_with(lang, |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
    });

    // After an example or the Check button, bring the result into view (phones show little).
    let reveal = use_mut_ref(|| false);
    {
        let reveal = reveal.clone();
        use_effect(move || {
            if std::mem::take(&mut *reveal.borrow_mut()) {
                jump::reveal("result");
            }
        });
    }

    let ready = use_mut_ref(|| None::<Engine>);
    let run = {
        let ready = ready.clone();
        let checked = checked.clone();
        move |value: Rc<str>| {
            if value.trim().is_empty() {
                checked.set(None);
                return;
            }
            if let Some(Ok(s)) = ready.borrow().as_ref().map(|e| e.0.as_ref()) {
                let report = s.check(&value);
                checked.set(Some(Rc::new(Checked { text: value, report })));
            }
        }
    };
    {
        let engine = engine.clone();
        let ready = ready.clone();
        let current = current.clone();
        let run = run.clone();
        use_effect_with((), move |_| {
            let t = Timeout::new(0, move || {
                let e = compile();
                *ready.borrow_mut() = Some(e.clone());
                engine.set(Some(e));
                let value = current.borrow().clone();
                if !value.trim().is_empty() && value.len() <= LIVE_LIMIT {
                    run(value);
                }
            });
            move || drop(t)
        });
    }

    let clipped = use_state(|| None::<usize>);
    // What the person is told about text that arrived by Paste, a file or a share.
    let notice = use_state(|| None::<ways_in::Note>);
    let oninput = {
        let clipped = clipped.clone();
        let notice = notice.clone();
        let text = text.clone();
        let current = current.clone();
        let timer = timer.clone();
        let run = run.clone();
        let checked = checked.clone();
        Callback::from(move |e: InputEvent| {
            let value: Rc<str> = e.target_unchecked_into::<HtmlTextAreaElement>().value().into();
            *current.borrow_mut() = value.clone();
            text.set(value.clone());
            timer.borrow_mut().take();
            clipped.set(None);
            notice.set(None);
            if value.len() > LIVE_LIMIT {
                // Too long to check on every keystroke: wait for the Check button.
                checked.set(None);
                return;
            }
            let run = run.clone();
            *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || run(value)));
        })
    };
    // A giant paste would freeze the page while the browser lays out the box, and the checker
    // reads only the first MAX_CHECK_BYTES anyway: keep that much and say so.
    let onpaste = {
        let text = text.clone();
        let current = current.clone();
        let checked = checked.clone();
        let clipped = clipped.clone();
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
                clipped.set(None);
                return;
            }
            e.prevent_default();
            timer.borrow_mut().take();
            let kept: Rc<str> = clip(&data, MAX_CHECK_BYTES).into();
            e.target_unchecked_into::<HtmlTextAreaElement>().set_value(&kept);
            clipped.set(Some(data.chars().count()));
            *current.borrow_mut() = kept.clone();
            text.set(kept);
            checked.set(None);
        })
    };
    let busy = use_state(|| false);
    let oncheck = {
        let text = text.clone();
        let run = run.clone();
        let timer = timer.clone();
        let busy = busy.clone();
        let reveal = reveal.clone();
        Callback::from(move |_| {
            timer.borrow_mut().take();
            *reveal.borrow_mut() = true;
            let value = (*text).clone();
            if value.len() <= LIVE_LIMIT {
                run(value);
                return;
            }
            // A long text takes a moment: say so first, and check once the message is painted.
            busy.set(true);
            let run = run.clone();
            let busy = busy.clone();
            *timer.borrow_mut() = Some(Timeout::new(30, move || {
                run(value);
                busy.set(false);
            }));
        })
    };
    // Clear empties the box and the result; leaving the page does the same, so that no copy of
    // the text outlives the visit (the browser's back-forward cache keeps pages in memory).
    let clear = {
        let clipped = clipped.clone();
        let notice = notice.clone();
        let text = text.clone();
        let current = current.clone();
        let checked = checked.clone();
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
            *current.borrow_mut() = Rc::from("");
            text.set(Rc::from(""));
            clipped.set(None);
            notice.set(None);
            checked.set(None);
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
        let text = text.clone();
        let current = current.clone();
        let area = area.clone();
        let run = run.clone();
        let timer = timer.clone();
        let reveal = reveal.clone();
        let checked = checked.clone();
        let clipped = clipped.clone();
        let notice = notice.clone();
        Callback::from(move |arrival: ways_in::Arrival| {
            let (value, note) = match arrival {
                ways_in::Arrival::Problem(note) => return notice.set(Some(note)),
                ways_in::Arrival::Text { text, note } => (Rc::<str>::from(text), note),
            };
            timer.borrow_mut().take();
            notice.set(note);
            clipped.set(None);
            if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                el.set_value(&value);
            }
            *current.borrow_mut() = value.clone();
            text.set(value.clone());
            if value.len() <= LIVE_LIMIT {
                *reveal.borrow_mut() = true;
                run(value);
            } else {
                checked.set(None);
            }
        })
    };
    let on_example = {
        let on_arrival = on_arrival.clone();
        Callback::from(move |ex: examples::Example| {
            on_arrival.emit(ways_in::Arrival::Text { text: ex.text().to_string(), note: None })
        })
    };
    // The embed view keeps the country for this visit only and touches no storage.
    let embedded = embed.is_some();
    let on_country = {
        let settings = settings.clone();
        Callback::from(move |country: String| {
            let next = Settings { country, ..(*settings).clone() };
            if !embedded {
                save_settings(&next);
            }
            settings.set(next);
        })
    };
    let on_remember = (!embedded).then(|| {
        let settings = settings.clone();
        Callback::from(move |remember: bool| {
            let next = Settings { remember, ..(*settings).clone() };
            save_settings(&next);
            settings.set(next);
        })
    });
    let on_lang = {
        let settings = settings.clone();
        Callback::from(move |e: Event| {
            let code = e.target_unchecked_into::<HtmlSelectElement>().value();
            let next = Settings { lang: Lang::from_code(&code), ..(*settings).clone() };
            save_settings(&next);
            settings.set(next);
        })
    };

    let chars = text.chars().count();
    let long = text.len() > LIVE_LIMIT;
    let announce = match checked.as_ref() {
        Some(c) if c.report.distress => m.announce_distress.to_string(),
        Some(c) => {
            (m.announce)(level_words(m, c.report.level).0, c.report.signals.iter().filter(|s| s.weight > 0).count())
        }
        None => String::new(),
    };
    let distress = checked.as_ref().is_some_and(|c| c.report.distress);
    let check_page = html! {
        <>
            if distress {
                <p class="distress-banner" id="distress-banner">
                    <strong>{ m.distress_banner }</strong>{ " " }
                    <a href="#emergency" onclick={jump::link("emergency")}>{ m.distress_banner_link }</a>
                </p>
            }
            <section class="input" id="check" aria-label={m.input_region}>
                <label for="offer">{ m.input_label }</label>
                <p class="hint" id="offer-hint">{ m.input_hint }</p>
                <textarea id="offer" ref={area.clone()} rows="7" spellcheck="false" autocomplete="off" autocorrect="off"
                    autocapitalize="off" writingsuggestions="false" translate="no"
                    {oninput} {onpaste} placeholder={m.placeholder} aria-describedby="offer-hint offer-count"
                    ondragover={(!embedded).then(|| Callback::from(|e: DragEvent| e.prevent_default()))}
                    ondrop={(!embedded).then(|| ways_in::on_drop(on_arrival.clone()))} />
                <div class="actions">
                    <button type="button" class="primary" id="check-button" onclick={oncheck}>{ m.check }</button>
                    <button type="button" id="clear-button" onclick={onclear}>{ m.clear }</button>
                    <span class="count" id="offer-count">{ (m.chars)(&i18n::number(lang, chars)) }</span>
                </div>
                if !embedded {
                    <ways_in::WaysIn {lang} on_arrival={on_arrival.clone()} />
                }
                if let Some(note) = *notice {
                    <p class="note" id="intake-note" role="status">{ note.text(m) }</p>
                }
                if let Some(c) = checked.as_ref().filter(|c| !c.report.distress) {
                    <p class="jump">
                        <a href="#result-title" onclick={jump::link("result-title")} class={classes!("chip", c.report.level.as_str())}>
                            { (m.jump_to_result)(level_words(m, c.report.level).0) }
                        </a>
                    </p>
                }
                if long {
                    <p class="note long-text" id="long-text">
                        { if let Some(total) = *clipped {
                            (m.clipped)(&i18n::number(lang, total), &i18n::number(lang, chars))
                        } else if text.len() > MAX_CHECK_BYTES {
                            (m.too_long)(&i18n::number(lang, chars), &i18n::number(lang, MAX_CHECK_BYTES))
                        } else {
                            (m.long_text)(&i18n::number(lang, chars))
                        } }
                    </p>
                }
                <div class="examples" role="group" aria-labelledby="examples-label">
                    <span id="examples-label">{ m.examples_label }</span>
                    { for examples::ALL.iter().map(|&ex| {
                        let on_example = on_example.clone();
                        let label = match ex {
                            examples::Example::Lure => m.example_lure,
                            examples::Example::TaskScam => m.example_task,
                            examples::Example::Legit => m.example_legit,
                        };
                        html! {
                            <button type="button" class="example" data-example={ex.id()}
                                onclick={Callback::from(move |_| on_example.emit(ex))}>{ label }</button>
                        }
                    }) }
                </div>
            </section>
            {
                match ((*engine).as_ref().map(|e| (e, e.0.is_ok())), checked.as_ref()) {
                    (None, _) => html! {
                        <section id="result" class="result empty" data-level="none" data-distress="false">
                            <p>{ m.preparing }</p>
                        </section>
                    },
                    (Some((_, false)), _) => html! { <p class="error" role="alert">{ m.rules_error }</p> },
                    (Some(_), _) if *busy => html! {
                        <section id="result" class="result empty" data-level="none" data-distress="false" aria-busy="true">
                            <p class="note" id="checking">{ m.checking_long }</p>
                        </section>
                    },
                    (Some(_), None) => html! {
                        <section id="result" class="result empty" data-level="none" data-distress="false">
                            if long {
                                <p>{ m.press_check }</p>
                            } else {
                                <p>{ m.empty_guidance }</p>
                                <p>{ m.empty_examples }</p>
                            }
                        </section>
                    },
                    (Some((engine, true)), Some(c)) => html! {
                        <ResultView checked={c.clone()} engine={engine.clone()} {lang} country={settings.country.clone()}
                            remember={settings.remember} on_country={on_country.clone()} on_remember={on_remember.clone()} />
                    },
                }
            }
        </>
    };

    let announce = html! { <p id="announce" class="sr-only" role="status" aria-live="polite">{ announce }</p> };
    if let Some(e) = embed.as_ref() {
        // Inside a partner's page: no site navigation; links open the full app in a new tab.
        return html! {
            <>
                <main class={classes!("page", "embedded", e.compact.then_some("compact"))}>
                    <header class="intro">
                        <h1>{ m.app_name }</h1>
                        <p class="privacy">{ m.privacy }</p>
                    </header>
                    { check_page }
                    <footer class="footer">
                        <p class="powered">
                            <a href="./" target="_blank" rel="noopener">{ m.powered_by }</a>{ " · " }
                            <a href="privacy.html" target="_blank" rel="noopener">{ m.privacy_check }</a>
                        </p>
                    </footer>
                </main>
                { announce }
            </>
        };
    }
    html! {
        <>
            <main class="page">
                <header class="intro">
                    <div class="topbar">
                        <h1>{ m.app_name }</h1>
                        <div class="lang">
                            <label for="lang">{ m.language }</label>
                            <select id="lang" onchange={on_lang}>
                                { for LANGS.iter().map(|(l, code, name)| html! {
                                    <option value={*code} selected={*l == lang} lang={*code}>{ *name }</option>
                                }) }
                            </select>
                        </div>
                    </div>
                    <p>{ m.tagline }</p>
                    <p class="privacy">{ m.privacy }{ " " }<a href="privacy.html">{ m.privacy_check }</a></p>
                    <nav aria-label={m.nav_label}>
                        <a href="#check" aria-current={(*route == Route::Check).then_some("page")}>{ m.nav_check }</a>
                        <a href="#rules" aria-current={(*route == Route::Rules).then_some("page")}>{ m.nav_rules }</a>
                    </nav>
                </header>
                if *route == Route::Rules {
                    if let Some(engine) = (*engine).clone() {
                        <rules_page::RulesPage {engine} {lang} />
                    } else {
                        <p class="loading">{ m.preparing }</p>
                    }
                } else {
                    { check_page }
                }
                <footer class="footer">
                    <p>{ m.footer }</p>
                    <p><a href="partners.html">{ m.partners_link }</a></p>
                </footer>
            </main>
            { announce }
        </>
    }
}
