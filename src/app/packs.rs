//! The rule packs of every language but English (`words/rules-<code>-<hash>.js`,
//! made by build.rs), so that the first download holds only the rules most texts need. Loading
//! starts once the app runs: the interface language's pack at once, every other a moment later. The
//! requests are the same whatever the reader types; a text in a script whose pack has not
//! arrived waits for it ([`Engine::awaits`]), and packs that arrive together join the engine at
//! once ([`Screener::with_packs`]). The checker thread (`offload.rs`) starts with the other packs
//! and gets each pack as it joins the page's engine.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen_futures::spawn_local;

use super::words::import;
use super::{offload, Engine};
use crate::rules::{self, Pack, PackFile, RuleErrors, PACKS};
use crate::Screener;

/// How long after start the packs of languages other than the interface's are loaded: after the
/// app has made the phrases of Latin letters and of its own script ready (`PREPARE_MS`).
const OTHERS_AFTER_MS: u32 = 800;

/// How long to wait after a pack arrives for others, so that packs arriving together join the
/// engine in one step.
const GATHER_MS: u32 = 100;

struct Loading {
    /// The rules as the reader has them, and the packs that arrived since.
    screener: Rc<Result<Screener, RuleErrors>>,
    arrived: Vec<(String, Pack)>,
    /// The packs still to come.
    pending: Vec<&'static PackFile>,
    /// Whether a pack could not be loaded.
    failed: bool,
    /// Whether the checker thread is still starting.
    starting: bool,
    join: Option<Timeout>,
}

impl Loading {
    /// The engine as the reader has it now.
    fn engine(&self) -> Engine {
        let pending = self.pending.to_vec().into();
        Engine { screener: self.screener.clone(), pending, failed: self.failed, starting: self.starting }
    }
}

/// Hands `ready` the engine with the rules the app starts with, then loads every pack (`first`,
/// the interface language, before the others) and hands it the engine anew as they arrive.
pub fn load(first: &str, ready: impl Fn(Engine) + 'static) {
    let loading = Loading {
        screener: Rc::new(Screener::core()),
        arrived: Vec::new(),
        pending: PACKS.iter().collect(),
        failed: false,
        starting: true,
        join: None,
    };
    let ready: Rc<dyn Fn(Engine)> = Rc::new(ready);
    ready(loading.engine());
    let loading = Rc::new(RefCell::new(loading));
    let (started, ready_now) = (loading.clone(), ready.clone());
    let (firsts, others): (Vec<&'static PackFile>, Vec<&'static PackFile>) =
        PACKS.iter().partition(|p| p.language == first);
    let fetch_all = move |packs: Vec<&'static PackFile>| {
        for pack in packs {
            let (loading, ready) = (loading.clone(), ready.clone());
            spawn_local(async move { arrive(&loading, &ready, pack, fetch(pack).await) });
        }
    };
    fetch_all(firsts);
    // The others a moment later, once the first check's phrases are ready: on a fast network,
    // where they arrive at once, reading them would hold up that check. The checker thread starts
    // then too. Loading them is once per page, so the timer is left to run.
    Timeout::new(OTHERS_AFTER_MS, move || {
        fetch_all(others);
        offload::start(move || {
            let engine = {
                let mut l = started.borrow_mut();
                l.starting = false;
                l.engine()
            };
            ready_now(engine);
        });
    })
    .forget();
}

/// A pack's image, as the checker thread gets it too, and the pack read from it.
async fn fetch(pack: &PackFile) -> Option<(String, Pack)> {
    let image = import::<String>(&format!("words/{}", pack.file)).await?;
    let pack = rules::pack(&image);
    Some((image, pack))
}

/// A pack has arrived, or could not: then its texts are checked without it, rather than never,
/// and the reader is told.
fn arrive(loading: &Rc<RefCell<Loading>>, ready: &Rc<dyn Fn(Engine)>, file: &PackFile, pack: Option<(String, Pack)>) {
    let mut l = loading.borrow_mut();
    l.pending.retain(|p| p.file != file.file);
    l.failed |= pack.is_none();
    l.arrived.extend(pack);
    if l.join.is_none() {
        let (loading, ready) = (loading.clone(), ready.clone());
        l.join = Some(Timeout::new(GATHER_MS, move || {
            let engine = {
                let mut l = loading.borrow_mut();
                l.join = None;
                let (images, added): (Vec<String>, Vec<Pack>) = std::mem::take(&mut l.arrived).into_iter().unzip();
                if let (Ok(s), false) = (l.screener.as_ref(), added.is_empty()) {
                    l.screener = Rc::new(Ok(s.with_packs(added)));
                    offload::add_packs(images);
                }
                l.engine()
            };
            ready(engine);
        }));
    }
}
