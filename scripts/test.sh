#!/usr/bin/env bash
# Installs whatever is missing, then runs every test: formatting and lints, native tests (core,
# rules, CLI), wasm tests in headless Chromium, a release build, end-to-end tests with Playwright,
# and a smoke test of the serve command.
set -euo pipefail
source "$(dirname "$0")/env.sh"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

bash scripts/setup.sh

step "format and lints"
cargo fmt --check
cargo clippy --all-targets --locked -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --locked -- -D warnings

step "native tests: core, rules, corpus, CLI"
cargo test --locked

step "wasm tests in headless Chromium"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --test web

step "release build"
trunk build --release --offline

step "end-to-end tests (Playwright + Chromium against dist/)"
node --test --test-concurrency=1 tests/e2e/

step "the README's serve command builds and serves the app"
bash scripts/serve-smoke.sh
