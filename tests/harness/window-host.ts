/**
 * Test-process side of one BrowserWindow: its Playwright page, the preload injected as an init
 * script with the renderer double, the binding page -> main, navigation and popup interception, and
 * main -> page event delivery (in order).
 */
import { readFileSync } from 'node:fs'
import type { Frame, Page, Request, Route } from 'playwright'
import { randomBytes } from 'node:crypto'
import { harnessPaths } from './paths'
import { faithfulJson } from './json-transport'
import type { RpcPeer } from './rpc'

const runtimeSource = readFileSync(harnessPaths.rendererRuntime, 'utf8').replace(
  /^export function installRendererDouble/m,
  'function installRendererDouble',
)

export interface InitScriptConfig {
  bindingName: string
  dispatchName: string
  contextIsolation: boolean
  platform: string
  versions: Record<string, string>
}

/** The page's init script: the renderer double, then the real preload wrapped as Electron wraps it. */
export function buildInitScript(
  config: InitScriptConfig,
  preload: { path: string; source: string } | null,
): string {
  const runPreload = preload
    ? `__gatehouse.runPreload(function (require, process, Buffer, global, setImmediate, clearImmediate, exports, module, __filename, __dirname) {\n${preload.source}\n}, ${JSON.stringify(preload.path)});`
    : ''
  return `(() => {\n${runtimeSource}\nconst __gatehouse = installRendererDouble(${JSON.stringify(config)});\n${runPreload}\n})();`
}

interface PageMessage {
  t: 'invoke' | 'send' | 'permission' | 'check' | 'windowOpen' | 'preloadError'
  channel?: string
  args?: unknown[]
  permission?: string
  mediaTypes?: string[]
  mediaType?: string
  url?: string
  frameName?: string
  features?: string
  message?: string
}

export class WindowHost {
  readonly dispatchName = `__gatehouse_dispatch_${randomBytes(6).toString('hex')}`
  readonly bindingName = `__gatehouse_ipc_${randomBytes(6).toString('hex')}`
  /** The URL main asked for with loadURL: that navigation is programmatic (no will-navigate). */
  private expectedNavigation: string | null = null
  private closingByMain = false
  private sendQueue: Promise<unknown> = Promise.resolve()
  private readonly approvedPopups = new Set<string>()

  constructor(
    readonly windowId: number,
    readonly page: Page,
    private readonly rpc: RpcPeer,
    private readonly onPageError: (text: string) => void,
  ) {}

