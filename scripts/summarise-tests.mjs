// Adds up the vitest and Playwright JSON reports and the plain checks (build, type check, lint,
// format) into the one closing line CI reads: `N passed, N failed[, N skipped]`. Exits 1 on any failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

const [reports, checksPassed, checksFailed] = process.argv.slice(2)
let passed = Number(checksPassed)
let failed = Number(checksFailed)
let skipped = 0
// CI shows only the end of the output: name every failed test right above the closing line.
const failedNames = []

/**
 * The reason in short, for the tail CI shows: the error's first lines without colour codes, and where
 * in the test it was thrown (a locator's expectation names what it waited for).
 */
function why(message, location) {
  if (!message) return ''
  const plain = message.replace(/\u001b\[[0-9;]*m/g, '')
  const lines = plain
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 4)
  const at = location ? ` (at ${relative(process.cwd(), location.file)}:${location.line})` : ''
  return `\n      ${lines.join('\n      ').slice(0, 600)}${at}`
}

const vitestFile = join(reports, 'vitest.json')
if (existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, 'utf8'))
  passed += v.numPassedTests
  failed += v.numFailedTests
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0)
  // A test file that failed to load has no tests: count it as a failure, not as nothing.
  for (const file of v.testResults ?? []) {
    const where = relative(process.cwd(), file.name ?? '')
    if (file.status === 'failed' && file.assertionResults.length === 0) {
      failed += 1
      failedNames.push(`vitest ${where}: ${(file.message ?? 'did not load').split('\n')[0]}`)
    }
    for (const test of file.assertionResults ?? [])
      if (test.status === 'failed')
        failedNames.push(`vitest ${where} > ${test.fullName}${why(test.failureMessages?.[0])}`)
  }
}

// One report per Playwright run (the end-to-end tests, then the timing tests): playwright*.json.
const playwrightFiles = existsSync(reports)
  ? readdirSync(reports).filter((f) => /^playwright.*\.json$/.test(f))
  : []
for (const playwrightFile of playwrightFiles) {
  const p = JSON.parse(readFileSync(join(reports, playwrightFile), 'utf8'))
  passed += p.stats.expected + (p.stats.flaky ?? 0)
  failed += p.stats.unexpected
  skipped += p.stats.skipped
  failed += (p.errors ?? []).length
  for (const error of p.errors ?? [])
    failedNames.push(`playwright error: ${(error.message ?? '').split('\n')[0]}`)
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? [])
        if (test.status === 'unexpected') {
          const name = `playwright ${spec.file}:${spec.line} > ${[...titles, spec.title].join(' > ')}`
          // Every attempt's reason: a retry can fail otherwise than the first run did.
          const reasons = (test.results ?? []).map(
            (r, i) => `\n    attempt ${i + 1}:${why(r.error?.message, r.error?.location)}`,
          )
          failedNames.push(name + reasons.join(''))
        }
    for (const child of suite.suites ?? [])
      walk(child, suite.title && !suite.title.endsWith('.ts') ? [...titles, suite.title] : titles)
  }
  for (const suite of p.suites ?? []) walk(suite, [])
}

for (const step of (process.env.GATEHOUSE_FAILED_STEPS ?? '').split('\n').filter(Boolean))
  failedNames.unshift(`step ${step}`)
for (const name of failedNames) console.log(`FAILED: ${name}`)

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 ? 1 : 0)
