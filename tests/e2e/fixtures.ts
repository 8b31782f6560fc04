/**
 * Playwright fixtures for Gatehouse end-to-end tests.
 *
 *   import { test, expect } from './fixtures'
 *   test('...', async ({ gatehouse }) => { await gatehouse.page.getByRole(...) ... })
 *
 * `gatehouse` is a freshly launched app (real main + renderer + preload through the harness) with a
 * fresh userData dir; `launch(options)` launches more (e.g. a second instance, a fake camera video).
 * Options for `gatehouse` come from `test.use({ gatehouseOptions: { simulatorUrl, ... } })`.
 * Every app is closed after the test; on failure main's output and page errors are attached.
 */
import { test as base, expect } from '@playwright/test'
import type { Browser } from 'playwright'
import { closeSharedBrowsers, sharedBrowser } from '../harness/browser-pool'
import { launchGatehouse, type GatehouseApp, type LaunchOptions } from '../harness/launcher'

export interface GatehouseFixtures {
  gatehouseOptions: LaunchOptions
  launch: (options?: LaunchOptions) => Promise<GatehouseApp>
  gatehouse: GatehouseApp
}

export const test = base.extend<GatehouseFixtures, { harnessBrowser: Browser }>({
  harnessBrowser: [
    async ({}, use) => {
      await use(await sharedBrowser({ headless: process.env.GATEHOUSE_HEADED !== '1' }))
      await closeSharedBrowsers()
    },
    { scope: 'worker' },
  ],
  gatehouseOptions: [{}, { option: true }],
  launch: async ({ harnessBrowser }, use, testInfo) => {
    const apps: GatehouseApp[] = []
    await use(async (options = {}) => {
      // A fake camera file is a browser flag: such apps get their own (pooled) Chromium.
      const app = await launchGatehouse({
        ...(options.fakeVideo ? {} : { browser: harnessBrowser }),
        ...options,
      })
      apps.push(app)
      return app
    })
    for (const [i, app] of apps.entries()) {
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach(`main-output-${i}.txt`, { body: app.output(), contentType: 'text/plain' })
        if (app.pageErrors.length) {
          await testInfo.attach(`page-errors-${i}.txt`, {
            body: app.pageErrors.join('\n'),
            contentType: 'text/plain',
          })
        }
      }
    }
    for (const app of apps.reverse()) await app.close()
  },
  gatehouse: async ({ launch, gatehouseOptions }, use) => {
    await use(await launch(gatehouseOptions))
  },
})

export { expect }
