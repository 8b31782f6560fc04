// `npm run bench`: runs every tests/bench/*.ts with `npx tsx`, one after the other (benchmarks that
// share 2 cores would measure each other), printing each one's output as it comes. Builds out/ first
// when it is stale, since the UI benchmarks run the built app. Exits 1 when any benchmark failed.
// Only some: `npm run bench -- guard` runs the files whose name contains "guard".
//
// Every benchmark reports its figures through tests/bench/support/figures.ts; this script gathers them
// into one table, prints it at the end and keeps it in tests/bench/RESULTS.md (rendered from
// tests/bench/results.json) with the date, machine, Node version and load average of each benchmark's
// run. A run of some benchmarks replaces only their sections, so the file always holds the latest
// figures of every benchmark and a regression shows in its diff.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const benchDir = join(root, 'tests/bench')
const resultsJson = join(benchDir, 'results.json')
const resultsMd = join(benchDir, 'RESULTS.md')
const filters = process.argv.slice(2)
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .filter((f) => !filters.length || filters.some((word) => f.includes(word)))
  .sort()

function run(command, args, env = process.env) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env })
    child.on('exit', (code, signal) => resolveRun(signal ? 1 : (code ?? 1)))
    child.on('error', () => resolveRun(1))
  })
}

const load = () => loadavg().map((l) => Number(l.toFixed(2)))
/**
 * The speed this machine gives one core right now: a fixed loop, in ms (lower is faster). Our build
 * machines are shared virtual machines whose speed swings by 2x within an hour with the load average
 * near 0, so a slow figure is read next to it.
 */
const cpuProbe = () => {
  const started = performance.now()
  let x = 0
  for (let i = 0; i < 1e8; i++) x += i % 7
  return x > 0 ? Math.round(performance.now() - started) : NaN
}
const machine = () => {
  const cores = cpus()
  return { cpu: cores[0]?.model?.trim() ?? 'unknown', cores: cores.length, node: process.version }
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

const scratch = mkdtempSync(join(tmpdir(), 'gatehouse-bench-'))
const results = existsSync(resultsJson) ? JSON.parse(readFileSync(resultsJson, 'utf8')) : {}
// A benchmark that no longer exists has no latest figures.
for (const file of Object.keys(results)) if (!existsSync(join(benchDir, file))) delete results[file]
const failed = []
for (const file of files) {
  console.log(`\n=== ${file} ===`)
  const figuresFile = join(scratch, `${file}.jsonl`)
  const loadBefore = load()
  const probeBefore = cpuProbe()
  const started = Date.now()
  const code = await run('npx', ['tsx', join('tests/bench', file)], {
    ...process.env,
    GATEHOUSE_BENCH_FIGURES: figuresFile,
  })
  const seconds = (Date.now() - started) / 1000
  console.log(`=== ${file}: ${code === 0 ? 'done' : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s`)
  if (code !== 0) failed.push(file)
  const figures = existsSync(figuresFile)
    ? readFileSync(figuresFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : []
  results[file] = {
    ranAt: new Date(started).toISOString(),
    ...machine(),
    loadBefore,
    loadAfter: load(),
    cpuProbeMs: [probeBefore, cpuProbe()],
    seconds: Number(seconds.toFixed(1)),
    status: code === 0 ? 'passed' : `failed (exit ${code})`,
    figures,
  }
  writeResults() // after every benchmark: an interrupted run keeps what it measured
}
rmSync(scratch, { recursive: true, force: true })

function writeResults() {
  writeFileSync(resultsJson, `${JSON.stringify(results, null, 2)}\n`)
  const md = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (scripts/bench.mjs) from tests/bench/results.json: the latest run of every',
    'benchmark. Compare a run with the previous one in this file’s git diff; mind the load average: the',
    'machine is often shared, and figures taken at a load above the core count are slower than the code.',
    'The CPU probe is a fixed loop timed before and after each benchmark (ms, lower is faster): the',
    'machine is a shared virtual machine whose speed swings by 2x with the load average near 0.',
    '',
    '| bench | ran at (UTC) | machine | Node | load average before → after | CPU probe before → after | time | status |',
    '|---|---|---|---|---|---|---|---|',
    ...Object.entries(results)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([file, r]) =>
          `| ${file.replace(/\.ts$/, '')} | ${r.ranAt.replace('T', ' ').slice(0, 16)} | ${r.cpu}, ${r.cores} cores | ${r.node} | ` +
          `${r.loadBefore.join(' ')} → ${r.loadAfter.join(' ')} | ${r.cpuProbeMs ? `${r.cpuProbeMs.join(' → ')} ms` : '—'} | ` +
          `${r.seconds} s | ${r.status} |`,
      ),
    '',
    '| bench | figure | value | unit | goal | |',
    '|---|---|--:|---|---|---|',
    ...Object.entries(results)
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([file, r]) => rowsOf(file, r.figures))
      .map((r) => `| ${r.join(' | ')} |`),
    '',
  ]
  writeFileSync(resultsMd, md.join('\n'))
}

/** One aligned text table: bench | figure | value | unit | goal | verdict. */
function table(rows) {
  const header = ['bench', 'figure', 'value', 'unit', 'goal', '']
  const cells = [header, ...rows]
  const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i]).length)))
  return cells
    .map((r) => r.map((c, i) => (i === 2 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))))
    .map((r) => r.join('  ').trimEnd())
}
function rowsOf(file, figures) {
  return figures.map((f) => [
    file.replace(/\.ts$/, ''),
    f.name,
    f.value,
    f.unit,
    f.goal ?? '',
    f.goal ? (f.met ? 'met' : 'MISSED') : '',
  ])
}

const ran = files.flatMap((file) => rowsOf(file, results[file].figures))
console.log(`\n${table(ran).join('\n')}`)

console.log(
  `\nbench: ${files.length - failed.length} of ${files.length} benchmarks ran${failed.length ? `; failed: ${failed.join(', ')}` : ''}; ` +
    `figures in ${resultsMd.slice(root.length + 1)}`,
)
process.exit(failed.length ? 1 : 0)
