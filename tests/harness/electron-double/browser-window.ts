/**
 * `BrowserWindow` of the double. Creating one asks the test process for a Playwright page (with the
 * window's preload injected); every state call is recorded in order so tests can assert e.g. that a
 * second launch restored and focused the first window.
 */
import { EventEmitter } from 'node:events'
import { app, windowRegistry } from './app'
import { appState } from './app-state'
import { createEvent } from './event'
import { link, state, toPlain } from './runtime'
import { WebContents, type WebContentsOwner } from './web-contents'
import type { WindowRecord } from '../recordings'

interface Bounds {
  x: number
  y: number
  width: number
  height: number
}

const windows = new Map<number, BrowserWindow>()

export class BrowserWindow extends EventEmitter implements WebContentsOwner {
  static getAllWindows(): BrowserWindow[] {
    return [...windows.values()]
  }
  static getFocusedWindow(): BrowserWindow | null {
    return [...windows.values()].find((w) => w.focused) ?? null
  }
  static fromWebContents(contents: WebContents): BrowserWindow | null {
    return [...windows.values()].find((w) => w.webContents === contents) ?? null
  }
  static fromId(id: number): BrowserWindow | null {
    return windows.get(id) ?? null
  }

  readonly id: number
  readonly webContents: WebContents
  readonly created: Promise<void>
  private readonly record: WindowRecord
  private visible: boolean
  private minimized = false
  private maximized = false
  private fullScreen = false
  private kiosk = false
  private focused = false
  private destroyed = false
  private readyToShowSent = false
  private bounds: Bounds
  private alwaysOnTop = false
  private menuBarVisible = true

  constructor(options: Record<string, unknown> = {}) {
    super()
    if (!appState.ready) throw new Error('Cannot create BrowserWindow before app is ready')
    this.id = state.nextWindowId++
    this.visible = options.show !== false
    // Electron: `kiosk: true` starts in kiosk mode, which is full screen; `fullscreen: true` alone too.
    this.kiosk = options.kiosk === true
    this.fullScreen = options.kiosk === true || options.fullscreen === true
    this.bounds = {
      x: Number(options.x ?? 0),
      y: Number(options.y ?? 0),
      width: Number(options.width ?? 800),
      height: Number(options.height ?? 600),
    }
    this.webContents = new WebContents(this)
    this.record = {
      id: this.id,
      webContentsId: this.webContents.id,
      options: toPlain(options) as Record<string, unknown>,
      calls: [],
      title: String(options.title ?? app.getName()),
      url: '',
      visible: this.visible,
      destroyed: false,
    }
    state.recordings.windows.push(this.record)
    windows.set(this.id, this)
    const prefs = (options.webPreferences ?? {}) as Record<string, unknown>
    this.created = link
      .call('window.create', {
        windowId: this.id,
        webContentsId: this.webContents.id,
        options: this.record.options,
        preload: typeof prefs.preload === 'string' ? prefs.preload : null,
      })
      .then(() => undefined)
    // Page creation failures surface through loadURL; never as an unhandled rejection here.
    this.created.catch(() => undefined)
    app.emit('web-contents-created', createEvent(), this.webContents)
    app.emit('browser-window-created', createEvent(), this)
  }

  get isDestroyedFlag(): boolean {
    return this.destroyed
  }

  private call(name: string, op?: string): void {
    this.record.calls.push(name)
    if (op && !this.destroyed) {
      void this.created.then(() => link.call('window.op', { windowId: this.id, op }).catch(() => undefined))
    }
  }

