#!/usr/bin/env bash
# Runs the coverage-guided fuzzers (cargo-fuzz, libFuzzer) on the core for a set time each:
#   scripts/fuzz.sh [seconds per target, default 60] [target ...]   (FUZZ_MAX_LEN: input bytes, default 4096)
# Targets (fuzz/fuzz_targets/): normalizer, extractors, phrases, check, loader, file. Each checks the
# properties in fuzz/invariants.rs, not only "no panic". New inputs that reach new code are added
# to fuzz/corpus/<target>/ and minimized at the end; a failing input is written to
# fuzz/artifacts/<target>/: fix the bug, then move it to fuzz/regressions/<target>/, which
# `cargo test --test fuzz_corpus` replays with the kept corpus on every test run.
set -euo pipefail
source "$(dirname "$0")/env.sh"

each="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(normalizer extractors phrases check loader file)

if ! command -v cargo-fuzz >/dev/null; then
  echo "installing cargo-fuzz (about 2 minutes)"
  cargo install cargo-fuzz --locked
fi
# cargo-fuzz passes flags that rustc accepts only on nightly; this machine has one stable
# toolchain, and RUSTC_BOOTSTRAP lets it take them. No sanitizer: the crate has no `unsafe`, so
# AddressSanitizer would only slow the runs; debug assertions (overflow checks) stay on.
export RUSTC_BOOTSTRAP=1

total=0
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  log="$(mktemp)"
  cargo fuzz run --fuzz-dir fuzz --sanitizer none "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$each" -max_len="${FUZZ_MAX_LEN:-4096}" -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 2>&1 | tee "$log" | grep -E '^(#[0-9]+[[:space:]]+DONE|==|stat::number_of_executed_units|SUMMARY)' || true
  runs="$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo 0)"
  if grep -qE 'panicked|ERROR: libFuzzer|SUMMARY: ' "$log"; then
    echo "fuzz target $t FAILED after $runs runs: see fuzz/artifacts/$t/ and $log"
    exit 1
  fi
  echo "fuzz target $t: $runs executions in ${each}s, no failure"
  total=$((total + runs))
  cargo fuzz cmin --fuzz-dir fuzz "$t" "fuzz/corpus/$t" >/dev/null 2>&1 || true
  rm -f "$log"
done
echo "all targets: $total executions, no failure"
