import type { Db, Migration } from '../db/database'

/**
 * The operator audit log: who did what to which target, at which station, when, and how it ended.
 * Door, gate and floor commands, alarm acknowledgements, mutes, registrations, check-outs, badges,
 * settings changes and sign-ins all land here. Rows are only ever appended.
 *
 * Callers never say who they are: `write` names the operator signed in at this station and the
 * station itself (see `AuditContext`). An `operator` a caller still passes is kept only when nobody is
 * signed in, or when it names a background job (`system: true`, or one of SYSTEM_ACTORS).
 */
export interface AuditEntry {
  id: number
  at: string
  operator: string
  /** The operator account, when a person did it (null for background jobs and old rows). */
  operatorId: string | null
  station: string
  action: string
  target: string
  result: 'ok' | 'failed' | 'info'
  detail: string | null
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at' | 'operator' | 'operatorId' | 'station'> & {
  at?: string
  /** Optional and only a fallback: the signed-in operator wins (see above). */
  operator?: string
  /** A background job (automatic check-out, server reconciliation): keep `operator` as written. */
  system?: boolean
}

/** Actors that background jobs write today; they are not people and are never replaced. */
export const SYSTEM_ACTORS: ReadonlySet<string> = new Set(['server', 'automatic check-out', 'system'])

export interface AuditActor {
  id: string
  name: string
}

export interface AuditContext {
  actor(): AuditActor | null
  station(): string
}

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
  {
    id: 'audit-002-operator-station',
    up: (db) =>
      db.exec(`ALTER TABLE audit_log ADD COLUMN operator_id TEXT;
      ALTER TABLE audit_log ADD COLUMN station TEXT NOT NULL DEFAULT '';
      CREATE INDEX audit_log_operator ON audit_log(operator);
      CREATE INDEX audit_log_action ON audit_log(action);`),
  },
  {
    // Site mode: an entry's name across the site (`<station id>:<row id>`, given by the site journal
    // when it is shared), so another station's entries are stored here once whatever the row ids.
    id: 'audit-003-site-id',
    up: (db) =>
      db.exec(`ALTER TABLE audit_log ADD COLUMN site_id TEXT;
      CREATE UNIQUE INDEX audit_log_site_id ON audit_log(site_id);`),
  },
]

export interface AuditQuery {
  limit?: number
  /** One action ('door.remoteOpen') or a group ('guard.alarm' matches 'guard.alarm.clear'). */
  action?: string
  /** Part of the operator's name, any case. */
  operator?: string
  since?: string
  until?: string
}

/**
 * What `write` answers: the row's id and time for sure (callers quote them), the rest as stored. Kept
 * loose so test doubles written against the older, shorter entry still fit.
 */
export type WrittenAuditEntry = Pick<AuditEntry, 'id' | 'at'> & Partial<Omit<AuditEntry, 'id' | 'at'>>

export interface AuditLog {
  write(entry: NewAuditEntry): WrittenAuditEntry
  list(options?: AuditQuery): AuditEntry[]
  /** Names and actions seen in the log, for the filter lists. */
  distinct(): { operators: string[]; actions: string[] }
  /** Main sets this once the session exists; until then entries name the caller's operator. */
  setContext(context: AuditContext): void
}

interface Row {
  id: number
  at: string
  operator: string
  operator_id: string | null
  station: string
  action: string
  target: string
  result: AuditEntry['result']
  detail: string | null
}

const toEntry = (row: Row): AuditEntry => ({
  id: row.id,
  at: row.at,
  operator: row.operator,
  operatorId: row.operator_id,
  station: row.station,
  action: row.action,
  target: row.target,
  result: row.result,
  detail: row.detail,
})

/**
 * `onWritten`: told after each entry is stored (the app coalesces these into one 'audit.changed'
 * event, audit-changes.ts).
 */
export function createAuditLog(db: Db, initial?: AuditContext, onWritten?: () => void): AuditLog {
  let context: AuditContext = initial ?? { actor: () => null, station: () => '' }
  const insert = db.prepare(
    `INSERT INTO audit_log (at, operator, operator_id, station, action, target, result, detail)
     VALUES (@at, @operator, @operatorId, @station, @action, @target, @result, @detail)`,
  )
  return {
    write(entry) {
      const background =
        entry.system === true || (entry.operator !== undefined && SYSTEM_ACTORS.has(entry.operator))
      const actor = background ? null : context.actor()
      const row = {
        at: entry.at ?? new Date().toISOString(),
        operator: actor?.name ?? entry.operator ?? 'Unknown operator',
        operatorId: actor?.id ?? null,
        station: context.station(),
        action: entry.action,
        target: entry.target,
        result: entry.result,
        detail: entry.detail ?? null,
      }
      const info = insert.run(row)
      onWritten?.()
      return { id: Number(info.lastInsertRowid), ...row }
    },
    list({ limit = 200, action, operator, since, until } = {}) {
      const where: string[] = []
      const params: Record<string, unknown> = { limit }
      if (action) {
        where.push("(action = @action OR action LIKE @actionGroup ESCAPE '\\')")
        params.action = action
        params.actionGroup = `${action.replace(/[\\%_]/g, (c) => `\\${c}`)}.%`
      }
      if (operator) {
        where.push("operator LIKE @operator ESCAPE '\\'")
        params.operator = `%${operator.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      }
      if (since) {
        where.push('at >= @since')
        params.since = since
      }
      if (until) {
        where.push('at <= @until')
        params.until = until
      }
      const sql = `SELECT * FROM audit_log ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT @limit`
      return (db.prepare(sql).all(params) as Row[]).map(toEntry)
    },
    distinct() {
      const operators = (
        db
          .prepare('SELECT DISTINCT operator FROM audit_log ORDER BY operator COLLATE NOCASE LIMIT 1000')
          .all() as {
          operator: string
        }[]
      ).map((r) => r.operator)
      const actions = (
        db.prepare('SELECT DISTINCT action FROM audit_log ORDER BY action LIMIT 500').all() as {
          action: string
        }[]
      ).map((r) => r.action)
      return { operators, actions }
    },
    setContext(next) {
      context = next
    },
  }
}
