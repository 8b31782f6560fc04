/**
 * Storage failures in plain words. A full disk, a database another program holds locked and a
 * read-only data folder each have their own code and sentence, instead of "These settings are not
 * valid" or the generic INTERNAL. Every sentence says that what was typed is kept, because it is:
 * the renderer keeps the form when a call fails, and nothing half-written is left in the database
 * (each write is one transaction).
 */
import { AppError } from './app-error'

export type StorageErrorCode = 'DISK_FULL' | 'DATABASE_BUSY' | 'READ_ONLY' | 'STORAGE_FAILED'

export const STORAGE_MESSAGES: Record<StorageErrorCode, string> = {
  DISK_FULL:
    "This computer's disk is full, so Gatehouse could not save. Nothing you typed is lost: free some disk space (or ask IT to), then try again.",
  DATABASE_BUSY:
    "Gatehouse's database is being used by another program and could not be written just now. Nothing you typed is lost: try again in a moment. If it keeps happening, close other programs that open Gatehouse's data (a backup or a database tool).",
  READ_ONLY:
    "Gatehouse cannot write to its data folder: the folder or the disk is read-only, or its permissions changed. Nothing you typed is lost: ask IT to make Gatehouse's data folder writable, then try again.",
  STORAGE_FAILED:
    'Gatehouse could not write to the disk (a disk or file system error). Nothing you typed is lost: try again; if it keeps happening, ask IT to check the disk.',
}

/** When the data folder fails before any window exists (shown in an error box, then Gatehouse quits). */
export const STARTUP_MESSAGES: Record<StorageErrorCode, string> = {
  DISK_FULL:
    "This computer's disk is full, so Gatehouse cannot open its data. Free some disk space (or ask IT to), then start Gatehouse again.",
  DATABASE_BUSY:
    "Gatehouse's database is being used by another program. Close it (a backup or a database tool), then start Gatehouse again.",
  READ_ONLY:
    'Gatehouse cannot write to its data folder: the folder or the disk is read-only, or its permissions changed. Ask IT to make it writable, then start Gatehouse again.',
  STORAGE_FAILED:
    'Gatehouse could not read or write its data folder (a disk or file system error). Ask IT to check the disk, then start Gatehouse again.',
}

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
    return (error.code as string) in STORAGE_MESSAGES ? (error.code as StorageErrorCode) : null
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
