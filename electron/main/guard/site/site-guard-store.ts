/**
 * The guard's tables in the site database (PostgreSQL): alarms with their lifecycle, the leader's
 * events, its latest boards and stream positions, and the leader lease shown in station status.
 *
 * Every row carries a `seq` from one sequence, and every write takes the same transaction-level
 * advisory lock first, so rows become visible in `seq` order: a station that has read up to `seq` N
 * never misses a row below N that commits later. Stations catch up with `seq > last seen` after any
 * reconnect; a NOTIFY on `gatehouse_guard` (payload: the profile key) says when to look.
 *
 * Alarm copies are MERGED here (mergeAlarm: the lifecycle only moves forward, the first
 * acknowledgement wins), never overwritten, so a leader counting an occurrence while a guard
 * elsewhere acknowledges never undoes the acknowledgement.
 */
import type { AlarmRecord } from '../../../shared/guard/lifecycle'
import { mergeAlarm } from '../../../shared/guard/alarm-merge'
import type { SharedAlarm } from '../alarms/alarm-engine'
import type { SharedEvent, SharedState } from './guard-site-port'

/** A PostgreSQL session (pg's Client/PoolClient fits). */
export interface SqlSession {
  query<R = Record<string, unknown>>(
    text: string,
    values?: unknown[],
  ): Promise<{ rows: R[]; rowCount?: number | null }>
}

export const GUARD_NOTIFY_CHANNEL = 'gatehouse_guard'

/**
 * The guard's site tables (site schema versions 100-199 belong to the guard; site-schema.ts). The
 * leader lease table `site_leaders` is the site core's (version 1).
 */
export const siteGuardSchemaSql = `
  CREATE SEQUENCE site_guard_seq;
  CREATE TABLE site_guard_alarms (
    profile_key text NOT NULL,
    uid text NOT NULL,
    body jsonb NOT NULL,
    status text NOT NULL,
    station text,
    seq bigint NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (profile_key, uid)
  );
  CREATE INDEX site_guard_alarms_seq ON site_guard_alarms (profile_key, seq);
  CREATE TABLE site_guard_events (
    profile_key text NOT NULL,
    key text NOT NULL,
    body jsonb NOT NULL,
    seq bigint NOT NULL,
    PRIMARY KEY (profile_key, key)
  );
  CREATE INDEX site_guard_events_seq ON site_guard_events (profile_key, seq);
  CREATE TABLE site_guard_states (
    profile_key text NOT NULL,
    name text NOT NULL,
    body jsonb NOT NULL,
    seq bigint NOT NULL,
    PRIMARY KEY (profile_key, name)
  );`

/**
 * Version 101: each event's arrival time as a column of its own, indexed, so the leader can delete the
 * events older than the retention (pruneEvents) without reading every event's JSON. Every event of a
 * site was kept for ever before: at a site's event rate the database grew by the day, without bound.
 * Events stored before it keep an empty column (no backfill: a site's millions of rows rewritten in the
 * migration's one transaction could outlast the connection's query timeout and stop every station
 * joining); pruneEvents reads their time from the JSON, found through a partial index until none is left.
 */
export const siteGuardEventTimeSql = `
  ALTER TABLE site_guard_events ADD COLUMN received_at timestamptz;
  CREATE INDEX site_guard_events_received ON site_guard_events (profile_key, received_at);
  CREATE INDEX site_guard_events_undated ON site_guard_events (profile_key) WHERE received_at IS NULL;`

/** Rows deleted per statement: each one short, whatever the backlog (a first prune after an upgrade). */
const PRUNE_BATCH = 5_000

/** Serialises writers so that `seq` order is commit order (see above). */
const ORDER_LOCK = "SELECT pg_advisory_xact_lock(hashtext('gatehouse-guard-seq'))"

export type SiteGuardChange =
  | { type: 'alarm'; seq: number; alarm: SharedAlarm }
  | { type: 'event'; seq: number; event: SharedEvent }
  | { type: 'state'; seq: number; state: SharedState }

async function inTransaction<T>(db: SqlSession, fn: () => Promise<T>): Promise<T> {
  await db.query('BEGIN')
  try {
    await db.query(ORDER_LOCK)
    const result = await fn()
    await db.query('COMMIT')
    return result
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined)
    throw error
  }
}

const stateName = (s: SharedState) => (s.kind === 'cursor' ? `cursor:${s.stream}` : s.kind)

export class SiteGuardStore {
  constructor(
    private readonly profileKey: string,
    private readonly station: string,
  ) {}

