//! Fuzz target: the properties of invariants::phrases.
#![no_main]
#[path = "../invariants.rs"]
mod invariants;
libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::phrases(&invariants::text(data)));
