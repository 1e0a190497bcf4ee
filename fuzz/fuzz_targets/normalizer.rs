//! Fuzz target: the properties of invariants::normalizer.
#![no_main]
#[path = "../invariants.rs"]
mod invariants;
libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::normalizer(&invariants::text(data)));
