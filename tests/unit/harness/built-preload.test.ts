/**
 * The built preload must be ONE CommonJS file requiring nothing but 'electron' (a sandboxed preload
 * cannot load anything else), and it must build window.gatehouse from the contract through the bridge.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { installRendererDouble } from '../../harness/renderer/runtime.js'
import { channelNames } from '../../../electron/shared/contract/index'
import { builtFiles, ensureBuilt } from '../../support/ensure-built'

let source = ''

beforeAll(async () => {
  await ensureBuilt()
  source = readFileSync(builtFiles.preload, 'utf8')
}, 180_000)

describe('out/preload/index.cjs', () => {
  it("requires 'electron' and nothing else", () => {
    const required = [...source.matchAll(/\brequire\s*\(\s*([^)]*?)\s*\)/g)].map((m) => m[1])
    expect(required.length).toBeGreaterThan(0)
    expect(new Set(required)).toEqual(new Set(['"electron"']))
    expect(source).not.toMatch(/\bimport\s*\(/) // no dynamic import either
    expect(source).not.toMatch(/^\s*import\s/m) // and it is CommonJS, not ESM
  })

  it('builds window.gatehouse with one function per contract channel, calling invoke on the wire name', async () => {
    const world: Record<string, any> = {}
    const binding = vi.fn(async () => ({ result: { ok: true, data: 'pong' } }))
    const runtime = installRendererDouble({ global: world, binding, dispatchName: '__d', isTopFrame: true })
    // Electron wraps a sandboxed preload as a function of its sandbox globals; so does the harness.
    const preload = new Function(
      'require',
      'process',
      'Buffer',
      'global',
      'setImmediate',
      'clearImmediate',
      'exports',
      'module',
      source,
    ) as (...args: unknown[]) => void
    runtime.runPreload(preload, builtFiles.preload)
    for (const name of channelNames) {
      const [domain, verb] = [name.slice(0, name.indexOf('.')), name.slice(name.indexOf('.') + 1)]
      expect(typeof world.gatehouse[domain][verb]).toBe('function')
    }
    await expect(world.gatehouse.app.info()).resolves.toEqual({ ok: true, data: 'pong' })
    expect(binding).toHaveBeenCalledWith({
      t: 'invoke',
      channel: 'gatehouse:invoke:app.info',
      args: [undefined],
    })
    expect(typeof world.gatehouse.on).toBe('function')
  })
})
