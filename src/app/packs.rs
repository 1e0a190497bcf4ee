//! The rule packs of the languages written in scripts other than Latin (`words/rules-<code>.js`,
//! made by build.rs), so that the first download holds only the rules most texts need. Loading
//! starts once the app runs: the interface language's pack first, then every other at once. The
//! requests are the same whatever the reader types; a text in a script whose pack has not
//! arrived waits for it ([`Engine::awaits`]), and every arrival recompiles the engine.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen_futures::spawn_local;

use super::words::import;
use super::Engine;
use crate::rules::{self, Pack, PACKS};
use crate::Screener;

/// How long to wait after a pack arrives for others, so that packs arriving together cost one
/// compilation.
const GATHER_MS: u32 = 100;

struct Loading {
    /// The engine as the reader has it, and the packs that arrived since.
    engine: Engine,
    arrived: Vec<Pack>,
    /// The packs still to come.
    pending: Vec<&'static str>,
    compile: Option<Timeout>,
}

/// Hands `ready` the engine with the rules the app starts with, then loads every pack (`first`,
/// the interface language, before the others) and hands it the engine anew as they arrive.
pub fn load(first: &str, ready: impl Fn(Engine) + 'static) {
    let pending: Vec<&'static str> = PACKS.iter().map(|(l, _)| *l).collect();
    let engine = Engine::new(Screener::core(), groups(&pending));
    let loading =
        Rc::new(RefCell::new(Loading { engine: engine.clone(), arrived: Vec::new(), pending, compile: None }));
    let ready: Rc<dyn Fn(Engine)> = Rc::new(ready);
    ready(engine);
    let (firsts, others): (Vec<&'static str>, Vec<&'static str>) =
        PACKS.iter().map(|(l, _)| *l).partition(|l| *l == first);
    spawn_local(async move {
        for language in firsts {
            arrive(&loading, &ready, language, fetch(language).await);
        }
        for language in others {
            let (loading, ready) = (loading.clone(), ready.clone());
            spawn_local(async move { arrive(&loading, &ready, language, fetch(language).await) });
        }
    });
}

async fn fetch(language: &str) -> Option<Pack> {
    import::<String>(&format!("words/rules-{language}.js")).await.map(|image| rules::pack(&image))
}

/// A pack has arrived, or could not (then its texts are checked without it, rather than never).
fn arrive(loading: &Rc<RefCell<Loading>>, ready: &Rc<dyn Fn(Engine)>, language: &str, pack: Option<Pack>) {
    let mut l = loading.borrow_mut();
    l.pending.retain(|p| *p != language);
    l.arrived.extend(pack);
    if l.compile.is_none() {
        let (loading, ready) = (loading.clone(), ready.clone());
        l.compile = Some(Timeout::new(GATHER_MS, move || {
            let engine = {
                let mut l = loading.borrow_mut();
                l.compile = None;
                let added = std::mem::take(&mut l.arrived);
                let screener = match l.engine.screener() {
                    Some(s) => Rc::new(Ok(s.with_packs(added))),
                    None => l.engine.screener.clone(),
                };
                l.engine = Engine { screener, pending: groups(&l.pending).into() };
                l.engine.clone()
            };
            ready(engine);
        }));
    }
}

/// The script groups of the packs of `languages`.
fn groups(languages: &[&str]) -> Vec<&'static [usize]> {
    PACKS.iter().filter(|(p, _)| languages.contains(p)).map(|(_, groups)| *groups).collect()
}
