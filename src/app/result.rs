//! The result: level in words, colour and icon (never "safe"), the text with highlighted words
//! linked to their warning, the warnings grouped by category with reason, advice and sources, what
//! to do next, hotlines, and a summary to share. Emergency guidance first when the engine flags
//! distress.

use std::rc::Rc;

use yew::prelude::*;

use super::hotlines::{CountryChoice, Hotlines};
use super::share::ShareView;
use super::signal::signal_view;
use super::{intl, jump, Engine};
use crate::present::i18n::Lang;
use crate::present::rule_text::Words;
use crate::present::text_lang;
use crate::present::wording::{level_words, next_steps};
use crate::{Level, Report};

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

/// A report together with the exact text it is about (spans are byte offsets into it).
pub struct Checked {
    pub text: Rc<str>,
    pub report: Report,
    /// The interface language the text is clearly written in, if any.
    pub text_lang: Option<Lang>,
}

impl Checked {
    pub fn new(text: Rc<str>, report: Report) -> Self {
        let text_lang = text_lang::guess(&text);
        Checked { text, report, text_lang }
    }
}

/// Two results are the same only if they are the same check.
impl PartialEq for Checked {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// Compared by value (the check by identity), so typing does not re-render the last result.
#[derive(Properties, PartialEq)]
pub struct Props {
    pub checked: Rc<Checked>,
    pub engine: Engine,
    pub lang: Lang,
    /// Changes when the words of a language arrive (`words.rs`), so they show.
    pub words: u32,
    pub choice: CountryChoice,
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

#[function_component(ResultView)]
pub fn result_view(props: &Props) -> Html {
    let m = props.lang.msg();
    let Some(rules) = props.engine.rules() else { return html! {} };
    let said = Words::new(rules, props.lang);
    let r = &said.report(props.checked.report.clone());
    let text: &str = &props.checked.text;

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
    let steps = next_steps(&said, r);

    let hotlines = |id: &'static str, title: &'static str, open_all: bool| {
        html! {
            <Hotlines engine={props.engine.clone()} lang={props.lang} words={props.words} choice={props.choice.clone()}
                id={id} title={title} {open_all} />
        }
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
                        <p class="score">{ m.score.fill(&[("score", &intl::number(props.lang, r.score.into()))]) }</p>
                    </div>
                </div>
            }
            if r.warning_text && !r.distress {
                <p class="note warning-text" id="warning-text">{ m.warning_text }</p>
            }
            if r.truncated {
                <p class="note truncated" role="note">
                    { m.truncated.fill(&[("n", &intl::number(props.lang, checked_chars)), ("total", &intl::number(props.lang, text.chars().count()))]) }
                </p>
            }
            <h2 class="section-title" id="marked-title">{ m.marked_text }</h2>
            if !warnings.is_empty() {
                <p class="hint">{ m.marked_text_hint }</p>
            }
            <div class="highlighted" id="marked" tabindex="0" aria-labelledby="marked-title" translate="no" dir="auto">
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
            <h2 class="section-title">{ if r.distress { m.distress_why.to_string() } else { intl::count(props.lang, &m.warnings, warnings.len(), &[]) } }</h2>
            if warnings.is_empty() {
                <p>{ m.no_warnings }</p>
            }
            { for groups.iter().map(|(cat, idx)| html! {
                <div class="category" data-category={cat.clone()}>
                    <h3>{ said.category(cat) }</h3>
                    <ul class="signals">{ for idx.iter().map(|&i| signal_view(m, &said, r, i)) }</ul>
                </div>
            }) }
            if !reassuring.is_empty() {
                <div class="category reassuring-group" data-category="reassurance">
                    <h3>{ m.reassuring }</h3>
                    <ul class="signals">{ for reassuring.iter().map(|&i| signal_view(m, &said, r, i)) }</ul>
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
            <ShareView checked={props.checked.clone()} engine={props.engine.clone()} lang={props.lang} />
        </section>
    }
}
