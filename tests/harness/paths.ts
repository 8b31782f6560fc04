import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

export const harnessPaths = {
  here,
  repoRoot: resolve(here, '../..'),
  mainHost: join(here, 'main-host.ts'),
  registerElectron: join(here, 'register-electron.mjs'),
  rendererRuntime: join(here, 'renderer/runtime.js'),
}

export const CHROMIUM_PATH = process.env.GATEHOUSE_CHROMIUM ?? '/usr/bin/chromium'
