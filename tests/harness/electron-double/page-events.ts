/**
 * Everything a page does that Electron routes through the browser process: invoke/send, permission
 * requests and checks, navigations, window.open, URL changes, closing. The test process forwards page
 * activity here (host-handlers.ts); unit tests call these directly to act as a renderer.
 */
import { BrowserWindow } from './browser-window'
import { createEvent } from './event'
import { dispatchInvoke, ipcMain, type InvokeReply } from './ipc-main'
import { origins } from './protocol'
import { state } from './runtime'
import { WebFrameMain, type WebContents } from './web-contents'

export interface FrameInfo {
  windowId: number
  /** The frame's browser URL (http://127.0.0.1:P/...); translated to app:// here. */
  frameUrl: string
  isMainFrame: boolean
}

let nextSubframeRoutingId = 100

function windowOf(windowId: number): BrowserWindow {
  const win = BrowserWindow.fromId(windowId)
  if (!win) throw new Error(`No open window ${windowId}`)
  return win
}

/** The senderFrame Electron would report: the main frame, or a child frame of it. */
function frameFor(contents: WebContents, info: FrameInfo): WebFrameMain {
  if (info.isMainFrame) return contents.mainFrame
  return new WebFrameMain(contents, origins.toApp(info.frameUrl), contents.mainFrame, nextSubframeRoutingId++)
}

export function invokeFromPage(info: FrameInfo, channel: string, args: unknown[]): Promise<InvokeReply> {
  const contents = windowOf(info.windowId).webContents
  const frame = frameFor(contents, info)
  const event = createEvent({
    type: 'frame',
    processId: frame.processId,
    frameId: frame.routingId,
    sender: contents,
    senderFrame: frame,
  })
  return dispatchInvoke([frame.ipc, contents.ipc, ipcMain], event, channel, args)
}

export function sendFromPage(info: FrameInfo, channel: string, args: unknown[]): void {
  const contents = windowOf(info.windowId).webContents
  const frame = frameFor(contents, info)
  const event = createEvent({
    type: 'frame',
    processId: frame.processId,
    frameId: frame.routingId,
    sender: contents,
    senderFrame: frame,
    ports: [],
    returnValue: undefined,
    reply: (replyChannel: string, ...replyArgs: unknown[]) => contents.send(replyChannel, ...replyArgs),
  })
  const cloned = structuredClone(args)
  frame.ipc.emit(channel, event, ...cloned)
  contents.ipc.emit(channel, event, ...cloned)
  ipcMain.emit(channel, event, ...cloned)
}

export function permissionRequestFromPage(
  info: FrameInfo,
  permission: string,
  extra: { mediaTypes?: string[] },
): Promise<boolean> {
  const contents = windowOf(info.windowId).webContents
  const requestingUrl = origins.toApp(info.frameUrl)
  const details: Record<string, unknown> = { requestingUrl, isMainFrame: info.isMainFrame }
  if (permission === 'media') {
    details.mediaTypes = extra.mediaTypes ?? []
    details.securityOrigin = frameFor(contents, info).origin
  }
  return contents.session.requestPermission(contents, info.windowId, permission, details)
}

export function permissionCheckFromPage(
  info: FrameInfo,
  permission: string,
  extra: { mediaType?: string },
): boolean {
  const contents = windowOf(info.windowId).webContents
  const requestingUrl = origins.toApp(info.frameUrl)
  const origin = frameFor(contents, info).origin
  const details: Record<string, unknown> = {
    requestingUrl,
    isMainFrame: info.isMainFrame,
    securityOrigin: origin,
    embeddingOrigin: contents.mainFrame.origin,
  }
  if (extra.mediaType) details.mediaType = extra.mediaType
  return contents.session.checkPermission(contents, info.windowId, permission, origin, details)
}

/** A renderer-initiated navigation: main's 'will-frame-navigate'/'will-navigate' listeners decide. */
export function willNavigateFromPage(info: FrameInfo, browserUrl: string): { prevented: boolean } {
  const contents = windowOf(info.windowId).webContents
  const url = origins.toApp(browserUrl)
  const frame = frameFor(contents, info)
  const event = createEvent({
    url,
    isMainFrame: info.isMainFrame,
    isSameDocument: false,
    frame,
    initiator: frame,
  })
  contents.emit('will-frame-navigate', event)
  if (info.isMainFrame)
    contents.emit('will-navigate', event, url, false, true, frame.processId, frame.routingId)
  state.recordings.navigations.push({ windowId: info.windowId, url, prevented: event.defaultPrevented })
  return { prevented: event.defaultPrevented }
}

export function redirectFromPage(info: FrameInfo, browserUrl: string): { prevented: boolean } {
  const contents = windowOf(info.windowId).webContents
  const url = origins.toApp(browserUrl)
  const event = createEvent({ url, isMainFrame: info.isMainFrame, isSameDocument: false })
  contents.emit('will-redirect', event, url, false, info.isMainFrame, 1, 1)
  return { prevented: event.defaultPrevented }
}

/** window.open / target=_blank: the window-open handler decides; no handler means allow. */
export function windowOpenFromPage(
  info: FrameInfo,
  request: { url: string; frameName: string; features: string },
): { action: 'allow' | 'deny' } {
  const contents = windowOf(info.windowId).webContents
  const url = origins.toApp(request.url)
  let action: 'allow' | 'deny' = 'allow'
  if (contents.windowOpenHandler) {
    const response = contents.windowOpenHandler({
      url,
      frameName: request.frameName,
      features: request.features,
      disposition: 'new-window',
      referrer: { url: contents.getURL(), policy: 'strict-origin-when-cross-origin' },
    })
    action = response?.action === 'allow' ? 'allow' : 'deny'
  }
  state.recordings.windowOpens.push({
    windowId: info.windowId,
    url,
    frameName: request.frameName,
    features: request.features,
    action,
  })
  return { action }
}

export function navigatedInPage(windowId: number, browserUrl: string, sameDocument: boolean): void {
  const win = BrowserWindow.fromId(windowId)
  if (!win) return
  const url = origins.toApp(browserUrl)
  if (url === win.webContents.url) return
  win.webContents.url = url
  if (sameDocument) win.webContents.emit('did-navigate-in-page', createEvent(), url, true, 1, 1)
  else win.webContents.emit('did-navigate', createEvent(), url, 200, 'OK')
}

export function titleChangedInPage(windowId: number, title: string): void {
  const win = BrowserWindow.fromId(windowId)
  if (!win) return
  win.webContents.title = title
  const event = createEvent()
  win.webContents.emit('page-title-updated', event, title, true)
  win.emit('page-title-updated', event, title, true)
  if (!event.defaultPrevented) win.setTitle(title)
}

export function pageClosedByUser(windowId: number): void {
  BrowserWindow.fromId(windowId)?.closedByUser()
}
