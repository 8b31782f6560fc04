import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests drive the REAL built app through the harness (tests/harness): main in a Node child
 * process with the electron double, each window a page in Debian Chromium. The fixture in
 * tests/e2e/fixtures.ts launches one Chromium per worker and a fresh main + browser context per test.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  // Two cores on CI: two workers, each with its own Chromium.
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One retry in CI: a test that passes only on its retry is reported as flaky in the list output.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  outputDir: 'test-results',
  // Tests that judge wall-clock timing (the QR current 99 % of the time, an acknowledgement across
  // stations within a second, the link-lost banner within a polling interval + 1 s) run last, once the
  // rest is done, so the other worker's axe scans and PostgreSQL clusters do not take the time they
  // measure. They carry the tag @timing. (The test command runs them as a second run,
  // `--project=timing --no-deps`, beside the short soak: scripts/test-all.sh.)
  projects: [
    { name: 'e2e', grepInvert: /@timing/ },
    { name: 'timing', grep: /@timing/, dependencies: ['e2e'] },
  ],
})
