import type pg from 'pg'
import type { LocalJournal, OutboxRow, RemoteRecord } from './local-journal'

/**
 * Sends the local outbox to the site database. Each record is one upsert keyed by (kind, id), so
 * sending it again after a lost answer changes nothing: every record is in the site database exactly
 * once. An older change never overwrites a newer one (`updated_at`); when another station's change
 * won, it is read back and applied here, so both sides end equal.
 */
export const UPSERT_SQL = `INSERT INTO site_records (kind, id, origin, station, updated_at, deleted, data)
  VALUES ($1, $2, $3, $4, $5, $6, $7)
  ON CONFLICT (kind, id) DO UPDATE SET origin = excluded.origin, station = excluded.station,
    updated_at = excluded.updated_at, deleted = excluded.deleted, data = excluded.data
  WHERE site_records.updated_at <= excluded.updated_at
    AND (site_records.deleted <> excluded.deleted OR site_records.data <> excluded.data)
  RETURNING seq`

export interface PushResult {
  sent: number
  /** Records another station had changed later: their version was applied here instead. */
  superseded: RemoteRecord[]
}

export async function pushOutbox(
  pool: pg.Pool,
  journal: LocalJournal,
  station: string,
  batchSize = 100,
): Promise<PushResult> {
  const uid = journal.stationUid()
  let sent = 0
  const superseded: RemoteRecord[] = []
  for (;;) {
    const batch = journal.nextBatch(batchSize)
    if (!batch.length) break
    for (const row of batch) {
      await pushOne(pool, journal, row, uid, station, superseded)
      sent += 1
    }
    if (batch.length < batchSize) break
  }
  return { sent, superseded }
}

async function pushOne(
  pool: pg.Pool,
  journal: LocalJournal,
  row: OutboxRow,
  uid: string,
  station: string,
  superseded: RemoteRecord[],
): Promise<void> {
  const data = row.op === 'delete' ? null : journal.read(row.kind, row.recordKey)
  const deleted = data === null
  try {
    const result = await pool.query(UPSERT_SQL, [
      row.kind,
      row.recordKey,
      uid,
      station,
      row.changedAt,
      deleted,
      JSON.stringify(data ?? {}),
    ])
    journal.sent(row)
    if (result.rowCount === 0) {
      // Unchanged (a re-send) or a newer change by another station: take what the site has.
      const current = await pool.query<{
        origin: string
        deleted: boolean
        data: Record<string, unknown>
        seq: string
      }>('SELECT origin, deleted, data, seq FROM site_records WHERE kind = $1 AND id = $2', [
        row.kind,
        row.recordKey,
      ])
      const record = current.rows[0]
      if (record && record.origin !== uid) {
        const remote: RemoteRecord = {
          kind: row.kind,
          id: row.recordKey,
          origin: record.origin,
          deleted: record.deleted,
          data: record.data,
          seq: Number(record.seq),
        }
        superseded.push(...journal.apply([remote], 0))
      }
    }
  } catch (error) {
    journal.attempted(row)
    throw error
  }
}
