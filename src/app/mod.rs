//! The yew web app: paste an offer, see the level, the highlighted words and what to do next.
//! Checking happens in this page only; nothing is sent or logged, and the pasted text is never
//! stored. The only thing ever saved is the country and language, and only if the user asks.

pub mod embed;
pub mod examples;
mod hotlines;
mod input;
pub mod intl;
mod jump;
mod offload;
mod packs;
mod result;
mod rules_page;
mod share;
mod signal;
pub mod state;
mod ways_in;
mod words;

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::engine::awaits_pack;
use crate::present::i18n::{Lang, LANGS};
use crate::present::settings::{self, Settings, Store};
use crate::present::text_lang;
use crate::present::wording::level_words;
use crate::rules::{PackFile, RuleErrors, RuleSet};
use crate::Screener;
use result::ResultView;
use state::{Action, State};

/// Mounts the app on `#app`, replacing the static loading shell. Framed by another page, the full
/// app (not the embed view) refuses to start and offers to open in its own tab: the framing page
/// could overlay it or watch its size (the header `frame-ancestors 'none'` does the same where the
/// host sends it; a meta tag cannot).
pub fn start() {
    // In the checker thread (`src/bin/web-app.rs`) there is no page to start.
    let Some(window) = web_sys::window() else { return };
    let framed = window.top().ok().flatten().is_some_and(|top| *top != *window);
    let root = gloo::utils::document().get_element_by_id("app");
    if framed && embed::read().is_none() {
        let m = browser_lang().unwrap_or(Lang::En).msg();
        if let Some(el) = root {
            el.set_inner_html("");
            yew::Renderer::<Framed>::with_root_and_props(el, FramedProps { text: m.framed, link: m.framed_link })
                .render();
        }
        return;
    }
    input::keep_early_text();
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

/// The engine: the rules compiled (again as rule packs arrive, `packs.rs`), the packs still to
/// come, whether a pack could not be loaded, and whether the checker thread (`offload.rs`) is
/// still starting.
#[derive(Clone)]
pub struct Engine {
    screener: Rc<Result<Screener, RuleErrors>>,
    pending: Rc<[&'static PackFile]>,
    failed: bool,
    starting: bool,
}

impl PartialEq for Engine {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.screener, &other.screener)
            && Rc::ptr_eq(&self.pending, &other.pending)
            && self.starting == other.starting
    }
}

impl Engine {
    /// An engine with all its rules and no pack to come, as the tests make one.
    pub fn whole(screener: Result<Screener, RuleErrors>) -> Self {
        Engine { screener: Rc::new(screener), pending: Rc::new([]), failed: false, starting: false }
    }

    /// The compiled rules, unless they failed to load.
    pub fn screener(&self) -> Option<&Screener> {
        self.screener.as_ref().as_ref().ok()
    }

    /// The rule set, once the rules have loaded.
    pub fn rules(&self) -> Option<&RuleSet> {
        self.screener().map(Screener::rules)
    }

    /// Whether `text` is in a script or (when it can be told) a language whose rule pack has not
    /// arrived: it is checked once it has. A text whose language cannot be told is checked at
    /// once, and again when the packs arrive.
    pub fn awaits(&self, text: &str) -> bool {
        if self.pending.is_empty() {
            return false;
        }
        if awaits_pack(text, self.pending.iter().map(|p| p.groups)) {
            return true;
        }
        // The rules call Tagalog `tl`; the interface, Filipino.
        let language = text_lang::guess(text).map(|l| if l == Lang::Fil { "tl" } else { l.code() });
        self.pending.iter().any(|p| Some(p.language) == language)
    }

    /// Whether rule packs are still on their way (a result may change when they arrive), or the
    /// checker thread is still starting.
    pub fn loading(&self) -> bool {
        !self.pending.is_empty() || self.starting
    }

    /// Whether a rule pack could not be loaded: texts in its language are checked in part.
    pub fn failed(&self) -> bool {
        self.failed
    }
}

/// How long after the rules are ready the phrases of the likely scripts are made ready.
const PREPARE_MS: u32 = 400;

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

/// The browser's localStorage as a [`Store`]; writes that fail (private mode, quota) are ignored.
pub struct LocalStore(web_sys::Storage);

impl LocalStore {
    pub fn open() -> Option<Self> {
        gloo::utils::window().local_storage().ok().flatten().map(LocalStore)
    }
}

