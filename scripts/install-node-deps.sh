#!/usr/bin/env bash
# Installs node_modules from the lock file when missing or older than it. No Electron binary can be
# downloaded on our machines, so it is skipped; Playwright never downloads a browser (Debian chromium).
# keytar and better-sqlite3 are built from source for Node (allowScripts in package.json).
set -euo pipefail
cd "$(dirname "$0")/.."
export ELECTRON_SKIP_BINARY_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "Installing node modules (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
fi
