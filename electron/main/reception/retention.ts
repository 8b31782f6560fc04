import type { Db } from '../db/database'
import { createLogger } from '../log'

const log = createLogger('reception.retention')
const DAY_MS = 86_400_000

export interface RetentionResult {
  visitsDeleted: number
  photosDeleted: number
  reservationsDeleted: number
  draftsDeleted: number
}

/**
 * Deletes visitor personal data older than `retentionDays` (settings, default 30): visits (with their
 * photos and pending submissions, by cascade), photos of any older visit, reservations and form drafts.
 * The audit log refers to visits by local id only, so it keeps no personal data to purge. Host (employee)
 * cache is not visitor data and stays.
 */
export function applyRetention(db: Db, retentionDays: number, now = new Date()): RetentionResult {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString()
  return db.transaction((): RetentionResult => {
    // A photo whose visit is gone or never arrived (site mode shares photos and visits separately)
    // ages by when it was stored.
    const photosDeleted = db
      .prepare(
        `DELETE FROM reception_visit_photos WHERE visit_id IN (SELECT id FROM reception_visits WHERE checked_in_at < @cutoff)
           OR (stored_at < @cutoff AND visit_id NOT IN (SELECT id FROM reception_visits))`,
      )
      .run({ cutoff }).changes
    const visitsDeleted = db
      .prepare('DELETE FROM reception_visits WHERE checked_in_at < ?')
      .run(cutoff).changes
    // A booking made long in advance stays until its visit is over, then ages like the rest.
    const cutoffWallClock = cutoff.slice(0, 19).replace('T', ' ')
    const reservationsDeleted = db
      .prepare(
        "DELETE FROM reception_reservations WHERE created_at < ? AND (status <> 'booked' OR visit_end_date < ?)",
      )
      .run(cutoff, cutoffWallClock).changes
    const draftsDeleted = db.prepare('DELETE FROM reception_drafts WHERE saved_at < ?').run(cutoff).changes
    const result = { visitsDeleted, photosDeleted, reservationsDeleted, draftsDeleted }
    if (visitsDeleted + photosDeleted + reservationsDeleted + draftsDeleted > 0)
      log.info('retention applied', { ...result })
    return result
  })()
}
