/**
 * What every IPC call resolves to. Invokes never reject across the bridge: the renderer always gets a
 * value it can show, and an error always carries a code it can branch on and a sentence a
 * receptionist can read.
 */
export type IpcErrorCode =
  | 'BAD_REQUEST'
  | 'FORBIDDEN_SENDER'
  /** Nobody is signed in at the station (or the screen is locked). */
  | 'NOT_SIGNED_IN'
  /** The signed-in operator's role may not do this. */
  | 'FORBIDDEN'
  | 'INTERNAL'
  | 'NOT_CONFIGURED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNSUPPORTED'
  | 'KEYCHAIN_UNAVAILABLE'
  | 'ZKBIO'
  /** The disk is full (ENOSPC, SQLITE_FULL). */
  | 'DISK_FULL'
  /** Another program holds the database locked (SQLITE_BUSY / SQLITE_LOCKED). */
  | 'DATABASE_BUSY'
  /** The data folder or disk is read-only (EROFS, EACCES, SQLITE_READONLY). */
  | 'READ_ONLY'
  /** Any other disk or file-system failure (EIO, SQLITE_IOERR). */
  | 'STORAGE_FAILED'
  /** The stored API token belongs to another address or certificate: type it again. */
  | 'TOKEN_NOT_FOR_SERVER'

export interface IpcError {
  code: IpcErrorCode
  message: string
  /** Machine-readable detail for the UI (e.g. the ZKBio error kind, server code, the form field at fault). */
  details?: Record<string, string | number | boolean | null>
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: IpcError }

export const ok = <T>(data: T): Result<T> => ({ ok: true, data })
export const fail = (error: IpcError): Result<never> => ({ ok: false, error })
