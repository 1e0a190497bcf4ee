#!/usr/bin/env bash
# Builds the release app and prints the raw and gzip size of every file in dist/ and the total.
set -euo pipefail
source "$(dirname "$0")/env.sh"
[ "${1:-}" = "--no-build" ] || trunk build --release --offline >/dev/null
printf '%-48s %10s %10s\n' "file" "raw" "gzip -9"
total=0; gtotal=0
while IFS= read -r f; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + raw)); gtotal=$((gtotal + gz))
  printf '%-48s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done < <(find dist -type f | sort)
printf '%-48s %10d %10d\n' "total" "$total" "$gtotal"
