/**
 * `node --import ./register-electron.mjs`: installs the resolve hook for ESM imports and maps
 * CommonJS `require('electron')` (from dependencies main loads at runtime) to the same double.
 * GATEHOUSE_HARNESS_DOUBLE_URL points at the prebuilt double (host-build.ts); without it the
 * TypeScript sources are used (then node needs `--import tsx` too).
 */
import Module, { register, registerHooks } from 'node:module'
import { fileURLToPath } from 'node:url'

const doubleUrl =
  process.env.GATEHOUSE_HARNESS_DOUBLE_URL ?? new URL('./electron-double/index.ts', import.meta.url).href
const ELECTRON_SPECIFIERS = new Set(['electron', 'electron/main', 'electron/common'])
// In-thread hooks where Node has them (22.15+): `module.register` starts a loader thread whose start-up
// (~150 ms on our machines) and per-import round trips Electron's own main never pays, and which the
// cold-start bench would otherwise count as the app's. The thread-based hook stays as the fallback.
if (typeof registerHooks === 'function') {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (ELECTRON_SPECIFIERS.has(specifier)) return { url: doubleUrl, shortCircuit: true }
      return nextResolve(specifier, context)
    },
  })
} else {
  register('./electron-loader.mjs', import.meta.url, { data: { doubleUrl } })
}

const ELECTRON = new Set(['electron', 'electron/main', 'electron/common'])
const doublePath = fileURLToPath(doubleUrl)
const originalResolve = Module._resolveFilename
Module._resolveFilename = function resolveElectron(request, ...rest) {
  if (ELECTRON.has(request)) return doublePath
  return originalResolve.call(this, request, ...rest)
}
