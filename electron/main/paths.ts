import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where the built bundles sit relative to out/main/index.js (the same in dev, tests and asar). */
const mainDir = dirname(fileURLToPath(import.meta.url))

export const bundlePaths = {
  preload: join(mainDir, '../preload/index.cjs'),
  renderer: join(mainDir, '../renderer'),
  resources: join(mainDir, '../../resources'),
}
