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
pub use set::{marked_span, Combo, Concept, Entry, Rule, RuleSet, TermWords, ANY_LANGUAGE, SHOWN_FIRE, SHOWN_QUIET};

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
    image::read(include_bytes!(concat!(env!("OUT_DIR"), "/rules.bin")))
}
