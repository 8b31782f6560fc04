// Where the Electron binary is, or null when none is installed. Never downloads: since Electron 45,
// `require('electron')` fetches a missing binary from GitHub on first use, which our machines cannot
// reach (a long wait, then a "fetch failed"). This reads the package's own path.txt and dist/ instead.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export function installedElectronBinary(fromDir = process.cwd()) {
  try {
    const require = createRequire(join(fromDir, 'package.json'))
    const packageDir = dirname(require.resolve('electron/package.json'))
    if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
      const path = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron')
      return existsSync(path) ? path : null
    }
    const pathFile = join(packageDir, 'path.txt')
    if (!existsSync(pathFile)) return null
    const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}
