//! The result: level in words, colour and icon (never "safe"), the text with highlighted words
//! linked to their warning, the warnings grouped by category with reason, advice and sources, what
//! to do next, hotlines, and a summary to share. Emergency guidance first when the engine flags
//! distress.

use std::rc::Rc;

use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::hotlines::Hotlines;
use super::i18n::{self, Lang, Msg};
use super::jump;
use super::Engine;
use crate::{Level, Report, Signal};

/// At most this many bytes of the text are shown with highlights; a longer text would make the
/// page slow to lay out. The check itself covers up to the engine's limit.
const SHOW_BYTES: usize = 100_000;

/// The segments to display, cut after [`SHOW_BYTES`]; true if something was left out.
fn shown<'a>(segments: Vec<crate::engine::report::Segment<'a>>) -> (Vec<crate::engine::report::Segment<'a>>, bool) {
    let mut out = Vec::new();
    let mut used = 0;
    for mut seg in segments {
        if used >= SHOW_BYTES {
            return (out, true);
        }
        if seg.signal.is_none() && used + seg.text.len() > SHOW_BYTES {
            seg.text = crate::engine::clip(seg.text, SHOW_BYTES - used);
            out.push(seg);
            return (out, true);
        }
        used += seg.text.len();
        out.push(seg);
    }
    (out, false)
}

/// At most this many characters of the pasted text go into a shared summary.
const SHARE_TEXT_CHARS: usize = 3000;

/// A report together with the exact text it is about (spans are byte offsets into it).
pub struct Checked {
    pub text: Rc<str>,
    pub report: Report,
}

/// Two results are the same only if they are the same check.
impl PartialEq for Checked {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

#[derive(Properties)]
pub struct Props {
    pub checked: Rc<Checked>,
    pub engine: Engine,
    pub lang: Lang,
    pub country: AttrValue,
    pub remember: bool,
    pub on_country: Callback<String>,
    /// `None` in the embed view, which remembers nothing.
    pub on_remember: Option<Callback<bool>>,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.checked, &other.checked)
            && self.engine == other.engine
            && self.lang == other.lang
            && self.country == other.country
            && self.remember == other.remember
            && self.on_remember.is_some() == other.on_remember.is_some()
    }
}

/// Title and hint of a level, in words.
pub fn level_words(m: &Msg, level: Level) -> (&'static str, &'static str) {
    match level {
        Level::Low => (m.low_title, m.low_hint),
        Level::Medium => (m.medium_title, m.medium_hint),
        Level::High => (m.high_title, m.high_hint),
    }
}

/// The level icon: a shape that differs by level, so colour is never the only cue.
fn icon(level: Level) -> Html {
    let (shape, mark) = match level {
        Level::High => (html! { <path d="M16 3 L30 28 H2 Z" /> }, "!"),
        Level::Medium => (html! { <path d="M16 2 L30 16 L16 30 L2 16 Z" /> }, "!"),
        Level::Low => (html! { <circle cx="16" cy="16" r="14" /> }, "i"),
    };
    html! {
        <svg class="icon" viewBox="0 0 32 32" width="40" height="40" aria-hidden="true" focusable="false">
            { shape }
            <text x="16" y={if level == Level::High { "25" } else { "22" }} text-anchor="middle">{ mark }</text>
        </svg>
    }
}

/// The advice text for an advice id: the report's own list first, then the whole rule set.
fn advice_text(engine: &Engine, report: &Report, id: &str) -> Option<String> {
    report
        .advice
        .iter()
        .find(|a| a.id == id)
        .map(|a| a.text.clone())
        .or_else(|| engine.0.as_ref().as_ref().ok()?.rules().advice.iter().find(|a| a.id == id).map(|a| a.text.clone()))
}

fn category_name(engine: &Engine, id: &str) -> String {
    engine
        .0
        .as_ref()
        .as_ref()
        .ok()
        .and_then(|s| s.rules().manifest.categories.iter().find(|c| c.id == id).map(|c| c.name.clone()))
        .unwrap_or_else(|| id.to_string())
}

/// The steps to take: the report's advice, or general checks when nothing fired.
pub fn next_steps(engine: &Engine, report: &Report, m: &Msg) -> Vec<String> {
    if !report.advice.is_empty() {
        return report.advice.iter().map(|a| a.text.clone()).collect();
    }
    m.next_default.iter().filter_map(|id| advice_text(engine, report, id)).collect()
}

