//! Other ways in than typing: the Paste button, a text file opened or dropped on the box, a share
//! from another app (the service worker hands it over in memory, www/pwa.js), and the offer to
//! install the app. Files are read here, on the device, by [`crate::intake`].

use gloo::events::EventListener;
use js_sys::{Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{DragEvent, File, HtmlInputElement};
use yew::prelude::*;

use crate::engine::MAX_CHECK_BYTES;
use crate::intake::{self, FileProblem};
use crate::present::i18n::{Lang, Msg};

/// Text that arrived, or why none did.
#[derive(Clone, Debug, PartialEq)]
pub enum Arrival {
    Text { text: String, note: Option<Note> },
    Problem(Note),
}

/// What the person is told about an arrival.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    ClipboardDenied,
    ClipboardEmpty,
    FileNotText,
    FileEmpty,
    FileCut,
    Shared,
    ShareLost,
}

impl Note {
    pub fn text(self, m: &Msg) -> &'static str {
        match self {
            Note::ClipboardDenied => m.clipboard_denied,
            Note::ClipboardEmpty => m.clipboard_empty,
            Note::FileNotText => m.file_not_text,
            Note::FileEmpty => m.file_empty,
            Note::FileCut => m.file_cut,
            Note::Shared => m.shared_received,
            Note::ShareLost => m.share_lost,
        }
    }
}

/// Reads the start of a file on the device: text, an e-mail's text, or why not.
pub async fn read_file(file: File) -> Arrival {
    let size = file.size() as usize;
    let bytes = match file.slice_with_f64_and_f64(0.0, MAX_CHECK_BYTES as f64) {
        Ok(part) => JsFuture::from(part.array_buffer()).await.map(|b| Uint8Array::new(&b).to_vec()),
        Err(e) => Err(e),
    };
    let Ok(bytes) = bytes else { return Arrival::Problem(Note::FileNotText) };
    match intake::file_text(&file.name(), &file.type_(), &bytes, size) {
        Ok(t) => Arrival::Text { text: t.text, note: t.cut.then_some(Note::FileCut) },
        Err(FileProblem::NotText) => Arrival::Problem(Note::FileNotText),
        Err(FileProblem::Empty) => Arrival::Problem(Note::FileEmpty),
    }
}

/// The drop handler for the text box: the first file dropped is read; dropped text is left to
/// the browser, which inserts it and fires `input`.
pub fn on_drop(on_arrival: Callback<Arrival>) -> Callback<DragEvent> {
    Callback::from(move |e: DragEvent| {
        let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) else { return };
        e.prevent_default();
        let on_arrival = on_arrival.clone();
        spawn_local(async move { on_arrival.emit(read_file(file).await) });
    })
}

/// A function that www/pwa.js puts on `window`, if it is there.
fn page_function(object: &str, name: &str) -> Option<(JsValue, Function)> {
    let target = Reflect::get(&gloo::utils::window(), &object.into()).ok().filter(|v| v.is_object())?;
    let f = Reflect::get(&target, &name.into()).ok()?.dyn_into::<Function>().ok()?;
    Some((target, f))
}

/// Calls `window.secondLookInstall[name]()`; false if it is missing.
fn install_says(name: &str) -> bool {
    page_function("secondLookInstall", name).and_then(|(this, f)| f.call0(&this).ok()).is_some_and(|v| v.is_truthy())
}

fn installable() -> bool {
    install_says("available")
}

/// The share this page was opened for, handed over by the service worker, as one text with its
/// files read. `None` when the page was not opened by a share.
async fn take_share() -> Option<Arrival> {
    let promise = Reflect::get(&gloo::utils::window(), &"secondLookShare".into()).ok()?.dyn_into::<Promise>().ok()?;
    let Ok(payload) = JsFuture::from(promise).await else { return Some(Arrival::Problem(Note::ShareLost)) };
    if !payload.is_object() {
        return Some(Arrival::Problem(Note::ShareLost));
    }
    let field = |name: &str| Reflect::get(&payload, &name.into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
    let mut text = intake::shared_text(&field("title"), &field("text"), &field("url"));
    let mut note = None;
    let files = Reflect::get(&payload, &"files".into()).ok().map(|v| js_sys::Array::from(&v)).unwrap_or_default();
    for file in files.iter().filter_map(|f| f.dyn_into::<File>().ok()) {
        match read_file(file).await {
            Arrival::Text { text: t, note: n } => {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                text.push_str(&t);
                note = note.or(n);
            }
            Arrival::Problem(p) => note = Some(p),
        }
    }
    Some(if text.trim().is_empty() {
        Arrival::Problem(note.unwrap_or(Note::ShareLost))
    } else {
        Arrival::Text { text, note: Some(note.unwrap_or(Note::Shared)) }
    })
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub on_arrival: Callback<Arrival>,
}

/// The Paste and Open buttons, the drop hint, and Install when the browser offers it.
#[function_component(WaysIn)]
pub fn ways_in(props: &Props) -> Html {
    let m = props.lang.msg();
    let file_input = use_node_ref();
    let can_install = use_state(installable);
    // Where pwa.js runs but says the platform has no share sheet for web apps (iOS).
    let no_share_sheet = page_function("secondLookInstall", "shareSheet").is_some() && !install_says("shareSheet");
    {
        let can_install = can_install.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "second-look:installable", move |_| {
                can_install.set(installable())
            });
            move || drop(listener)
        });
    }
    {
        let on_arrival = props.on_arrival.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                if let Some(arrival) = take_share().await {
                    on_arrival.emit(arrival);
                }
            });
        });
    }
    let on_paste = {
        let on_arrival = props.on_arrival.clone();
        Callback::from(move |_| {
            let on_arrival = on_arrival.clone();
            let clipboard = gloo::utils::window().navigator().clipboard();
            spawn_local(async move {
                let arrival = match JsFuture::from(clipboard.read_text()).await.map(|v| v.as_string()) {
                    Ok(Some(text)) if !text.trim().is_empty() => Arrival::Text { text, note: None },
                    Ok(_) => Arrival::Problem(Note::ClipboardEmpty),
                    Err(_) => Arrival::Problem(Note::ClipboardDenied),
                };
                on_arrival.emit(arrival);
            });
        })
    };
    let on_open = {
        let file_input = file_input.clone();
        Callback::from(move |_| {
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_file = {
        let on_arrival = props.on_arrival.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            // The same file can be chosen again.
            input.set_value("");
            let on_arrival = on_arrival.clone();
            spawn_local(async move { on_arrival.emit(read_file(file).await) });
        })
    };
    let on_install = Callback::from(|_| {
        if let Some((this, f)) = page_function("secondLookInstall", "prompt") {
            let _ = f.call0(&this);
        }
    });
    html! {
        <div class="ways-in">
            <button type="button" id="paste-button" onclick={on_paste}>{ m.paste }</button>
            <button type="button" id="file-button" onclick={on_open}>{ m.open_file }</button>
            <input type="file" id="file-input" ref={file_input} hidden=true tabindex="-1"
                accept=".txt,.eml,text/plain,message/rfc822" onchange={on_file} />
            <span class="hint">{ m.drop_hint }</span>
            if no_share_sheet {
                <p class="hint" id="no-share-sheet">{ m.no_share_sheet }</p>
            }
            if *can_install {
                <div class="install">
                    <button type="button" id="install-button" onclick={on_install}>{ m.install }</button>
                    <span class="hint">{ m.install_hint }</span>
                </div>
            }
        </div>
    }
}
