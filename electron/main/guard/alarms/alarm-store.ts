/**
 * Alarm history, seen alarm events, per-stream cursors and outage gaps in the local database.
 * A partial unique index keeps at most ONE open alarm per key, so a duplicate alarm cannot be stored
 * even by a bug upstream.
 */
import { randomUUID } from 'node:crypto'
import type { AlarmStatus, EventStream, GapView } from '../../../shared/contract/guard'
import type { AlarmRecord } from '../../../shared/guard/lifecycle'
import type { Db, Migration } from '../../db/database'

export const guardMigrations: Migration[] = [
  {
    id: 'guard-001-alarms',
    up: (db) =>
      db.exec(`CREATE TABLE guard_alarms (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        key TEXT NOT NULL,
        kind TEXT NOT NULL,
        priority TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('new','acknowledged','cleared')),
        target_type TEXT NOT NULL,
        target_name TEXT NOT NULL,
        target_id TEXT,
        title TEXT NOT NULL,
        detail TEXT,
        person_pin TEXT,
        person_name TEXT,
        first_at TEXT NOT NULL,
        last_at TEXT NOT NULL,
        first_server_time TEXT,
        event_count INTEGER NOT NULL,
        state_count INTEGER NOT NULL,
        condition_active INTEGER,
        recovered INTEGER NOT NULL,
        ack_at TEXT, ack_by TEXT, ack_comment TEXT,
        cleared_at TEXT, cleared_by TEXT, clear_comment TEXT, cleared_reason TEXT,
        latched INTEGER NOT NULL DEFAULT 0
      );
      CREATE UNIQUE INDEX guard_alarms_one_open ON guard_alarms(key) WHERE status != 'cleared';
      CREATE INDEX guard_alarms_status ON guard_alarms(status, id);
      CREATE INDEX guard_alarms_latched ON guard_alarms(key) WHERE latched = 1;
      CREATE TABLE guard_seen_events (key TEXT PRIMARY KEY, alarm_id INTEGER, seen_at TEXT NOT NULL);
      CREATE INDEX guard_seen_events_at ON guard_seen_events(seen_at);
      CREATE TABLE guard_streams (
        stream TEXT PRIMARY KEY,
        last_seen_server_time TEXT,
        last_poll_at TEXT
      );
      CREATE TABLE guard_gaps (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        stream TEXT NOT NULL,
        from_server_time TEXT NOT NULL,
        to_server_time TEXT NOT NULL,
        detected_at TEXT NOT NULL,
        cause TEXT NOT NULL,
        status TEXT NOT NULL,
        recovered_events INTEGER NOT NULL DEFAULT 0,
        recovered_alarms INTEGER NOT NULL DEFAULT 0,
        error TEXT
      );`),
  },
  {
    // Cursors belong to one server: after a switch to another server its history is not a gap of ours.
    id: 'guard-002-stream-server',
    up: (db) => db.exec('ALTER TABLE guard_streams ADD COLUMN server TEXT'),
  },
  {
    // The site's instructions per alarm kind (instructions/instruction-store.ts).
    id: 'guard-003-alarm-instructions',
    up: (db) =>
      db.exec(`CREATE TABLE guard_alarm_instructions (
        kind TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT
      )`),
  },
  {
    // Floor plans per area and what sits where on them (plans/plan-store.ts); images are files in
    // userData/floor-plans, named by the plan's id.
    id: 'guard-004-floor-plans',
    up: (db) =>
      db.exec(`CREATE TABLE guard_floor_plans (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        area_name TEXT,
        file_name TEXT NOT NULL,
        mime TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        source_type TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT
      );
      CREATE TABLE guard_plan_markers (
        plan_id INTEGER NOT NULL REFERENCES guard_floor_plans(id) ON DELETE CASCADE,
        target_type TEXT NOT NULL CHECK (target_type IN ('door','gate','reader')),
        target_id TEXT NOT NULL,
        target_name TEXT NOT NULL,
        x REAL NOT NULL CHECK (x >= 0 AND x <= 1),
        y REAL NOT NULL CHECK (y >= 0 AND y <= 1),
        placed_at TEXT NOT NULL,
        PRIMARY KEY (plan_id, target_type, target_id)
      );`),
  },
  {
    // Site mode: one identity for an alarm on every station (local ids differ per station). An alarm
    // raised by an event is named by that event's key, so a station that sees the same event again
    // (a new leader filling the gap from the server's history) finds the same alarm, never a second.
    id: 'guard-005-alarm-uid',
    up: (db) =>
      db.exec(`ALTER TABLE guard_alarms ADD COLUMN uid TEXT;
      UPDATE guard_alarms SET uid = 'local|' || id;
      CREATE UNIQUE INDEX guard_alarms_uid ON guard_alarms(uid);`),
  },
  {
    // Site mode: alarms changed here and not yet written to the site database (each version counted,
    // so a change made while an older one is being sent is sent too), and how far this station has
    // read the site's guard changes (site/guard-site-sync.ts).
    id: 'guard-006-site-outbox',
    up: (db) =>
      db.exec(`CREATE TABLE guard_site_outbox (uid TEXT PRIMARY KEY, version INTEGER NOT NULL);
      CREATE TABLE guard_site_cursor (profile_key TEXT PRIMARY KEY, seq INTEGER NOT NULL);`),
  },
]

