/** The double's app/window/session/protocol rules that main's code depends on, in plain Node. */
import {
  app,
  BrowserWindow,
  dialog,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  session,
} from 'electron'
import { existsSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { electronDouble } from '../../harness/electron-double/control'

describe('app lifecycle', () => {
  beforeEach(() => electronDouble.reset({ ready: false }))

  it('before ready: schemes can be registered, windows and sessions cannot be made', () => {
    expect(app.isReady()).toBe(false)
    expect(() => new BrowserWindow()).toThrow('Cannot create BrowserWindow before app is ready')
    expect(() => session.defaultSession).toThrow('Session can only be received when app is ready')
    protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true } }])
    expect(electronDouble.recordings().privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ])
  })

  it('after ready: registering a privileged scheme throws, as Electron does', () => {
    electronDouble.markReady()
    expect(() => protocol.registerSchemesAsPrivileged([{ scheme: 'late' }])).toThrow(
      'protocol.registerSchemesAsPrivileged should be called before app is ready',
    )
    expect(session.defaultSession).toBe(session.defaultSession)
  })

  it('emits ready after listeners registered before it, then whenReady resolves', async () => {
    const order: string[] = []
    app.on('ready', () => order.push('ready'))
    const whenReady = app.whenReady().then(() => order.push('whenReady'))
    electronDouble.markReady()
    await whenReady
    expect(order).toEqual(['ready', 'whenReady'])
    expect(electronDouble.recordings().appEvents).toEqual(['will-finish-launching', 'ready'])
  })

  it('closing the last window emits window-all-closed (and quits when nobody listens)', async () => {
    electronDouble.markReady()
    const events: string[] = []
    app.on('window-all-closed', () => events.push('window-all-closed'))
    const a = new BrowserWindow({ show: false })
    const b = new BrowserWindow({ show: false })
    a.on('closed', () => events.push('a closed'))
    a.close()
    expect(events).toEqual(['a closed'])
    b.close()
    expect(events).toEqual(['a closed', 'window-all-closed'])
    expect(a.isDestroyed()).toBe(true)
    expect(() => a.show()).toThrow('Object has been destroyed')
  })

  it('a close can be cancelled; quit runs before-quit, close, will-quit, quit', async () => {
    electronDouble.markReady()
    const w = new BrowserWindow({ show: false })
    let cancel = true
    w.on('close', (e: { preventDefault(): void }) => {
      if (cancel) e.preventDefault()
    })
    w.close()
    expect(w.isDestroyed()).toBe(false)
    cancel = false
    const seen: string[] = []
    for (const name of ['before-quit', 'will-quit', 'quit']) app.on(name as 'quit', () => seen.push(name))
    app.quit()
    await new Promise((r) => setTimeout(r, 20))
    expect(seen).toEqual(['before-quit', 'will-quit', 'quit'])
    expect(w.isDestroyed()).toBe(true)
  })

  it('paths live in a per-run temp dir; version comes from package.json', () => {
    electronDouble.markReady()
    for (const name of ['userData', 'temp', 'documents', 'downloads'] as const) {
      expect(existsSync(app.getPath(name))).toBe(true)
    }
    expect(app.getPath('userData')).toMatch(/gatehouse-double-/)
    expect(app.getVersion()).toMatch(/^\d+\.\d+\.\d+/)
    expect(app.isPackaged).toBe(false)
    app.setAppUserModelId('com.example.id')
    expect(electronDouble.recordings().appUserModelId).toBe('com.example.id')
  })
})

