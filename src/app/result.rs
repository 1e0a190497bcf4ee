//! The result: level in words, colour and icon (never "safe"), the text with highlighted words,
//! the warnings with reasons and sources, and what to verify next; emergency guidance on distress.

use std::rc::Rc;

use yew::prelude::*;

use crate::{Level, Report};

#[derive(Properties)]
pub struct Props {
    pub report: Rc<Report>,
    pub text: AttrValue,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.report, &other.report) && self.text == other.text
    }
}

fn level_words(level: Level) -> (&'static str, &'static str, &'static str) {
    match level {
        Level::Low => ("○", "No strong warning signs found", "Still verify: scams can look ordinary."),
        Level::Medium => ("◆", "Some warning signs", "Check the points below before you answer, pay or travel."),
        Level::High => (
            "▲",
            "Strong warning signs",
            "This looks like a scam or a trafficking lure. Do not pay, send documents or travel.",
        ),
    }
}

#[function_component(ResultView)]
pub fn result_view(props: &Props) -> Html {
    let r = &props.report;
    let (icon, title, hint) = level_words(r.level);
    let level = r.level.as_str();
    let segments = r.segments(&props.text);
    html! {
        <section id="result" class={classes!("result", level)} data-level={level} data-distress={r.distress.to_string()} aria-live="polite">
            if r.distress {
                <div class="distress" role="alert">
                    <h2>{ "If you or someone you know is being held" }</h2>
                    <p>{ "When it is safe: contact your embassy, the local police (Cambodia 117) or an anti-trafficking hotline, and share your location with someone you trust. Do not put yourself at risk to reply." }</p>
                </div>
            }
            <div class="level">
                <span class="icon" aria-hidden="true">{ icon }</span>
                <div>
                    <h2>{ title }</h2>
                    <p>{ hint }</p>
                </div>
            </div>
            if r.truncated {
                <p class="note">{ format!("This text is very long: the first {} characters were checked.", r.checked_bytes) }</p>
            }
            <div class="highlighted" aria-label="Your text with the warning words marked">
                { for segments.iter().map(|s| match s.signal {
                    Some(i) => html! { <mark title={r.signals[i].message.clone()}>{ s.text }</mark> },
                    None => html! { { s.text } },
                }) }
            </div>
            <ul class="signals">
                { for r.signals.iter().map(|s| html! {
                    <li class={classes!("signal", (s.weight < 0).then_some("reassuring"))}>
                        <h3>{ &s.message }</h3>
                        <p class="words">{ s.spans.iter().map(|sp| format!("“{}”", sp.text)).collect::<Vec<_>>().join(", ") }</p>
                        <p>{ &s.explanation }</p>
                        <p class="sources">{ for s.sources.iter().map(|src| html! {
                            <a href={src.url.clone()} target="_blank" rel="noopener noreferrer">{ format!("{} ({})", src.title, src.publisher) }</a>
                        }) }</p>
                    </li>
                }) }
            </ul>
            if !r.advice.is_empty() {
                <div class="next">
                    <h2>{ "What to check next" }</h2>
                    <ul>{ for r.advice.iter().map(|a| html! { <li>{ &a.text }</li> }) }</ul>
                </div>
            }
        </section>
    }
}
