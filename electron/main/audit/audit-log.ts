import type { Db, Migration } from '../db/database'

/**
 * The operator audit log: who did what to which target, when, and how it ended. Door, gate and floor
 * commands, alarm acknowledgements, mutes, check-outs and settings changes all land here. Rows are
 * only ever appended.
 */
export interface AuditEntry {
  id: number
  at: string
  operator: string
  action: string
  target: string
  result: 'ok' | 'failed' | 'info'
  detail: string | null
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'> & { at?: string }

export const auditMigrations: Migration[] = [
  {
    id: 'audit-001-create',
    up: (db) =>
      db.exec(`CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        operator TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        result TEXT NOT NULL CHECK (result IN ('ok','failed','info')),
        detail TEXT
      );
      CREATE INDEX audit_log_at ON audit_log(at);`),
  },
]

export interface AuditLog {
  write(entry: NewAuditEntry): AuditEntry
  list(options?: { limit?: number; action?: string; since?: string }): AuditEntry[]
}

export function createAuditLog(db: Db): AuditLog {
  const insert = db.prepare(
    'INSERT INTO audit_log (at, operator, action, target, result, detail) VALUES (@at, @operator, @action, @target, @result, @detail)',
  )
  return {
    write(entry) {
      const row = { ...entry, at: entry.at ?? new Date().toISOString(), detail: entry.detail ?? null }
      const info = insert.run(row)
      return { id: Number(info.lastInsertRowid), ...row }
    },
    list({ limit = 200, action, since } = {}) {
      const where: string[] = []
      const params: Record<string, unknown> = { limit }
      if (action) {
        where.push('action = @action')
        params.action = action
      }
      if (since) {
        where.push('at >= @since')
        params.since = since
      }
      const sql = `SELECT * FROM audit_log ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT @limit`
      return db.prepare(sql).all(params) as AuditEntry[]
    },
  }
}
