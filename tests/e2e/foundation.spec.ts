/// <reference lib="dom" />
/**
 * The foundation, end to end through the harness: the real built main, preload and renderer; only
 * Electron itself is the double. Each assertion is about what the app DOES (its handlers decide),
 * not what the double assumes.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { chromiumSwitchArgs, CHROMIUM_SWITCHES } from '../../electron/main/app/chromium-switches'
import { harnessPaths } from '../harness/paths'
import { rendererProcFiles } from '../support/chromium-processes'

const appDir = process.env.GATEHOUSE_HARNESS_APP ?? harnessPaths.repoRoot
const packageVersion = (JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')) as { version: string })
  .version

function builderAppId(): string {
  const yml = readFileSync(join(appDir, 'electron-builder.yml'), 'utf8')
  const match = /^appId:\s*['"]?([^'"\s#]+)/m.exec(yml)
  if (!match?.[1]) throw new Error('electron-builder.yml has no appId')
  return match[1]
}

/** Deliberately untyped access, for calls the contract's types would (rightly) reject. */
type LooseApi = Record<string, Record<string, (request?: unknown) => Promise<unknown>>> & {
  on(event: string, listener: (payload: unknown) => void): () => void
}

test('the window opens on the app shell: Reception, Guard, Settings and a connection indicator', async ({
  gatehouse,
}) => {
  const { page } = gatehouse
  expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/index\.html/)
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link', { name: 'Reception' })).toBeVisible()
  await expect(nav.getByRole('link', { name: 'Guard' })).toBeVisible()
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible()
  await expect(page.getByRole('status', { name: 'Server connection' })).toBeVisible()
  await nav.getByRole('link', { name: 'Guard' }).click()
  await expect(page).toHaveURL(/#\/guard$/)
  // main saw its own URL, never the harness's http one; it carries the language and page to start on
  const [window] = (await gatehouse.main.recordings()).windows
  expect(window?.url).toBe('app://gatehouse/index.html?lang=en#/reception')
  expect(window?.calls).toContain('show') // ready-to-show -> show()
  expect(await gatehouse.main.errors()).toEqual([])
  expect(gatehouse.pageErrors).toEqual([])
})

test('main sets its Chromium switches before ready, and the page runs in a renderer started with them', async ({
  gatehouse,
}) => {
  // What the real main appended (the double records every switch, so "exactly" is checked too).
  const appended = await gatehouse.main.evaluate((electron) => [
    ...(electron.app.commandLine.switches as Map<string, string>),
  ])
  expect(appended).toEqual(CHROMIUM_SWITCHES.map(([name, value]) => [name, value]))
  // The harness's Chromium runs with them: its renderers are started with them (V8's flags are among
  // the switches Chromium hands on to a renderer).
  const cdp = await gatehouse.page.context().browser()!.newBrowserCDPSession()
  // (Chromium soon rewrites its process title into one space-separated string.)
  const rendererArgs = (await rendererProcFiles(cdp, 'cmdline')).map((line) => line.split(/[\0 ]/))
  expect(rendererArgs.length).toBeGreaterThan(0)
  for (const args of rendererArgs) expect(args).toEqual(expect.arrayContaining(chromiumSwitchArgs()))
  await cdp.detach()
})

test('a contract round trip: app.info answers ok with the package version', async ({ gatehouse }) => {
  const result = await gatehouse.page.evaluate(() => window.gatehouse.app.info())
  expect(result).toEqual({
    ok: true,
    data: {
      name: 'Gatehouse',
      version: packageVersion,
      platform: process.platform,
      electronVersion: expect.any(String),
    },
  })
})

test('a bad payload gets BAD_REQUEST and main keeps working', async ({ gatehouse }) => {
  const { page } = gatehouse
  const results = await page.evaluate(async () => [
    await (window.gatehouse as unknown as LooseApi).app!.openExternal!({ url: 42 }),
    await (window.gatehouse as unknown as LooseApi).app!.openExternal!('not an object'),
    await window.gatehouse.app.openExternal({ url: 'https://www.zkteco.com/' + 'x'.repeat(5000) }),
  ])
  for (const result of results) {
    expect(result).toEqual({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringMatching(/^Invalid request/) },
    })
  }
  await expect(page.evaluate(() => window.gatehouse.app.info())).resolves.toMatchObject({ ok: true })
  expect(await gatehouse.main.errors()).toEqual([])
})

