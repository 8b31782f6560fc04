import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'

export type Db = Database.Database

/**
 * One migration per domain and version. Each domain (reception, guard, audit) declares its own list
 * in its own folder; `openDatabase` applies the ones not yet applied, in order, each in a transaction.
 */
export interface Migration {
  /** Unique and stable, e.g. 'audit-001-create'. Applied in array order. */
  id: string
  up(db: Db): void
}

export const BUSY_TIMEOUT_MS = 1_000

export function openDatabase(file: string, migrations: readonly Migration[]): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  // busy_timeout 1 s instead of better-sqlite3's 5 s: Gatehouse is the only writer (one instance per
  // user), so a lock is another program (a backup, a database tool). A second is enough to ride out a
  // short write of theirs; a longer lock becomes a plain "database in use" message (DATABASE_BUSY)
  // instead of the desk freezing for 5 s before a generic error.
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS })
  try {
    prepare(db, migrations)
  } catch (error) {
    // A damaged or locked file: let go of it, so start-up can move it aside or try again.
    db.close()
    throw error
  }
  return db
}

function prepare(db: Db, migrations: readonly Migration[]): void {
  // WAL: the UI reads while pollers write; NORMAL sync is durable across app crashes in WAL mode.
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)')
  const applied = new Set(
    (db.prepare('SELECT id FROM schema_migrations').all() as { id: string }[]).map((r) => r.id),
  )
  const record = db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)')
  for (const migration of migrations) {
    if (applied.has(migration.id)) continue
    db.transaction(() => {
      migration.up(db)
      record.run(migration.id, new Date().toISOString())
    })()
  }
}