  private assertAlive(): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed')
  }

  loadURL(url: string, options?: Record<string, unknown>): Promise<void> {
    return this.webContents.loadURL(url, options)
  }
  loadFile(filePath: string, options?: Record<string, string>): Promise<void> {
    return this.webContents.loadFile(filePath, options)
  }

  onLoaded(): void {
    this.record.url = this.webContents.getURL()
    if (this.readyToShowSent) return
    this.readyToShowSent = true
    setImmediate(() => {
      if (!this.destroyed) this.emit('ready-to-show', createEvent())
    })
  }

  show(): void {
    this.assertAlive()
    this.call('show', 'show')
    const wasVisible = this.visible
    this.visible = true
    this.record.visible = true
    this.minimized = false
    this.focusInternal()
    if (!wasVisible) this.emit('show')
  }
  showInactive(): void {
    this.assertAlive()
    this.call('showInactive')
    this.visible = true
    this.record.visible = true
    this.emit('show')
  }
  hide(): void {
    this.assertAlive()
    this.call('hide')
    this.visible = false
    this.record.visible = false
    this.emit('hide')
  }
  focus(): void {
    this.assertAlive()
    this.call('focus', 'focus')
    this.focusInternal()
  }
  private focusInternal(): void {
    for (const w of windows.values()) {
      if (w !== this && w.focused) {
        w.focused = false
        w.emit('blur')
      }
    }
    if (!this.focused) {
      this.focused = true
      this.emit('focus')
    }
  }
  blur(): void {
    this.call('blur')
    if (this.focused) {
      this.focused = false
      this.emit('blur')
    }
  }
  isFocused(): boolean {
    return this.focused
  }
  isVisible(): boolean {
    return this.visible && !this.minimized
  }
  minimize(): void {
    this.assertAlive()
    this.call('minimize')
    this.minimized = true
    this.focused = false
    this.emit('minimize')
  }
  restore(): void {
    this.assertAlive()
    this.call('restore', 'focus')
    this.minimized = false
    this.visible = true
    this.record.visible = true
    this.emit('restore')
  }
  isMinimized(): boolean {
    return this.minimized
  }
  maximize(): void {
    this.call('maximize')
    this.maximized = true
    this.emit('maximize')
  }
  unmaximize(): void {
    this.call('unmaximize')
    this.maximized = false
    this.emit('unmaximize')
  }
  isMaximized(): boolean {
    return this.maximized
  }
  setFullScreen(flag: boolean): void {
    this.call(`setFullScreen(${flag})`)
    this.fullScreen = flag
    this.emit(flag ? 'enter-full-screen' : 'leave-full-screen')
  }
  isFullScreen(): boolean {
    return this.fullScreen
  }
  /** Kiosk mode is full screen without a way out through the window manager (as in Electron). */
  setKiosk(flag: boolean): void {
    this.call(`setKiosk(${flag})`)
    this.kiosk = flag
    if (this.fullScreen !== flag) {
      this.fullScreen = flag
      this.emit(flag ? 'enter-full-screen' : 'leave-full-screen')
    }
  }
  isKiosk(): boolean {
    return this.kiosk
  }
  setAlwaysOnTop(flag: boolean): void {
    this.call(`setAlwaysOnTop(${flag})`)
    this.alwaysOnTop = flag
  }
  isAlwaysOnTop(): boolean {
    return this.alwaysOnTop
  }
  moveTop(): void {
    this.call('moveTop')
  }
  flashFrame(flag: boolean): void {
    this.call(`flashFrame(${flag})`)
  }
  setSkipTaskbar(flag: boolean): void {
    this.call(`setSkipTaskbar(${flag})`)
  }
  setProgressBar(progress: number): void {
    this.call(`setProgressBar(${progress})`)
  }
  setOverlayIcon(): void {
    this.call('setOverlayIcon')
  }
  setIcon(): void {
    this.call('setIcon')
  }
  setMenu(): void {
    this.call('setMenu')
  }
  removeMenu(): void {
    this.call('removeMenu')
  }
  setMenuBarVisibility(visible: boolean): void {
    this.menuBarVisible = visible
  }
  isMenuBarVisible(): boolean {
    return this.menuBarVisible
  }
  setAutoHideMenuBar(): void {}
  setContentProtection(flag: boolean): void {
    this.call(`setContentProtection(${flag})`)
  }
  center(): void {
    this.call('center')
  }
  setTitle(title: string): void {
    this.record.title = title
  }
  getTitle(): string {
    return this.record.title
  }
  getBounds(): Bounds {
    return { ...this.bounds }
  }
  setBounds(bounds: Partial<Bounds>): void {
    this.bounds = { ...this.bounds, ...bounds }
  }
  getContentBounds(): Bounds {
    return this.getBounds()
  }
  getSize(): [number, number] {
    return [this.bounds.width, this.bounds.height]
  }
  setSize(width: number, height: number): void {
    this.bounds = { ...this.bounds, width, height }
  }
  getContentSize(): [number, number] {
    return this.getSize()
  }
  setMinimumSize(): void {}
  setMaximumSize(): void {}
  isDestroyed(): boolean {
    return this.destroyed
  }
  getParentWindow(): BrowserWindow | null {
    return null
  }
  getChildWindows(): BrowserWindow[] {
    return []
  }
  isModal(): boolean {
    return false
  }
  getNativeWindowHandle(): Buffer {
    return Buffer.alloc(8)
  }

  /** Electron's close(): a 'close' event main may cancel, then 'closed'. */
  close(): void {
    if (this.destroyed) return
    this.call('close')
    const event = createEvent()
    this.emit('close', event)
    if (event.defaultPrevented) return
    this.teardown(true)
  }
  /** destroy(): no 'close' event, straight to 'closed'. */
  destroy(): void {
    if (this.destroyed) return
    this.call('destroy')
    this.teardown(true)
  }

  /** The person closed the page in Chromium: it is already gone, so 'close' cannot be cancelled. */
  closedByUser(): void {
    if (this.destroyed) return
    this.emit('close', createEvent())
    this.teardown(false)
  }

  /** Part of app.quit(): returns false if main cancelled the close. */
  closeForQuit(): boolean {
    const event = createEvent()
    this.emit('close', event)
    return !event.defaultPrevented
  }

  teardown(closePage: boolean): void {
    if (this.destroyed) return
    this.destroyed = true
    this.focused = false
    this.record.destroyed = true
    if (closePage) {
      void this.created.then(() =>
        link.call('window.op', { windowId: this.id, op: 'close' }).catch(() => undefined),
      )
    }
    this.webContents.destroyInternal()
    windows.delete(this.id)
    this.emit('closed')
    if (windows.size === 0) app.lastWindowClosed()
  }

  harnessRecord(): unknown {
    return { windowId: this.id }
  }
}

windowRegistry.count = () => windows.size
windowRegistry.closeAllForQuit = async () => {
  const open = [...windows.values()]
  for (const w of open) if (!w.closeForQuit()) return false
  for (const w of open) w.teardown(true)
  return true
}
windowRegistry.destroyAll = () => {
  for (const w of [...windows.values()]) w.teardown(true)
}

export function resetWindows(): void {
  windows.clear()
}
