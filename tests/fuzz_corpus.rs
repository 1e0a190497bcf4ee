//! Replays what the fuzzers keep (fuzz/corpus/<target>/: inputs that reached new code; and
//! fuzz/regressions/<target>/: every input that once broke a property) through the same
//! properties the fuzz targets check (fuzz/invariants.rs). `scripts/fuzz.sh` runs the fuzzers.

#[path = "../fuzz/invariants.rs"]
mod invariants;

use std::fs;
use std::path::Path;

/// Runs `property` on every kept input of `target`; there must be some.
fn replay(target: &str, property: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut count = 0;
    for kind in ["corpus", "regressions"] {
        let Ok(entries) = fs::read_dir(root.join(kind).join(target)) else { continue };
        for entry in entries.flatten() {
            let data = fs::read(entry.path()).expect("readable corpus file");
            property(&data);
            count += 1;
        }
    }
    assert!(count > 0, "no kept inputs for the fuzz target {target}");
}

/// One test per fuzz target, named after it.
macro_rules! replays {
    ($($target:ident: $property:expr),* $(,)?) => {
        $(
            #[test]
            fn $target() {
                replay(stringify!($target), $property);
            }
        )*
    };
}

replays! {
    normalizer: |d| invariants::normalizer(&invariants::text(d)),
    extractors: |d| invariants::extractors(&invariants::text(d)),
    phrases: |d| invariants::phrases(&invariants::text(d)),
    check: |d| invariants::check(&invariants::text(d)),
    loader: |d| invariants::loader(&invariants::text(d)),
    file: invariants::file,
}
