//! "Share this result": a plain-text summary (the pasted text only if the reader ticks the box),
//! a preview and a copy button. The summary itself is `present::share::summary`.

use std::rc::Rc;

use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::result::Checked;
use super::Engine;
use crate::present::i18n::Lang;
use crate::present::rule_text::Words;
use crate::present::share::summary;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub checked: Rc<Checked>,
    pub engine: Engine,
    pub lang: Lang,
}

#[function_component(ShareView)]
pub fn share_view(props: &Props) -> Html {
    let m = props.lang.msg();
    let include_text = use_state(|| false);
    let copy_status = use_state(|| None::<bool>);
    {
        // A new result clears the "copied" note.
        let copy_status = copy_status.clone();
        use_effect_with(props.checked.clone(), move |_| copy_status.set(None));
    }
    let Some(rules) = props.engine.rules() else { return html! {} };
    let c = &props.checked;
    let share_text = summary(m, &Words::new(rules, props.lang), &c.text, &c.report, *include_text);
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
    html! {
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
                <pre id="share-text" tabindex="0" translate="no" dir="auto">{ share_text }</pre>
            </details>
        </div>
    }
}
