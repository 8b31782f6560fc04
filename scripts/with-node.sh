#!/usr/bin/env bash
# Runs a command on Gatehouse's Node (Node 24 LTS; bootstrapped into .tools/ where the machine's Node is
# older; see scripts/node-env.sh). npm scripts go through it so `npm start`, `npm run bench` and the rest
# run on the supported Node even when npm itself was started by an old one.
#   bash scripts/with-node.sh node scripts/start.mjs
set -euo pipefail
. "$(dirname "$0")/node-env.sh"
exec "$@"
