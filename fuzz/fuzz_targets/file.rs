//! Fuzz target: the properties of second_look_fuzz::file (fuzz/invariants.rs).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| second_look_fuzz::file(data));