test('main -> renderer events reach listeners registered with gatehouse.on, and unsubscribe works', async ({
  gatehouse,
}) => {
  const { page } = gatehouse
  await page.evaluate(() => {
    const seen: unknown[] = []
    ;(window as unknown as { seen: unknown[] }).seen = seen
    const off = window.gatehouse.on('app.navigate', (payload) => {
      seen.push(payload)
      off()
    })
  })
  const send = () =>
    gatehouse.main.evaluate(({ BrowserWindow }) => {
      BrowserWindow.getAllWindows()[0].webContents.send('gatehouse:event:app.navigate', { path: '/settings' })
    })
  await send()
  await send()
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen))
    .toEqual([{ path: '/settings' }])
  await page.waitForTimeout(200)
  expect(await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toHaveLength(1)
})

test('a navigation to another origin is refused and the page stays on the app', async ({ gatehouse }) => {
  const { page } = gatehouse
  const appDocument = new URL(page.url()).origin + new URL(page.url()).pathname
  // A marker on this document: it survives only if the document was never replaced.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42))
  await page.evaluate(() => {
    window.location.href = 'https://example.com/phish'
  })
  await expect
    .poll(async () => (await gatehouse.main.navigations()).map((n) => [n.url, n.prevented]))
    .toEqual([['https://example.com/phish', true]])
  await page.waitForTimeout(200)
  expect(new URL(page.url()).origin + new URL(page.url()).pathname).toBe(appDocument)
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42)
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
})

test('window.open is denied by main and opens nothing', async ({ gatehouse }) => {
  const { page } = gatehouse
  expect(await page.evaluate(() => window.open('https://example.com/popup'))).toBeNull()
  await expect
    .poll(async () => (await gatehouse.main.windowOpens()).map((w) => [w.url, w.action]))
    .toEqual([['https://example.com/popup', 'deny']])
  expect(gatehouse.context.pages()).toHaveLength(1)
  // not on the external-link allow-list, so not opened in the system browser either
  expect(await gatehouse.main.openExternalCalls()).toEqual([])
})

test('microphone and geolocation are refused, the camera is allowed for the app page; main decided', async ({
  gatehouse,
}) => {
  const { page } = gatehouse
  const outcome = await page.evaluate(async () => {
    const microphone = await navigator.mediaDevices.getUserMedia({ audio: true }).then(
      () => 'granted',
      (e: DOMException) => e.name,
    )
    const geolocation = await new Promise<string | number>((resolve) =>
      navigator.geolocation.getCurrentPosition(
        () => resolve('granted'),
        (e) => resolve(e.code),
      ),
    )
    const camera = await navigator.mediaDevices.getUserMedia({ video: true }).then(
      (stream) => {
        const tracks = stream.getVideoTracks().length
        stream.getTracks().forEach((t) => t.stop())
        return `granted:${tracks}`
      },
      (e: DOMException) => e.name,
    )
    const cameraState = (await navigator.permissions.query({ name: 'camera' as PermissionName })).state
    const microphoneState = (await navigator.permissions.query({ name: 'microphone' as PermissionName }))
      .state
    const notifications = await Notification.requestPermission()
    return { microphone, geolocation, camera, cameraState, microphoneState, notifications }
  })
  expect(outcome).toEqual({
    microphone: 'NotAllowedError',
    geolocation: 1, // PERMISSION_DENIED
    camera: 'granted:1',
    cameraState: 'granted',
    microphoneState: 'denied',
    notifications: 'denied',
  })
  // Every decision was made by main's own session handlers, for the app's own (app://) page.
  const decisions = (await gatehouse.main.permissions()).map((p) => ({
    kind: p.kind,
    permission: p.permission,
    media: p.details.mediaTypes ?? p.details.mediaType ?? null,
    granted: p.granted,
    byHandler: p.decidedByHandler,
    fromApp: p.requestingUrl.startsWith('app://gatehouse'),
  }))
  const decided = { byHandler: true, fromApp: true }
  expect(decisions).toEqual([
    { kind: 'request', permission: 'media', media: ['audio'], granted: false, ...decided },
    { kind: 'request', permission: 'geolocation', media: null, granted: false, ...decided },
    { kind: 'request', permission: 'media', media: ['video'], granted: true, ...decided },
    { kind: 'check', permission: 'media', media: 'video', granted: true, ...decided },
    { kind: 'check', permission: 'media', media: 'audio', granted: false, ...decided },
    { kind: 'request', permission: 'notifications', media: null, granted: false, ...decided },
  ])
})

