//! One warning as the reader sees it: the message, the words that raised it, why, what to do
//! and the published sources, with a link back to the words in the text.

use yew::prelude::*;

use super::jump;
use crate::present::i18n::Msg;
use crate::present::rule_text::Words;
use crate::{Report, Signal};

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

/// One warning (or reassuring sign) of the report (already in the reader's language): its words,
/// why, advice and sources.
pub fn signal_view(m: &Msg, said: &Words, r: &Report, i: usize) -> Html {
    let s = &r.signals[i];
    let advice: Vec<&str> = s.advice.iter().filter_map(|id| said.advice(id)).collect();
    let words: Vec<String> = s.spans.iter().map(|sp| format!("“{}”", sp.text)).collect();
    html! {
        <li class={classes!("signal", (s.weight < 0).then_some("reassuring"))} id={format!("warn-{i}")} tabindex="-1"
            data-rule={s.rule.clone()}>
            <h4>{ &s.message }</h4>
            if !words.is_empty() {
                <p class="words"><span class="label">{ m.words }</span>{ " " }<span translate="no" dir="auto">{ words.join(", ") }</span></p>
            }
            <p><span class="label">{ m.why }</span>{ " " }{ &s.explanation }</p>
            if (s.weight > 0 && !advice.is_empty()) || !s.sources.is_empty() {
                <details class="more">
                    <summary>{ if s.weight > 0 && !advice.is_empty() { m.more_advice } else { m.more_sources } }</summary>
                    if s.weight > 0 && !advice.is_empty() {
                        <div class="advice">
                            <p class="label">{ m.what_to_do }</p>
                            <ul>{ for advice.iter().map(|a| html! { <li>{ *a }</li> }) }</ul>
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
