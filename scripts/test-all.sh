#!/usr/bin/env bash
# Every check Gatehouse has, in the order a failure is cheapest to see: build, type check, lint,
# unit tests (vitest, with a real OS keychain), end-to-end tests (Playwright + Debian Chromium through
# the harness). Installs what it needs on a fresh Debian/Ubuntu machine first. Runs every step even
# after a failure, and ends with one line: `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."
# Node 24 LTS (bootstrapped into .tools/ where the machine's Node is older).
. scripts/node-env.sh || { echo "0 passed, 1 failed"; exit 1; }
export CI="${CI:-}" GATEHOUSE_LOG=quiet ELECTRON_SKIP_BINARY_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
reports=.tmp/reports
rm -rf "$reports" && mkdir -p "$reports"
checks_failed=0
checks_passed=0
failed_steps=''

step() {
  local name=$1
  shift
  echo "::: $name"
  local started=$SECONDS
  if "$@"; then
    checks_passed=$((checks_passed + 1))
    echo "::: $name passed ($((SECONDS - started)) s)"
  else
    checks_failed=$((checks_failed + 1))
    failed_steps+="$name"$'\n'
    echo "::: $name FAILED ($((SECONDS - started)) s)"
  fi
}

bash scripts/install-system-deps.sh || { echo "0 passed, 1 failed"; exit 1; }
bash scripts/install-node-deps.sh || { echo "0 passed, 1 failed"; exit 1; }

step "build (electron-vite)" npx electron-vite build --logLevel warn
# A check run beside others: started with its output kept, then read as a step by background_result.
declare -A background_pid background_log
in_background() {
  local name=$1
  shift
  background_log[$name]=$(mktemp)
  "$@" >"${background_log[$name]}" 2>&1 &
  background_pid[$name]=$!
}
background_result() {
  local rc=0
  wait "${background_pid[$1]}" || rc=$?
  cat "${background_log[$1]}"
  return "$rc"
}

# The endurance run (`npm run soak`: a simulated week in 10 minutes of wall time, about half a core)
# runs beside every step from here to the end of the end-to-end tests, which take about as long. It
# starts now so that its warm-up (filling the live feed with 16,000 events of the site's history: a
# minute at a load average near 10) meets lint and the type check, which judge no time, and it is done
# before the timing tests, which must not share the machine. It asserts the goals of
# tests/soak/soak.ts: memory flat over the second half, the database bounded by retention, alarm
# latency at the end like at the start, no alarm lost or duplicated. The steps beside it run at a lower
# priority (nice 10): the soak gets its half core when it asks, so its latency goal judges the app,
# not how hard the tests beside it happen to work at that moment (in a fresh clone at equal priority,
# the poll -> notification median rose from 42 ms in the first fifth, beside vitest, to 294 ms in the
# last, beside the accessibility walks). The machine does the same work either way. It takes about 11.5
# minutes with its start and warm-up; a soak that hangs is stopped after 16, a failed step.
beside_soak=(nice -n 10)
in_background soak timeout -k 10 960 env GATEHOUSE_SOAK_MINUTES=10 bash scripts/with-keyring.sh npx tsx tests/soak/soak.ts
# The type check (one core for about a minute) runs beside lint and format (the other core).
in_background typecheck "${beside_soak[@]}" npm run --silent typecheck
step "lint (eslint)" "${beside_soak[@]}" npx eslint .
step "format (prettier --check)" "${beside_soak[@]}" npx prettier --check . --log-level warn
step "type check (tsc + vue-tsc, beside lint and format)" background_result typecheck
step "unit tests (vitest)" "${beside_soak[@]}" bash scripts/with-keyring.sh npx vitest run --reporter=default \
  --reporter=json --outputFile="$reports/vitest.json"
step "end-to-end tests (playwright)" "${beside_soak[@]}" env PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright.json" bash scripts/with-keyring.sh \
  xvfb-run -a npx playwright test --project=e2e --reporter=list,json
# The soak's result: it has run beside the unit and end-to-end tests (it usually ends with them).
step "soak (a simulated week in 10 minutes, beside the checks and tests above)" background_result soak
# The tests that judge wall-clock timing (a QR sampled once a second, an acknowledgement across two
# stations, the link-lost banner within a polling interval + 1 s) run last and alone, so no axe scan,
# PostgreSQL cluster or endurance run takes the time they measure.
step "timing tests (playwright)" env PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright-timing.json" \
  bash scripts/with-keyring.sh xvfb-run -a npx playwright test --project=timing --no-deps --reporter=list,json \
  --output=test-results/timing

GATEHOUSE_FAILED_STEPS="$failed_steps" node scripts/summarise-tests.mjs "$reports" "$checks_passed" "$checks_failed"
