/**
 * Builds out/ with `electron-vite build` when it is missing or older than its sources, once, even when
 * several test processes ask at the same time (a lock directory serialises them; the others wait and
 * then find the build fresh).
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

export const builtFiles = {
  main: join(repoRoot, 'out/main/index.js'),
  preload: join(repoRoot, 'out/preload/index.cjs'),
  renderer: join(repoRoot, 'out/renderer/index.html'),
}

const sources = ['electron', 'renderer', 'resources', 'electron.vite.config.ts', 'package.json']

function newestMtime(path: string): number {
  let stat
  try {
    stat = statSync(path)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue
    newest = Math.max(newest, newestMtime(join(path, entry)))
  }
  return newest
}

/** Why out/ needs a build, or null when it is complete and newer than every source file. */
export function staleReason(): string | null {
  let oldestOutput = Infinity
  for (const file of Object.values(builtFiles)) {
    try {
      oldestOutput = Math.min(oldestOutput, statSync(file).mtimeMs)
    } catch {
      return `${file} is missing`
    }
  }
  const newestSource = Math.max(...sources.map((s) => newestMtime(join(repoRoot, s))))
  return newestSource > oldestOutput ? 'sources changed since the last build' : null
}

function runBuild(): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('npx', ['electron-vite', 'build', '--logLevel', 'warn'], {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`electron-vite build failed (exit ${code})`)),
    )
  })
}

const lockDir = join(repoRoot, 'node_modules/.cache/gatehouse-build.lock')
let once: Promise<void> | null = null

async function buildUnderLock(): Promise<void> {
  mkdirSync(dirname(lockDir), { recursive: true })
  const started = Date.now()
  for (;;) {
    try {
      mkdirSync(lockDir)
      break
    } catch {
      // Another process is building; a lock older than 3 minutes is left over from a crash.
      const age = Date.now() - (statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (age > 180_000) rmSync(lockDir, { recursive: true, force: true })
      if (Date.now() - started > 240_000) throw new Error('timed out waiting for another build')
      await new Promise((r) => setTimeout(r, 250))
    }
  }
  try {
    if (staleReason()) await runBuild()
  } finally {
    rmSync(lockDir, { recursive: true, force: true })
  }
}

/** Resolves when out/ is complete and fresh; builds at most once per process. */
export function ensureBuilt(): Promise<void> {
  if (!staleReason()) return Promise.resolve()
  once ??= buildUnderLock().finally(() => {
    once = null
  })
  return once
}
