/**
 * launchGatehouse(): runs the REAL built main (out/main/index.js) in a child Node process whose
 * `electron` is the double, and gives every BrowserWindow a Playwright page in Chromium that loads the
 * real renderer through main's own protocol handler with the real preload injected.
 *
 * Why a child process: each launch gets a fresh main (module state, process.env, timers), a main that
 * calls app.exit()/process.exit() cannot take the test runner down, and two launches can contend for
 * the single-instance lock exactly as two Electron processes do.
 */
import { createHash } from 'node:crypto'
import { fork, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright'
import { launchAppWindowContext, sharedBrowser } from './browser-pool'
import { buildHost } from './host-build'
import { harnessPaths } from './paths'
import { toPlaywrightPdfOptions } from './pdf-options'
import type { Recordings } from './recordings'
import { createRpcPeer, type RpcPeer } from './rpc'
import { WindowHost } from './window-host'

export interface LaunchOptions {
  /** Reuse a userData dir (e.g. a second instance, or state across launches). Default: a fresh temp dir. */
  userDataDir?: string
  /** Extra environment for main. GATEHOUSE_LOG defaults to 'quiet'. */
  env?: Record<string, string>
  /** Passed to main as GATEHOUSE_SIMULATOR_URL (and token as GATEHOUSE_SIMULATOR_TOKEN). */
  simulatorUrl?: string
  simulatorToken?: string
  /** A .y4m file Chromium's fake camera plays. Uses a browser launched with that file. */
  fakeVideo?: string
  /** Default true; `GATEHOUSE_HEADED=1` flips the default. */
  headless?: boolean
  /** Headed only: the first window is a Chromium app window (no tabs or address bar), as for a person. */
  appWindow?: boolean
  /** A browser to create the app's context in (default: the per-process shared one). */
  browser?: Browser
  /** What launch waits for: the first window loaded (default), main ready, or main's exit. */
  waitFor?: 'window' | 'ready' | 'exit'
  /** Folder holding package.json and out/ (default: $GATEHOUSE_HARNESS_APP, else this repo). */
  appDir?: string
  /** Default <appDir>/out/main/index.js. */
  mainEntry?: string
  /** safeStorage.isEncryptionAvailable() at start (default false, like a box without a keyring). */
  safeStorage?: boolean
  /**
   * Endurance runs: main's clock runs `speed` times faster from `simulatedNowMs` (the time a simulator
   * at the same speed showed at real time `realNowMs`); timers of a minute or more shrink alike.
   */
  fastClock?: { speed: number; simulatedNowMs: number; realNowMs: number }
  /** Extra Node/V8 flags for main's process (endurance runs pin V8's young generation). */
  nodeFlags?: string[]
  /** Forward main's stdout/stderr to this process (default: only when GATEHOUSE_HARNESS_VERBOSE=1). */
  inheritOutput?: boolean
  timeoutMs?: number
}

export interface MainHandle {
  /** Everything the double recorded (after main exited: its final recordings). */
  recordings(): Promise<Recordings>
  notifications(): Promise<Recordings['notifications']>
  prints(): Promise<Recordings['prints']>
  pdfs(): Promise<Recordings['pdfs']>
  dialogs(): Promise<Recordings['dialogs']>
  openExternalCalls(): Promise<Recordings['openExternal']>
  permissions(): Promise<Recordings['permissions']>
  navigations(): Promise<Recordings['navigations']>
  windowOpens(): Promise<Recordings['windowOpens']>
  protocolRequests(): Promise<Recordings['protocolRequests']>
  sentEvents(): Promise<Recordings['sentEvents']>
  appUserModelId(): Promise<string | null>
  /** BrowserWindow constructor options of window `index` (0 = the first window). */
  windowOptions(index?: number): Promise<Record<string, unknown>>
  /** Uncaught exceptions / unhandled rejections in main (should stay empty). */
  errors(): Promise<string[]>
  emitPowerMonitor(event: string, ...args: unknown[]): Promise<void>
  clickNotification(index: number): Promise<void>
  /** Drops the recorded notifications, events sent and protocol requests (endurance runs). */
  forgetRecordings(): Promise<void>
  invokeNotificationAction(index: number, actionIndex: number): Promise<void>
  queueDialogResponse(method: string, response: unknown): Promise<void>
  queuePrintResult(result: { success: boolean; failureReason?: string }): Promise<void>
  setPrinters(printers: Record<string, unknown>[]): Promise<void>
  setEncryptionAvailable(available: boolean): Promise<void>
  setSystemDarkMode(dark: boolean): Promise<void>
  handledChannels(): Promise<string[]>
  /** Runs `fn(electron, arg)` inside main's process against the double main imported. */
  evaluate<R, A = undefined>(
    fn: (electron: Record<string, any>, arg: A) => R | Promise<R>,
    arg?: A,
  ): Promise<R>
  /** app.quit() in main (the full before-quit/will-quit/quit sequence). */
  quit(): Promise<void>
}

export interface GatehouseApp {
  /** The first window's page. */
  page: Page
  /** Pages of the open windows, in creation order. */
  windows(): Page[]
  /** Resolves with the next window main opens. */
  waitForWindow(): Promise<Page>
  context: BrowserContext
  userDataDir: string
  /** Page errors and preload failures seen in any window. */
  pageErrors: string[]
  pid: number
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** Main's output so far (stdout and stderr, interleaved). */
  output(): string
  main: MainHandle
  close(): Promise<void>
}

const require = createRequire(import.meta.url)
const tsxLoader = pathToFileURL(require.resolve('tsx')).href
const registerElectron = pathToFileURL(harnessPaths.registerElectron).href

function electronVersion(): string {
  try {
    return (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string })
      .version
  } catch {
    return '0.0.0'
  }
}

