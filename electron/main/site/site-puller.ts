import type pg from 'pg'
import type { LocalJournal, RemoteRecord } from './local-journal'

/**
 * Brings other stations' records into this station: everything with a sequence number above the last
 * one applied, in order, in pages. Called on every NOTIFY and after every (re)connection, so a
 * notification lost while the connection was down is caught up by sequence number.
 *
 * A page is at most `pageSize` records and, past its first record, at most `maxBytes` of stored data:
 * visitor photos are records too (up to ~200 KB each), and a station catching up after a day away must
 * not hold hundreds of them in one answer.
 */
export async function pullChanges(
  pool: pg.Pool,
  journal: LocalJournal,
  pageSize = 500,
  maxBytes = 8_000_000,
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
    }>(
      `SELECT kind, id, origin, deleted, data, seq FROM (
         SELECT page.*, row_number() OVER (ORDER BY seq) AS n,
                sum(pg_column_size(data)) OVER (ORDER BY seq) AS running
           FROM (SELECT kind, id, origin, deleted, data, seq FROM site_records
                  WHERE seq > $1 ORDER BY seq LIMIT $2) page
       ) sized
       WHERE n = 1 OR running <= $3
       ORDER BY seq`,
      [since, pageSize, maxBytes],
    )
    if (!rows.length) break
    const records = rows.map((r) => ({ ...r, seq: Number(r.seq) }))
    applied.push(...journal.apply(records, records[records.length - 1].seq))
  }
  return applied
}
