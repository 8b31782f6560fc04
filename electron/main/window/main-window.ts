import { runSafely } from '../app/safe-timer'
import { BrowserWindow, type WebPreferences } from 'electron'
import type { Language } from '../../shared/i18n/languages'
import type { StartPage } from '../../shared/settings'
import { APP_ORIGIN, PRODUCT_NAME } from '../app/identity'

/** Electron's security checklist, as one object that tests assert on. */
export function hardenedWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  }
}

export interface MainWindowOptions {
  preloadPath: string
  iconPath: string
  /** The dev server while developing; the app scheme otherwise. */
  devServerUrl?: string
  /** The station's language now: the page paints its first screen in it without asking main first. */
  language: Language
  /** The work page to open on (the one shown last: ../app/start-page.ts). */
  page: StartPage
}

/**
 * The page's address: the language in use as `?lang=`, the start page as the route (`#/guard`). The
 * renderer starts in that language at once instead of waiting for a `language.get` answer before its
 * first screen (it still asks, for the choice and any change meanwhile), and on that page.
 */
export function mainWindowUrl(
  options: Pick<MainWindowOptions, 'devServerUrl' | 'language' | 'page'>,
): string {
  const url = new URL(options.devServerUrl ?? `${APP_ORIGIN}/index.html`)
  url.searchParams.set('lang', options.language)
  url.hash = `/${options.page}`
  return url.href
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: PRODUCT_NAME,
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    icon: options.iconPath,
    backgroundColor: '#f5f6f8',
    autoHideMenuBar: true,
    webPreferences: hardenedWebPreferences(options.preloadPath),
  })
  window.once('ready-to-show', () => window.show())
  runSafely('window load', () => window.loadURL(mainWindowUrl(options)))
  return window
}

/** A second launch, or a click on a notification, brings the one window forward. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