/** Headed: give the OS window the BrowserWindow's size, so a person sees the layout main asked for. */
async function sizeHeadedWindow(page: Page, size: { width: number; height: number }): Promise<void> {
  try {
    const cdp = await page.context().newCDPSession(page)
    const { windowId } = (await cdp.send('Browser.getWindowForTarget')) as { windowId: number }
    await cdp.send('Browser.setWindowBounds', { windowId, bounds: { ...size, windowState: 'normal' } })
    await cdp.detach()
  } catch {
    // Cosmetic only.
  }
}

export async function launchGatehouse(options: LaunchOptions = {}): Promise<GatehouseApp> {
  const appDir = options.appDir ?? process.env.GATEHOUSE_HARNESS_APP ?? harnessPaths.repoRoot
  const mainEntry = options.mainEntry ?? join(appDir, 'out/main/index.js')
  const headless = options.headless ?? process.env.GATEHOUSE_HEADED !== '1'
  const timeoutMs = options.timeoutMs ?? 30_000
  const root = mkdtempSync(join(tmpdir(), 'gatehouse-harness-'))
  const userDataDir = options.userDataDir ?? join(root, 'userData')
  const waitFor = options.waitFor ?? 'window'
  const verbose = options.inheritOutput ?? process.env.GATEHOUSE_HARNESS_VERBOSE === '1'

  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'NODE_OPTIONS') env[k] = v
  Object.assign(env, { GATEHOUSE_LOG: 'quiet' }, options.env ?? {})
  if (options.simulatorUrl) env.GATEHOUSE_SIMULATOR_URL = options.simulatorUrl
  if (options.simulatorToken) env.GATEHOUSE_SIMULATOR_TOKEN = options.simulatorToken
  Object.assign(env, {
    GATEHOUSE_HARNESS_CHILD: '1',
    GATEHOUSE_HARNESS_ROOT: root,
    GATEHOUSE_HARNESS_USER_DATA: userDataDir,
    // Parallel instances share the OS keychain: one keychain service per user-data folder (a relaunch
    // on the same folder finds its secrets again).
    GATEHOUSE_TEST_KEYCHAIN_SERVICE: `Gatehouse test ${createHash('sha256').update(userDataDir).digest('hex').slice(0, 12)}`,
    GATEHOUSE_HARNESS_APP_DIR: appDir,
    GATEHOUSE_HARNESS_MAIN: mainEntry,
    GATEHOUSE_HARNESS_SAFE_STORAGE: options.safeStorage ? '1' : '0',
    ...(options.fastClock
      ? {
          GATEHOUSE_HARNESS_CLOCK: `${options.fastClock.speed},${options.fastClock.simulatedNowMs},${options.fastClock.realNowMs}`,
        }
      : {}),
    GATEHOUSE_HARNESS_ELECTRON_VERSION: electronVersion(),
  })

  const started = Date.now()
  const timing = (phase: string) => {
    if (process.env.GATEHOUSE_HARNESS_TIMING === '1')
      process.stderr.write(`[harness] ${phase} +${Date.now() - started} ms\n`)
  }
  const prebuilt = await buildHost()
  timing('host built')
  if (prebuilt) env.GATEHOUSE_HARNESS_DOUBLE_URL = prebuilt.doubleUrl
  const child: ChildProcess = fork(prebuilt?.hostEntry ?? harnessPaths.mainHost, [], {
    cwd: appDir,
    env,
    execArgv: [
      ...(options.nodeFlags ?? []),
      ...(prebuilt
        ? [
            '--enable-source-maps',
            ...(process.env.GATEHOUSE_HARNESS_CPU_PROF
              ? [
                  '--cpu-prof',
                  `--cpu-prof-dir=${process.env.GATEHOUSE_HARNESS_CPU_PROF}`,
                  '--cpu-prof-interval=200',
                ]
              : []),
            '--import',
            registerElectron,
          ]
        : ['--import', tsxLoader, '--import', registerElectron]),
    ],
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  // A send racing main's exit fails with EPIPE as an 'error' event; the exit handler deals with it.
  child.on('error', (error) => {
    output += `\n[harness] channel error: ${error.message}\n`
  })
  let output = ''
  const collect = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-200_000)
    if (verbose) stream.write(chunk)
  }
  child.stdout?.on('data', collect(process.stdout))
  child.stderr?.on('data', collect(process.stderr))

  const rpc: RpcPeer = createRpcPeer({
    send: (m) => {
      if (child.connected) child.send(m as never)
      else throw new Error('main has exited')
    },
    onMessage: (listener) => child.on('message', listener),
  })

  let finalRecordings: Recordings | null = null
  let finalErrors: string[] = []
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      rpc.closePending('main exited')
      resolve({ code, signal })
    })
  })

  // Nothing below may await before every RPC handler is registered: main calls in as soon as it runs.
  const appContext =
    options.appWindow && !headless
      ? launchAppWindowContext(join(root, 'chromium-profile'), 'Gatehouse')
      : null
  const browserReady: Promise<Browser> = appContext
    ? appContext.then((ctx) => ctx.browser() ?? sharedBrowser({ headless }))
    : options.browser
      ? Promise.resolve(options.browser)
      : sharedBrowser({ headless, ...(options.fakeVideo ? { fakeVideo: options.fakeVideo } : {}) })
  let context: BrowserContext | null = null
  // The context and the first page are made while main starts (they do not depend on it).
  const warmPage: Promise<Page> = (async () => {
    if (appContext) {
      const ctx = await appContext
      context = ctx
      await ctx.grantPermissions(['camera', 'microphone'])
      return ctx.pages()[0] ?? ctx.newPage()
    }
    const ctx = await (
      await browserReady
    ).newContext({
      viewport: headless ? { width: 1280, height: 800 } : null,
      serviceWorkers: 'block',
    })
    context = ctx
    await ctx.grantPermissions(['camera', 'microphone'])
    return ctx.newPage()
  })()
  warmPage.catch(() => undefined)
  let warmPageUsed = false
  const extraContexts = new Set<BrowserContext>()
  const windowHosts = new Map<number, WindowHost>()
  const pageErrors: string[] = []
  const windowWaiters: ((page: Page) => void)[] = []
  const versions = async () => ({
    electron: electronVersion(),
    chrome: (await browserReady).version(),
    node: process.versions.node,
  })
  let firstWindowLoaded: (page: Page) => void = () => undefined
  const firstLoad = new Promise<Page>((resolve) => (firstWindowLoaded = resolve))
  let readyResolve: () => void = () => undefined
  const ready = new Promise<void>((resolve) => (readyResolve = resolve))

  const hostOf = (windowId: number): WindowHost => {
    const host = windowHosts.get(windowId)
    if (!host) throw new Error(`No page for window ${windowId}`)
    return host
  }

  let mainFailed: (text: string) => void = () => undefined
  const mainFailure = new Promise<string>((resolve) => (mainFailed = resolve))
  rpc.handle('host.error', (p) => mainFailed(String(p)))
  browserReady.catch((error: unknown) => mainFailed(`Chromium did not start: ${String(error)}`))
  rpc.handle('host.started', () => timing('main evaluated'))
  rpc.handle('host.ready', () => {
    timing('ready')
    readyResolve()
  })
  rpc.handle('app.exiting', (p) => {
    const final = p as { recordings: Recordings; errors: string[] }
    finalRecordings = final.recordings
    finalErrors = final.errors
  })
  // Each window's creation, for the calls main makes without waiting for it (window.load).
  const creations = new Map<number, Promise<unknown>>()
  rpc.handle('window.create', (p) => {
    const job = createWindow(p)
    creations.set((p as { windowId: number }).windowId, job)
    return job
  })
  const createWindow = async (p: unknown) => {
    const {
      windowId,
      options: winOptions,
      preload,
    } = p as {
      windowId: number
      options: Record<string, unknown>
      preload: string | null
    }
    const prefsOf = (winOptions.webPreferences ?? {}) as Record<string, unknown>
    let page: Page
    if (prefsOf.javascript === false) {
      // JavaScript is a context setting in Chromium: such a window (e.g. a print job) gets its own.
      const ctx = await (
        await browserReady
      ).newContext({
        javaScriptEnabled: false,
        viewport: headless ? { width: 1280, height: 800 } : null,
      })
      page = await ctx.newPage()
      page.on('close', () => void ctx.close().catch(() => undefined))
      extraContexts.add(ctx)
      ctx.on('close', () => extraContexts.delete(ctx))
    } else {
      const first = await warmPage
      page = warmPageUsed ? await first.context().newPage() : first
      warmPageUsed = true
    }
    timing('page created')
    const size = { width: Number(winOptions.width ?? 800), height: Number(winOptions.height ?? 600) }
    const host = new WindowHost(windowId, page, rpc, (text) => pageErrors.push(text))
    const prefs = (winOptions.webPreferences ?? {}) as Record<string, unknown>
    // Sizing and installing the preload are independent: both in flight at once.
    await Promise.all([
      headless ? page.setViewportSize(size) : sizeHeadedWindow(page, size),
      versions().then((v) =>
        host.install(preload ? { path: preload, source: readFileSync(preload, 'utf8') } : null, {
          contextIsolation: prefs.contextIsolation !== false,
          platform: process.platform,
          versions: v,
        }),
      ),
    ])
    windowHosts.set(windowId, host)
    timing('page installed')
    for (const waiter of windowWaiters.splice(0)) waiter(page)
    return null
  }
  rpc.handle('window.load', async (p) => {
    const { windowId, url } = p as { windowId: number; url: string }
    await creations.get(windowId)
    const host = hostOf(windowId)
    timing('load start')
    const result = await host.load(url)
    timing('loaded')
    firstWindowLoaded(host.page)
    return result
  })
  rpc.handle('window.op', async (p) => {
    const { windowId, op } = p as { windowId: number; op: string }
    const host = windowHosts.get(windowId)
    if (!host) return null
    await host.op(op)
    if (op === 'close') {
      windowHosts.delete(windowId)
      creations.delete(windowId)
    }
    return null
  })
  rpc.handle('window.send', (p) => {
    const { windowId, channel, args } = p as { windowId: number; channel: string; args: unknown[] }
    windowHosts.get(windowId)?.send(channel, args)
    return null
  })
  rpc.handle('window.content', async (p) => {
    const { windowId } = p as { windowId: number }
    return hostOf(windowId).page.content()
  })
  rpc.handle('window.eval', async (p) => {
    const { windowId, code } = p as { windowId: number; code: string }
    return hostOf(windowId).page.evaluate(code)
  })
  rpc.handle('window.pdf', async (p) => {
    const { windowId, options: pdfOptions } = p as { windowId: number; options: Record<string, unknown> }
    const page = hostOf(windowId).page
    const playwrightOptions = toPlaywrightPdfOptions(pdfOptions)
    try {
      return new Uint8Array(await page.pdf(playwrightOptions))
    } catch (error) {
      if (headless) throw error
      // Headed Chromium cannot print to PDF: render a snapshot of the page in a headless one.
      const { launchChromium } = await import('./browser-pool')
      const printer = await launchChromium({ headless: true })
      try {
        const copy = await printer.newPage()
        await copy.setContent((await page.content()).replace('<head>', `<head><base href="${page.url()}">`))
        return new Uint8Array(await copy.pdf(playwrightOptions))
      } finally {
        await printer.close()
      }
    }
  })

  const control = <T = unknown>(method: string, ...args: unknown[]): Promise<T> =>
    rpc.call<T>('control', { method, args })
  const recordings = async (): Promise<Recordings> => {
    if (child.exitCode !== null || child.signalCode !== null || !child.connected) {
      if (finalRecordings) return finalRecordings
      throw new Error('main has exited without leaving recordings')
    }
    return control<Recordings>('recordings')
  }
  const main: MainHandle = {
    recordings,
    notifications: async () => (await recordings()).notifications,
    prints: async () => (await recordings()).prints,
    pdfs: async () => (await recordings()).pdfs,
    dialogs: async () => (await recordings()).dialogs,
    openExternalCalls: async () => (await recordings()).openExternal,
    permissions: async () => (await recordings()).permissions,
    navigations: async () => (await recordings()).navigations,
    windowOpens: async () => (await recordings()).windowOpens,
    protocolRequests: async () => (await recordings()).protocolRequests,
    sentEvents: async () => (await recordings()).sentEvents,
    appUserModelId: async () => (await recordings()).appUserModelId,
    windowOptions: async (index = 0) => {
      const w = (await recordings()).windows[index]
      if (!w) throw new Error(`main created no window #${index}`)
      return w.options
    },
    errors: async () => (child.connected ? rpc.call<string[]>('host.errors') : finalErrors),
    emitPowerMonitor: (event, ...args) => control('emitPowerMonitor', event, ...args),
    clickNotification: (index) => control('clickNotification', index),
    forgetRecordings: () => control('forgetRecordings'),
    invokeNotificationAction: (index, actionIndex) => control('invokeNotificationAction', index, actionIndex),
    queueDialogResponse: (method, response) => control('queueDialogResponse', method, response),
    queuePrintResult: (result) => control('queuePrintResult', result),
    setPrinters: (printers) => control('setPrinters', printers),
    setEncryptionAvailable: (available) => control('setEncryptionAvailable', available),
    setSystemDarkMode: (dark) => control('setSystemDarkMode', dark),
    handledChannels: () => control<string[]>('handledChannels'),
    evaluate: (fn, arg) => rpc.call('evaluate', { source: fn.toString(), arg }),
    quit: () => control('quit'),
  }

  let closed = false
  const close = async (): Promise<void> => {
    if (closed) return
    closed = true
    if (child.exitCode === null && child.signalCode === null) {
      if (child.connected) {
        finalErrors = await rpc.call<string[]>('host.errors').catch(() => finalErrors)
        await control('quit').catch(() => undefined)
      }
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    }
    const ctx = context as BrowserContext | null
    await ctx?.close().catch(() => undefined)
    await Promise.all([...extraContexts].map((c) => c.close().catch(() => undefined)))
    rmSync(root, { recursive: true, force: true })
  }

  child.on('exit', () => {
    const ctx = context as BrowserContext | null
    void ctx?.close().catch(() => undefined)
    for (const c of extraContexts) void c.close().catch(() => undefined)
  })

  const fail = async (reason: string): Promise<never> => {
    if (child.exitCode === null) child.kill('SIGKILL')
    await exited
    await close()
    throw new Error(`${reason}\n--- main output ---\n${output.slice(-4000)}`)
  }
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref())
  const target =
    waitFor === 'exit'
      ? exited.then(() => 'exit' as const)
      : waitFor === 'ready'
        ? ready.then(() => 'ok' as const)
        : firstLoad.then(() => 'ok' as const)
  // An uncaught error in main before its window is up almost always means no window is coming.
  const failedEarly = mainFailure.then((text) => new Promise<string>((r) => setTimeout(() => r(text), 1500)))
  const outcome = await Promise.race([
    target,
    timeout,
    exited.then(() => 'exited' as const),
    waitFor === 'exit' ? new Promise<never>(() => undefined) : failedEarly.then(() => 'main-error' as const),
  ])
  if (outcome === 'main-error')
    return fail('main failed while starting (uncaught error or unhandled rejection)')
  if (outcome === 'timeout')
    return fail(
      `Gatehouse did not ${waitFor === 'window' ? 'open its window' : `reach '${waitFor}'`} within ${timeoutMs} ms`,
    )
  if (outcome === 'exited' && waitFor !== 'exit') {
    const { code, signal } = await exited
    return fail(
      `main exited (code ${code}, signal ${signal}) before ${waitFor === 'window' ? 'opening a window' : 'ready'}`,
    )
  }

  const firstPage = waitFor === 'window' ? await firstLoad : (undefined as unknown as Page)
  return {
    page: firstPage,
    windows: () => [...windowHosts.values()].map((h) => h.page).filter((p) => !p.isClosed()),
    waitForWindow: () => new Promise<Page>((resolve) => windowWaiters.push(resolve)),
    get context() {
      if (!context) throw new Error('main has not opened a window')
      return context
    },
    userDataDir,
    pageErrors,
    pid: child.pid ?? -1,
    exited,
    output: () => output,
    main,
    close,
  }
}
