import type pg from 'pg'
import type { LocalJournal, RemoteRecord } from './local-journal'

/**
 * Brings other stations' records into this station: everything with a sequence number above the last
 * one applied, in order, in pages. Called on every NOTIFY and after every (re)connection, so a
 * notification lost while the connection was down is caught up by sequence number.
 */
export async function pullChanges(
  pool: pg.Pool,
  journal: LocalJournal,
  pageSize = 500,
): Promise<RemoteRecord[]> {
  const applied: RemoteRecord[] = []
  for (;;) {
    const since = journal.lastSeq()
    const { rows } = await pool.query<{
      kind: string
      id: string
      origin: string
      deleted: boolean
      data: Record<string, unknown>
      seq: string
    }>('SELECT kind, id, origin, deleted, data, seq FROM site_records WHERE seq > $1 ORDER BY seq LIMIT $2', [
      since,
      pageSize,
    ])
    if (!rows.length) break
    const records = rows.map((r) => ({ ...r, seq: Number(r.seq) }))
    applied.push(...journal.apply(records, records[records.length - 1].seq))
    if (rows.length < pageSize) break
  }
  return applied
}
