/**
 * What the electron double records for tests: plain, structured-cloneable data (it crosses from the
 * main process to the test process). Read it through `app.main.recordings()` (launcher) or
 * `electronDouble.recordings` (vitest).
 */
export interface WindowRecord {
  id: number
  webContentsId: number
  /** The constructor options as main passed them (functions dropped, other windows as `{ windowId }`). */
  options: Record<string, unknown>
  /** Every show/hide/focus/restore/minimize/close... call, in order. */
  calls: string[]
  title: string
  url: string
  visible: boolean
  destroyed: boolean
}

export interface NotificationRecord {
  index: number
  options: Record<string, unknown>
  shown: number
  closed: boolean
  clicks: number
  actionsInvoked: number[]
}

export interface PrintRecord {
  windowId: number
  options: Record<string, unknown>
  success: boolean
  failureReason: string
  /** The printed document (page.content() of the window), '' in unit tests. */
  html: string
}

export interface PdfRecord {
  windowId: number
  options: Record<string, unknown>
  bytes: number
}

export interface DialogRecord {
  method: string
  windowId: number | null
  options: Record<string, unknown>
  response: unknown
}

export interface PermissionRecord {
  kind: 'request' | 'check'
  windowId: number | null
  permission: string
  /** The app-side URL (app://gatehouse/...), as main's handler saw it. */
  requestingUrl: string
  details: Record<string, unknown>
  granted: boolean
  /** false when no handler was installed and Electron's default (allow) applied. */
  decidedByHandler: boolean
}

export interface NavigationRecord {
  windowId: number
  url: string
  prevented: boolean
}

export interface WindowOpenRecord {
  windowId: number
  url: string
  frameName: string
  features: string
  action: 'allow' | 'deny'
}

export interface ProtocolRecord {
  url: string
  method: string
  status: number
  headers: Record<string, string>
}

export interface SentEventRecord {
  windowId: number
  channel: string
  args: unknown[]
}

export interface SecondInstanceRecord {
  argv: string[]
  workingDirectory: string
  additionalData: unknown
}

export interface Recordings {
  appUserModelId: string | null
  privilegedSchemes: unknown[]
  /** App lifecycle events in the order the double emitted them ('ready', 'before-quit', ...). */
  appEvents: string[]
  windows: WindowRecord[]
  notifications: NotificationRecord[]
  prints: PrintRecord[]
  pdfs: PdfRecord[]
  dialogs: DialogRecord[]
  openExternal: { url: string; options: Record<string, unknown> | null }[]
  permissions: PermissionRecord[]
  navigations: NavigationRecord[]
  windowOpens: WindowOpenRecord[]
  protocolRequests: ProtocolRecord[]
  sentEvents: SentEventRecord[]
  secondInstances: SecondInstanceRecord[]
}

export function emptyRecordings(): Recordings {
  return {
    appUserModelId: null,
    privilegedSchemes: [],
    appEvents: [],
    windows: [],
    notifications: [],
    prints: [],
    pdfs: [],
    dialogs: [],
    openExternal: [],
    permissions: [],
    navigations: [],
    windowOpens: [],
    protocolRequests: [],
    sentEvents: [],
    secondInstances: [],
  }
}
