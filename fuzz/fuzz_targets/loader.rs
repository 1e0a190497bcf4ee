//! Fuzz target: the properties of invariants::loader.
#![no_main]
#[path = "../invariants.rs"]
mod invariants;
libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::loader(&invariants::text(data)));