/// The plain-text summary to share: the level and reasons; the pasted text only if asked.
pub fn summary(m: &Msg, engine: &Engine, checked: &Checked, include_text: bool) -> String {
    let r = &checked.report;
    let (title, _) = level_words(m, r.level);
    let mut out = (m.share_heading)(title);
    out.push('\n');
    if r.distress {
        out.push_str(m.share_distress);
        out.push('\n');
    }
    let warnings: Vec<&Signal> = r.signals.iter().filter(|s| s.weight > 0).collect();
    if !warnings.is_empty() {
        out.push('\n');
        out.push_str(m.share_reasons);
        out.push('\n');
        for s in warnings.iter().take(8) {
            out.push_str(&format!("- {}\n", s.message));
        }
    }
    let steps = next_steps(engine, r, m);
    if !steps.is_empty() {
        out.push('\n');
        out.push_str(m.share_verify);
        out.push('\n');
        for s in steps.iter().take(4) {
            out.push_str(&format!("- {s}\n"));
        }
    }
    if include_text {
        out.push('\n');
        out.push_str(m.share_text);
        out.push('\n');
        let text = &checked.text[..r.checked_bytes.min(checked.text.len())];
        match text.char_indices().nth(SHARE_TEXT_CHARS) {
            Some((cut, _)) => {
                out.push_str(&text[..cut]);
                out.push_str(" […]\n");
            }
            None => {
                out.push_str(text);
                out.push('\n');
            }
        }
    }
    out.push('\n');
    out.push_str(m.share_footer);
    out
}

fn sources_view(m: &Msg, s: &Signal) -> Html {
    if s.sources.is_empty() {
        return html! {};
    }
    html! {
        <div class="sources">
            <p class="label">{ m.sources }</p>
            <ul>
                { for s.sources.iter().map(|src| html! {
                    <li><a href={src.url.clone()} target="_blank" rel="noopener noreferrer">
                        { format!("{} ({})", src.title, src.publisher) }
                        <span class="sr-only">{ " " }{ m.new_tab }</span>
                    </a></li>
                }) }
            </ul>
        </div>
    }
}

fn signal_view(m: &Msg, engine: &Engine, r: &Report, i: usize) -> Html {
    let s = &r.signals[i];
    let advice: Vec<String> = s.advice.iter().filter_map(|id| advice_text(engine, r, id)).collect();
    let words: Vec<String> = s.spans.iter().map(|sp| format!("“{}”", sp.text)).collect();
    html! {
        <li class={classes!("signal", (s.weight < 0).then_some("reassuring"))} id={format!("warn-{i}")} tabindex="-1"
            data-rule={s.rule.clone()}>
            <h4>{ &s.message }</h4>
            if !words.is_empty() {
                <p class="words"><span class="label">{ m.words }</span>{ " " }<span translate="no">{ words.join(", ") }</span></p>
            }
            <p><span class="label">{ m.why }</span>{ " " }{ &s.explanation }</p>
            if (s.weight > 0 && !advice.is_empty()) || !s.sources.is_empty() {
                <details class="more">
                    <summary>{ if s.weight > 0 && !advice.is_empty() { m.more_advice } else { m.more_sources } }</summary>
                    if s.weight > 0 && !advice.is_empty() {
                        <div class="advice">
                            <p class="label">{ m.what_to_do }</p>
                            <ul>{ for advice.iter().map(|a| html! { <li>{ a }</li> }) }</ul>
                        </div>
                    }
                    { sources_view(m, s) }
                </details>
            }
            if s.weight > 0 && !s.spans.is_empty() {
                <p class="back"><a href="#marked" onclick={jump::link("marked")}>{ m.back_to_text }</a></p>
            }
        </li>
    }
}