interface AlarmRow {
  id: number
  key: string
  kind: string
  priority: string
  status: string
  target_type: string
  target_name: string
  target_id: string | null
  title: string
  detail: string | null
  person_pin: string | null
  person_name: string | null
  first_at: string
  last_at: string
  first_server_time: string | null
  event_count: number
  state_count: number
  condition_active: number | null
  recovered: number
  ack_at: string | null
  ack_by: string | null
  ack_comment: string | null
  cleared_at: string | null
  cleared_by: string | null
  clear_comment: string | null
  cleared_reason: string | null
  latched: number
}

function fromRow(r: AlarmRow): AlarmRecord {
  return {
    id: r.id,
    key: r.key,
    kind: r.kind as AlarmRecord['kind'],
    priority: r.priority as AlarmRecord['priority'],
    status: r.status as AlarmStatus,
    targetType: r.target_type as AlarmRecord['targetType'],
    targetName: r.target_name,
    targetId: r.target_id,
    title: r.title,
    detail: r.detail,
    personPin: r.person_pin,
    personName: r.person_name,
    firstAt: r.first_at,
    lastAt: r.last_at,
    firstServerTime: r.first_server_time,
    count: Math.max(1, r.event_count, r.state_count),
    eventCount: r.event_count,
    stateCount: r.state_count,
    conditionActive: r.condition_active === null ? null : r.condition_active === 1,
    recovered: r.recovered === 1,
    acknowledgedAt: r.ack_at,
    acknowledgedBy: r.ack_by,
    ackComment: r.ack_comment,
    clearedAt: r.cleared_at,
    clearedBy: r.cleared_by,
    clearComment: r.clear_comment,
    clearedReason: r.cleared_reason as AlarmRecord['clearedReason'],
    latched: r.latched === 1,
  }
}

function toParams(a: Omit<AlarmRecord, 'id'>) {
  return {
    key: a.key,
    kind: a.kind,
    priority: a.priority,
    status: a.status,
    target_type: a.targetType,
    target_name: a.targetName,
    target_id: a.targetId,
    title: a.title,
    detail: a.detail,
    person_pin: a.personPin,
    person_name: a.personName,
    first_at: a.firstAt,
    last_at: a.lastAt,
    first_server_time: a.firstServerTime,
    event_count: a.eventCount,
    state_count: a.stateCount,
    condition_active: a.conditionActive === null ? null : a.conditionActive ? 1 : 0,
    recovered: a.recovered ? 1 : 0,
    ack_at: a.acknowledgedAt,
    ack_by: a.acknowledgedBy,
    ack_comment: a.ackComment,
    cleared_at: a.clearedAt,
    cleared_by: a.clearedBy,
    clear_comment: a.clearComment,
    cleared_reason: a.clearedReason,
    latched: a.latched ? 1 : 0,
  }
}