  /** Merges each copy into the site's alarm; returns the merged copies. */
  async writeAlarms(db: SqlSession, alarms: readonly SharedAlarm[]): Promise<SharedAlarm[]> {
    if (!alarms.length) return []
    return inTransaction(db, async () => {
      const out: SharedAlarm[] = []
      for (const a of alarms) {
        const existing = await db.query<{ body: Omit<AlarmRecord, 'id'> }>(
          'SELECT body FROM site_guard_alarms WHERE profile_key = $1 AND uid = $2 FOR UPDATE',
          [this.profileKey, a.uid],
        )
        const before = existing.rows[0]?.body
        const merged = before ? stripId(mergeAlarm({ ...before, id: 0 }, a.record)) : a.record
        await db.query(
          `INSERT INTO site_guard_alarms (profile_key, uid, body, status, station, seq, updated_at)
           VALUES ($1, $2, $3, $4, $5, nextval('site_guard_seq'), now())
           ON CONFLICT (profile_key, uid) DO UPDATE SET body = EXCLUDED.body, status = EXCLUDED.status,
             station = EXCLUDED.station, seq = EXCLUDED.seq, updated_at = now()`,
          [this.profileKey, a.uid, JSON.stringify(merged), merged.status, this.station],
        )
        out.push({ uid: a.uid, record: merged })
      }
      await this.notify(db)
      return out
    })
  }

  /** The leader's events; an event already stored (a gap fill seeing it again) is kept once. */
  async writeEvents(db: SqlSession, events: readonly SharedEvent[]): Promise<void> {
    if (!events.length) return
    await inTransaction(db, async () => {
      await db.query(
        `INSERT INTO site_guard_events (profile_key, key, body, seq, received_at)
         SELECT $1, e->>'key', e, nextval('site_guard_seq'), (e->>'receivedAt')::timestamptz
         FROM jsonb_array_elements($2::jsonb) AS e
         ON CONFLICT (profile_key, key) DO NOTHING`,
        [this.profileKey, JSON.stringify(events)],
      )
      await this.notify(db)
    })
  }

  /**
   * Deletes this server's events that arrived before `before` (the retention's cutoff), `batch` rows a
   * statement; returns how many. No order lock: the rows go from the old end, below every seq a station
   * still has to read, and a station catching up from before them only misses what the retention has
   * dropped anyway.
   */
  async pruneEvents(db: SqlSession, before: string, batch = PRUNE_BATCH): Promise<number> {
    let deleted = 0
    // Events stored since schema 101 by their column; older ones (no column) by their JSON.
    for (const old of [
      'received_at < $2',
      "received_at IS NULL AND (body->>'receivedAt')::timestamptz < $2",
    ]) {
      for (;;) {
        const result = await db.query(
          `DELETE FROM site_guard_events WHERE profile_key = $1 AND key IN (
             SELECT key FROM site_guard_events WHERE profile_key = $1 AND ${old} LIMIT $3)`,
          [this.profileKey, before, batch],
        )
        deleted += result.rowCount ?? 0
        if ((result.rowCount ?? 0) < batch) break
      }
    }
    return deleted
  }

  /** The leader's latest boards, link and stream positions (only the latest of each is kept). */
  async writeStates(db: SqlSession, states: readonly SharedState[]): Promise<void> {
    if (!states.length) return
    const latest = new Map(states.map((s) => [stateName(s), s]))
    await inTransaction(db, async () => {
      for (const [name, state] of latest) {
        await db.query(
          `INSERT INTO site_guard_states (profile_key, name, body, seq) VALUES ($1, $2, $3, nextval('site_guard_seq'))
           ON CONFLICT (profile_key, name) DO UPDATE SET body = EXCLUDED.body, seq = EXCLUDED.seq`,
          [this.profileKey, name, JSON.stringify(state)],
        )
      }
      await this.notify(db)
    })
  }

  /** Everything after `afterSeq`, oldest first. */
  async changesSince(db: SqlSession, afterSeq: number, limit = 2000): Promise<SiteGuardChange[]> {
    const { rows } = await db.query<{
      type: 'alarm' | 'event' | 'state'
      id: string
      body: unknown
      seq: string
    }>(
      `SELECT * FROM (
         SELECT 'alarm' AS type, uid AS id, body, seq FROM site_guard_alarms WHERE profile_key = $1 AND seq > $2
         UNION ALL SELECT 'event', key, body, seq FROM site_guard_events WHERE profile_key = $1 AND seq > $2
         UNION ALL SELECT 'state', name, body, seq FROM site_guard_states WHERE profile_key = $1 AND seq > $2
       ) c ORDER BY seq LIMIT $3`,
      [this.profileKey, afterSeq, limit],
    )
    return rows.map((r) => toChange(r))
  }

