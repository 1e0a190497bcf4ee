//! Rule packs as data: the file formats, strict loading, and the packs built into the binary.

pub mod facts;
pub mod load;
pub mod model;

pub use load::{load, marked_span, Entry, Rule, RuleError, RuleErrors, RuleSet};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/rule_files.rs"));
}

/// The rule files under `rules/`, embedded at build time (TOML natively, JSON in wasm).
pub fn embedded_files() -> &'static [(&'static str, &'static str)] {
    embedded::FILES
}
