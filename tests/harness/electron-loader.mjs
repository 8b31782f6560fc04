/**
 * Node module customization hook (module.register): `import 'electron'` (and 'electron/main',
 * 'electron/common') resolves to the electron double instead of the npm package, whose index only
 * exports the path of a binary we do not have.
 */
let doubleUrl = null

export async function initialize(data) {
  doubleUrl = data.doubleUrl
}

const ELECTRON = new Set(['electron', 'electron/main', 'electron/common'])

export async function resolve(specifier, context, nextResolve) {
  if (ELECTRON.has(specifier) && doubleUrl) return { url: doubleUrl, shortCircuit: true }
  return nextResolve(specifier, context)
}
