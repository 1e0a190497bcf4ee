//! Fuzz target: the properties of invariants::check.
#![no_main]
#[path = "../invariants.rs"]
mod invariants;
libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::check(&invariants::text(data)));
