//! Rule packs as data: the file formats, strict loading, and the packs built into the binary.

mod check;
mod errors;
pub mod facts;
mod load;
pub mod model;
mod set;

pub use check::marked_span;
pub use errors::{RuleError, RuleErrors};
pub use load::load;
pub use set::{Combo, Concept, Entry, Rule, RuleSet, TermWords, ANY_LANGUAGE};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/rule_files.rs"));
}

/// The rule files under `rules/`, embedded at build time (TOML natively, JSON in wasm).
pub fn embedded_files() -> &'static [(&'static str, &'static str)] {
    embedded::FILES
}
