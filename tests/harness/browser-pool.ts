/**
 * One Chromium per (headless, fake video file) per process: a Playwright worker or a vitest file
 * launches it once and every app gets a fresh context in it.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright'
import { chromiumSwitchArgs } from '../../electron/main/app/chromium-switches'
import { CHROMIUM_PATH } from './paths'

/**
 * Chromium 156 builds the address bar's drop-down (a WebUI page of about 400 requests) for every new
 * window, and every browser context is a window: that was half of each app launch's CPU (4.7 -> 2.5
 * core-seconds, 2.4 -> 1.45 s from launch to a usable form on a quiet machine). An Electron window
 * has no address bar.
 */
export const HARNESS_DISABLED_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxFullPopup',
  'WebUIOmniboxAimPopup',
]
/**
 * Playwright's own --disable-features list (playwright-core 1.65.1). Chromium keeps only the last
 * --disable-features switch and Playwright's comes first, so ours repeats it;
 * tests/unit/harness/browser-pool.test.ts fails when a Playwright update changes it.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
]

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...HARNESS_DISABLED_FEATURES].join(',')}`,
  // The switches the app's main sets (foundation.spec.ts checks main sets exactly these).
  ...chromiumSwitchArgs(),
]

export interface BrowserOptions {
  headless?: boolean
  /** A .y4m file the fake camera plays (e.g. a QR code held to the webcam). */
  fakeVideo?: string
}

const browsers = new Map<string, Promise<Browser>>()

export function launchChromium(options: BrowserOptions = {}): Promise<Browser> {
  const args = [...CHROMIUM_ARGS]
  if (options.fakeVideo) args.push(`--use-file-for-fake-video-capture=${options.fakeVideo}`)
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: options.headless !== false, args })
}

export function sharedBrowser(options: BrowserOptions = {}): Promise<Browser> {
  const key = `${options.headless !== false}|${options.fakeVideo ?? ''}`
  let browser = browsers.get(key)
  if (!browser) {
    browser = launchChromium(options)
    browsers.set(key, browser)
    browser.then(
      (b) => b.on('disconnected', () => browsers.delete(key)),
      () => browsers.delete(key),
    )
  }
  return browser
}

export async function closeSharedBrowsers(): Promise<void> {
  const all = [...browsers.values()]
  browsers.clear()
  await Promise.all(all.map((b) => b.then((x) => x.close()).catch(() => undefined)))
}

/**
 * A headed Chromium whose first window is an app window (Chromium's `--app` mode: no tab strip, no
 * address bar; the title and icon are the page's), for a person using the app through the harness
 * (`npm start` without an Electron binary). Its own profile folder; closing the context ends it.
 */
export async function launchAppWindowContext(profileDir: string, title: string): Promise<BrowserContext> {
  const blank = `data:text/html,<title>${encodeURIComponent(title)}</title>`
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    viewport: null,
    serviceWorkers: 'block',
    args: [...CHROMIUM_ARGS, `--app=${blank}`, `--class=${title}`, '--window-size=1366,768'],
  })
}
