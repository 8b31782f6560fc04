/**
 * `WebContents` and `WebFrameMain` of the double. Each WebContents is one Playwright page in the test
 * process; main sees only app:// URLs. Page-originated traffic (invoke, send, permission requests,
 * navigations, window.open) arrives through host-handlers.ts and is dispatched here exactly where
 * Electron would dispatch it.
 */
import { EventEmitter } from 'node:events'
import { pathToFileURL } from 'node:url'
import { createEvent } from './event'
import { IpcMainImpl } from './ipc-main'
import { origins } from './protocol'
import { link, state, toPlain } from './runtime'
import { session, type Session } from './session'
import { nextPrintResult, printers } from './print-queue'

export interface WindowOpenDetails {
  url: string
  frameName: string
  features: string
  disposition: string
  referrer: { url: string; policy: string }
  postBody?: unknown
}
export type WindowOpenHandler = (details: WindowOpenDetails) => {
  action: 'allow' | 'deny'
  [k: string]: unknown
}

/** The owner a WebContents belongs to (the BrowserWindow), kept as an interface to avoid a cycle. */
export interface WebContentsOwner {
  readonly id: number
  readonly created: Promise<void>
  readonly isDestroyedFlag: boolean
  close(): void
  focus(): void
  onLoaded(): void
}

export class WebFrameMain {
  readonly ipc = new IpcMainImpl()
  readonly frames: WebFrameMain[] = []
  readonly name: string
  readonly processId = 1
  readonly routingId: number
  readonly frameTreeNodeId: number
  readonly osProcessId = process.pid
  readonly visibilityState = 'visible'

  constructor(
    private readonly contents: WebContents,
    private readonly frameUrl: (() => string) | string,
    readonly parent: WebFrameMain | null,
    routingId: number,
    name = '',
  ) {
    this.routingId = routingId
    this.frameTreeNodeId = routingId
    this.name = name
  }
  get url(): string {
    return typeof this.frameUrl === 'function' ? this.frameUrl() : this.frameUrl
  }
  get origin(): string {
    try {
      const u = new URL(this.url)
      return u.host ? `${u.protocol}//${u.host}` : 'null'
    } catch {
      return 'null'
    }
  }
  get top(): WebFrameMain {
    return this.parent ? this.parent.top : this
  }
  get framesInSubtree(): WebFrameMain[] {
    return [this, ...this.frames.flatMap((f) => f.framesInSubtree)]
  }
  get detached(): boolean {
    return this.contents.isDestroyed()
  }
  isDestroyed(): boolean {
    return this.contents.isDestroyed()
  }
  send(channel: string, ...args: unknown[]): void {
    this.contents.send(channel, ...args)
  }
  executeJavaScript(code: string): Promise<unknown> {
    return this.contents.executeJavaScript(code)
  }
}

const allContents = new Map<number, WebContents>()

export class WebContents extends EventEmitter {
  readonly id: number
  readonly ipc = new IpcMainImpl()
  readonly mainFrame: WebFrameMain
  windowOpenHandler: WindowOpenHandler | null = null
  url = ''
  title = ''
  private destroyed = false
  private zoomFactor = 1
  private audioMuted = false
  private devToolsOpen = false
  private userAgent = ''
  private loading = false

  constructor(readonly owner: WebContentsOwner) {
    super()
    this.id = state.nextWebContentsId++
    this.mainFrame = new WebFrameMain(this, () => this.url, null, 1)
    allContents.set(this.id, this)
  }

  get session(): Session {
    return session.defaultSession
  }
  get hostWebContents(): null {
    return null
  }

  getURL(): string {
    return this.url
  }
  getTitle(): string {
    return this.title
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  isLoading(): boolean {
    return this.loading
  }
  isCrashed(): boolean {
    return false
  }
  getOSProcessId(): number {
    return process.pid
  }
  getProcessId(): number {
    return 1
  }
  getType(): string {
    return 'window'
  }

  private assertAlive(): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed')
  }

  /** Electron serialises args with the structured clone algorithm; functions etc. throw here, as there. */
  send(channel: string, ...args: unknown[]): void {
    this.assertAlive()
    if (typeof channel !== 'string') throw new TypeError('Missing required channel argument')
    const cloned = structuredClone(args)
    state.recordings.sentEvents.push({ windowId: this.owner.id, channel, args: cloned })
    void this.owner.created.then(() =>
      link.call('window.send', { windowId: this.owner.id, channel, args: cloned }).catch(() => undefined),
    )
  }

  async loadURL(url: string, _options?: Record<string, unknown>): Promise<void> {
    this.assertAlive()
    this.loading = true
    this.emit('did-start-loading')
    try {
      // As in Electron, the navigation starts now when it can (the origin's server listens): the harness
      // waits for the page itself, so a busy main (start-up builds its domains next) does not delay it.
      // (`serve` answers without waiting when the origin's server, or the spare, already listens.)
      await link.call('window.load', { windowId: this.owner.id, url: await origins.serve(url) })
    } catch (error) {
      this.loading = false
      const known = error as Error & { code?: string; errno?: number }
      const code = known.code ?? 'ERR_FAILED'
      const errno = known.errno ?? -2
      const message = error instanceof Error ? error.message : String(error)
      this.emit('did-fail-load', createEvent(), errno, code, url, true)
      if (known.code) throw error
      throw Object.assign(new Error(`ERR_FAILED (-2) loading '${url}': ${message}`), { code, errno, url })
    }
    this.url = url
    this.loading = false
    this.emit('did-navigate', createEvent(), url, 200, 'OK')
    this.emit('dom-ready', createEvent())
    this.emit('did-finish-load', createEvent())
    this.emit('did-stop-loading', createEvent())
    this.owner.onLoaded()
  }

