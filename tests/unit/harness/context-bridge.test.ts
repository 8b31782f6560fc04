/**
 * The renderer half of the double (tests/harness/renderer/runtime.js) applies Electron's
 * contextBridge and ipcRenderer rules. It runs in the page; here it runs against a fake window so the
 * rules can be checked one by one.
 */
import { describe, expect, it, vi } from 'vitest'
import { installRendererDouble, type RendererDouble } from '../../harness/renderer/runtime.js'

function install(
  options: {
    binding?: (m: unknown) => Promise<unknown>
    contextIsolation?: boolean
    isTopFrame?: boolean
  } = {},
) {
  const world: Record<string, any> = {}
  const binding = vi.fn(options.binding ?? (async () => ({ result: null })))
  const runtime = installRendererDouble({
    global: world,
    binding,
    dispatchName: '__dispatch',
    isTopFrame: options.isTopFrame ?? true,
    contextIsolation: options.contextIsolation ?? true,
  }) as RendererDouble
  return { world, binding, runtime }
}

class Visitor {
  constructor(
    public name: string,
    private secret = 's3cret',
  ) {}
  greet(): string {
    return `hi ${this.name}`
  }
  get upper(): string {
    return this.name.toUpperCase()
  }
  reveal(): string {
    return this.secret
  }
}

describe('contextBridge.exposeInMainWorld', () => {
  it('copies the API: functions become proxies, data is deep-frozen, the property is read-only', () => {
    const { world, runtime } = install()
    const original = { app: { info: () => 'info' }, limits: { max: [1, 2] }, version: '1' }
    runtime.contextBridge.exposeInMainWorld('gatehouse', original)
    const api = world.gatehouse
    expect(api).not.toBe(original)
    expect(api.app.info).not.toBe(original.app.info)
    expect(api.app.info()).toBe('info')
    expect(Object.isFrozen(api) && Object.isFrozen(api.app) && Object.isFrozen(api.limits.max)).toBe(true)
    expect(Object.getOwnPropertyDescriptor(world, 'gatehouse')).toMatchObject({
      writable: false,
      configurable: false,
    })
    original.version = '2'
    expect(api.version).toBe('1') // a copy, not a live view
  })

  it('refuses to bind over an existing property, and without context isolation', () => {
    const { world, runtime } = install()
    world.taken = 1
    expect(() => runtime.contextBridge.exposeInMainWorld('taken', {})).toThrow(
      'Cannot bind an API on top of an existing property on the window object',
    )
    const { runtime: open } = install({ contextIsolation: false })
    expect(() => open.contextBridge.exposeInMainWorld('x', {})).toThrow(
      'contextBridge API can only be used when contextIsolation is enabled',
    )
  })

  it('return values: class instances lose their prototype, cloneable types are cloned, symbols dropped', () => {
    const { world, runtime } = install()
    const when = new Date(0)
    const tags = new Map([['a', 1]])
    runtime.contextBridge.exposeInMainWorld('api', {
      visitor: () => new Visitor('Ada'),
      data: () => ({ when, tags, bytes: new Uint8Array([1, 2]), s: Symbol('x'), n: null, u: undefined }),
    })
    const v = world.api.visitor()
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype)
    expect(v).toEqual({ name: 'Ada', secret: 's3cret' })
    expect(v.greet).toBeUndefined()
    expect(v.upper).toBeUndefined()
    const d = world.api.data()
    expect(d.when).toBeInstanceOf(Date)
    expect(d.when).not.toBe(when)
    expect(d.when.getTime()).toBe(0)
    expect(d.tags).toEqual(tags)
    expect(d.tags).not.toBe(tags)
    expect(d.bytes).toEqual(new Uint8Array([1, 2]))
    expect('s' in d).toBe(false)
    expect(d).toMatchObject({ n: null, u: undefined })
    expect(Object.isFrozen(d)).toBe(false) // only the exposed API itself is frozen
  })

  it('errors cross as plain Errors with the message; class and extra fields are lost', async () => {
    class TokenError extends Error {
      code = 'TOKEN'
    }
    const { world, runtime } = install()
    runtime.contextBridge.exposeInMainWorld('api', {
      fail: () => {
        throw new TokenError('token rejected')
      },
      reject: async () => {
        throw new TokenError('later')
      },
    })
    let thrown: unknown
    try {
      world.api.fail()
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(Error)
    expect(thrown).not.toBeInstanceOf(TokenError)
    expect((thrown as Error).message).toBe('token rejected')
    expect((thrown as { code?: string }).code).toBeUndefined()
    const rejected = await world.api.reject().catch((e: unknown) => e)
    expect(rejected).not.toBeInstanceOf(TokenError)
    expect((rejected as Error).message).toBe('later')
  })

  it('promises are re-made and their values copied; callbacks from the page are proxied', async () => {
    const { world, runtime } = install()
    let received: unknown
    runtime.contextBridge.exposeInMainWorld('api', {
      later: async () => new Visitor('Bo'),
      subscribe: (cb: (x: unknown) => void) => {
        received = cb
        cb({ hello: 'page' })
      },
    })
    const p = world.api.later()
    expect(p).toBeInstanceOf(Promise)
    const v = await p
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype)
    const pageCallback = vi.fn()
    world.api.subscribe(pageCallback)
    expect(pageCallback).toHaveBeenCalledWith({ hello: 'page' })
    expect(received).not.toBe(pageCallback)
  })
})

