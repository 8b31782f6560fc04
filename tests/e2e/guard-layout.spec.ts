/// <reference lib="dom" />
/**
 * The guard screen as a 24/7 console: at 1366x768 and at 1920x1080 it uses the full window (the door
 * board reaches the bottom, the page itself does not scroll), and the live events fill the height too.
 */
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { expect, test } from './fixtures'

let sim: RunningSimulator
test.beforeEach(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
})
test.afterEach(async () => {
  await sim?.close()
})

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`guard screen fills a ${size.width}x${size.height} window`, async ({ launch }, testInfo) => {
    const app = await launch({
      simulatorUrl: sim.url,
      simulatorToken: sim.token,
      env: { GATEHOUSE_TEST_POLL_MS: '500' },
    })
    const { page } = app
    await page.setViewportSize(size)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guard' }).click()
    const total = (await sim.control.snapshot()).doors.length
    await expect(page.getByRole('heading', { name: /^Doors \(\d+ of \d+\)$/ })).toContainText(
      `of ${total})`,
      {
        timeout: 30_000,
      },
    )
    await page.screenshot({ path: testInfo.outputPath(`guard-${size.width}.png`) })
    const board = await page.getByLabel('Door board', { exact: true }).boundingBox()
    expect(board!.y + board!.height).toBeGreaterThan(size.height - 60)
    expect(board!.y + board!.height).toBeLessThanOrEqual(size.height)
    // The page never scrolls as a whole: every part scrolls in its own panel.
    const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.screenshot({ path: testInfo.outputPath(`guard-${size.width}.png`) })

    await page.getByRole('tab', { name: 'Live events' }).click()
    const feed = await page.getByLabel('Live event feed', { exact: true }).boundingBox()
    expect(feed!.y + feed!.height).toBeGreaterThan(size.height - 60)
    await page.screenshot({ path: testInfo.outputPath(`feed-${size.width}.png`) })
  })
}