  loadFile(
    filePath: string,
    options: { query?: Record<string, string>; search?: string; hash?: string } = {},
  ) {
    const u = pathToFileURL(filePath)
    if (options.query) for (const [k, v] of Object.entries(options.query)) u.searchParams.set(k, v)
    if (options.search) u.search = options.search
    if (options.hash) u.hash = options.hash
    return this.loadURL(u.toString())
  }

  reload(): void {
    if (this.url) void this.loadURL(this.url).catch(() => undefined)
  }
  reloadIgnoringCache(): void {
    this.reload()
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler
  }

  /** Records the job and the printed document; the answer comes from the print queue (default: success). */
  print(
    options: Record<string, unknown> = {},
    callback?: (success: boolean, failureReason: string) => void,
  ): void {
    this.assertAlive()
    const { success, failureReason } = nextPrintResult()
    const windowId = this.owner.id
    const recorded = toPlain(options) as Record<string, unknown>
    void this.owner.created
      .then(() => link.call<string>('window.content', { windowId }))
      .catch(() => '')
      .then((html) => {
        state.recordings.prints.push({
          windowId,
          options: recorded,
          success,
          failureReason,
          html: html ?? '',
        })
        callback?.(success, failureReason)
      })
  }

  async getPrintersAsync(): Promise<unknown[]> {
    return structuredClone(printers.list)
  }

  async printToPDF(options: Record<string, unknown> = {}): Promise<Buffer> {
    this.assertAlive()
    await this.owner.created
    const bytes = await link.call<Uint8Array>('window.pdf', {
      windowId: this.owner.id,
      options: toPlain(options),
    })
    const buffer = Buffer.from(bytes)
    state.recordings.pdfs.push({
      windowId: this.owner.id,
      options: toPlain(options) as Record<string, unknown>,
      bytes: buffer.byteLength,
    })
    return buffer
  }

  async executeJavaScript(code: string, _userGesture?: boolean): Promise<unknown> {
    this.assertAlive()
    await this.owner.created
    return link.call('window.eval', { windowId: this.owner.id, code })
  }

  async insertCSS(css: string): Promise<string> {
    await this.executeJavaScript(
      `(() => { const s = document.createElement('style'); s.textContent = ${JSON.stringify(css)}; document.head.append(s) })()`,
    )
    return `css-${Date.now()}`
  }

  focus(): void {
    this.owner.focus()
  }
  close(): void {
    this.owner.close()
  }
  openDevTools(): void {
    this.devToolsOpen = true
  }
  closeDevTools(): void {
    this.devToolsOpen = false
  }
  toggleDevTools(): void {
    this.devToolsOpen = !this.devToolsOpen
  }
  isDevToolsOpened(): boolean {
    return this.devToolsOpen
  }
  setZoomFactor(factor: number): void {
    this.zoomFactor = factor
  }
  getZoomFactor(): number {
    return this.zoomFactor
  }
  setZoomLevel(level: number): void {
    this.zoomFactor = Math.pow(1.2, level)
  }
  getZoomLevel(): number {
    return Math.log(this.zoomFactor) / Math.log(1.2)
  }
  setVisualZoomLevelLimits(): Promise<void> {
    return Promise.resolve()
  }
  setAudioMuted(muted: boolean): void {
    this.audioMuted = muted
  }
  isAudioMuted(): boolean {
    return this.audioMuted
  }
  setUserAgent(userAgent: string): void {
    this.userAgent = userAgent
  }
  getUserAgent(): string {
    return this.userAgent || session.defaultSession.getUserAgent()
  }
  setBackgroundThrottling(): void {}

  /** Marks the contents gone (the window was closed). */
  destroyInternal(): void {
    if (this.destroyed) return
    this.destroyed = true
    allContents.delete(this.id)
    this.emit('destroyed')
  }

  harnessRecord(): unknown {
    return { webContentsId: this.id }
  }
}

/** The `webContents` module. */
export const webContents = {
  getAllWebContents: (): WebContents[] => [...allContents.values()],
  fromId: (id: number): WebContents | undefined => allContents.get(id),
  getFocusedWebContents: (): WebContents | null => null,
  fromFrame: (frame: WebFrameMain): WebContents | undefined =>
    [...allContents.values()].find((c) => c.mainFrame === frame.top),
}

export const webFrameMain = {
  fromId: (_processId: number, routingId: number): WebFrameMain | undefined =>
    [...allContents.values()].map((c) => c.mainFrame).find((f) => f.routingId === routingId),
}

export function resetWebContents(): void {
  allContents.clear()
}
