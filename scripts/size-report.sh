#!/usr/bin/env bash
# Builds the release app and prints the raw and gzip size of every file in dist/, with totals for
# the app a visitor downloads before the first result, the rule packs it loads once it runs, the
# words of each other language (a visitor loads the one they read), and the JavaScript API build
# (dist/api/).
set -euo pipefail
source "$(dirname "$0")/env.sh"
[[ " $* " == *" --no-build "* ]] || trunk build --release --offline >/dev/null
printf '%-48s %10s %10s\n' "file" "raw" "gzip -9"
declare -A raw_total=() gz_total=()
while IFS= read -r f; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  case "${f#dist/}" in
    api/words/*) group="JavaScript API: words of all 13 other languages (a page loads those it asks for)" ;;
    api/*) group="JavaScript API (api/, English)" ;;
    words/examples.js) group="app: the rules' examples (loaded when the rules page opens)" ;;
    words/rules-*) group="app: rules of every language but English (loaded once it runs)" ;;
    words/*) group="app: words of all 13 other languages (a reader loads one)" ;;
    privacy.*.html) group="privacy page in 13 other languages (a reader opens one)" ;;
    *) group="app (everything else: English and the interface of every language)" ;;
  esac
  raw_total[$group]=$(( ${raw_total[$group]:-0} + raw )); gz_total[$group]=$(( ${gz_total[$group]:-0} + gz ))
  printf '%-48s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done < <(find dist -type f -not -path 'dist/.stage/*' | sort)
for group in "${!raw_total[@]}"; do
  printf '%-48s %10d %10d\n' "total: $group" "${raw_total[$group]}" "${gz_total[$group]}"
done
# What each language's words weigh (its interface catalog, compiled into the wasm, and its
# translation of the rules, words/<code>.js, loaded when chosen; the text only, gzip -9).
python3 - <<'PY'
import glob, gzip, os, tomllib
def texts(v):
    if isinstance(v, str): yield v
    elif isinstance(v, dict):
        for x in v.values(): yield from texts(x)
    elif isinstance(v, list):
        for x in v: yield from texts(x)
total = 0
print(f"{'words of a language (gzip -9 of its texts)':<48} {'raw':>10} {'gzip -9':>10}")
for path in sorted(glob.glob('i18n/*.toml')):
    code = os.path.basename(path)[:-5]
    parts = [tomllib.load(open(path, 'rb'))]
    if os.path.exists(f'i18n/rules/{code}.toml'):
        parts.append(tomllib.load(open(f'i18n/rules/{code}.toml', 'rb')))
    data = '\n'.join(t for p in parts for k, v in p.items() if k != 'about' for t in texts(v)).encode()
    gz = len(gzip.compress(data, 9)); total += gz
    print(f"{'  ' + code + (' (interface only: the rules are English)' if code == 'en' else ''):<48} {len(data):>10} {gz:>10}")
print(f"{'total: words of every language':<48} {'':>10} {total:>10}")
PY

# --breakdown: what the app's and the API's wasm are made of (code by crate, data, the rule image,
# the biggest functions), from a build that keeps function names (target/sizes) and is otherwise
# made as Trunk makes it: wasm-bindgen, then wasm-opt -Oz. Needs twiggy (cargo install twiggy).
if [[ " $* " == *" --breakdown "* ]]; then
  if ! command -v twiggy >/dev/null; then
    echo "the breakdown needs twiggy: cargo install twiggy --locked"; exit 1
  fi
  command -v wasm-bindgen >/dev/null || { echo "the breakdown needs the wasm-bindgen CLI: bash scripts/setup.sh"; exit 1; }
  out=target/sizes/wasm32-unknown-unknown/release
  CARGO_TARGET_DIR=target/sizes CARGO_PROFILE_RELEASE_STRIP=false \
    cargo build --release --locked --quiet --target wasm32-unknown-unknown --bin web-app --bin js-api
  # wasm-opt's feature flags as index.html gives them to Trunk.
  read -r -a features <<< "$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)"
  images=$(ls -td $out/build/second-look-*/out | head -1)
  for bin in web-app js-api; do
    # The app embeds the English rules (and those of every language); the API, every rule.
    rules_image=$images/rules.image
    [ "$bin" = web-app ] && rules_image=$images/rules-core.image
    wasm-bindgen --target web --no-typescript --out-dir target/sizes/bg "$out/$bin.wasm"
    wasm-opt -Oz -g "${features[@]}" "target/sizes/bg/${bin}_bg.wasm" -o "target/sizes/bg/$bin.wasm"
    printf '\n== %s ==\n' "$bin"
    python3 scripts/wasm-breakdown.py "target/sizes/bg/$bin.wasm" "$rules_image"
  done
fi