describe('ipcRenderer of the double', () => {
  it('invoke structured-clones its arguments: a function is refused before anything is sent', async () => {
    const { runtime, binding } = install()
    await expect(runtime.ipcRenderer.invoke('c', { callback: () => 1 })).rejects.toThrow(
      'An object could not be cloned.',
    )
    expect(binding).not.toHaveBeenCalled()
    await runtime.ipcRenderer.invoke('c', { when: new Date(5) })
    expect(binding).toHaveBeenCalledWith({ t: 'invoke', channel: 'c', args: [{ when: new Date(5) }] })
  })

  it('an error reply rejects with Electron’s "Error invoking remote method" message', async () => {
    const { runtime } = install({ binding: async () => ({ error: "Error: No handler registered for 'c'" }) })
    await expect(runtime.ipcRenderer.invoke('c')).rejects.toThrow(
      "Error invoking remote method 'c': Error: No handler registered for 'c'",
    )
  })

  it('events reach listeners with an IpcRendererEvent first; removeListener stops them', () => {
    const { runtime, world } = install()
    const listener = vi.fn()
    runtime.ipcRenderer.on('e', listener)
    world.__dispatch('e', [{ a: 1 }, 2])
    expect(listener).toHaveBeenCalledWith(
      expect.objectContaining({ sender: runtime.ipcRenderer }),
      { a: 1 },
      2,
    )
    runtime.ipcRenderer.removeListener('e', listener)
    expect(runtime.ipcRenderer.listenerCount('e')).toBe(0)
    world.__dispatch('e', [3])
    expect(listener).toHaveBeenCalledTimes(1)
    // the dispatcher is not enumerable on the page's window
    expect(Object.keys(world)).not.toContain('__dispatch')
  })

  it('a sandboxed preload can require only electron (and the few modules Electron allows)', () => {
    const { runtime } = install()
    expect(runtime.require('electron')).toHaveProperty('contextBridge')
    expect(() => runtime.require('fs')).toThrow('module not found: fs')
    expect(() => runtime.require('child_process')).toThrow('module not found: child_process')
  })

  it('the preload runs only in the top frame', () => {
    const ran = vi.fn()
    install({ isTopFrame: false }).runtime.runPreload(ran, 'preload.cjs')
    expect(ran).not.toHaveBeenCalled()
    install().runtime.runPreload(ran, 'preload.cjs')
    expect(ran).toHaveBeenCalledTimes(1)
  })
})