const COLUMNS = Object.keys(toParams({} as AlarmRecord))

export interface StreamCursor {
  /** The server these times belong to (profile id + URL); null in rows from before it was kept. */
  server: string | null
  lastSeenServerTime: string | null
  lastPollAt: string | null
}

interface GapRow {
  id: number
  stream: string
  from_server_time: string
  to_server_time: string
  detected_at: string
  cause: string
  status: string
  recovered_events: number
  recovered_alarms: number
  error: string | null
}

const gapFromRow = (r: GapRow): GapView => ({
  id: r.id,
  stream: r.stream as EventStream,
  fromServerTime: r.from_server_time,
  toServerTime: r.to_server_time,
  detectedAt: r.detected_at,
  cause: r.cause as GapView['cause'],
  status: r.status as GapView['status'],
  recoveredEvents: r.recovered_events,
  recoveredAlarms: r.recovered_alarms,
  error: r.error,
})

export class AlarmStore {
  private readonly q
  constructor(private readonly db: Db) {
    this.q = {
      insert: db.prepare(
        `INSERT INTO guard_alarms (${COLUMNS.join(', ')}, uid) VALUES (${COLUMNS.map((c) => '@' + c).join(', ')}, @uid)`,
      ),
      uidOf: db.prepare('SELECT uid FROM guard_alarms WHERE id = ?'),
      byUid: db.prepare('SELECT * FROM guard_alarms WHERE uid = ?'),
      setUid: db.prepare('UPDATE guard_alarms SET uid = ? WHERE id = ?'),
      update: db.prepare(
        `UPDATE guard_alarms SET ${COLUMNS.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`,
      ),
      get: db.prepare('SELECT * FROM guard_alarms WHERE id = ?'),
      open: db.prepare("SELECT * FROM guard_alarms WHERE status != 'cleared' ORDER BY id"),
      latchedKeys: db.prepare('SELECT DISTINCT key FROM guard_alarms WHERE latched = 1'),
      unlatch: db.prepare('UPDATE guard_alarms SET latched = 0 WHERE key = ? AND latched = 1'),
      seen: db.prepare('SELECT 1 FROM guard_seen_events WHERE key = ?'),
      markSeen: db.prepare(
        'INSERT OR IGNORE INTO guard_seen_events (key, alarm_id, seen_at) VALUES (?, ?, ?)',
      ),
      pruneSeen: db.prepare('DELETE FROM guard_seen_events WHERE seen_at < ?'),
      cursor: db.prepare(
        'SELECT last_seen_server_time, last_poll_at, server FROM guard_streams WHERE stream = ?',
      ),
      saveCursor: db.prepare(
        `INSERT INTO guard_streams (stream, last_seen_server_time, last_poll_at, server) VALUES (@stream, @seen, @poll, @server)
         ON CONFLICT(stream) DO UPDATE SET last_seen_server_time = @seen, last_poll_at = @poll, server = @server`,
      ),
      insertGap: db.prepare(
        `INSERT INTO guard_gaps (stream, from_server_time, to_server_time, detected_at, cause, status)
         VALUES (@stream, @from, @to, @detectedAt, @cause, 'filling')`,
      ),
      updateGap: db.prepare(
        `UPDATE guard_gaps SET status = @status, recovered_events = @events, recovered_alarms = @alarms, error = @error,
         from_server_time = @from, to_server_time = @to WHERE id = @id`,
      ),
      getGap: db.prepare('SELECT * FROM guard_gaps WHERE id = ?'),
      recentGaps: db.prepare('SELECT * FROM guard_gaps ORDER BY id DESC LIMIT ?'),
    }
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)()
  }

  insert(alarm: Omit<AlarmRecord, 'id'>, uid = `local|${randomUUID()}`): AlarmRecord {
    const info = this.q.insert.run({ ...toParams(alarm), uid })
    return { ...alarm, id: Number(info.lastInsertRowid) }
  }

  /** The site-wide identity of a local alarm. */
  uidOf(id: number): string | null {
    return (this.q.uidOf.get(id) as { uid: string | null } | undefined)?.uid ?? null
  }

  getByUid(uid: string): AlarmRecord | null {
    const row = this.q.byUid.get(uid) as AlarmRow | undefined
    return row ? fromRow(row) : null
  }

  /** Two stations raised the same open alarm apart: this one takes the site's identity. */
  adoptUid(id: number, uid: string): void {
    this.q.setUid.run(uid, id)
  }

  update(alarm: AlarmRecord): void {
    this.q.update.run({ ...toParams(alarm), id: alarm.id })
  }

  get(id: number): AlarmRecord | null {
    const row = this.q.get.get(id) as AlarmRow | undefined
    return row ? fromRow(row) : null
  }

  loadOpen(): AlarmRecord[] {
    return (this.q.open.all() as AlarmRow[]).map(fromRow)
  }

  latchedKeys(): string[] {
    return (this.q.latchedKeys.all() as { key: string }[]).map((r) => r.key)
  }

  unlatch(key: string): void {
    this.q.unlatch.run(key)
  }

  list(options: { status: 'open' | 'cleared' | 'all'; limit: number; beforeId?: number }): {
    alarms: AlarmRecord[]
    hasMore: boolean
  } {
    const where: string[] = []
    if (options.status === 'open') where.push("status != 'cleared'")
    if (options.status === 'cleared') where.push("status = 'cleared'")
    if (options.beforeId !== undefined) where.push('id < @beforeId')
    const sql = `SELECT * FROM guard_alarms ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT @limit`
    const rows = this.db
      .prepare(sql)
      .all({ beforeId: options.beforeId, limit: options.limit + 1 }) as AlarmRow[]
    return { alarms: rows.slice(0, options.limit).map(fromRow), hasMore: rows.length > options.limit }
  }

  wasSeen(eventKey: string): boolean {
    return this.q.seen.get(eventKey) !== undefined
  }

  markSeen(eventKey: string, alarmId: number | null, atIso: string): void {
    this.q.markSeen.run(eventKey, alarmId, atIso)
  }

  pruneSeen(olderThanIso: string): number {
    return this.q.pruneSeen.run(olderThanIso).changes
  }

  cursor(stream: EventStream): StreamCursor {
    const row = this.q.cursor.get(stream) as
      { last_seen_server_time: string | null; last_poll_at: string | null; server: string | null } | undefined
    return {
      lastSeenServerTime: row?.last_seen_server_time ?? null,
      lastPollAt: row?.last_poll_at ?? null,
      server: row?.server ?? null,
    }
  }

  saveCursor(stream: EventStream, cursor: StreamCursor): void {
    this.q.saveCursor.run({
      stream,
      seen: cursor.lastSeenServerTime,
      poll: cursor.lastPollAt,
      server: cursor.server,
    })
  }

  insertGap(gap: {
    stream: EventStream
    from: string
    to: string
    detectedAt: string
    cause: GapView['cause']
  }): GapView {
    const info = this.q.insertGap.run(gap)
    return gapFromRow(this.q.getGap.get(Number(info.lastInsertRowid)) as GapRow)
  }

  updateGap(gap: GapView): GapView {
    this.q.updateGap.run({
      id: gap.id,
      status: gap.status,
      events: gap.recoveredEvents,
      alarms: gap.recoveredAlarms,
      error: gap.error,
      from: gap.fromServerTime,
      to: gap.toServerTime,
    })
    return gap
  }

  recentGaps(limit: number): GapView[] {
    return (this.q.recentGaps.all(limit) as GapRow[]).map(gapFromRow)
  }
}
