/**
 * Main's entry point (out/main/index.js): turns on Node's compile cache, then loads the app. V8 then
 * reuses the bytecode of main's bundle and its dependencies from the previous start instead of
 * compiling ~2 MB of JavaScript before the first window (the cache is keyed by file path and content,
 * so an update simply misses it once). Kept in the station's data folder; skipped inside an AppImage,
 * whose mount path changes at every start. Any failure only means no cache.
 *
 * The app itself is imported with a top-level await: Electron emits `ready` only after the entry's
 * evaluation settles, so index.ts still registers its scheme before `ready` as it must.
 */
import { enableCompileCache } from 'node:module'
import { join } from 'node:path'
import { app } from 'electron'

if (!process.env.APPIMAGE) {
  try {
    enableCompileCache(join(app.getPath('userData'), 'compile-cache'))
  } catch {
    // No cache this time: the app starts as it would without one.
  }
}

await import('./index')
