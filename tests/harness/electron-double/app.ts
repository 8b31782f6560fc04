/**
 * `app` of the double: lifecycle (ready, quit sequence, window-all-closed), paths under a per-launch
 * temp dir, the version from package.json, single-instance lock across processes, and recordings
 * (AppUserModelId, lifecycle events).
 */
import { preferredSystemLanguages } from './system-locale'
import { EventEmitter } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { appState } from './app-state'
import { createEvent } from './event'
import { ensureDir, harnessRoot, link, state } from './runtime'
import { flushNotifications, hasLock, releaseLock, requestLock } from './single-instance'

type PathName =
  | 'home'
  | 'appData'
  | 'userData'
  | 'sessionData'
  | 'temp'
  | 'exe'
  | 'module'
  | 'desktop'
  | 'documents'
  | 'downloads'
  | 'music'
  | 'pictures'
  | 'videos'
  | 'recent'
  | 'logs'
  | 'crashDumps'

/** The app folder (holds package.json): the launcher passes it; unit tests run from the repo root. */
function appDir(): string {
  return process.env.GATEHOUSE_HARNESS_APP_DIR ?? process.cwd()
}

function readPackage(): { name?: string; productName?: string; version?: string } {
  const file = join(appDir(), 'package.json')
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {}
}

/** Hooks the windows module registers, so app can close windows without importing it (no cycle). */
export const windowRegistry = {
  count: () => 0,
  closeAllForQuit: async (): Promise<boolean> => true,
  destroyAll: (): void => undefined,
}

class App extends EventEmitter {
  readonly isPackaged = false
  readonly commandLine = {
    switches: new Map<string, string>(),
    appendSwitch: (name: string, value = '') => void this.commandLine.switches.set(name, value),
    appendArgument: (_value: string) => undefined,
    hasSwitch: (name: string) => this.commandLine.switches.has(name),
    getSwitchValue: (name: string) => this.commandLine.switches.get(name) ?? '',
    removeSwitch: (name: string) => void this.commandLine.switches.delete(name),
  }
  private readonly paths = new Map<string, string>()
  private readyResolvers: (() => void)[] = []
  private nameOverride: string | null = null
  private loginItem: Record<string, unknown> = { openAtLogin: false, openAsHidden: false }
  private badgeCount = 0

  constructor() {
    super()
    // Electron prints listener errors but keeps going; an EventEmitter without this would throw.
    this.setMaxListeners(50)
  }

  get name(): string {
    return this.getName()
  }
  set name(value: string) {
    this.nameOverride = value
  }

  isReady(): boolean {
    return appState.ready
  }

  whenReady(): Promise<void> {
    if (appState.ready) return Promise.resolve()
    return new Promise((resolve) => this.readyResolvers.push(resolve))
  }

  /** Called by the host once main's first run is over (as Electron emits `ready` after it). */
  markReady(): void {
    if (appState.ready) return
    appState.ready = true
    this.record('will-finish-launching')
    this.emit('will-finish-launching')
    this.record('ready')
    this.emit('ready', createEvent(), {})
    for (const resolve of this.readyResolvers.splice(0)) resolve()
  }

  private record(event: string): void {
    state.recordings.appEvents.push(event)
  }

  getName(): string {
    const pkg = readPackage()
    return this.nameOverride ?? pkg.productName ?? pkg.name ?? 'Electron'
  }
  setName(name: string): void {
    this.nameOverride = name
  }
  getVersion(): string {
    return readPackage().version ?? '0.0.0'
  }
  getAppPath(): string {
    return appDir()
  }
  /** From LANGUAGE / LC_ALL / LC_MESSAGES / LANG of main's environment, as on a Linux desktop. */
  getLocale(): string {
    return preferredSystemLanguages()[0]!
  }
  getSystemLocale(): string {
    return preferredSystemLanguages()[0]!
  }
  getPreferredSystemLanguages(): string[] {
    return preferredSystemLanguages()
  }
  getLocaleCountryCode(): string {
    return preferredSystemLanguages()[0]!.split('-')[1] ?? ''
  }

