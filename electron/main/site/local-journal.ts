import type { Db, Migration } from '../db/database'
import { assertIdentifiers, type SharedKind } from './shared-kind'

/**
 * The station's side of site mode, in its own SQLite database: the outbox of local changes not yet
 * shared ("not yet shared" = a row here), the replication state (on/off, this station's id and name,
 * the last site sequence number applied), and the triggers that fill the outbox in the same
 * transaction as the domain's own write. With site mode off the triggers do nothing, so a single
 * station works exactly as before.
 */
export const siteLocalMigrations: Migration[] = [
  {
    id: 'site-001-journal',
    up: (db) =>
      db.exec(`
      CREATE TABLE site_replication (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        enabled INTEGER NOT NULL DEFAULT 0,
        applying INTEGER NOT NULL DEFAULT 0,
        station_uid TEXT NOT NULL,
        station TEXT NOT NULL DEFAULT '',
        site_id TEXT,
        last_seq INTEGER NOT NULL DEFAULT 0
      );
      INSERT INTO site_replication (id, station_uid) VALUES (1, lower(hex(randomblob(16))));
      CREATE TABLE site_outbox (
        kind TEXT NOT NULL,
        record_key TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('upsert','delete')),
        changed_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (kind, record_key)
      );
      CREATE INDEX site_outbox_changed ON site_outbox(changed_at);
    `),
  },
]

export interface OutboxRow {
  kind: string
  recordKey: string
  op: 'upsert' | 'delete'
  changedAt: string
}

/** A record as it travels: its shared columns by name. */
export type SharedRow = Record<string, unknown>

export interface RemoteRecord {
  kind: string
  id: string
  origin: string
  deleted: boolean
  data: SharedRow
  seq: number
}

export interface LocalJournal {
  stationUid(): string
  /** Turns the triggers on (site mode on) and records the station name written into rows. */
  enable(station: string): void
  disable(): void
  enabled(): boolean
  /** Notes every existing row of every kind as not yet shared (first connection to a site). */
  enqueueAll(): number
  waiting(): number
  nextBatch(limit: number): OutboxRow[]
  /** The row's shared columns now, or null when it no longer exists. */
  read(kind: string, key: string): SharedRow | null
  /** Sent: forget it, unless it changed again meanwhile (then it waits for its next push). */
  sent(row: OutboxRow): void
  attempted(row: OutboxRow): void
  /** A local change of this record waits to be pushed (a remote copy must not overwrite it). */
  hasLocalChange(kind: string, key: string): boolean
  /** Writes other stations' records into the local tables, without noting them in the outbox. */
  apply(records: readonly RemoteRecord[], lastSeq: number): RemoteRecord[]
  lastSeq(): number
  /**
   * The site database this journal follows; another one restarts the catch-up from 0. Returns true
   * when it is a site this station has not followed before (its existing records are then queued).
   */
  followSite(siteId: string): boolean
}

const NOW_ISO = `strftime('%Y-%m-%dT%H:%M:%fZ','now')`
const ACTIVE = `(SELECT enabled = 1 AND applying = 0 FROM site_replication WHERE id = 1)`

function triggerSql(k: SharedKind): string[] {
  const t = k.table
  const keyNow = `(SELECT ${k.key} FROM ${t} WHERE rowid = NEW.rowid)`
  const enqueue = (keyExpr: string, op: string) =>
    `INSERT INTO site_outbox (kind, record_key, op, changed_at) SELECT '${k.kind}', ${keyExpr}, '${op}', ${NOW_ISO}
       WHERE ${keyExpr} IS NOT NULL
       ON CONFLICT (kind, record_key) DO UPDATE SET op = excluded.op, changed_at = excluded.changed_at;`
  const assign = k.assignKey
    ? `UPDATE ${t} SET ${k.key} = ${k.assignKey} WHERE rowid = NEW.rowid AND ${k.key} IS NULL;`
    : ''
  const station = k.stationColumn
    ? `UPDATE ${t} SET ${k.stationColumn} = (SELECT station FROM site_replication WHERE id = 1)
         WHERE rowid = NEW.rowid AND ${k.stationColumn} = '';`
    : ''
  const name = (suffix: string) => `site_${k.kind.replace(/[^a-z0-9]/g, '_')}_${suffix}`
  return [
    `CREATE TRIGGER ${name('insert')} AFTER INSERT ON ${t} WHEN ${ACTIVE} BEGIN
       ${assign} ${station} ${enqueue(keyNow, 'upsert')} END`,
    `CREATE TRIGGER ${name('update')} AFTER UPDATE ON ${t} WHEN ${ACTIVE} BEGIN
       ${enqueue('NEW.' + k.key, 'upsert')} END`,
    `CREATE TRIGGER ${name('delete')} AFTER DELETE ON ${t} WHEN ${ACTIVE} BEGIN
       ${enqueue('OLD.' + k.key, 'delete')} END`,
  ]
}

