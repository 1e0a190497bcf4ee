#!/usr/bin/env bash
# Installs whatever is missing, builds the app and serves it at http://127.0.0.1:8080
set -euo pipefail
source "$(dirname "$0")/env.sh"
bash scripts/setup.sh
exec trunk serve --release --offline
