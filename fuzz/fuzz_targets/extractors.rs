//! Fuzz target: the properties of invariants::extractors.
#![no_main]
#[path = "../invariants.rs"]
mod invariants;
libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::extractors(&invariants::text(data)));
