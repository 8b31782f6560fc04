import { runSafely } from '../app/safe-timer'
import { BrowserWindow, type WebPreferences } from 'electron'
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
  runSafely('window load', () => window.loadURL(options.devServerUrl ?? `${APP_ORIGIN}/index.html`))
  return window
}

/** A second launch, or a click on a notification, brings the one window forward. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
