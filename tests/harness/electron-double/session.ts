/**
 * `session` of the double. The permission handlers main installs are the ones the page's
 * getUserMedia / geolocation / Notification / permissions.query wrappers consult (see
 * renderer/runtime.js); every decision is recorded with whether a handler made it.
 */
import { appState } from './app-state'
import { protocol } from './protocol'
import { state } from './runtime'

export type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: Record<string, unknown>,
) => void
export type PermissionCheckHandler = (
  webContents: unknown,
  permission: string,
  requestingOrigin: string,
  details: Record<string, unknown>,
) => boolean

type Listener = (
  details: Record<string, unknown>,
  callback: (response: Record<string, unknown>) => void,
) => void

class WebRequest {
  readonly listeners = new Map<string, Listener | null>()
  private set(name: string, ...args: unknown[]): void {
    const listener = args.find((a) => typeof a === 'function') as Listener | undefined
    this.listeners.set(name, listener ?? null)
  }
  onBeforeRequest(...args: unknown[]): void {
    this.set('onBeforeRequest', ...args)
  }
  onBeforeSendHeaders(...args: unknown[]): void {
    this.set('onBeforeSendHeaders', ...args)
  }
  onHeadersReceived(...args: unknown[]): void {
    this.set('onHeadersReceived', ...args)
  }
  onCompleted(...args: unknown[]): void {
    this.set('onCompleted', ...args)
  }
  onErrorOccurred(...args: unknown[]): void {
    this.set('onErrorOccurred', ...args)
  }
}

export class Session {
  permissionRequestHandler: PermissionRequestHandler | null = null
  permissionCheckHandler: PermissionCheckHandler | null = null
  devicePermissionHandler: unknown = null
  displayMediaRequestHandler: unknown = null
  readonly webRequest = new WebRequest()
  readonly protocol = protocol
  private userAgent = 'Mozilla/5.0 (X11; Linux x86_64) Gatehouse-harness'
  private spellChecker = true

  constructor(readonly partition: string) {}

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler
  }
  setDevicePermissionHandler(handler: unknown): void {
    this.devicePermissionHandler = handler
  }
  setDisplayMediaRequestHandler(handler: unknown): void {
    this.displayMediaRequestHandler = handler
  }
  getUserAgent(): string {
    return this.userAgent
  }
  setUserAgent(userAgent: string): void {
    this.userAgent = userAgent
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellChecker = enabled
  }
  isSpellCheckerEnabled(): boolean {
    return this.spellChecker
  }
  async clearCache(): Promise<void> {}
  async clearStorageData(): Promise<void> {}
  async setProxy(): Promise<void> {}
  async resolveProxy(): Promise<string> {
    return 'DIRECT'
  }
  getStoragePath(): string | null {
    return null
  }

  /** A permission request from a page (details.requestingUrl is already the app:// URL). */
  async requestPermission(
    webContents: { getURL(): string; id: number },
    windowId: number | null,
    permission: string,
    details: Record<string, unknown>,
  ): Promise<boolean> {
    const handler = this.permissionRequestHandler
    let granted = true // Electron grants everything when no handler is installed
    if (handler) {
      granted = await new Promise<boolean>((resolve) => {
        try {
          handler(webContents, permission, (value) => resolve(value === true), details)
        } catch (error) {
          console.error('permission request handler threw', error)
          resolve(false)
        }
      })
    }
    state.recordings.permissions.push({
      kind: 'request',
      windowId,
      permission,
      requestingUrl: String(details.requestingUrl ?? webContents.getURL()),
      details: structuredClone(details),
      granted,
      decidedByHandler: handler !== null,
    })
    return granted
  }

  checkPermission(
    webContents: { getURL(): string } | null,
    windowId: number | null,
    permission: string,
    requestingOrigin: string,
    details: Record<string, unknown>,
  ): boolean {
    const handler = this.permissionCheckHandler
    let granted = true
    if (handler) {
      try {
        granted = handler(webContents, permission, requestingOrigin, details) === true
      } catch (error) {
        console.error('permission check handler threw', error)
        granted = false
      }
    }
    state.recordings.permissions.push({
      kind: 'check',
      windowId,
      permission,
      requestingUrl: requestingOrigin,
      details: structuredClone(details),
      granted,
      decidedByHandler: handler !== null,
    })
    return granted
  }
}

const partitions = new Map<string, Session>()

function assertReady(): void {
  if (!appState.ready) throw new Error('Session can only be received when app is ready')
}

export const session = {
  get defaultSession(): Session {
    assertReady()
    return session.fromPartition('')
  },
  fromPartition(partition: string): Session {
    assertReady()
    let s = partitions.get(partition)
    if (!s) {
      s = new Session(partition)
      partitions.set(partition, s)
    }
    return s
  },
}

export function resetSessions(): void {
  partitions.clear()
}
