//! Long texts are checked off the page's thread: by the checker thread (`www/checker.js`, a Web
//! Worker running this same wasm, `src/bin/web-app.rs`), so that typing, scrolling and the result
//! stay responsive while a long paste is checked. Short texts are checked on the page at once. The
//! worker starts a moment after the app, gets the wasm as the compiled module the page already
//! has and the rule packs as they arrive, so it never downloads anything while a text is checked.
//! Only the newest text waits for the worker: a text replaced meanwhile is never checked.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::Report;

/// Texts longer than this (bytes) are checked by the worker once it is ready: about the most
/// the page can check without a visible pause on a slow phone.
pub const OFFLOAD_BYTES: usize = 32_000;

type Done = Box<dyn FnOnce(Option<Report>)>;

#[derive(Default)]
struct Checker {
    worker: Option<Worker>,
    ready: bool,
    failed: bool,
    /// Rule packs that arrived before the worker was started.
    early: Vec<String>,
    /// What to do with the answer to the text being checked.
    running: Option<Done>,
    /// The newest text asked for meanwhile.
    waiting: Option<(Rc<str>, Done)>,
    on_ready: Option<Box<dyn Fn()>>,
}

thread_local! {
    static CHECKER: RefCell<Checker> = RefCell::new(Checker::default());
}

fn message(key: &str, value: &JsValue) -> Object {
    let m = Object::new();
    let _ = Reflect::set(&m, &key.into(), value);
    m
}

/// Starts the worker; `ready` runs once it can check, or once it has failed to start.
pub fn start(ready: impl Fn() + 'static) {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let Ok(worker) = Worker::new_with_options("./checker.js", &options) else {
        CHECKER.with(|c| c.borrow_mut().failed = true);
        return ready();
    };
    let onmessage = Closure::<dyn Fn(MessageEvent)>::new(answer);
    worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    let onerror = Closure::<dyn Fn(JsValue)>::new(|_| fail());
    worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
    onerror.forget();
    let _ = worker.post_message(&message("module", &wasm_bindgen::module()));
    CHECKER.with(|c| {
        let mut c = c.borrow_mut();
        let early = std::mem::take(&mut c.early);
        if !early.is_empty() {
            post_packs(&worker, early);
        }
        c.worker = Some(worker);
        c.on_ready = Some(Box::new(ready));
    });
}

fn post_packs(worker: &Worker, images: Vec<String>) {
    let array: Array = images.into_iter().map(JsValue::from).collect();
    let _ = worker.post_message(&message("packs", &array));
}

/// Hands the worker rule packs that joined the page's engine, so that both check alike.
pub fn add_packs(images: Vec<String>) {
    CHECKER.with(|c| {
        let mut c = c.borrow_mut();
        match (&c.worker, c.failed) {
            (_, true) => {}
            (Some(worker), false) => post_packs(worker, images),
            (None, false) => c.early.extend(images),
        }
    });
}

/// Has the worker check `text`, and calls `done` with the report (none if the worker failed
/// meanwhile: the caller then checks on the page). False if the worker is not ready: the caller
/// checks on the page now.
pub fn check(text: Rc<str>, done: impl FnOnce(Option<Report>) + 'static) -> bool {
    CHECKER.with(|c| {
        let mut c = c.borrow_mut();
        if !c.ready || c.failed {
            return false;
        }
        let done: Done = Box::new(done);
        if c.running.is_some() {
            // Replaces whatever waited: that text is no longer in the box.
            c.waiting = Some((text, done));
        } else {
            send(&mut c, &text, done);
        }
        true
    })
}

fn send(c: &mut Checker, text: &str, done: Done) {
    if let Some(worker) = &c.worker {
        let _ = worker.post_message(&message("text", &text.into()));
        c.running = Some(done);
    }
}

fn answer(event: MessageEvent) {
    let data = event.data();
    let get = |key: &str| Reflect::get(&data, &key.into()).ok().filter(|v| !v.is_undefined());
    if get("ready").is_some() {
        let ready = CHECKER.with(|c| {
            let mut c = c.borrow_mut();
            c.ready = true;
            c.on_ready.take()
        });
        if let Some(ready) = ready {
            ready();
        }
    } else if get("failed").is_some() {
        fail();
    } else if let Some(report) = get("report") {
        let report = serde_wasm_bindgen::from_value::<Report>(report).ok();
        let done = CHECKER.with(|c| {
            let mut c = c.borrow_mut();
            let done = c.running.take();
            if let Some((text, next)) = c.waiting.take() {
                send(&mut c, &text, next);
            }
            done
        });
        if let Some(done) = done {
            done(report);
        }
    }
}

/// The worker could not start or stopped: every text is checked on the page from now on, those
/// it was asked to check included.
fn fail() {
    let (running, waiting, ready) = CHECKER.with(|c| {
        let mut c = c.borrow_mut();
        c.failed = true;
        if let Some(worker) = c.worker.take() {
            worker.terminate();
        }
        (c.running.take(), c.waiting.take(), c.on_ready.take())
    });
    for done in running.into_iter().chain(waiting.map(|(_, done)| done)) {
        done(None);
    }
    if let Some(ready) = ready {
        ready();
    }
}
