#!/usr/bin/env bash
# Checks the README's serve command works: `trunk serve` (as scripts/serve.sh runs it) builds with
# the post-build hook and serves a page that carries the Content-Security-Policy and no inline
# script. Uses its own port and dist folder, and stops the server when done.
set -euo pipefail
source "$(dirname "$0")/env.sh"
PORT=${PORT:-8097}
DIST="target/serve-smoke"
log=$(mktemp)
trunk serve --release --offline --port "$PORT" --dist "$DIST" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 300); do
  if grep -q "success" "$log"; then break; fi
  if grep -q "ERROR" "$log" || ! kill -0 $pid 2>/dev/null; then cat "$log"; echo "serve-smoke: trunk serve failed" >&2; exit 1; fi
  sleep 1
done
grep -q "success" "$log" || { cat "$log"; echo "serve-smoke: no build within 300 s" >&2; exit 1; }
# Node's fetch, so the check needs nothing beyond what setup.sh installs.
get() { node -e 'fetch(process.argv[1]).then(async (r) => { if (!r.ok) process.exit(1); process.stdout.write(await r.text()); }).catch(() => process.exit(1))' "$1"; }
page=$(get "http://127.0.0.1:$PORT/")
grep -q 'http-equiv="Content-Security-Policy"' <<<"$page" || { echo "serve-smoke: no CSP in the served page" >&2; exit 1; }
if grep -Eq '<script(>| (type="module")?>)' <<<"$page"; then echo "serve-smoke: inline script in the served page" >&2; exit 1; fi
get "http://127.0.0.1:$PORT/embed.html" >/dev/null || { echo "serve-smoke: embed.html missing" >&2; exit 1; }
echo "serve-smoke: trunk serve builds and serves the app with its CSP"
