/**
 * The electron double: what `import ... from 'electron'` resolves to when the real main bundle runs
 * under the harness (module.register hook) and in vitest (alias). See tests/harness/README.md.
 */
import { app } from './app'
import { BrowserWindow } from './browser-window'
import { dialog } from './dialog'
import { ipcMain } from './ipc-main'
import { net } from './net'
import { Notification } from './notification'
import { protocol } from './protocol'
import { safeStorage } from './safe-storage'
import { session } from './session'
import { shell } from './shell'
import { nativeTheme, powerMonitor, screen, systemPreferences } from './system'
import { clipboard, crashReporter, globalShortcut, Menu, MenuItem, nativeImage } from './ui'
import { webContents, webFrameMain } from './web-contents'

export {
  app,
  BrowserWindow,
  clipboard,
  crashReporter,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  MenuItem,
  nativeImage,
  nativeTheme,
  net,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  systemPreferences,
  webContents,
  webFrameMain,
}
export { electronDouble } from './control'
/** For main-host.ts only: it imports these through 'electron' so it shares this very instance. */
export { harnessHost } from './host-handlers'

const electron = {
  app,
  BrowserWindow,
  clipboard,
  crashReporter,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  MenuItem,
  nativeImage,
  nativeTheme,
  net,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  systemPreferences,
  webContents,
  webFrameMain,
}
export default electron