test("the window's webPreferences are the hardened ones, with the built preload", async ({ gatehouse }) => {
  const options = await gatehouse.main.windowOptions(0)
  expect(options.webPreferences).toMatchObject({
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
  })
  expect(String((options.webPreferences as Record<string, unknown>).preload)).toMatch(
    /out[\\/]preload[\\/]index\.cjs$/,
  )
})

test('the page is served by main with its CSP header, and the CSP is enforced', async ({ gatehouse }) => {
  const { page } = gatehouse
  // app:// is a secure standard origin whose compiled scripts Chromium keeps for the next start.
  const schemes = (await gatehouse.main.recordings()).privilegedSchemes
  expect(schemes).toEqual([
    {
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ])
  const served = (await gatehouse.main.protocolRequests()).find(
    (r) => r.url === 'app://gatehouse/index.html?lang=en',
  )
  expect(served?.status).toBe(200)
  const csp = served?.headers['content-security-policy'] ?? ''
  expect(csp).toContain("default-src 'none'")
  expect(csp).toContain("script-src 'self'")
  expect(csp).toMatch(/img-src 'self' data: blob:/)
  expect(csp).not.toMatch(/https?:/)
  // What the browser received is that header...
  const received = await page.evaluate(async () =>
    (await fetch(location.href)).headers.get('content-security-policy'),
  )
  expect(received).toBe(csp)
  // ...and Chromium enforces it: an injected inline script does not run.
  const inlineRan = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
        once: true,
      }),
    )
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.head.append(script)
    return {
      ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
      directive: await violation,
    }
  })
  expect(inlineRan).toEqual({ ran: false, directive: expect.stringMatching(/^script-src/) })
})

test('the AppUserModelId equals the appId of electron-builder.yml', async ({ gatehouse }) => {
  expect(await gatehouse.main.appUserModelId()).toBe(builderAppId())
})

test('a second launch with the same userData focuses the first window instead of opening one', async ({
  gatehouse,
  launch,
}) => {
  // Once main has shown its window (ready-to-show), minimise it: a second launch must bring it back.
  await expect.poll(async () => (await gatehouse.main.recordings()).windows[0]?.visible).toBe(true)
  await gatehouse.main.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].minimize())
  const callsBefore = (await gatehouse.main.recordings()).windows[0]!.calls.length
  const second = await launch({ userDataDir: gatehouse.userDataDir, waitFor: 'exit' })
  expect(await second.exited).toEqual({ code: 0, signal: null })
  const secondRecord = await second.main.recordings()
  expect(secondRecord.windows).toEqual([])
  await expect
    .poll(async () => (await gatehouse.main.recordings()).windows[0]!.calls.slice(callsBefore))
    .toEqual(['restore', 'show', 'focus'])
  const first = await gatehouse.main.recordings()
  expect(first.secondInstances).toHaveLength(1)
  expect(first.windows).toHaveLength(1)
  expect(gatehouse.windows()).toHaveLength(1)
})

test('no Node or IPC object is visible to the page; the API is frozen data and functions', async ({
  gatehouse,
}) => {
  const seen = await gatehouse.page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>
    return {
      require: typeof w.require,
      process: typeof w.process,
      ipcRenderer: typeof w.ipcRenderer,
      electron: typeof w.electron,
      module: typeof w.module,
      Buffer: typeof w.Buffer,
      domains: Object.keys(window.gatehouse).sort(),
      frozen: Object.isFrozen(window.gatehouse) && Object.isFrozen(window.gatehouse.app),
      writable: Object.getOwnPropertyDescriptor(window, 'gatehouse')?.writable,
    }
  })
  expect(seen).toMatchObject({
    require: 'undefined',
    process: 'undefined',
    ipcRenderer: 'undefined',
    electron: 'undefined',
    module: 'undefined',
    Buffer: 'undefined',
    frozen: true,
    writable: false,
  })
  expect(seen.domains).toContain('app')
  expect(seen.domains).toContain('on')
  // an event listener that is not a function, or an unknown event, is refused in the preload
  const refused = await gatehouse.page.evaluate(() => {
    try {
      ;(window.gatehouse as unknown as LooseApi).on('no.such-event', () => undefined)
      return 'accepted'
    } catch (error) {
      return (error as Error).message
    }
  })
  expect(refused).toMatch(/Unknown Gatehouse event/)
})
