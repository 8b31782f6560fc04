/**
 * `node --import ./register-electron.mjs`: installs the resolve hook for ESM imports and maps
 * CommonJS `require('electron')` (from dependencies main loads at runtime) to the same double.
 * GATEHOUSE_HARNESS_DOUBLE_URL points at the prebuilt double (host-build.ts); without it the
 * TypeScript sources are used (then node needs `--import tsx` too).
 */
import Module, { register } from 'node:module'
import { fileURLToPath } from 'node:url'

const doubleUrl =
  process.env.GATEHOUSE_HARNESS_DOUBLE_URL ?? new URL('./electron-double/index.ts', import.meta.url).href
register('./electron-loader.mjs', import.meta.url, { data: { doubleUrl } })

const ELECTRON = new Set(['electron', 'electron/main', 'electron/common'])
const doublePath = fileURLToPath(doubleUrl)
const originalResolve = Module._resolveFilename
Module._resolveFilename = function resolveElectron(request, ...rest) {
  if (ELECTRON.has(request)) return doublePath
  return originalResolve.call(this, request, ...rest)
}
