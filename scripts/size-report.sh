#!/usr/bin/env bash
# Builds the release app and prints the raw and gzip size of every file in dist/, with totals for
# the app a visitor downloads, the partner embed loader, and the JavaScript API build (dist/api/).
set -euo pipefail
source "$(dirname "$0")/env.sh"
[ "${1:-}" = "--no-build" ] || trunk build --release --offline >/dev/null
printf '%-48s %10s %10s\n' "file" "raw" "gzip -9"
declare -A raw_total=() gz_total=()
while IFS= read -r f; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  case "${f#dist/}" in api/*) group="JavaScript API (api/)" ;; *) group="app (everything else)" ;; esac
  raw_total[$group]=$(( ${raw_total[$group]:-0} + raw )); gz_total[$group]=$(( ${gz_total[$group]:-0} + gz ))
  printf '%-48s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done < <(find dist -type f -not -path 'dist/.stage/*' | sort)
for group in "${!raw_total[@]}"; do
  printf '%-48s %10d %10d\n' "total: $group" "${raw_total[$group]}" "${gz_total[$group]}"
done