impl Store for LocalStore {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }
    fn set(&self, key: &str, value: &str) {
        let _ = self.0.set_item(key, value);
    }
    fn remove(&self, key: &str) {
        let _ = self.0.remove_item(key);
    }
}

/// An offer to read the warnings in the language the pasted text is written in: said in the
/// interface's language and in the text's, with a button in the text's.
fn text_language(lang: Lang, other: Lang, state: UseReducerHandle<State>) -> Html {
    let name = LANGS.iter().find(|l| l.0 == other).map_or("", |l| l.2);
    let theirs = other.msg();
    let onclick = Callback::from(move |_| state.dispatch(Action::SetLanguage(Some(other))));
    html! {
        <aside class="text-language" id="text-language" data-lang={other.code()}>
            <p>{ lang.msg().text_in_language.fill(&[("language", name)]) }</p>
            <p lang={other.code()} dir={other.dir()}>{ theirs.text_in_language.fill(&[("language", name)]) }</p>
            <button type="button" lang={other.code()} dir={other.dir()} {onclick}>{ theirs.show_in_language.fill(&[("language", name)]) }</button>
        </aside>
    }
}

/// The first of the browser's preferred languages that the interface speaks.
fn browser_lang() -> Option<Lang> {
    let languages = gloo::utils::window().navigator().languages();
    languages.iter().filter_map(|l| l.as_string()).find_map(|tag| Lang::for_tag(&tag))
}

