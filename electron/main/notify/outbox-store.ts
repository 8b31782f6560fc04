import { randomUUID } from 'node:crypto'
import type { Db } from '../db/database'
import type { HostNotice, NoticeChannel } from '../../shared/contract/notify'

interface OutboxRow {
  id: string
  visit_id: string
  channel: NoticeChannel
  status: HostNotice['status']
  attempts: number
  last_error: string | null
  next_attempt_at: string | null
  sent_at: string | null
  recipient: string | null
  subject: string
  body: string
  created_at: string
}

/** A notice as the sender needs it: the public record plus the text fixed at arrival time. */
export interface OutboxItem extends HostNotice {
  subject: string
  body: string
}

const toItem = (r: OutboxRow): OutboxItem => ({
  id: r.id,
  visitId: r.visit_id,
  channel: r.channel,
  status: r.status,
  attempts: r.attempts,
  lastError: r.last_error,
  nextAttemptAt: r.next_attempt_at,
  sentAt: r.sent_at,
  recipient: r.recipient,
  createdAt: r.created_at,
  subject: r.subject,
  body: r.body,
})

export const publicNotice = ({ subject: _s, body: _b, ...notice }: OutboxItem): HostNotice => notice

/**
 * The durable outbox of host notices: a row is written when the visitor arrives and stays until it is
 * sent or given up, so a restart never loses a notice that was still waiting.
 */
export interface OutboxStore {
  /** One notice per visit and channel; a second enqueue of the same pair is ignored. */
  enqueue(visitId: string, channel: NoticeChannel, subject: string, body: string, at: Date): void
  due(now: Date, limit?: number): OutboxItem[]
  forVisits(visitIds: readonly string[]): OutboxItem[]
  markSent(id: string, recipient: string | null, at: Date): void
  markAttemptFailed(id: string, message: string, nextAttemptAt: Date | null, recipient: string | null): void
  /** Makes a visit's unsent notices due now (the "Retry" button). */
  retryNow(visitId: string, at: Date): number
  get(id: string): OutboxItem | null
}

export function createOutboxStore(db: Db): OutboxStore {
  const get = (id: string): OutboxItem | null => {
    const row = db.prepare('SELECT * FROM notify_outbox WHERE id = ?').get(id) as OutboxRow | undefined
    return row ? toItem(row) : null
  }
  return {
    enqueue(visitId, channel, subject, body, at) {
      db.prepare(
        `INSERT OR IGNORE INTO notify_outbox (id, visit_id, channel, status, attempts, next_attempt_at, subject, body, created_at)
         VALUES (?, ?, ?, 'pending', 0, ?, ?, ?, ?)`,
      ).run(randomUUID(), visitId, channel, at.toISOString(), subject, body, at.toISOString())
    },
    due(now, limit = 20) {
      const rows = db
        .prepare(
          "SELECT * FROM notify_outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?",
        )
        .all(now.toISOString(), limit) as OutboxRow[]
      return rows.map(toItem)
    },
    forVisits(visitIds) {
      if (visitIds.length === 0) return []
      const marks = visitIds.map(() => '?').join(',')
      const rows = db
        .prepare(`SELECT * FROM notify_outbox WHERE visit_id IN (${marks}) ORDER BY created_at, channel`)
        .all(...visitIds) as OutboxRow[]
      return rows.map(toItem)
    },
    markSent(id, recipient, at) {
      db.prepare(
        `UPDATE notify_outbox SET status = 'sent', attempts = attempts + 1, sent_at = ?, last_error = NULL,
         next_attempt_at = NULL, recipient = COALESCE(?, recipient) WHERE id = ?`,
      ).run(at.toISOString(), recipient, id)
    },
    markAttemptFailed(id, message, nextAttemptAt, recipient) {
      db.prepare(
        `UPDATE notify_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
         status = CASE WHEN ? IS NULL THEN 'failed' ELSE 'pending' END, recipient = COALESCE(?, recipient) WHERE id = ?`,
      ).run(
        message,
        nextAttemptAt?.toISOString() ?? null,
        nextAttemptAt?.toISOString() ?? null,
        recipient,
        id,
      )
    },
    retryNow(visitId, at) {
      return db
        .prepare(
          "UPDATE notify_outbox SET status = 'pending', attempts = 0, next_attempt_at = ? WHERE visit_id = ? AND status <> 'sent'",
        )
        .run(at.toISOString(), visitId).changes
    },
    get,
  }
}
