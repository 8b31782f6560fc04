// `npm run bench`: runs every tests/bench/*.ts with `npx tsx`, one after the other (benchmarks that
// share 2 cores would measure each other), printing each one's output as it comes. Builds out/ first
// when it is stale, since the UI benchmarks run the built app. Exits 1 when any benchmark failed.
// Only some: `npm run bench -- guard` runs the files whose name contains "guard".
import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const benchDir = join(root, 'tests/bench')
const filters = process.argv.slice(2)
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .filter((f) => !filters.length || filters.some((word) => f.includes(word)))
  .sort()

function run(command, args) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: process.env })
    child.on('exit', (code, signal) => resolveRun(signal ? 1 : (code ?? 1)))
    child.on('error', () => resolveRun(1))
  })
}

const built = await run('npx', [
  'tsx',
  '-e',
  "import('./tests/support/ensure-built.ts').then((m) => m.ensureBuilt())",
])
if (built !== 0) {
  console.error('bench: the build failed')
  process.exit(1)
}

const failed = []
for (const file of files) {
  console.log(`\n=== ${file} ===`)
  const started = Date.now()
  const code = await run('npx', ['tsx', join('tests/bench', file)])
  console.log(
    `=== ${file}: ${code === 0 ? 'done' : `FAILED (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  if (code !== 0) failed.push(file)
}
console.log(
  `\nbench: ${files.length - failed.length} of ${files.length} benchmarks ran${failed.length ? `; failed: ${failed.join(', ')}` : ''}`,
)
process.exit(failed.length ? 1 : 0)
