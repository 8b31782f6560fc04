/// <reference lib="dom" />
/**
 * The same app in a REAL Electron, for machines that have the binary (npm's electron package
 * downloads it; our CI and dev boxes do not). Skipped with a one-line reason otherwise.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { harnessPaths } from '../harness/paths'
import { installedElectronBinary } from '../../scripts/electron-binary.mjs'

// Not require('electron'): since Electron 45 that downloads a missing binary (which cannot work here).
const binary = installedElectronBinary(harnessPaths.repoRoot)

test.describe('real Electron', () => {
  test.skip(
    !binary,
    'No Electron binary installed (node_modules/electron has no dist/): the harness tests cover the app.',
  )

  test('opens the shell with the hardened window and answers a contract call', async () => {
    const app = await electron.launch({
      executablePath: binary!,
      args: [harnessPaths.repoRoot],
      env: { ...process.env, GATEHOUSE_LOG: 'quiet' } as Record<string, string>,
    })
    try {
      const page = await app.firstWindow()
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
      const version = (
        JSON.parse(readFileSync(join(harnessPaths.repoRoot, 'package.json'), 'utf8')) as { version: string }
      ).version
      const info = await page.evaluate(() =>
        (window as unknown as { gatehouse: { app: { info(): Promise<unknown> } } }).gatehouse.app.info(),
      )
      expect(info).toMatchObject({ ok: true, data: { version } })
      // The sandboxed, isolated page sees no Node: the real Electron agrees with the harness.
      const exposed = await page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>
        return [typeof w.require, typeof w.process, typeof w.ipcRenderer]
      })
      expect(exposed).toEqual(['undefined', 'undefined', 'undefined'])
    } finally {
      await app.close()
    }
  })
})
