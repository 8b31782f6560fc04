/**
 * Gatehouse main process entry. Order matters: the app scheme is registered before `ready`, the
 * single-instance lock is taken before anything else starts, and every security handler is installed
 * before the first window exists.
 */
import { join } from 'node:path'
import { app, BrowserWindow, ipcMain, safeStorage, session } from 'electron'
import { APP_ID } from './app/identity'
import { createAppHandlers } from './app/app-handlers'
import { createEventSink } from './ipc/event-sink'
import { createGuard } from './guard/index'
import { createGuardOpsHandlers } from './guard-ops/guard-ops-handlers'
import { registerHandlers, type Handlers } from './ipc/validated-ipc-main'
import { createLogger } from './log'
import { createBadgeHandlers } from './badge/index'
import { htmlToPdf, printHtml, savePdfWithDialog } from './badge/print-html'
import { createReceptionServices } from './reception/index'
import { bundlePaths } from './paths'
import { createCoreServices } from './services'
import { installAppProtocol, registerAppScheme } from './security/app-protocol'
import { hardenWebContents } from './security/navigation'
import { appOrigins } from './security/origin'
import { installPermissionHandlers } from './security/permissions'
import { createSettingsDomain } from './settings/settings-domain'
import { createMainWindow, focusWindow } from './window/main-window'

const log = createLogger('main')
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const origins = appOrigins(devServerUrl)
let mainWindow: BrowserWindow | null = null

registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.setAppUserModelId(APP_ID)
  app.on('second-instance', () => focusWindow(mainWindow))
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origins))
  app.on('window-all-closed', () => app.quit())
  app.whenReady().then(start, (error: unknown) => {
    log.error('start-up failed', { error })
    app.exit(1)
  })
}

async function start(): Promise<void> {
  installAppProtocol(bundlePaths.renderer)
  installPermissionHandlers(session.defaultSession, origins)

  const emit = createEventSink(() => (mainWindow ? [mainWindow.webContents] : []))
  const core = createCoreServices(app.getPath('userData'), emit)
  // Settings, credentials and the connection: `settingsDomain.connection` gives every domain its client.
  const settingsDomain = createSettingsDomain(core, {
    safeStorage,
    ...(app.isPackaged ? {} : { developmentEnv: process.env }),
  })
  const reception = createReceptionServices(core, settingsDomain.connection, {
    printer: {
      print: (html) => printHtml(html, { pageSize: 'A4', silent: false, printerName: '' }),
      savePdf: async (html, fileName) =>
        savePdfWithDialog(await htmlToPdf(html, { pageSize: 'A4' }), fileName, mainWindow),
    },
  })
  const guard = createGuard(core, settingsDomain.connection, {
    focusWindow: () => focusWindow(mainWindow),
    iconPath: join(bundlePaths.resources, 'icon.png'),
    isPackaged: app.isPackaged,
    personName: (pin) => reception.hosts.get(pin)?.name ?? null,
  })
  const handlers: Handlers = {
    ...createAppHandlers(),
    ...settingsDomain.handlers,
    ...reception.handlers,
    ...guard.handlers,
    ...createGuardOpsHandlers({
      connection: settingsDomain.connection,
      audit: core.audit,
      settings: core.settings,
      getMainWindow: () => mainWindow,
    }),
    ...createBadgeHandlers({
      client: () => settingsDomain.connection.client(),
      settings: core.settings,
      audit: core.audit,
      visits: reception.visitLookup,
      getMainWindow: () => mainWindow,
      reportSuccess: () => settingsDomain.connection.reportSuccess(),
      reportFailure: (error) => settingsDomain.connection.reportFailure(error),
    }),
  }
  registerHandlers(ipcMain, handlers, origins)
  app.on('before-quit', () => {
    settingsDomain.stop()
    reception.stop()
    guard.service.stop()
    core.db.close()
  })

  mainWindow = createMainWindow({
    preloadPath: bundlePaths.preload,
    iconPath: join(bundlePaths.resources, 'icon.png'),
    ...(devServerUrl ? { devServerUrl } : {}),
  })
  mainWindow.on('closed', () => {
    mainWindow = null
  })
  void settingsDomain.start()
  guard.service.start()
  log.info('Gatehouse started', { version: app.getVersion() })
}
