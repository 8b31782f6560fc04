#!/usr/bin/env bash
# Installs node_modules from the lock file when missing or older than it. No Electron binary can be
# downloaded on our machines, so it is skipped; Playwright never downloads a browser (Debian chromium).
# better-sqlite3 13 ships N-API prebuilt binaries; keytar (N-API) compiles once against the running Node's
# headers (npm_config_nodedir, set by scripts/node-env.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/node-env.sh
export ELECTRON_SKIP_BINARY_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "Installing node modules (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
fi