#[function_component(ResultView)]
pub fn result_view(props: &Props) -> Html {
    let m = props.lang.msg();
    let r = &props.checked.report;
    let text: &str = &props.checked.text;
    let engine = &props.engine;
    let include_text = use_state(|| false);
    let copy_status = use_state(|| None::<bool>);
    {
        // A new result clears the "copied" note.
        let copy_status = copy_status.clone();
        use_effect_with(props.checked.clone(), move |_| copy_status.set(None));
    }

    let (title, hint) = level_words(m, r.level);
    let level = r.level.as_str();
    let (segments, cut) = shown(r.segments(text));
    let warnings: Vec<usize> = (0..r.signals.len()).filter(|&i| r.signals[i].weight > 0).collect();
    let reassuring: Vec<usize> = (0..r.signals.len()).filter(|&i| r.signals[i].weight < 0).collect();
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for &i in &warnings {
        let cat = &r.signals[i].category;
        match groups.iter_mut().find(|(c, _)| c == cat) {
            Some((_, v)) => v.push(i),
            None => groups.push((cat.clone(), vec![i])),
        }
    }
    let steps = next_steps(engine, r, m);
    let share_text = summary(m, engine, &props.checked, *include_text);

    let hotlines = |id: &'static str, title: &'static str, open_all: bool| {
        html! {
            <Hotlines lang={props.lang} country={props.country.clone()} remember={props.remember}
                on_country={props.on_country.clone()} on_remember={props.on_remember.clone()}
                id={id} title={title} {open_all} />
        }
    };
    let on_include = {
        let include_text = include_text.clone();
        Callback::from(move |e: Event| include_text.set(e.target_unchecked_into::<HtmlInputElement>().checked()))
    };
    let on_copy = {
        let copy_status = copy_status.clone();
        let share_text = share_text.clone();
        Callback::from(move |_| {
            let copy_status = copy_status.clone();
            let promise = gloo::utils::window().navigator().clipboard().write_text(&share_text);
            wasm_bindgen_futures::spawn_local(async move {
                copy_status.set(Some(JsFuture::from(promise).await.is_ok()));
            });
        })
    };
    let checked_chars = text[..r.checked_bytes.min(text.len())].chars().count();

    html! {
        <section id="result" class={classes!("result", level, r.distress.then_some("distress-mode"))}
            data-level={level} data-distress={r.distress.to_string()} aria-labelledby="result-title">
            if r.distress {
                <div class="distress" id="emergency" tabindex="-1">
                    <h2 id="result-title">{ m.distress_title }</h2>
                    <p class="lead">{ m.distress_lead }</p>
                    <ol class="distress-steps">{ for m.distress_steps.iter().map(|s| html! { <li>{ *s }</li> }) }</ol>
                </div>
                { hotlines("emergency-contacts", m.distress_contacts, true) }
            } else {
                <div class="level">
                    { icon(r.level) }
                    <div>
                        <h2 id="result-title" tabindex="-1">{ title }</h2>
                        <p>{ hint }</p>
                        <p class="score">{ (m.score)(r.score) }</p>
                    </div>
                </div>
            }
            if r.warning_text && !r.distress {
                <p class="note warning-text" id="warning-text">{ m.warning_text }</p>
            }
            if r.truncated {
                <p class="note truncated" role="note">
                    { (m.truncated)(&i18n::number(props.lang, checked_chars), &i18n::number(props.lang, text.chars().count())) }
                </p>
            }
            <h2 class="section-title" id="marked-title">{ m.marked_text }</h2>
            if !warnings.is_empty() {
                <p class="hint">{ m.marked_text_hint }</p>
            }
            <div class="highlighted" id="marked" tabindex="0" aria-labelledby="marked-title" translate="no">
                { for segments.iter().map(|s| match s.signal {
                    Some(i) => html! {
                        <a class="hl" href={format!("#warn-{i}")} onclick={jump::link(format!("warn-{i}"))} title={r.signals[i].message.clone()}><mark>{ s.text }</mark></a>
                    },
                    None => html! { { s.text } },
                }) }
                if cut {
                    <span class="cut">{ "\n…" }</span>
                }
            </div>
            if cut {
                <p class="hint" id="marked-cut">{ m.marked_cut }</p>
            }
            <h2 class="section-title">{ if r.distress { m.distress_why.to_string() } else { (m.warnings)(warnings.len()) } }</h2>
            if warnings.is_empty() {
                <p>{ m.no_warnings }</p>
            }
            { for groups.iter().map(|(cat, idx)| html! {
                <div class="category" data-category={cat.clone()}>
                    <h3>{ category_name(engine, cat) }</h3>
                    <ul class="signals">{ for idx.iter().map(|&i| signal_view(m, engine, r, i)) }</ul>
                </div>
            }) }
            if !reassuring.is_empty() {
                <div class="category reassuring-group" data-category="reassurance">
                    <h3>{ m.reassuring }</h3>
                    <ul class="signals">{ for reassuring.iter().map(|&i| signal_view(m, engine, r, i)) }</ul>
                </div>
            }
            <div class="next" id="next-steps">
                <h2>{ m.next_title }</h2>
                <p class="hint">{ m.next_hint }</p>
                <ul class="checklist">
                    { for steps.iter().enumerate().map(|(k, s)| html! {
                        <li>
                            <input type="checkbox" id={format!("step-{k}")} />
                            <label for={format!("step-{k}")}>{ s }</label>
                        </li>
                    }) }
                </ul>
            </div>
            if !r.distress {
                { hotlines("hotlines", m.hotlines_title, false) }
            }
            <div class="share" id="share">
                <h2>{ m.share_title }</h2>
                <p class="hint">{ m.share_hint }</p>
                <div class="check">
                    <input type="checkbox" id="share-include" checked={*include_text} onchange={on_include} />
                    <label for="share-include">{ m.include_text }</label>
                </div>
                <div class="actions">
                    <button type="button" id="share-copy" onclick={on_copy}>{ m.copy }</button>
                    <span class="copy-status" role="status">
                        { match *copy_status { Some(true) => m.copied, Some(false) => m.copy_failed, None => "" } }
                    </span>
                </div>
                <details class="share-preview">
                    <summary>{ m.share_preview }</summary>
                    <pre id="share-text" tabindex="0" translate="no">{ share_text }</pre>
                </details>
            </div>
        </section>
    }
}
