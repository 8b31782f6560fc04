/**
 * How a kind of record is shared between the stations of a site. Declared ONCE per kind; the
 * replication layer (local-journal.ts, site-pusher.ts, site-puller.ts) does the rest:
 *
 * - every insert, update and delete of a row of `table` on this station is noted in the local outbox
 *   by SQLite triggers, in the same transaction as the write (the domain's store code is unchanged);
 * - the pusher sends each noted row to the site database once it is reachable (idempotent upsert);
 * - rows other stations wrote arrive by LISTEN/NOTIFY + catch-up by sequence number and are written
 *   into `table` here (unless `applyLocally` is false), so screens keep reading local data.
 *
 * Example (a guard kind, declared in the guard's own file and added to the list in site/index.ts):
 *
 *   export const alarmKind: SharedKind = {
 *     kind: 'alarm', table: 'guard_alarms', key: 'id',
 *     columns: ['id', 'state', 'acknowledged_by', 'acknowledged_station', 'comment', ...],
 *   }
 *   replication.onApplied((changes) => { if (changes.kinds.has('alarm')) ... })
 */
export interface SharedKind {
  /** The record kind in the site database ('visit', 'audit'); stable, never renamed. */
  kind: string
  /** The local SQLite table. */
  table: string
  /** The local column that names a record site-wide (unique in `table`). */
  key: string
  /** The local columns copied between stations (the key included; a local-only row id not). */
  columns: readonly string[]
  /**
   * For tables whose key is not set by the store (an autoincrement row id only): a SQLite expression
   * that gives a row written here its site-wide key, e.g. `(SELECT station_uid FROM site_replication) || ':' || NEW.id`.
   */
  assignKey?: string
  /**
   * A column filled with this station's name for rows written here while site mode is on (the desk
   * that registered a visit). Must have a DEFAULT of ''.
   */
  stationColumn?: string
  /**
   * false: the records are written to the site database (a site-wide record of them) but never into
   * another station's local table, e.g. pending registrations, which only their own station replays.
   */
  applyLocally?: boolean
}

/** The names a kind uses inside SQL; only plain identifiers are allowed (they are not parameters). */
export function assertIdentifiers(kind: SharedKind): void {
  const names = [kind.table, kind.key, ...kind.columns, ...(kind.stationColumn ? [kind.stationColumn] : [])]
  for (const name of names) {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain SQL identifier: ${name}`)
  }
  if (!/^[a-z][a-z0-9_.-]*$/.test(kind.kind)) throw new Error(`not a valid record kind: ${kind.kind}`)
  if (!kind.columns.includes(kind.key))
    throw new Error(`${kind.kind}: the key ${kind.key} must be one of its columns`)
}
