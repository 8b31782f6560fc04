/**
 * Storage failures in plain words. A full disk, a database another program holds locked and a
 * read-only data folder each have their own code and sentence, instead of "These settings are not
 * valid" or the generic INTERNAL. Every sentence says that what was typed is kept, because it is:
 * the renderer keeps the form when a call fails, and nothing half-written is left in the database
 * (each write is one transaction).
 */
import { AppError } from './app-error'
import { liveWords } from './live-words'

export type StorageErrorCode = 'DISK_FULL' | 'DATABASE_BUSY' | 'READ_ONLY' | 'STORAGE_FAILED'

const STORAGE_CODES = ['DISK_FULL', 'DATABASE_BUSY', 'READ_ONLY', 'STORAGE_FAILED'] as const

/** What the person at the desk reads, in the current language (server.storage.*). */
export const STORAGE_MESSAGES = liveWords<StorageErrorCode>('server.storage', STORAGE_CODES)

/** When the data folder fails before any window exists (shown in an error box, then Gatehouse quits). */
export const STARTUP_MESSAGES = liveWords<StorageErrorCode>('server.storageAtStart', STORAGE_CODES)

const BY_CODE: [RegExp, StorageErrorCode][] = [
  [/^(ENOSPC|EDQUOT|SQLITE_FULL)$/, 'DISK_FULL'],
  [/^(SQLITE_BUSY|SQLITE_LOCKED)(_\w+)?$/, 'DATABASE_BUSY'],
  [
    /^(EROFS|EACCES|EPERM|SQLITE_READONLY(_\w+)?|SQLITE_CANTOPEN(_\w+)?|SQLITE_PERM|SQLITE_AUTH)$/,
    'READ_ONLY',
  ],
  [/^(EIO|SQLITE_IOERR(_\w+)?)$/, 'STORAGE_FAILED'],
]

/** Node's errno code or better-sqlite3's SQLite code, looking through `cause`. */
function codeOf(error: unknown, depth = 0): string | null {
  if (!error || typeof error !== 'object' || depth > 3) return null
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && BY_CODE.some(([re]) => re.test(code))) return code
  return codeOf((error as { cause?: unknown }).cause, depth + 1)
}

/** The storage kind of a failure, or null when it is not a storage failure. */
export function storageKindOf(error: unknown): StorageErrorCode | null {
  if (error instanceof AppError)
    return (STORAGE_CODES as readonly string[]).includes(error.code) ? (error.code as StorageErrorCode) : null
  const code = codeOf(error)
  if (code) return BY_CODE.find(([re]) => re.test(code))![1]
  // SQLite reports a full disk during a WAL write as SQLITE_IOERR_WRITE with this text.
  if (error instanceof Error && /database or disk is full|no space left on device/i.test(error.message))
    return 'DISK_FULL'
  return null
}

/** An AppError with the plain sentence for a storage failure, or null when it is something else. */
export function storageErrorOf(error: unknown): AppError | null {
  if (error instanceof AppError) return storageKindOf(error) ? error : null
  const kind = storageKindOf(error)
  if (!kind) return null
  const code = codeOf(error)
  return new AppError(kind, STORAGE_MESSAGES[kind], code ? { cause: code } : undefined)
}

/** Runs a write; a storage failure becomes its plain AppError, anything else is thrown as it is. */
export function withStorageErrors<T>(write: () => T): T {
  try {
    return write()
  } catch (error) {
    throw storageErrorOf(error) ?? error
  }
}
