/**
 * The renderer never loads the schema library: validation is main's job, and zod (~180 KB) in the first
 * bundle delays the first paint. This follows every run-time import from renderer/src into
 * electron/shared (type-only imports are erased by the compiler and skipped) and fails when one reaches
 * 'zod'. A screen that needs a constant from a contract module imports it from a zod-free module
 * (settings-constants.ts, contract/badge-constants.ts, reception/registration-rules.ts,
 * operators/role-names.ts, visitor-services-placeholders.ts), which the contract module re-exports.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(dirname(new URL(import.meta.url).pathname), '../../..')
const shared = join(root, 'electron/shared')

/** Run-time module specifiers of a source file (`import type` and `export type` skipped). */
export function runtimeImports(source: string): string[] {
  const specifiers: string[] = []
  const statement = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g
  for (const m of source.matchAll(statement)) {
    if (m[2]) continue
    // `import { type A, type B } from` carries no run-time binding either.
    const names = m[3]!.trim()
    if (names.startsWith('{')) {
      const inner = names
        .slice(1, -1)
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)
      if (inner.length && inner.every((n) => n.startsWith('type '))) continue
    }
    specifiers.push(m[4]!)
  }
  for (const m of source.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)) specifiers.push(m[1]!)
  return specifiers
}

function resolveShared(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@shared/')
    ? join(shared, specifier.slice('@shared/'.length))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : null
  if (!base) return null
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  return null
}

function scriptOf(file: string): string {
  const text = readFileSync(file, 'utf8')
  if (!file.endsWith('.vue')) return text
  return [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
}

function rendererFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return rendererFiles(path)
    return /\.(ts|vue)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** Every path from a renderer file to 'zod' through electron/shared, as "a -> b -> zod". */
function pathsToZod(): string[] {
  const found: string[] = []
  const seen = new Set<string>()
  const visit = (file: string, trail: string[]) => {
    for (const specifier of runtimeImports(scriptOf(file))) {
      if (specifier === 'zod' || specifier.startsWith('zod/')) {
        found.push([...trail, 'zod'].join(' -> '))
        continue
      }
      const target = resolveShared(file, specifier)
      if (!target || !target.startsWith(shared) || seen.has(target)) continue
      seen.add(target)
      visit(target, [...trail, target.slice(root.length + 1)])
    }
  }
  for (const file of rendererFiles(join(root, 'renderer/src'))) visit(file, [file.slice(root.length + 1)])
  return found
}

describe('the renderer and the schema library', () => {
  it('reads run-time imports and skips type-only ones', () => {
    const source = [
      "import { z } from 'zod'",
      "import type { A } from './a'",
      "import { type B, type C } from './b'",
      "import { d, type E } from './d'",
      "export { f } from './f'",
      "export type { G } from './g'",
      "import './side-effect.css'",
    ].join('\n')
    expect(runtimeImports(source)).toEqual(['zod', './d', './f', './side-effect.css'])
  })

  it('no renderer module reaches zod through electron/shared', () => {
    expect(pathsToZod()).toEqual([])
  })
})
