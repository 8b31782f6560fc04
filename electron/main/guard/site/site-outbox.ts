/**
 * The station's local journal for site mode (SQLite): which alarms changed here and still wait to be
 * written to the site database, and how far the station has read the site's guard changes. An outage
 * of the site database loses nothing: the outbox is sent when it is back (merging makes a repeat
 * harmless, so "at least once" here is "exactly once" at the site).
 */
import type { Db } from '../../db/database'

export class SiteOutbox {
  private readonly q
  constructor(db: Db) {
    this.q = {
      queue: db.prepare(
        `INSERT INTO guard_site_outbox (uid, version) VALUES (?, 1)
         ON CONFLICT(uid) DO UPDATE SET version = version + 1`,
      ),
      pending: db.prepare('SELECT uid, version FROM guard_site_outbox ORDER BY rowid LIMIT ?'),
      count: db.prepare('SELECT count(*) AS n FROM guard_site_outbox'),
      done: db.prepare('DELETE FROM guard_site_outbox WHERE uid = ? AND version = ?'),
      cursor: db.prepare('SELECT seq FROM guard_site_cursor WHERE profile_key = ?'),
      saveCursor: db.prepare(
        `INSERT INTO guard_site_cursor (profile_key, seq) VALUES (?, ?)
         ON CONFLICT(profile_key) DO UPDATE SET seq = excluded.seq`,
      ),
    }
  }

  queue(uids: readonly string[]): void {
    for (const uid of uids) this.q.queue.run(uid)
  }

  pending(limit = 500): { uid: string; version: number }[] {
    return this.q.pending.all(limit) as { uid: string; version: number }[]
  }

  count(): number {
    return (this.q.count.get() as { n: number }).n
  }

  /** Sent: removed unless it changed again meanwhile (then the newer version is sent next). */
  done(entries: readonly { uid: string; version: number }[]): void {
    for (const e of entries) this.q.done.run(e.uid, e.version)
  }

  cursor(profileKey: string): number {
    return (this.q.cursor.get(profileKey) as { seq: number } | undefined)?.seq ?? 0
  }

  saveCursor(profileKey: string, seq: number): void {
    this.q.saveCursor.run(profileKey, seq)
  }
}
