//! Rule packs as data: the file formats, strict loading, and the packs built into the binary.

#[cfg(not(target_arch = "wasm32"))]
mod check;
mod errors;
pub mod facts;
mod image;
#[cfg(not(target_arch = "wasm32"))]
mod load;
pub mod model;
mod set;

pub use errors::{RuleError, RuleErrors};
#[cfg(not(target_arch = "wasm32"))]
pub use load::load;
pub use set::{
    marked_span, Combo, Concept, Entry, Pack, Rule, RuleSet, TermWords, ANY_LANGUAGE, SHOWN_FIRE, SHOWN_QUIET,
};

#[cfg(not(target_arch = "wasm32"))]
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/rule_files.rs"));
}

/// The rule files under `rules/` as written, embedded at build time natively: `test-rules`, the
/// test suite and `--rules` read TOML, so errors name lines.
#[cfg(not(target_arch = "wasm32"))]
pub fn embedded_files() -> &'static [(&'static str, &'static str)] {
    embedded::FILES
}

/// The rules of `rules/`, loaded and validated by build.rs and embedded as an image: read in a
/// few milliseconds, with no parser in the download.
pub fn builtin() -> RuleSet {
    image::read(include_str!(concat!(env!("OUT_DIR"), "/rules.image")))
}

/// The web app's rules at start: [`builtin`] without the languages of [`PACKS`], which it loads
/// once it has started (`engine::Screener::with_packs` adds them).
pub fn core() -> RuleSet {
    image::read(include_str!(concat!(env!("OUT_DIR"), "/rules-core.image")))
}

/// A pack's rules from its image (the web app's module `words/<PackFile::file>`).
pub fn pack(image: &str) -> Pack {
    image::read_pack(image)
}

/// One of the web app's rule packs: a language other than English.
#[derive(Debug)]
pub struct PackFile {
    pub language: &'static str,
    /// The module beside the app (under `words/`), named by its content so that an app never
    /// loads the pack of another build.
    pub file: &'static str,
    /// The script groups of its words (`engine::phrase::groups`).
    pub groups: &'static [usize],
}

/// The web app's rule packs.
pub const PACKS: &[PackFile] = include!(concat!(env!("OUT_DIR"), "/packs.rs"));
