/**
 * Gatehouse main process entry. Order matters: the app scheme is registered before `ready`, the
 * single-instance lock is taken before anything else starts, and every security handler is installed
 * before the first window exists.
 */
import { runSafely } from './app/safe-timer'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, ipcMain, safeStorage, session } from 'electron'
import { allMigrations, createCoreServices } from './services'
import { openSettings } from './startup/open-settings'
import { openStationDatabase } from './startup/open-station-database'
import { askRetryWhenLocked, endFailedStart } from './startup/start-failure'
import { createStartupNotices } from './startup/startup-notices'
import { APP_ID } from './app/identity'
import { CHROMIUM_SWITCHES } from './app/chromium-switches'
import { createAppHandlers } from './app/app-handlers'
import { createAppearanceHandlers } from './app/appearance'
import { createStartPageHandlers } from './app/start-page'
import { createAuditHandlers } from './audit/audit-handlers'
import { auditSettingsHandlers } from './audit/audited-settings'
import { createEventSink, type EmitEvent } from './ipc/event-sink'
import { createGuard } from './guard/index'
import { currentLanguage, onLanguageChange, startLanguage } from './i18n/index'
import { createLanguageHandlers } from './i18n/language-handlers'
import { createGuardOpsHandlers } from './guard-ops/guard-ops-handlers'
import {
  assertHandlersMatchContract,
  registerHandlersWhenReady,
  type Handlers,
  type ReadyHandlers,
} from './ipc/validated-ipc-main'
import { createLogger } from './log'
import { createBadgeHandlers } from './badge/index'
import { createOperators, type OperatorsDomain } from './operators/index'
import { htmlToPdf, printHtml, savePdfWithDialog } from './badge/print-html'
import { createReceptionServices } from './reception/index'
import { bundlePaths } from './paths'
import { installAppProtocol, registerAppScheme } from './security/app-protocol'
import { hardenWebContents } from './security/navigation'
import { appOrigins } from './security/origin'
import { installPermissionHandlers } from './security/permissions'
import { createSettingsDomain } from './settings/settings-domain'
import { createSiteHandlers } from './site/site-handlers'
import { createSiteService } from './site/site-service'
import { createVisitorServices } from './visitor-services'
import { createMainWindow, focusWindow } from './window/main-window'

const log = createLogger('main')
// Start-up phases as performance marks (read by the cold-start bench through the harness; free to keep).
const mark = (phase: string) => performance.mark(`gatehouse:${phase}`)
mark('main evaluated')
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const origins = appOrigins(devServerUrl)
let mainWindow: BrowserWindow | null = null

registerAppScheme()
// Before `ready`: Chromium reads its switches when it starts its processes.
for (const [name, value] of CHROMIUM_SWITCHES) app.commandLine.appendSwitch(name, value)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.setAppUserModelId(APP_ID)
  app.on('second-instance', () => focusWindow(mainWindow))
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origins))
  app.on('window-all-closed', () => app.quit())
  // Every failure while starting ends in a dialog that says why, never in a process with no window.
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => endFailedStart(error))
  // A backstop: background work catches its own failures (app/safe-timer.ts); anything that still
  // slips through is logged (redacted) instead of going unseen.
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection', { error: reason }))
}

