/// <reference lib="dom" />
/**
 * The launcher from vitest: the real built app in a child process, a page in Chromium. Covers what the
 * Playwright specs do not: closing the last window quits main, printToPDF is a real PDF, power events
 * and notification clicks reach main's listeners, and main's recordings survive its exit.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeSharedBrowsers } from '../../harness/browser-pool'
import { launchGatehouse, type GatehouseApp } from '../../harness/launcher'
import { solidFrame, writeY4m } from '../../harness/y4m'
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

  it('a hidden window with javascript:false prints its document, recorded with the HTML and options', async () => {
    const outcome = await app.main.evaluate(async ({ BrowserWindow }) => {
      const win = new BrowserWindow({ show: false, webPreferences: { javascript: false, sandbox: true } })
      const html =
        '<html><body><h1>Badge</h1><script>document.body.dataset.ran = "yes"</script></body></html>'
      await win.webContents.loadURL(
        `data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`,
      )
      const result = await new Promise((resolve) =>
        win.webContents.print({ silent: true, deviceName: 'Label-62' }, (ok: boolean, why: string) =>
          resolve([ok, why]),
        ),
      )
      win.destroy()
      return { result, destroyed: win.isDestroyed() }
    })
    expect(outcome).toEqual({ result: [true, ''], destroyed: true })
    const [job] = await app.main.prints()
    expect(job!.options).toEqual({ silent: true, deviceName: 'Label-62' })
    expect(job!.html).toContain('<h1>Badge</h1>')
    expect(job!.html).not.toContain('data-ran') // the script never ran
    await expect.poll(() => app.windows().length).toBe(1) // the print window is gone, the main window stays
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

  it('the fake camera plays the .y4m given as fakeVideo once main allows the camera', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gatehouse-y4m-'))
    const video = writeY4m(join(dir, 'orange.y4m'), {
      width: 64,
      height: 48,
      frames: [solidFrame(64, 48, [255, 128, 0])],
    })
    const camera = await launchGatehouse({ fakeVideo: video })
    try {
      const pixel = await camera.page.evaluate(async () => {
        const stream = await navigator.mediaDevices.getUserMedia({ video: true })
        const video = document.createElement('video')
        video.muted = true
        video.srcObject = stream
        await video.play()
        await new Promise((r) => setTimeout(r, 300))
        const canvas = document.createElement('canvas')
        canvas.width = video.videoWidth
        canvas.height = video.videoHeight
        const ctx = canvas.getContext('2d')!
        ctx.drawImage(video, 0, 0)
        const [r, g, b] = ctx.getImageData(canvas.width / 2, canvas.height / 2, 1, 1).data
        stream.getTracks().forEach((t) => t.stop())
        return { r, g, b, width: canvas.width }
      })
      expect(pixel.width).toBe(64)
      expect(Math.abs(pixel.r! - 255)).toBeLessThan(20)
      expect(Math.abs(pixel.g! - 128)).toBeLessThan(20)
      expect(pixel.b!).toBeLessThan(20)
    } finally {
      await camera.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
