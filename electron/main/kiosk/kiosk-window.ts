import { BrowserWindow, screen } from 'electron'
import { APP_ORIGIN } from '../app/identity'
import { runSafely } from '../app/safe-timer'
import { translate } from '../i18n'
import { hardenedWebPreferences } from '../window/main-window'

export interface KioskWindowOptions {
  preloadPath: string
  iconPath: string
  devServerUrl?: string
}

/**
 * The visitors' window: full screen in Electron's kiosk mode (no frame, no menu, cannot be left with
 * the usual shortcuts), on the touch monitor when one is attached (the first display that is not the
 * primary one), the kiosk page only.
 */
export function createKioskWindow(options: KioskWindowOptions): BrowserWindow {
  const primary = screen.getPrimaryDisplay()
  const target = screen.getAllDisplays().find((d) => d.id !== primary.id) ?? primary
  const window = new BrowserWindow({
    title: translate('kiosk.windowTitle'),
    x: target.bounds.x,
    y: target.bounds.y,
    width: target.bounds.width,
    height: target.bounds.height,
    kiosk: true,
    fullscreen: true,
    show: false,
    icon: options.iconPath,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: hardenedWebPreferences(options.preloadPath),
  })
  window.once('ready-to-show', () => {
    window.setKiosk(true)
    window.show()
  })
  const base = options.devServerUrl ?? APP_ORIGIN
  // Closed while loading (the desk's Close right after Open) aborts the load: logged, not an
  // unhandled rejection in main.
  runSafely('kiosk window load', () => window.loadURL(`${base}/kiosk.html`))
  return window
}