  async install(
    preload: { path: string; source: string } | null,
    config: Omit<InitScriptConfig, 'bindingName' | 'dispatchName'>,
  ) {
    const page = this.page
    // The binding first: the preload's init script calls it as the page starts, and init scripts run
    // in the order they were added. The preload and the route are then sent together (Electron has none
    // of this; every millisecond here is the harness's, not the app's).
    await page.exposeBinding(this.bindingName, ({ frame }, message: PageMessage) =>
      this.fromPage(frame, message),
    )
    await Promise.all([
      page.addInitScript({
        content: buildInitScript(
          { ...config, bindingName: this.bindingName, dispatchName: this.dispatchName },
          preload,
        ),
      }),
      page.route('**/*', (route, request) => this.route(route, request)),
    ])
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return
      const url = frame.url()
      void this.rpc
        .call('page.navigated', { windowId: this.windowId, url, sameDocument: false })
        .catch(() => undefined)
    })
    page.on('popup', (popup) => void this.onPopup(popup))
    page.on('pageerror', (error) => this.onPageError(`pageerror: ${error.stack ?? error.message}`))
    page.on('close', () => {
      if (!this.closingByMain)
        void this.rpc.call('page.closed', { windowId: this.windowId }).catch(() => undefined)
    })
  }

  private frameInfo(frame: Frame) {
    return { windowId: this.windowId, frameUrl: frame.url(), isMainFrame: frame === this.page.mainFrame() }
  }

  private async fromPage(frame: Frame, message: PageMessage): Promise<unknown> {
    const info = this.frameInfo(frame)
    switch (message.t) {
      case 'invoke':
        return this.rpc.call('page.invoke', {
          frame: info,
          channel: message.channel,
          args: message.args ?? [],
        })
      case 'send':
        return this.rpc.call('page.send', { frame: info, channel: message.channel, args: message.args ?? [] })
      case 'permission':
        return this.rpc.call('page.permissionRequest', {
          frame: info,
          permission: message.permission,
          ...(message.mediaTypes ? { mediaTypes: message.mediaTypes } : {}),
        })
      case 'check':
        return this.rpc.call('page.permissionCheck', {
          frame: info,
          permission: message.permission,
          ...(message.mediaType ? { mediaType: message.mediaType } : {}),
        })
      case 'windowOpen': {
        const answer = await this.rpc.call<{ action: string }>('page.windowOpen', {
          frame: info,
          url: message.url,
          frameName: message.frameName ?? '',
          features: message.features ?? '',
        })
        if (answer.action === 'allow' && message.url) this.approvedPopups.add(message.url)
        return answer
      }
      case 'preloadError':
        this.onPageError(`preload: ${message.message}`)
        return null
      default:
        throw new Error(`Unknown page message '${String((message as PageMessage).t)}'`)
    }
  }

  /** Renderer-initiated top-frame navigations go through main's will-navigate listeners. */
  private async route(route: Route, request: Request): Promise<void> {
    if (!request.isNavigationRequest() || request.frame() !== this.page.mainFrame()) return route.fallback()
    const url = request.url()
    if (this.expectedNavigation === url) {
      this.expectedNavigation = null
      return route.fallback()
    }
    // A reload of the current document is not a will-navigate in Electron.
    if (url === this.page.url()) return route.fallback()
    const { prevented } = await this.rpc
      .call<{ prevented: boolean }>('page.willNavigate', {
        frame: this.frameInfo(this.page.mainFrame()),
        url,
      })
      .catch(() => ({ prevented: true }))
    return prevented ? route.abort('aborted') : route.fallback()
  }

  /** A popup not opened through the wrapped window.open (e.g. a target=_blank link): ask main now. */
  private async onPopup(popup: Page): Promise<void> {
    let url = popup.url()
    if (url === 'about:blank') {
      await popup.waitForURL((u) => u.href !== 'about:blank', { timeout: 2000 }).catch(() => undefined)
      url = popup.url()
    }
    if (this.approvedPopups.delete(url)) return
    const answer = await this.rpc
      .call<{ action: string }>('page.windowOpen', {
        frame: this.frameInfo(this.page.mainFrame()),
        url,
        frameName: '',
        features: '',
      })
      .catch(() => ({ action: 'deny' }))
    if (answer.action !== 'allow') await popup.close().catch(() => undefined)
  }

  async load(url: string): Promise<{ status: number | null }> {
    // The request carries no fragment: `loadURL('.../index.html#/guard')` requests `.../index.html`.
    this.expectedNavigation = url.split('#')[0]!
    const response = await this.page.goto(url, { waitUntil: 'load' })
    return { status: response?.status() ?? null }
  }

  /**
   * main -> page events keep main's order even though each delivery is an async evaluate. The
   * payload goes as JSON where JSON carries it faithfully (json-transport.ts).
   */
  send(channel: string, args: unknown[]): void {
    const name = this.dispatchName
    const json = faithfulJson(args)
    this.sendQueue = this.sendQueue
      .then(() =>
        this.page.evaluate(
          ([dispatch, ch, text, a]) => {
            const fn = (globalThis as unknown as Record<string, (c: string, x: unknown[]) => void>)[
              dispatch as string
            ]
            if (typeof fn === 'function')
              fn(ch as string, text === null ? (a as unknown[]) : (JSON.parse(text as string) as unknown[]))
          },
          [name, channel, json, json === null ? args : null] as const,
        ),
      )
      .catch(() => undefined)
  }

  async op(op: string): Promise<void> {
    if (op === 'close') {
      this.closingByMain = true
      await this.page.close().catch(() => undefined)
    } else if (op === 'focus' || op === 'show') {
      await this.page.bringToFront().catch(() => undefined)
    }
  }
}
