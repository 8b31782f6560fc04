/**
 * Every native module the built main can load is N-API (exports `napi_register_module_v1`), never
 * bound to one runtime's V8 ABI (`node_register_module_v<ABI>`): the same .node file then loads in
 * Node (tests) and in Electron (the app) without a rebuild. better-sqlite3 12 was ABI-bound and broke
 * `npm start` on any machine with the Electron binary; this test keeps such a module from coming back.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { builtFiles, ensureBuilt } from '../../support/ensure-built'

const repoRoot = join(dirname(builtFiles.main), '../..')
const require = createRequire(join(repoRoot, 'package.json'))

/** Bare package names the built main imports (static, dynamic) or requires: its entry and chunks. */
function packagesMainLoads(): string[] {
  const mainDir = dirname(builtFiles.main)
  const source = readdirSync(mainDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(mainDir, f), 'utf8'))
    .join('\n')
  const specifiers = new Set<string>()
  for (const re of [
    /\bfrom\s+"([^"\s]+)"/g,
    /\bimport\(\s*"([^"\s]+)"\s*\)/g,
    /\brequire\(\s*"([^"\s]+)"\s*\)/g,
  ]) {
    for (const m of source.matchAll(re)) specifiers.add(m[1]!)
  }
  const builtins = new Set(builtinModules)
  return [...specifiers]
    .filter((s) => !s.startsWith('.') && !s.startsWith('node:') && !builtins.has(s) && s !== 'electron')
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!))
    .filter((s, i, all) => all.indexOf(s) === i)
}

function packageDir(name: string, from = repoRoot): string {
  return dirname(createRequire(join(from, 'package.json')).resolve(`${name}/package.json`))
}

/** The package and everything it depends on, by folder. */
function closure(names: string[]): string[] {
  const seen = new Set<string>()
  const visit = (dir: string) => {
    if (seen.has(dir)) return
    seen.add(dir)
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>
    }
    for (const dep of Object.keys(pkg.dependencies ?? {})) {
      try {
        visit(packageDir(dep, dir))
      } catch {
        // An optional or platform-only dependency that is not installed here.
      }
    }
  }
  for (const name of names) visit(packageDir(name))
  return [...seen]
}

function nodeFiles(dir: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules') continue
    const path = join(dir, entry)
    const stat = statSync(path)
    if (stat.isDirectory()) found.push(...nodeFiles(path))
    else if (entry.endsWith('.node')) found.push(path)
  }
  return found
}

/** Exported registration symbols: from the ELF dynamic symbol table where nm can read it, else the bytes. */
function registrationSymbols(file: string): string[] {
  const bytes = readFileSync(file)
  const isElf = bytes.subarray(0, 4).equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))
  const text = isElf
    ? execFileSync('nm', ['-D', '--defined-only', file], { encoding: 'utf8' })
    : bytes.toString('latin1')
  return [...new Set(text.match(/(?:napi|node)_register_module_v\d+/g) ?? [])]
}

describe('native modules the built main loads', () => {
  let packages: string[] = []
  let files: string[] = []
  beforeAll(async () => {
    await ensureBuilt()
    packages = packagesMainLoads()
    files = closure(packages).flatMap(nodeFiles)
  })

  it('finds the native modules (keytar, better-sqlite3) in the built main', () => {
    expect(packages).toEqual(expect.arrayContaining(['better-sqlite3', 'keytar']))
    expect(files.some((f) => f.includes('keytar'))).toBe(true)
    expect(files.some((f) => f.includes('better-sqlite3'))).toBe(true)
  })

  it('every .node file is N-API and none is bound to a V8 ABI', () => {
    const report = files.map((file) => ({
      file: file.slice(repoRoot.length + 1),
      symbols: registrationSymbols(file),
    }))
    for (const { file, symbols } of report) {
      expect(symbols, file).toContain('napi_register_module_v1')
      expect(
        symbols.filter((s) => s.startsWith('node_register_module_v')),
        `${file} is bound to one runtime's ABI`,
      ).toEqual([])
    }
  })

  it('the modules load in this Node', () => {
    expect(() => require('better-sqlite3')).not.toThrow()
    expect(() => require('keytar')).not.toThrow()
  })
})