  getPath(name: PathName): string {
    const override = this.paths.get(name)
    if (override) return override
    const root = harnessRoot()
    const home = join(root, 'home')
    switch (name) {
      case 'userData':
      case 'sessionData':
        return ensureDir(process.env.GATEHOUSE_HARNESS_USER_DATA ?? join(root, 'userData'))
      case 'appData':
        return ensureDir(join(root, 'appData'))
      case 'home':
        return ensureDir(home)
      case 'temp':
        return ensureDir(join(root, 'temp'))
      case 'logs':
        return ensureDir(join(this.getPath('userData'), 'logs'))
      case 'crashDumps':
        return ensureDir(join(this.getPath('userData'), 'Crashpad'))
      case 'exe':
        return process.execPath
      case 'module':
        return process.execPath
      case 'desktop':
        return ensureDir(join(home, 'Desktop'))
      case 'documents':
        return ensureDir(join(home, 'Documents'))
      case 'downloads':
        return ensureDir(join(home, 'Downloads'))
      case 'music':
        return ensureDir(join(home, 'Music'))
      case 'pictures':
        return ensureDir(join(home, 'Pictures'))
      case 'videos':
        return ensureDir(join(home, 'Videos'))
      case 'recent':
        return ensureDir(join(home, 'Recent'))
      default:
        throw new Error(`Failed to get '${String(name)}' path`)
    }
  }
  setPath(name: PathName, path: string): void {
    this.paths.set(name, path)
  }

  setAppUserModelId(id: string): void {
    state.recordings.appUserModelId = id
  }

  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    return requestLock(
      this.getPath('userData'),
      { argv: process.argv, workingDirectory: process.cwd(), additionalData: additionalData ?? null },
      (message) => {
        state.recordings.secondInstances.push(message)
        this.emit(
          'second-instance',
          createEvent(),
          message.argv,
          message.workingDirectory,
          message.additionalData,
        )
      },
    )
  }
  hasSingleInstanceLock(): boolean {
    return hasLock()
  }
  releaseSingleInstanceLock(): void {
    releaseLock()
  }

  setLoginItemSettings(settings: Record<string, unknown>): void {
    this.loginItem = { ...this.loginItem, ...settings }
  }
  getLoginItemSettings(): Record<string, unknown> {
    return { ...this.loginItem }
  }
  setBadgeCount(count = 0): boolean {
    this.badgeCount = count
    return true
  }
  getBadgeCount(): number {
    return this.badgeCount
  }
  disableHardwareAcceleration(): void {
    this.record('disableHardwareAcceleration')
  }
  focus(): void {
    this.record('focus')
  }
  relaunch(): void {
    this.record('relaunch')
  }
  setAboutPanelOptions(): void {}

  /** Electron's quit: before-quit, close every window (any may cancel), will-quit, quit, exit. */
  quit(): void {
    if (appState.quitting || appState.exited) return
    appState.quitting = true
    setImmediate(() => void this.runQuit())
  }

  private async runQuit(): Promise<void> {
    const before = createEvent()
    this.record('before-quit')
    this.emit('before-quit', before)
    if (before.defaultPrevented) {
      appState.quitting = false
      return
    }
    if (!(await windowRegistry.closeAllForQuit())) {
      appState.quitting = false
      return
    }
    const willQuit = createEvent()
    this.record('will-quit')
    this.emit('will-quit', willQuit)
    if (willQuit.defaultPrevented) {
      appState.quitting = false
      return
    }
    this.record('quit')
    this.emit('quit', createEvent(), 0)
    await this.finish(0)
  }

  exit(exitCode = 0): void {
    if (appState.exited) return
    windowRegistry.destroyAll()
    void this.finish(exitCode)
  }

  private async finish(exitCode: number): Promise<void> {
    appState.exited = true
    await flushNotifications()
    releaseLock()
    if (link.attached) {
      // Lets the test process read the final recordings before the process goes away.
      await link
        .call('app.exiting', { exitCode, recordings: state.recordings, errors: state.errors })
        .catch(() => undefined)
      process.exit(exitCode)
    }
  }

  /** Called by the windows module when the last window closed without a quit in progress. */
  lastWindowClosed(): void {
    if (appState.quitting) return
    if (this.listenerCount('window-all-closed') > 0) this.emit('window-all-closed')
    else this.quit()
  }
}

export const app = new App()
export type { App }

if (process.env.GATEHOUSE_HARNESS_CHILD !== '1') {
  // Unit tests: become ready after the importing module's first run, as Electron does.
  setImmediate(() => app.markReady())
}
