// @ts-check
/**
 * The renderer half of the electron double. This ONE function is inlined (as text) into every window's
 * init script and runs in the page before any page script; it must stay self-contained (no imports,
 * no outer variables). It provides what a sandboxed preload's `require('electron')` gives
 * (contextBridge, ipcRenderer, webFrame, webUtils), applies contextBridge's copy rules, and wraps the
 * page's permission-gated APIs and window.open so main's handlers decide, as in Electron.
 * Unit tests import it and run it against a fake global (tests/unit/harness/context-bridge.test.ts).
 *
 * @param {{
 *   global?: any,
 *   binding?: (message: any) => Promise<any>,
 *   bindingName?: string,
 *   dispatchName: string,
 *   isTopFrame?: boolean,
 *   contextIsolation?: boolean,
 *   platform?: string,
 *   versions?: Record<string, string>,
 * }} config
 */
export function installRendererDouble(config) {
  const g = config.global || globalThis
  // The binding to the test process is captured and removed from the page's reach.
  const binding = config.binding || g[/** @type {string} */ (config.bindingName)]
  if (config.bindingName) delete g[config.bindingName]
  const O = Object
  const Err = g.Error || Error
  const DOMExc = g.DOMException || DOMException
  const clone = g.structuredClone || structuredClone
  const isTopFrame = config.isTopFrame !== undefined ? config.isTopFrame : g.top === g
  const contextIsolation = config.contextIsolation !== false

  // ---------------------------------------------------------------------------------------------
  // contextBridge copy rules (https://www.electronjs.org/docs/latest/api/context-bridge): functions
  // become proxies, promises are re-made, errors are copied as plain Errors with their message,
  // cloneable types are structured-cloned, plain objects and class instances are copied as plain
  // objects (prototype dropped), symbols are dropped, DOM nodes pass by reference. The exposed API
  // object itself is deep-frozen.
  // ---------------------------------------------------------------------------------------------
  const isCloneableBuiltin = (/** @type {any} */ v) =>
    v instanceof Date ||
    v instanceof RegExp ||
    v instanceof ArrayBuffer ||
    ArrayBuffer.isView(v) ||
    v instanceof Map ||
    v instanceof Set ||
    (typeof g.Blob === 'function' && v instanceof g.Blob) ||
    (typeof g.ImageData === 'function' && v instanceof g.ImageData)

  /** @param {any} error */
  function copyError(error) {
    if (
      error instanceof Error ||
      (error && typeof error === 'object' && typeof error.message === 'string' && 'stack' in error)
    ) {
      return new Err(String(error.message))
    }
    return copy(error, false, new Map())
  }

  /** @param {Function} fn */
  function proxyFunction(fn) {
    return function bridged(/** @type {any[]} */ ...args) {
      const copiedArgs = args.map((a) => copy(a, false, new Map()))
      let result
      try {
        result = fn(...copiedArgs)
      } catch (error) {
        throw copyError(error)
      }
      return copy(result, false, new Map())
    }
  }

  /**
   * @param {any} value
   * @param {boolean} freeze
   * @param {Map<any, any>} seen
   * @returns {any}
   */
  function copy(value, freeze, seen) {
    const type = typeof value
    if (
      value === null ||
      type === 'undefined' ||
      type === 'string' ||
      type === 'number' ||
      type === 'boolean' ||
      type === 'bigint'
    ) {
      return value
    }
    if (type === 'symbol') return undefined
    if (type === 'function') return proxyFunction(value)
    if (seen.has(value)) return seen.get(value)
    if (value instanceof Promise || (typeof value.then === 'function' && typeof value.catch === 'function')) {
      return new Promise((resolve, reject) => {
        value.then(
          (/** @type {any} */ v) => resolve(copy(v, false, new Map())),
          (/** @type {any} */ e) => reject(copyError(e)),
        )
      })
    }
    if (value instanceof Error) return copyError(value)
    if (typeof g.Node === 'function' && value instanceof g.Node) return value
    if (isCloneableBuiltin(value)) return clone(value)
    if (Array.isArray(value)) {
      const out = /** @type {any[]} */ ([])
      seen.set(value, out)
      for (const item of value) out.push(copy(item, freeze, seen))
      return freeze ? O.freeze(out) : out
    }
    const out = /** @type {Record<string, any>} */ ({})
    seen.set(value, out)
    for (const key of O.keys(value)) {
      const v = copy(value[key], freeze, seen)
      if (v !== undefined || value[key] === undefined) out[key] = v
    }
    return freeze ? O.freeze(out) : out
  }

  const contextBridge = {
    /** @param {string} apiKey @param {any} api */
    exposeInMainWorld(apiKey, api) {
      if (!contextIsolation)
        throw new Err('contextBridge API can only be used when contextIsolation is enabled')
      if (typeof apiKey !== 'string') throw new TypeError('Expected apiKey to be a string')
      if (apiKey in g) throw new Err('Cannot bind an API on top of an existing property on the window object')
      O.defineProperty(g, apiKey, {
        value: copy(api, true, new Map()),
        writable: false,
        configurable: false,
        enumerable: true,
      })
    },
    exposeInIsolatedWorld() {
      throw new Err('contextBridge.exposeInIsolatedWorld is not supported by the Gatehouse harness')
    },
    executeInMainWorld() {
      throw new Err('contextBridge.executeInMainWorld is not supported by the Gatehouse harness')
    },
  }

  // ---------------------------------------------------------------------------------------------
  // ipcRenderer: invoke/send cross to main through the binding; events arrive through dispatch.
  // Arguments are structured-cloned first, so what Electron refuses to send is refused here too.
  // ---------------------------------------------------------------------------------------------
  /** @type {Map<string, Function[]>} */
  const listeners = new Map()

  /** @param {any[]} args */
  function cloneArgs(args) {
    try {
      return clone(args)
    } catch {
      throw new Err('An object could not be cloned.')
    }
  }

  /** @param {unknown} channel */
  function assertChannel(channel) {
    if (typeof channel !== 'string') throw new Err('Missing required channel argument')
  }

  const ipcRenderer = {
    /** @param {string} channel @param {any[]} args */
    async invoke(channel, ...args) {
      assertChannel(channel)
      const reply = await binding({ t: 'invoke', channel, args: cloneArgs(args) })
      if (reply && typeof reply.error === 'string') {
        throw new Err(`Error invoking remote method '${channel}': ${reply.error}`)
      }
      return reply ? reply.result : undefined
    },
    /** @param {string} channel @param {any[]} args */
    send(channel, ...args) {
      assertChannel(channel)
      void binding({ t: 'send', channel, args: cloneArgs(args) })
    },
    sendSync() {
      throw new Err(
        'ipcRenderer.sendSync is not supported by the Gatehouse harness (and blocks the renderer in Electron)',
      )
    },
    sendToHost() {},
    postMessage() {
      throw new Err('ipcRenderer.postMessage is not supported by the Gatehouse harness')
    },
    /** @param {string} channel @param {Function} listener */
    on(channel, listener) {
      assertChannel(channel)
      const list = listeners.get(channel) || []
      list.push(listener)
      listeners.set(channel, list)
      return ipcRenderer
    },
    /** @param {string} channel @param {Function} listener */
    once(channel, listener) {
      const wrapper = (/** @type {any[]} */ ...args) => {
        ipcRenderer.removeListener(channel, wrapper)
        listener(...args)
      }
      return ipcRenderer.on(channel, wrapper)
    },
    /** @param {string} channel @param {Function} listener */
    addListener(channel, listener) {
      return ipcRenderer.on(channel, listener)
    },
    /** @param {string} channel @param {Function} listener */
    removeListener(channel, listener) {
      const list = listeners.get(channel)
      if (list) {
        const i = list.lastIndexOf(listener)
        if (i >= 0) list.splice(i, 1)
        if (list.length === 0) listeners.delete(channel)
      }
      return ipcRenderer
    },
    /** @param {string} channel @param {Function} listener */
    off(channel, listener) {
      return ipcRenderer.removeListener(channel, listener)
    },
    /** @param {string} [channel] */
    removeAllListeners(channel) {
      if (channel === undefined) listeners.clear()
      else listeners.delete(channel)
      return ipcRenderer
    },
    /** @param {string} channel */
    listenerCount(channel) {
      return (listeners.get(channel) || []).length
    },
  }

  /** main -> renderer: `webContents.send(channel, ...args)` arrives here. */
  function dispatch(/** @type {string} */ channel, /** @type {any[]} */ args) {
    const event = { sender: ipcRenderer, senderId: 0, ports: [] }
    for (const listener of (listeners.get(channel) || []).slice()) {
      try {
        listener(event, ...args)
      } catch (error) {
        // An exception in a listener is an uncaught error in the renderer, as in Electron.
        setTimeout(() => {
          throw error
        })
      }
    }
  }
  O.defineProperty(g, config.dispatchName, {
    value: dispatch,
    enumerable: false,
    configurable: false,
    writable: false,
  })

  let zoomFactor = 1
  const electron = O.freeze({
    contextBridge,
    ipcRenderer,
    webFrame: {
      getZoomFactor: () => zoomFactor,
      setZoomFactor: (/** @type {number} */ f) => void (zoomFactor = f),
      getZoomLevel: () => Math.log(zoomFactor) / Math.log(1.2),
      setZoomLevel: (/** @type {number} */ l) => void (zoomFactor = Math.pow(1.2, l)),
      setVisualZoomLevelLimits: () => undefined,
    },
    webUtils: { getPathForFile: () => '' },
  })

  /** A sandboxed preload's require: 'electron' only (plus the few Electron allows), else "module not found". */
  function sandboxRequire(/** @type {string} */ name) {
    if (name === 'electron' || name === 'electron/renderer' || name === 'electron/common') return electron
    if (name === 'timers') return { setTimeout, clearTimeout, setInterval, clearInterval }
    if (name === 'url') return { URL, URLSearchParams }
    throw new Err(`module not found: ${name}`)
  }

  const sandboxProcess = O.freeze({
    type: 'renderer',
    sandboxed: true,
    contextIsolated: contextIsolation,
    isMainFrame: isTopFrame,
    platform: config.platform || 'linux',
    arch: 'x64',
    versions: O.freeze({ ...(config.versions || {}) }),
    env: O.freeze({}),
    argv: O.freeze([]),
    execPath: '',
    pid: 0,
    on: () => undefined,
    once: () => undefined,
    removeListener: () => undefined,
    nextTick: (/** @type {Function} */ fn, /** @type {any[]} */ ...args) => queueMicrotask(() => fn(...args)),
  })

  // ---------------------------------------------------------------------------------------------
  // Permission-gated page APIs ask main's session handlers first (via the test process), as Chromium
  // asks Electron's permission request/check handlers; a refusal fails the way Chromium fails.
  // ---------------------------------------------------------------------------------------------
  const nav = g.navigator
  const ask = (/** @type {string} */ permission, /** @type {Record<string, any>} */ extra = {}) =>
    binding({ t: 'permission', permission, ...extra }).then((/** @type {any} */ r) => r === true)
  const check = (/** @type {string} */ permission, /** @type {Record<string, any>} */ extra = {}) =>
    binding({ t: 'check', permission, ...extra }).then((/** @type {any} */ r) => r === true)

  if (nav && nav.mediaDevices && typeof nav.mediaDevices.getUserMedia === 'function') {
    const media = nav.mediaDevices
    const original = media.getUserMedia.bind(media)
    O.defineProperty(media, 'getUserMedia', {
      configurable: true,
      writable: true,
      value: async function getUserMedia(/** @type {any} */ constraints) {
        const mediaTypes = []
        if (constraints && constraints.video) mediaTypes.push('video')
        if (constraints && constraints.audio) mediaTypes.push('audio')
        if (mediaTypes.length > 0 && !(await ask('media', { mediaTypes }))) {
          throw new DOMExc('Permission denied', 'NotAllowedError')
        }
        return original(constraints)
      },
    })
  }

  if (nav && nav.geolocation) {
    const geo = nav.geolocation
    const getCurrent = geo.getCurrentPosition.bind(geo)
    const watch = geo.watchPosition.bind(geo)
    const clearWatch = geo.clearWatch.bind(geo)
    const denied = () => ({
      code: 1,
      message: 'User denied Geolocation',
      PERMISSION_DENIED: 1,
      POSITION_UNAVAILABLE: 2,
      TIMEOUT: 3,
    })
    /** @type {Map<number, number>} */
    const watches = new Map()
    let nextWatch = 1
    O.defineProperty(geo, 'getCurrentPosition', {
      configurable: true,
      value: (/** @type {any} */ success, /** @type {any} */ error, /** @type {any} */ options) => {
        void ask('geolocation').then((granted) => {
          if (granted) getCurrent(success, error, options)
          else if (typeof error === 'function') error(denied())
        })
      },
    })
    O.defineProperty(geo, 'watchPosition', {
      configurable: true,
      value: (/** @type {any} */ success, /** @type {any} */ error, /** @type {any} */ options) => {
        const id = nextWatch++
        void ask('geolocation').then((granted) => {
          if (granted) watches.set(id, watch(success, error, options))
          else if (typeof error === 'function') error(denied())
        })
        return id
      },
    })
    O.defineProperty(geo, 'clearWatch', {
      configurable: true,
      value: (/** @type {number} */ id) => {
        const real = watches.get(id)
        if (real !== undefined) clearWatch(real)
        watches.delete(id)
      },
    })
  }

  if (typeof g.Notification === 'function') {
    O.defineProperty(g.Notification, 'requestPermission', {
      configurable: true,
      value: async (/** @type {any} */ callback) => {
        const result = (await ask('notifications')) ? 'granted' : 'denied'
        if (typeof callback === 'function') callback(result)
        return result
      },
    })
  }

  if (nav && nav.permissions && typeof nav.permissions.query === 'function') {
    const permissions = nav.permissions
    const query = permissions.query.bind(permissions)
    /** @type {Record<string, [string, string?]>} */
    const names = {
      camera: ['media', 'video'],
      microphone: ['media', 'audio'],
      'clipboard-write': ['clipboard-sanitized-write'],
    }
    O.defineProperty(permissions, 'query', {
      configurable: true,
      value: async (/** @type {any} */ descriptor) => {
        const status = await query(descriptor)
        const [permission, mediaType] = names[descriptor.name] || [descriptor.name]
        const granted = await check(permission, mediaType ? { mediaType } : {})
        O.defineProperty(status, 'state', { configurable: true, value: granted ? 'granted' : 'denied' })
        return status
      },
    })
  }

  // window.open asks main's window-open handler. Electron answers synchronously; across processes we
  // cannot, so this returns null at once and opens only if main allowed it (the app always denies).
  if (typeof g.open === 'function' && g.location) {
    const originalOpen = g.open
    O.defineProperty(g, 'open', {
      configurable: true,
      writable: true,
      value: function open(/** @type {any} */ url, /** @type {any} */ target, /** @type {any} */ features) {
        const resolved =
          url === undefined || url === '' ? 'about:blank' : new URL(String(url), g.location.href).href
        void binding({
          t: 'windowOpen',
          url: resolved,
          frameName: target ? String(target) : '',
          features: features ? String(features) : '',
        }).then((/** @type {any} */ r) => {
          if (r && r.action === 'allow') originalOpen.call(g, url, target, features)
        })
        return null
      },
    })
  }

  return {
    electron,
    contextBridge,
    ipcRenderer,
    dispatch,
    require: sandboxRequire,
    copy: (/** @type {any} */ value) => copy(value, false, new Map()),
    /** Runs the preload (wrapped as a function of its sandbox globals) in the top frame only. */
    runPreload(/** @type {Function} */ preload, /** @type {string} */ filename) {
      if (!isTopFrame) return
      const module = { exports: {} }
      try {
        preload(
          sandboxRequire,
          sandboxProcess,
          undefined,
          g,
          setTimeout,
          clearTimeout,
          module.exports,
          module,
          filename,
          '',
        )
      } catch (error) {
        console.error(`Unable to load preload script: ${filename}`)
        console.error(error)
        void binding({ t: 'preloadError', message: String(error && error.stack ? error.stack : error) })
      }
    },
  }
}
