// Adds up the vitest and Playwright JSON reports and the plain checks (build, type check, lint,
// format) into the one closing line CI reads: `N passed, N failed[, N skipped]`. Exits 1 on any failure.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const [reports, checksPassed, checksFailed] = process.argv.slice(2)
let passed = Number(checksPassed)
let failed = Number(checksFailed)
let skipped = 0

const vitestFile = join(reports, 'vitest.json')
if (existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, 'utf8'))
  passed += v.numPassedTests
  failed += v.numFailedTests
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0)
  // A test file that failed to load has no tests: count it as a failure, not as nothing.
  failed += (v.testResults ?? []).filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  ).length
}

const playwrightFile = join(reports, 'playwright.json')
if (existsSync(playwrightFile)) {
  const p = JSON.parse(readFileSync(playwrightFile, 'utf8'))
  passed += p.stats.expected + (p.stats.flaky ?? 0)
  failed += p.stats.unexpected
  skipped += p.stats.skipped
  failed += (p.errors ?? []).length
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 ? 1 : 0)
