/**
 * Wires the RPC link: what the test process may ask of main's process (page activity, control calls,
 * evaluating a function against the double). Installed by main-host.ts before main's bundle runs.
 */
import { electronDouble } from './control'
import {
  navigatedInPage,
  pageClosedByUser,
  permissionCheckFromPage,
  permissionRequestFromPage,
  redirectFromPage,
  sendFromPage,
  invokeFromPage,
  titleChangedInPage,
  willNavigateFromPage,
  windowOpenFromPage,
  type FrameInfo,
} from './page-events'
import { app } from './app'
import { link, state } from './runtime'
import * as electron from './index'

type P<T> = T & Record<string, unknown>

export function installHostHandlers(): void {
  link.handle('page.invoke', (p) => {
    const { frame, channel, args } = p as P<{ frame: FrameInfo; channel: string; args: unknown[] }>
    return invokeFromPage(frame, channel, args)
  })
  link.handle('page.send', (p) => {
    const { frame, channel, args } = p as P<{ frame: FrameInfo; channel: string; args: unknown[] }>
    sendFromPage(frame, channel, args)
  })
  link.handle('page.permissionRequest', (p) => {
    const { frame, permission, mediaTypes } = p as P<{
      frame: FrameInfo
      permission: string
      mediaTypes?: string[]
    }>
    return permissionRequestFromPage(frame, permission, mediaTypes ? { mediaTypes } : {})
  })
  link.handle('page.permissionCheck', (p) => {
    const { frame, permission, mediaType } = p as P<{
      frame: FrameInfo
      permission: string
      mediaType?: string
    }>
    return permissionCheckFromPage(frame, permission, mediaType ? { mediaType } : {})
  })
  link.handle('page.willNavigate', (p) => {
    const { frame, url } = p as P<{ frame: FrameInfo; url: string }>
    return willNavigateFromPage(frame, url)
  })
  link.handle('page.willRedirect', (p) => {
    const { frame, url } = p as P<{ frame: FrameInfo; url: string }>
    return redirectFromPage(frame, url)
  })
  link.handle('page.windowOpen', (p) => {
    const { frame, url, frameName, features } = p as P<{
      frame: FrameInfo
      url: string
      frameName: string
      features: string
    }>
    return windowOpenFromPage(frame, { url, frameName, features })
  })
  link.handle('page.navigated', (p) => {
    const { windowId, url, sameDocument } = p as P<{ windowId: number; url: string; sameDocument: boolean }>
    navigatedInPage(windowId, url, sameDocument)
  })
  link.handle('page.title', (p) => {
    const { windowId, title } = p as P<{ windowId: number; title: string }>
    titleChangedInPage(windowId, title)
  })
  link.handle('page.closed', (p) => pageClosedByUser((p as { windowId: number }).windowId))

  link.handle('control', (p) => {
    const { method, args } = p as P<{ method: keyof typeof electronDouble; args: unknown[] }>
    const fn = electronDouble[method] as (...a: unknown[]) => unknown
    if (typeof fn !== 'function') throw new Error(`Unknown control method '${String(method)}'`)
    return fn(...args)
  })
  /**
   * Runs a test-supplied function in main's process: `(electron, arg) => ...` where `electron` is the
   * double (the very objects main imported). Like Playwright's electronApp.evaluate.
   */
  link.handle('evaluate', async (p) => {
    const { source, arg } = p as P<{ source: string; arg: unknown }>
    const fn = (0, eval)(`(${source})`) as (e: typeof electron, a: unknown) => unknown
    return await fn(electron, arg)
  })
}

export const harnessHost = { installHostHandlers, link, state, markReady: () => app.markReady() }
