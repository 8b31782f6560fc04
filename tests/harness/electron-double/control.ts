/**
 * The test-facing control surface of the double. Under the launcher the test process calls these
 * over the RPC link (`app.main.*`); in vitest import `electronDouble` from this file directly.
 */
import { app } from './app'
import { appState } from './app-state'
import { resetWindows } from './browser-window'
import { queueDialogResponse, resetDialogs } from './dialog'
import { ipcMain } from './ipc-main'
import { notificationAt, resetNotifications } from './notification'
import { invokeFromPage, sendFromPage, type FrameInfo } from './page-events'
import { printers, queuePrintResult, resetPrintQueue } from './print-queue'
import { fetchAppUrl, origins, resetProtocol } from './protocol'
import { resetRecordings, state } from './runtime'
import { setEncryptionAvailable } from './safe-storage'
import { resetSessions } from './session'
import { nativeTheme, powerMonitor, systemPreferences } from './system'
import { resetWebContents } from './web-contents'
import type { Recordings } from '../recordings'

export const electronDouble = {
  /** A deep copy of everything recorded so far. */
  recordings(): Recordings {
    return structuredClone(state.recordings)
  },
  /** e.g. emitPowerMonitor('suspend'), emitPowerMonitor('resume'), emitPowerMonitor('lock-screen'). */
  emitPowerMonitor(event: string, ...args: unknown[]): void {
    powerMonitor.emit(event, ...args)
  },
  clickNotification(index: number): void {
    notificationAt(index).click()
  },
  closeNotification(index: number): void {
    notificationAt(index).emit('close', { preventDefault() {} })
  },
  invokeNotificationAction(index: number, actionIndex: number): void {
    notificationAt(index).invokeAction(actionIndex)
  },
  queueDialogResponse(method: string, response: unknown): void {
    queueDialogResponse(method, response)
  },
  queuePrintResult(result: { success: boolean; failureReason?: string }): void {
    queuePrintResult(result)
  },
  setPrinters(list: Record<string, unknown>[]): void {
    printers.list = structuredClone(list)
  },
  setEncryptionAvailable(available: boolean): void {
    setEncryptionAvailable(available)
  },
  setSystemDarkMode(dark: boolean): void {
    nativeTheme.systemDark = dark
    nativeTheme.emit('updated')
  },
  setMediaAccessStatus(mediaType: string, status: string): void {
    systemPreferences.mediaAccess[mediaType] = status
  },
  /** Channels that have an ipcMain.handle handler. */
  handledChannels(): string[] {
    return ipcMain.handledChannels()
  },
  /** Act as a renderer frame: invoke a channel the way ipcRenderer.invoke would reach main. */
  invoke(info: FrameInfo, channel: string, ...args: unknown[]) {
    return invokeFromPage(info, channel, args)
  },
  send(info: FrameInfo, channel: string, ...args: unknown[]): void {
    sendFromPage(info, channel, args)
  },
  /** Serve an app:// URL through main's registered protocol handler (no browser needed). */
  fetchAppUrl(url: string, init?: RequestInit): Promise<Response> {
    return fetchAppUrl(url, init)
  },
  toBrowserUrl: (url: string) => origins.toBrowser(url),
  toAppUrl: (url: string) => origins.toApp(url),
  quit(): void {
    app.quit()
  },
  /** vitest: emit 'ready' now (as Electron does after main's first run). */
  markReady(): void {
    app.markReady()
  },
  /**
   * Endurance runs: drop the notifications, events sent and protocol requests recorded so far (and the double's own
   * references to its Notification objects, which Electron would not keep either), so that what main's
   * heap holds over a long run is the app's, not the harness's.
   */
  forgetRecordings(): void {
    resetNotifications()
    state.recordings.notifications.length = 0
    state.recordings.protocolRequests.length = 0
    state.recordings.sentEvents.length = 0
  },
  /** vitest: forget every window, handler, recording and queue; ready again after a tick (or now). */
  async reset(options: { ready?: boolean } = {}): Promise<void> {
    resetWindows()
    resetWebContents()
    resetNotifications()
    resetDialogs()
    resetPrintQueue()
    resetProtocol()
    resetSessions()
    resetRecordings()
    ipcMain.clearHandlers()
    ipcMain.removeAllListeners()
    app.removeAllListeners()
    powerMonitor.removeAllListeners()
    nativeTheme.removeAllListeners()
    await origins.closeAll()
    setEncryptionAvailable(false)
    appState.quitting = false
    appState.exited = false
    appState.ready = false
    if (options.ready !== false) app.markReady()
  },
}

export type ElectronDoubleControl = typeof electronDouble