async function start(): Promise<void> {
  mark('ready')
  installAppProtocol(bundlePaths.renderer)
  installPermissionHandlers(session.defaultSession, origins)

  const sink = createEventSink(() => (mainWindow ? [mainWindow.webContents] : []))
  let operators: OperatorsDomain | null = null
  // A locked screen still shows that an alarm waits: alarm changes reach the session too.
  const emit: EmitEvent = (name, payload) => {
    sink(name, payload)
    if (name === 'guard.alarms') operators?.session.alarmsChanged()
  }
  const userDataDir = app.getPath('userData')
  const notices = createStartupNotices()
  const settings = openSettings(userDataDir, notices)
  const db = await openStationDatabase(join(userDataDir, 'gatehouse.db'), allMigrations, {
    notices,
    askRetryWhenLocked,
  })
  const core = createCoreServices(userDataDir, emit, settings, db)
  mark('core services (settings, database)')
  // The language first: every text main produces from here on is in it, and a change applies at once.
  startLanguage(core.settings, () => app.getPreferredSystemLanguages())
  onLanguageChange((state) => emit('language.changed', state))

  // The window before the domains: Chromium loads the page (a few hundred ms of its own work, on the
  // other core) while they are built, and the page's first calls wait for them instead of meeting no
  // handler. If building fails, they answer INTERNAL and endFailedStart says why.
  mainWindow = createMainWindow({
    preloadPath: bundlePaths.preload,
    iconPath: join(bundlePaths.resources, 'icon.png'),
    language: currentLanguage(),
    page: core.settings.get().startPage,
    ...(devServerUrl ? { devServerUrl } : {}),
  })
  mark('window created')
  mainWindow.on('closed', () => {
    mainWindow = null
  })
  // Registered in the same turn as the window is created (buildDomains runs synchronously up to its
  // first await), so no call from the page can come before its channel.
  const ready = buildDomains()
  registerHandlersWhenReady(ipcMain, ready, origins)
  await ready
  mark('workers started')
  log.info('Gatehouse started', { version: app.getVersion() })

  /** Every domain, its handlers and its workers; resolves once the page's calls can be answered. */
  async function buildDomains(): Promise<ReadyHandlers> {
    // Settings, credentials and the connection: `settingsDomain.connection` gives every domain its client.
    const settingsDomain = createSettingsDomain(core, {
      safeStorage,
      ...(app.isPackaged ? {} : { developmentEnv: process.env }),
    })
    // Site mode: the local journal's triggers are installed even when it is off (they do nothing then).
    const site = createSiteService({
      db: core.db,
      settings: core.settings,
      credentials: settingsDomain.credentials,
      emit,
      appVersion: app.getVersion(),
      ...(!app.isPackaged && process.env.GATEHOUSE_TEST_SITE_HEARTBEAT_MS
        ? { heartbeatMs: Number(process.env.GATEHOUSE_TEST_SITE_HEARTBEAT_MS) }
        : {}),
    })
    // Other desks' visits and reservations were written locally: the desk's lists reload.
    site.onApplied(({ kinds }) => {
      if (kinds.has('visit') || kinds.has('reservation'))
        emit('reception.visitsChanged', { reason: 'shared' })
      // Other stations' audit entries arrived: an open audit page reloads (audit-changes.ts).
      if (kinds.has('audit')) core.auditChanges.written('site')
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
      operatorName: () => operators?.session.operator()?.displayName ?? null,
      personName: (pin) => reception.hosts.get(pin)?.name ?? null,
      site,
    })
    const visitorServices = createVisitorServices({
      core,
      settingsDomain,
      reception,
      getMainWindow: () => mainWindow,
      preloadPath: bundlePaths.preload,
      iconPath: join(bundlePaths.resources, 'icon.png'),
      ...(devServerUrl ? { devServerUrl } : {}),
    })
    operators = createOperators(core, {
      hostname,
      waitingAlarms: () =>
        guard.service.listAlarms({ status: 'open', limit: 1000 }).alarms.filter((a) => a.status === 'new')
          .length,
      // The permission table decides per window: the visitor kiosk may call its own channels only.
      windowKindOf: (senderId) => (senderId === visitorServices.kioskSenderId() ? 'kiosk' : 'main'),
      ...(app.isPackaged ? {} : { developmentEnv: process.env }),
    })
    const profileName = (id: string) => core.settings.get().profiles.find((p) => p.id === id)?.name ?? id
    const handlers: Handlers = {
      ...createAppHandlers(notices),
      ...createLanguageHandlers({ settings: core.settings, audit: core.audit }),
      ...createAppearanceHandlers(core.settings),
      ...createStartPageHandlers(core.settings),
      ...auditSettingsHandlers(settingsDomain.handlers, core.audit, profileName),
      ...operators.handlers,
      ...createAuditHandlers({ audit: core.audit, getMainWindow: () => mainWindow }),
      ...createSiteHandlers({ site, settings: core.settings, audit: core.audit }),
      ...visitorServices.receptionHandlers,
      ...visitorServices.handlers,
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
    mark('domains built')
    assertHandlersMatchContract(handlers)
    await operators.start()
    app.on('before-quit', () => {
      operators?.stop()
      settingsDomain.stop()
      reception.stop()
      visitorServices.stop()
      guard.service.stop()
      void guard.site?.stop()
      void site.stop()
      core.db.close()
    })
    runSafely('connection start', () => settingsDomain.start())
    runSafely('site mode start', () => site.start())
    guard.service.start()
    runSafely('guard site mode start', () => guard.site?.start())
    visitorServices.start()
    // operators.authorize applies the permission table (contract/permissions.ts), which also splits
    // the kiosk window from the desk's.
    return { handlers, authorize: operators.authorize }
  }
}