  /**
   * A station's first look (nothing seen yet): every open alarm, the latest boards and the last
   * `recentEvents` events, not years of history; then `changesSince` the returned seq.
   */
  async initial(db: SqlSession, recentEvents = 500): Promise<{ changes: SiteGuardChange[]; seq: number }> {
    // The newest COMMITTED seq (a writer in flight holds the order lock and a higher seq).
    const top = await db.query<{ seq: string | null }>(
      `SELECT GREATEST(
         (SELECT max(seq) FROM site_guard_alarms WHERE profile_key = $1),
         (SELECT max(seq) FROM site_guard_events WHERE profile_key = $1),
         (SELECT max(seq) FROM site_guard_states WHERE profile_key = $1)) AS seq`,
      [this.profileKey],
    )
    const seq = Number(top.rows[0]?.seq ?? 0)
    const { rows } = await db.query<{
      type: 'alarm' | 'event' | 'state'
      id: string
      body: unknown
      seq: string
    }>(
      `SELECT * FROM (
         SELECT 'alarm' AS type, uid AS id, body, seq FROM site_guard_alarms
           WHERE profile_key = $1 AND status != 'cleared' AND seq <= $2
         UNION ALL SELECT * FROM (SELECT 'event', key, body, seq FROM site_guard_events
           WHERE profile_key = $1 AND seq <= $2 ORDER BY seq DESC LIMIT $3) e
         UNION ALL SELECT 'state', name, body, seq FROM site_guard_states WHERE profile_key = $1 AND seq <= $2
       ) c ORDER BY seq`,
      [this.profileKey, seq, recentEvents],
    )
    return { changes: rows.map((r) => toChange(r)), seq }
  }

  /** pg_try_advisory_lock on this session (session-level: held until unlocked or disconnected). */
  static async tryLock(db: SqlSession, lockKey: string): Promise<boolean> {
    const { rows } = await db.query<{ got: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS got', [
      lockKey,
    ])
    return rows[0]?.got === true
  }

  /** pg_try_advisory_lock_shared: a guard booth says it is a candidate (held until disconnected). */
  static async holdShared(db: SqlSession, lockKey: string): Promise<boolean> {
    const { rows } = await db.query<{ got: boolean }>(
      'SELECT pg_try_advisory_lock_shared($1::bigint) AS got',
      [lockKey],
    )
    return rows[0]?.got === true
  }

  /** Whether another session holds `lockKey` (shared or not): taken exclusively for a moment, or not. */
  static async heldElsewhere(db: SqlSession, lockKey: string): Promise<boolean> {
    const { rows } = await db.query<{ free: boolean }>(
      `SELECT CASE WHEN pg_try_advisory_lock($1::bigint) THEN pg_advisory_unlock($1::bigint) ELSE false END AS free`,
      [lockKey],
    )
    return rows[0]?.free !== true
  }

  static async renewLease(
    db: SqlSession,
    profileKey: string,
    station: string,
    leaseMs: number,
  ): Promise<void> {
    await db.query(
      `INSERT INTO site_leaders (profile_key, station, lease_until)
       VALUES ($1, $2, now() + $3 * interval '1 millisecond')
       ON CONFLICT (profile_key) DO UPDATE SET station = EXCLUDED.station, lease_until = EXCLUDED.lease_until`,
      [profileKey, station, Math.round(leaseMs)],
    )
  }

  static async release(db: SqlSession, profileKey: string, station: string, lockKey: string): Promise<void> {
    await db.query('DELETE FROM site_leaders WHERE profile_key = $1 AND station = $2', [profileKey, station])
    await db.query('SELECT pg_advisory_unlock($1::bigint)', [lockKey])
  }

  /** Who leads each server, for station status. */
  static async leaders(
    db: SqlSession,
  ): Promise<{ profileKey: string; station: string; leaseUntil: string }[]> {
    const { rows } = await db.query<{ profile_key: string; station: string; lease_until: Date }>(
      'SELECT profile_key, station, lease_until FROM site_leaders ORDER BY profile_key',
    )
    return rows.map((r) => ({
      profileKey: r.profile_key,
      station: r.station,
      leaseUntil: new Date(r.lease_until).toISOString(),
    }))
  }

  private async notify(db: SqlSession): Promise<void> {
    await db.query('SELECT pg_notify($1, $2)', [GUARD_NOTIFY_CHANNEL, this.profileKey])
  }
}

function stripId(r: AlarmRecord): Omit<AlarmRecord, 'id'> {
  const { id: _id, ...rest } = r
  return rest
}

function toChange(r: {
  type: 'alarm' | 'event' | 'state'
  id: string
  body: unknown
  seq: string
}): SiteGuardChange {
  const seq = Number(r.seq)
  if (r.type === 'alarm')
    return { type: 'alarm', seq, alarm: { uid: r.id, record: r.body as Omit<AlarmRecord, 'id'> } }
  if (r.type === 'event') return { type: 'event', seq, event: r.body as SharedEvent }
  return { type: 'state', seq, state: r.body as SharedState }
}