#[function_component(App)]
pub fn app() -> Html {
    // In the embed view the partner's settings apply and nothing is remembered.
    let embed = use_memo((), |_| embed::read());
    let embedded = embed.is_some();
    let state = {
        let embed = embed.clone();
        use_reducer(move || {
            State::new(match embed.as_ref() {
                Some(e) => Settings { country: e.country.clone(), lang: e.lang, remember: false },
                None => {
                    let saved = LocalStore::open().map(|s| settings::load(&s)).unwrap_or_default();
                    Settings { lang: saved.lang.or_else(browser_lang), ..saved }
                }
            })
        })
    };
    let lang = state.lang();
    let m = lang.msg();
    let route = use_state(current_route);
    // How to check the privacy promise, in the reader's language (www/privacy.<code>.html).
    let privacy_page = match lang {
        Lang::En => "privacy.html".to_string(),
        other => format!("privacy.{}.html", other.code()),
    };

    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener =
                EventListener::new(&gloo::utils::window(), "hashchange", move |_| route.set(current_route()));
            move || drop(listener)
        });
    }
    {
        let state = state.clone();
        use_effect_with(lang, move |lang| {
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.set_attribute("lang", lang.code());
                let _ = root.set_attribute("dir", lang.dir());
            }
            let lang = *lang;
            wasm_bindgen_futures::spawn_local(async move {
                if words::load(lang).await {
                    state.dispatch(Action::WordsArrived);
                }
            });
        });
    }
    // Once no rule pack is on its way any more, the page says so (`<html data-rules="complete">`,
    // or "partial" if one could not be loaded): the loading in the background is over.
    let settled = state.engine.as_ref().filter(|e| !e.loading()).map(Engine::failed);
    use_effect_with(settled, |settled| {
        if let (Some(root), Some(failed)) = (gloo::utils::document().document_element(), settled) {
            let _ = root.set_attribute("data-rules", if *failed { "partial" } else { "complete" });
        }
    });
    // The rules' examples come with the rules page, the first time it opens.
    {
        let state = state.clone();
        use_effect_with(*route, move |route| {
            if *route == Route::Rules {
                wasm_bindgen_futures::spawn_local(async move {
                    if words::load_examples().await {
                        state.dispatch(Action::WordsArrived);
                    }
                });
            }
        });
    }
    // The settings are kept only if the reader asked, and never in the embed view.
    use_effect_with(state.settings.clone(), move |s| {
        if let Some(store) = LocalStore::open().filter(|_| !embedded) {
            settings::save(&store, s);
        }
    });
    // The rules are compiled just after the first paint, so the page is usable at once; a text
    // typed meanwhile is checked as soon as they are ready. Then the rule packs of other scripts
    // load, and each time they arrive, a moment later, unless a text has done it already, the
    // phrases of Latin letters (in nearly every message) and of the interface's script are made
    // ready, so the reader's next check is as fast as the one after.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let prepare = Rc::new(Cell::new(None::<Timeout>));
            let later = prepare.clone();
            let t = Timeout::new(0, move || {
                let sample = format!("a {}", lang.msg().check);
                packs::load(lang.code(), move |engine| {
                    state.dispatch(Action::EngineReady(engine.clone()));
                    let sample = sample.clone();
                    later.set(Some(Timeout::new(PREPARE_MS, move || {
                        if let Some(screener) = engine.screener() {
                            screener.prepare(&sample);
                        }
                    })));
                });
            });
            move || {
                drop(t);
                drop(prepare.take());
            }
        });
    }
    // After an example or the Check button, bring the result into view (phones show little).
    let reveal = use_memo((), |_| Rc::new(Cell::new(false)));
    {
        let reveal = (*reveal).clone();
        use_effect(move || {
            if reveal.take() {
                jump::reveal("result");
            }
        });
    }

    let choice = hotlines::CountryChoice {
        country: state.settings.country.clone().into(),
        remember: state.settings.remember,
        on_country: {
            let state = state.clone();
            Callback::from(move |country: String| state.dispatch(Action::SetCountry(country)))
        },
        on_remember: (!embedded).then(|| {
            let state = state.clone();
            Callback::from(move |remember: bool| state.dispatch(Action::Remember(remember)))
        }),
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let code = e.target_unchecked_into::<HtmlSelectElement>().value();
            state.dispatch(Action::SetLanguage(Lang::from_code(&code)))
        })
    };

    let announce = match state.checked.as_ref() {
        Some(c) if c.report.distress => m.announce_distress.to_string(),
        Some(c) => intl::count(
            lang,
            &m.announce,
            c.report.signals.iter().filter(|s| s.weight > 0).count(),
            &[("level", level_words(m, c.report.level).0)],
        ),
        None => String::new(),
    };
    let distress = state.checked.as_ref().is_some_and(|c| c.report.distress);
    let empty = |body: Html| {
        html! { <section id="result" class="result empty" data-level="none" data-distress="false">{ body }</section> }
    };
    let check_page = html! {
        <>
            if distress {
                <p class="distress-banner" id="distress-banner">
                    <strong>{ m.distress_banner }</strong>{ " " }
                    <a href="#emergency" onclick={jump::link("emergency")}>{ m.distress_banner_link }</a>
                </p>
            }
            <input::InputView state={state.clone()} {embedded} reveal={(*reveal).clone()} />
            {
                match (state.engine.as_ref(), state.checked.as_ref()) {
                    (None, _) => empty(html! { <p>{ m.preparing }</p> }),
                    (Some(e), _) if e.rules().is_none() => html! { <p class="error" role="alert">{ m.rules_error }</p> },
                    (Some(_), _) if state.busy => html! {
                        <section id="result" class="result empty" data-level="none" data-distress="false" aria-busy="true">
                            <p class="note" id="checking">{ m.checking_long }</p>
                        </section>
                    },
                    (Some(e), _) if e.awaits(&state.text) => empty(html! { <p id="awaiting-rules">{ m.preparing }</p> }),
                    (Some(_), None) if state.long() => empty(html! { <p>{ m.press_check }</p> }),
                    (Some(_), None) => empty(html! { <><p>{ m.empty_guidance }</p><p>{ m.empty_examples }</p></> }),
                    (Some(engine), Some(c)) => html! {
                        <>
                            if let Some(other) = c.text_lang.filter(|l| *l != lang && !embedded) {
                                { text_language(lang, other, state.clone()) }
                            }
                            if engine.loading() {
                                <p class="note" id="packs-loading">{ m.packs_loading }</p>
                            }
                            if engine.failed() {
                                <p class="note" id="packs-failed">{ m.packs_failed }</p>
                            }
                            <ResultView checked={c.clone()} engine={engine.clone()} {lang} words={state.words} choice={choice.clone()} />
                        </>
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
                            <a href={privacy_page.clone()} target="_blank" rel="noopener">{ m.privacy_check }</a>
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
                    <p class="privacy">{ m.privacy }{ " " }<a href={privacy_page}>{ m.privacy_check }</a></p>
                    <nav aria-label={m.nav_label}>
                        <a href="#check" aria-current={(*route == Route::Check).then_some("page")}>{ m.nav_check }</a>
                        <a href="#rules" aria-current={(*route == Route::Rules).then_some("page")}>{ m.nav_rules }</a>
                    </nav>
                </header>
                if *route == Route::Rules {
                    if let Some(engine) = state.engine.clone() {
                        <rules_page::RulesPage {engine} {lang} words={state.words} />
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
