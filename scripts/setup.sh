#!/usr/bin/env bash
# Installs whatever Second Look needs that is missing, and skips what is already there.
# Idempotent: every step checks the installed version first. Safe to run again.
set -euo pipefail

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130

cd "$(dirname "$0")/.."
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32 target present"
else
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if command -v trunk >/dev/null && trunk --version | grep -q " $TRUNK_VERSION"; then
  say "trunk $TRUNK_VERSION present"
else
  say "installing trunk $TRUNK_VERSION (about 8 minutes on 2 cores)"
  cargo install "trunk@$TRUNK_VERSION" --locked
fi

if command -v wasm-bindgen >/dev/null && wasm-bindgen --version | grep -q " $WASM_BINDGEN_VERSION"; then
  say "wasm-bindgen CLI $WASM_BINDGEN_VERSION present"
else
  # No --locked: one locked dependency version of this release is missing from the registry.
  say "installing wasm-bindgen CLI $WASM_BINDGEN_VERSION (about 3 minutes)"
  cargo install "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "chromium and chromedriver present"
else
  say "installing Debian's chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q chromium chromium-driver
fi

# Fonts for every script of the interface (Burmese, Khmer, Bengali, Devanagari, Thai, Urdu's
# Nastaliq, Chinese), so that screenshots show real glyphs and the e2e test of missing glyphs can
# pass. Phones and desktops have their own system fonts; the app ships none.
if dpkg -s fonts-noto-core fonts-noto-cjk >/dev/null 2>&1; then
  say "Noto fonts present"
else
  say "installing Debian's Noto fonts (fonts-noto-core, fonts-noto-cjk)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q fonts-noto-core fonts-noto-cjk
fi

# npm tools (wasm-opt from binaryen, playwright-core, axe-core, typescript), pinned by package-lock.json.
if [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  say "npm packages present"
else
  say "installing npm packages (binaryen's wasm-opt, playwright-core, axe-core, typescript)"
  npm ci --no-audit --no-fund --loglevel=error
fi
say "ready"