export function createLocalJournal(db: Db, kinds: readonly SharedKind[]): LocalJournal {
  kinds.forEach(assertIdentifiers)
  const byKind = new Map(kinds.map((k) => [k.kind, k]))
  // (Re)create the triggers from the declarations of this version of the code.
  db.transaction(() => {
    const old = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'site\\_%' ESCAPE '\\'")
      .all() as { name: string }[]
    for (const { name } of old) db.exec(`DROP TRIGGER IF EXISTS "${name}"`)
    for (const kind of kinds) for (const sql of triggerSql(kind)) db.exec(sql)
  })()

  const state = () =>
    db.prepare('SELECT enabled, station_uid, last_seq FROM site_replication WHERE id = 1').get() as {
      enabled: number
      station_uid: string
      last_seq: number
    }
  const upserts = new Map(
    kinds.map((k) => {
      const cols = k.columns
      const set = cols.filter((c) => c !== k.key).map((c) => `${c} = excluded.${c}`)
      const sql = `INSERT INTO ${k.table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})
        ON CONFLICT (${k.key}) DO ${set.length ? 'UPDATE SET ' + set.join(', ') : 'NOTHING'}`
      return [k.kind, db.prepare(sql)]
    }),
  )
  const deletes = new Map(kinds.map((k) => [k.kind, db.prepare(`DELETE FROM ${k.table} WHERE ${k.key} = ?`)]))
  const reads = new Map(
    kinds.map((k) => [
      k.kind,
      db.prepare(`SELECT ${k.columns.join(', ')} FROM ${k.table} WHERE ${k.key} = ?`),
    ]),
  )
  const localChange = db.prepare('SELECT 1 FROM site_outbox WHERE kind = ? AND record_key = ?')

  return {
    stationUid: () => state().station_uid,
    enable(station) {
      db.prepare('UPDATE site_replication SET enabled = 1, station = ? WHERE id = 1').run(station)
    },
    disable() {
      db.prepare('UPDATE site_replication SET enabled = 0 WHERE id = 1').run()
    },
    enabled: () => state().enabled === 1,
    enqueueAll() {
      let count = 0
      db.transaction(() => {
        for (const k of kinds) {
          if (k.assignKey) {
            db.exec(
              `UPDATE ${k.table} SET ${k.key} = ${k.assignKey.replace(/NEW\./g, '')} WHERE ${k.key} IS NULL`,
            )
          }
          const info = db
            .prepare(
              `INSERT INTO site_outbox (kind, record_key, op, changed_at)
               SELECT ?, ${k.key}, 'upsert', ${NOW_ISO} FROM ${k.table} WHERE ${k.key} IS NOT NULL
               ON CONFLICT (kind, record_key) DO NOTHING`,
            )
            .run(k.kind)
          count += info.changes
        }
      })()
      return count
    },
    waiting: () => (db.prepare('SELECT COUNT(*) AS n FROM site_outbox').get() as { n: number }).n,
    nextBatch(limit) {
      const rows = db
        .prepare(
          'SELECT kind, record_key, op, changed_at FROM site_outbox ORDER BY changed_at, rowid LIMIT ?',
        )
        .all(limit) as { kind: string; record_key: string; op: 'upsert' | 'delete'; changed_at: string }[]
      return rows.map((r) => ({ kind: r.kind, recordKey: r.record_key, op: r.op, changedAt: r.changed_at }))
    },
    read(kind, key) {
      const stmt = reads.get(kind)
      if (!stmt) return null
      return (stmt.get(key) as SharedRow | undefined) ?? null
    },
    sent(row) {
      db.prepare('DELETE FROM site_outbox WHERE kind = ? AND record_key = ? AND changed_at = ?').run(
        row.kind,
        row.recordKey,
        row.changedAt,
      )
    },
    attempted(row) {
      db.prepare('UPDATE site_outbox SET attempts = attempts + 1 WHERE kind = ? AND record_key = ?').run(
        row.kind,
        row.recordKey,
      )
    },
    hasLocalChange: (kind, key) => localChange.get(kind, key) !== undefined,
    apply(records, lastSeq) {
      const applied: RemoteRecord[] = []
      const uid = state().station_uid
      db.transaction(() => {
        db.prepare('UPDATE site_replication SET applying = 1 WHERE id = 1').run()
        for (const record of records) {
          const kind = byKind.get(record.kind)
          if (!kind || kind.applyLocally === false) continue
          // Our own write coming back, or a local change that is newer and not yet pushed.
          if (record.origin === uid) continue
          if (localChange.get(record.kind, record.id) !== undefined) continue
          if (record.deleted) {
            deletes.get(record.kind)?.run(record.id)
          } else {
            const values: SharedRow = {}
            for (const c of kind.columns) values[c] = normalise(record.data[c])
            values[kind.key] = record.id
            upserts.get(record.kind)?.run(values)
          }
          applied.push(record)
        }
        db.prepare('UPDATE site_replication SET applying = 0, last_seq = MAX(last_seq, ?) WHERE id = 1').run(
          lastSeq,
        )
      })()
      return applied
    },
    lastSeq: () => state().last_seq,
    followSite(siteId) {
      const before = (
        db.prepare('SELECT site_id FROM site_replication WHERE id = 1').get() as { site_id: string | null }
      ).site_id
      db.prepare(
        'UPDATE site_replication SET last_seq = CASE WHEN site_id IS ? THEN last_seq ELSE 0 END, site_id = ? WHERE id = 1',
      ).run(siteId, siteId)
      return before !== siteId
    },
  }
}

/** JSON brings booleans and nested values; SQLite columns take numbers, strings and null. */
function normalise(value: unknown): unknown {
  if (value === undefined) return null
  if (typeof value === 'boolean') return value ? 1 : 0
  if (value !== null && typeof value === 'object') return JSON.stringify(value)
  return value
}
