/** How start-up reads a SQLite error: the file is damaged, someone else holds it, or something else. */
export type SqliteTrouble = 'unreadable' | 'locked' | 'other'

const UNREADABLE = new Set([
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT',
  'SQLITE_CORRUPT_VTAB',
  'SQLITE_CORRUPT_SEQUENCE',
])
const LOCKED = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY'])

export function classifySqliteError(error: unknown): SqliteTrouble {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : ''
  if (UNREADABLE.has(code)) return 'unreadable'
  if (LOCKED.has(code) || code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'locked'
  return 'other'
}
