/**
 * The double's invoke/handle semantics are Electron's (lib/browser/ipc-main-impl.ts and the
 * '-ipc-invoke' dispatch in lib/browser/api/web-contents.ts): these are what the e2e tests rely on.
 */
import { BrowserWindow, ipcMain, protocol } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { electronDouble } from '../../harness/electron-double/control'
import { dispatchInvoke, IpcMainImpl, invokeErrorMessage } from '../../harness/electron-double/ipc-main'

const frame = (windowId: number, url = 'app://gatehouse/index.html', isMainFrame = true) => ({
  windowId,
  frameUrl: url,
  isMainFrame,
})

describe('ipcMain.handle', () => {
  beforeEach(() => electronDouble.reset())
  afterEach(() => vi.restoreAllMocks())

  it('throws when a channel gets a second handler, with Electron’s message', () => {
    ipcMain.handle('x.y', () => 1)
    expect(() => ipcMain.handle('x.y', () => 2)).toThrow("Attempted to register a second handler for 'x.y'")
  })

  it('refuses a handler that is not a function', () => {
    expect(() => ipcMain.handle('x.y', 'nope' as never)).toThrow(
      "Expected handler to be a function, but found type 'string'",
    )
  })

  it('allows a new handler after removeHandler, and handleOnce answers once', async () => {
    ipcMain.handle('x.y', () => 1)
    ipcMain.removeHandler('x.y')
    ipcMain.handleOnce('x.y', () => 'once')
    const win = new BrowserWindow({ show: false })
    await expect(electronDouble.invoke(frame(win.id), 'x.y')).resolves.toEqual({ result: 'once' })
    await expect(electronDouble.invoke(frame(win.id), 'x.y')).resolves.toEqual({
      error: "Error: No handler registered for 'x.y'",
    })
  })

  it('an invoke without a handler rejects in the renderer with Electron’s message', async () => {
    const reply = await dispatchInvoke([new IpcMainImpl()], {}, 'nobody.home', [])
    expect(reply).toEqual({ error: "Error: No handler registered for 'nobody.home'" })
    expect(invokeErrorMessage('nobody.home', (reply as { error: string }).error)).toBe(
      "Error invoking remote method 'nobody.home': Error: No handler registered for 'nobody.home'",
    )
  })

  it('a handler that throws sends error.toString(): the class is lost, the message kept', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    class DomainError extends Error {
      override name = 'DomainError'
    }
    ipcMain.handle('x.fail', () => {
      throw new DomainError('door is jammed')
    })
    const win = new BrowserWindow({ show: false })
    await expect(electronDouble.invoke(frame(win.id), 'x.fail')).resolves.toEqual({
      error: 'DomainError: door is jammed',
    })
  })

  it('the event carries the sender WebContents and the sender frame with app:// URL, top frame parent null', async () => {
    let seen: { senderId: number; url: string; parentIsNull: boolean; args: unknown[] } | null = null
    ipcMain.handle('x.who', (event, ...args) => {
      const e = event as { sender: { id: number }; senderFrame: { url: string; parent: unknown } }
      seen = {
        senderId: e.sender.id,
        url: e.senderFrame.url,
        parentIsNull: e.senderFrame.parent === null,
        args,
      }
      return 'ok'
    })
    protocol.handle('app', () => new Response('<p>app</p>', { headers: { 'content-type': 'text/html' } }))
    const win = new BrowserWindow({ show: false })
    await win.loadURL('app://gatehouse/index.html')
    expect(win.webContents.getURL()).toBe('app://gatehouse/index.html')
    await electronDouble.invoke(frame(win.id), 'x.who', { a: 1 }, 'two')
    expect(seen).toEqual({
      senderId: win.webContents.id,
      url: 'app://gatehouse/index.html',
      parentIsNull: true,
      args: [{ a: 1 }, 'two'],
    })
    await electronDouble.invoke(frame(win.id, 'app://gatehouse/frame.html', false), 'x.who')
    expect(seen).toMatchObject({ url: 'app://gatehouse/frame.html', parentIsNull: false })
  })

  it('webContents.ipc handlers take precedence over ipcMain, as in Electron', async () => {
    const win = new BrowserWindow({ show: false })
    ipcMain.handle('x.scope', () => 'global')
    win.webContents.ipc.handle('x.scope', () => 'window')
    await expect(electronDouble.invoke(frame(win.id), 'x.scope')).resolves.toEqual({ result: 'window' })
  })

  it('arguments and results are structured clones; an uncloneable result becomes an error reply', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const shared = { n: 1, when: new Date(0), tags: new Set(['a']) }
    ipcMain.handle('x.clone', (_e, arg) => {
      ;(arg as { n: number }).n = 99 // mutating the received copy must not reach the caller
      return shared
    })
    ipcMain.handle('x.fn', () => ({ callback: () => 1 }))
    const win = new BrowserWindow({ show: false })
    const arg = { n: 1 }
    const reply = (await electronDouble.invoke(frame(win.id), 'x.clone', arg)) as { result: typeof shared }
    expect(arg.n).toBe(1)
    expect(reply.result).toEqual(shared)
    expect(reply.result).not.toBe(shared)
    expect(reply.result.when).toBeInstanceOf(Date)
    const bad = (await electronDouble.invoke(frame(win.id), 'x.fn')) as { error: string }
    expect(bad.error).toMatch(/could not be cloned/)
  })

  it('ipcMain.on receives sends with a reply() that goes back to the sender', () => {
    const win = new BrowserWindow({ show: false })
    ipcMain.on('x.ping', (event, value) =>
      (event as unknown as { reply(c: string, v: unknown): void }).reply('x.pong', value),
    )
    electronDouble.send(frame(win.id), 'x.ping', 42)
    expect(electronDouble.recordings().sentEvents).toEqual([
      { windowId: win.id, channel: 'x.pong', args: [42] },
    ])
  })

  it('loading a scheme nobody handles fails like Electron', async () => {
    const win = new BrowserWindow({ show: false })
    await expect(win.loadURL('app://gatehouse/index.html')).rejects.toMatchObject({
      code: 'ERR_UNKNOWN_URL_SCHEME',
      errno: -302,
    })
  })

  it('webContents.send refuses what cannot be cloned', () => {
    const win = new BrowserWindow({ show: false })
    expect(() => win.webContents.send('x', () => 1)).toThrow(/could not be cloned/)
  })
})
