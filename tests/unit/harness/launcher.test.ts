/**
 * The launcher from vitest: the real built app in a child process, a page in Chromium. Covers what the
 * Playwright specs do not: closing the last window quits main, printToPDF is a real PDF, power events
 * and notification clicks reach main's listeners, and main's recordings survive its exit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeSharedBrowsers } from '../../harness/browser-pool'
import { launchGatehouse, type GatehouseApp } from '../../harness/launcher'
import { ensureBuilt } from '../../support/ensure-built'

let app: GatehouseApp

beforeAll(async () => {
  if (!process.env.GATEHOUSE_HARNESS_APP) await ensureBuilt()
  app = await launchGatehouse()
}, 180_000)

afterAll(async () => {
  await app?.close()
  await closeSharedBrowsers()
})

describe('launchGatehouse', () => {
  it('printToPDF renders the real page with Chromium', async () => {
    const header = await app.main.evaluate(async ({ BrowserWindow }) => {
      const pdf: Buffer = await BrowserWindow.getAllWindows()[0].webContents.printToPDF({ pageSize: 'A4' })
      return pdf.subarray(0, 5).toString('latin1')
    })
    expect(header).toBe('%PDF-')
    const [pdf] = await app.main.pdfs()
    expect(pdf).toMatchObject({ windowId: 1, options: { pageSize: 'A4' } })
    expect(pdf!.bytes).toBeGreaterThan(1000)
  })

  it('power events and notification clicks reach listeners main registered', async () => {
    await app.main.evaluate(({ powerMonitor, Notification }) => {
      const g = globalThis as unknown as { seen: string[] }
      g.seen = []
      powerMonitor.on('suspend', () => g.seen.push('suspend'))
      powerMonitor.on('resume', () => g.seen.push('resume'))
      const n = new Notification({ title: 'Door forced open', body: 'Main gate' })
      n.on('click', () => g.seen.push('click'))
      n.show()
    })
    await app.main.emitPowerMonitor('suspend')
    await app.main.emitPowerMonitor('resume')
    const notifications = await app.main.notifications()
    const index = notifications.findIndex((n) => n.options.title === 'Door forced open')
    await app.main.clickNotification(index)
    expect(await app.main.evaluate(() => (globalThis as unknown as { seen: string[] }).seen)).toEqual([
      'suspend',
      'resume',
      'click',
    ])
  })

  it('closing the last window quits main (window-all-closed -> app.quit), recordings survive', async () => {
    const other = await launchGatehouse()
    await other.page.close()
    expect(await other.exited).toEqual({ code: 0, signal: null })
    const final = await other.main.recordings()
    expect(final.windows[0]).toMatchObject({ destroyed: true })
    expect(final.appEvents).toEqual(expect.arrayContaining(['ready', 'before-quit', 'will-quit', 'quit']))
    await other.close()
  })
})