describe('recorded OS surfaces', () => {
  beforeEach(() => electronDouble.reset())

  it('dialogs answer from the queue, else like a person pressing Cancel', async () => {
    electronDouble.queueDialogResponse('showSaveDialog', { canceled: false, filePath: '/tmp/badge.pdf' })
    await expect(dialog.showSaveDialog({ title: 'Save badge' })).resolves.toEqual({
      canceled: false,
      filePath: '/tmp/badge.pdf',
    })
    await expect(dialog.showOpenDialog({ properties: ['openFile'] })).resolves.toEqual({
      canceled: true,
      filePaths: [],
    })
    await expect(
      dialog.showMessageBox({ message: 'Sure?', buttons: ['No', 'Yes'], defaultId: 1 }),
    ).resolves.toEqual({
      response: 1,
      checkboxChecked: false,
    })
    expect(electronDouble.recordings().dialogs.map((d) => d.method)).toEqual([
      'showSaveDialog',
      'showOpenDialog',
      'showMessageBox',
    ])
  })

  it('notifications are recorded and a test click reaches main’s listener', () => {
    const n = new Notification({ title: 'Door forced open', body: 'Main gate', urgency: 'critical' })
    let clicked = 0
    n.on('click', () => clicked++)
    n.show()
    electronDouble.clickNotification(0)
    expect(clicked).toBe(1)
    expect(electronDouble.recordings().notifications[0]).toMatchObject({
      options: { title: 'Door forced open', urgency: 'critical' },
      shown: 1,
      clicks: 1,
    })
  })

  it('an endurance run can drop what was recorded, so main’s heap holds only what the app keeps', () => {
    // Found by the soak: over a simulated week the double's own records of every notification and every
    // event sent to the page grew main's heap by a third; the app's memory was flat once they went.
    for (let i = 0; i < 3; i++) new Notification({ title: `Alarm ${i}` }).show()
    electronDouble.recordings() // (a copy; the originals are what grows)
    electronDouble.forgetRecordings()
    const after = electronDouble.recordings()
    expect(after.notifications).toEqual([])
    expect(after.sentEvents).toEqual([])
    expect(after.protocolRequests).toEqual([])
    expect(() => electronDouble.clickNotification(0)).toThrow(/No notification #0/)
    new Notification({ title: 'Next alarm' }).show()
    expect(electronDouble.recordings().notifications).toHaveLength(1)
    electronDouble.clickNotification(0)
    expect(electronDouble.recordings().notifications[0]!.clicks).toBe(1)
  })

  it('print() is recorded with its options and answers from the queue', async () => {
    const w = new BrowserWindow({ show: false })
    electronDouble.queuePrintResult({ success: false, failureReason: 'Printer is out of labels' })
    const result = await new Promise((resolve) =>
      w.webContents.print(
        { silent: true, deviceName: 'Label', pageSize: { width: 54000, height: 86000 } },
        (ok, why) => resolve([ok, why]),
      ),
    )
    expect(result).toEqual([false, 'Printer is out of labels'])
    expect(electronDouble.recordings().prints[0]).toMatchObject({
      options: { silent: true, deviceName: 'Label' },
    })
  })

  it('powerMonitor is an EventEmitter tests drive', () => {
    const seen: string[] = []
    powerMonitor.on('suspend', () => seen.push('suspend'))
    powerMonitor.on('resume', () => seen.push('resume'))
    electronDouble.emitPowerMonitor('suspend')
    electronDouble.emitPowerMonitor('resume')
    expect(seen).toEqual(['suspend', 'resume'])
  })

  it('safeStorage is unavailable unless a test turns it on, and then round-trips', () => {
    expect(safeStorage.isEncryptionAvailable()).toBe(false)
    expect(() => safeStorage.encryptString('token')).toThrow(/Encryption is not available/)
    electronDouble.setEncryptionAvailable(true)
    const sealed = safeStorage.encryptString('token-123')
    expect(sealed.toString('utf8')).not.toContain('token-123')
    expect(safeStorage.decryptString(sealed)).toBe('token-123')
  })

  it('protocol.handle serves through main’s handler; a second handle for the scheme throws', async () => {
    protocol.handle('app', (request) => new Response(`you asked for ${new URL(request.url).pathname}`))
    expect(() => protocol.handle('app', () => new Response(''))).toThrow('Failed to register protocol: app')
    const response = await electronDouble.fetchAppUrl('app://gatehouse/index.html')
    expect(await response.text()).toBe('you asked for /index.html')
  })
})
