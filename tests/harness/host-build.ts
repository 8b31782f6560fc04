/**
 * Compiles the double and main-host.ts to plain ESM once (esbuild, ~50 ms), so each launched main
 * starts with bare `node` instead of paying ~1 s for a TypeScript loader. Output is keyed by a hash of
 * the harness sources, so concurrent test processes agree on it; if esbuild is unavailable the
 * launcher falls back to running the sources through tsx.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { harnessPaths } from './paths'

export interface HostBuild {
  hostEntry: string
  doubleUrl: string
}

function sourceHash(): string {
  const hash = createHash('sha256')
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.ts')) hash.update(entry.name).update(readFileSync(full))
    }
  }
  walk(harnessPaths.here)
  return hash.digest('hex').slice(0, 16)
}

let pending: Promise<HostBuild | null> | null = null

export function buildHost(): Promise<HostBuild | null> {
  pending ??= build().catch((error: unknown) => {
    process.stderr.write(`[harness] prebuilding the double failed, using tsx instead: ${String(error)}\n`)
    return null
  })
  return pending
}

async function build(): Promise<HostBuild> {
  const outDir = join(harnessPaths.repoRoot, 'node_modules/.cache/gatehouse-harness', sourceHash())
  const doubleFile = join(outDir, 'double.mjs')
  const hostFile = join(outDir, 'main-host.mjs')
  if (!existsSync(doubleFile) || !existsSync(hostFile)) {
    const esbuild = await import('esbuild')
    mkdirSync(outDir, { recursive: true })
    const tmp = join(outDir, `tmp-${process.pid}-${Date.now()}`)
    const common = {
      bundle: true,
      platform: 'node' as const,
      format: 'esm' as const,
      target: 'node20',
      sourcemap: 'inline' as const,
      packages: 'external' as const,
      external: ['electron'],
      logLevel: 'silent' as const,
    }
    await esbuild.build({
      ...common,
      entryPoints: [join(harnessPaths.here, 'electron-double/index.ts')],
      outfile: `${tmp}-double.mjs`,
    })
    await esbuild.build({ ...common, entryPoints: [harnessPaths.mainHost], outfile: `${tmp}-host.mjs` })
    // Renames are atomic: a concurrent builder either sees complete files or builds its own copy.
    renameSync(`${tmp}-double.mjs`, doubleFile)
    renameSync(`${tmp}-host.mjs`, hostFile)
  }
  return { hostEntry: hostFile, doubleUrl: pathToFileURL(doubleFile).href }
}
