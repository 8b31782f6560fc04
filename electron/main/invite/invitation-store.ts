import { randomUUID } from 'node:crypto'
import type { Db } from '../db/database'
import type { Invitation } from '../../shared/contract/invite'

interface InvitationRow {
  reservation_id: string
  email: string
  status: Invitation['status']
  sent_at: string | null
  last_error: string | null
  calendar_uid: string
  sequence: number
}

const toInvitation = (r: InvitationRow): Invitation => ({
  reservationId: r.reservation_id,
  email: r.email,
  status: r.status,
  sentAt: r.sent_at,
  lastError: r.last_error,
  calendarUid: r.calendar_uid,
})

/** The last invitation per reservation; the calendar UID stays the same across resends. */
export interface InvitationStore {
  get(reservationId: string): Invitation | null
  list(): Invitation[]
  /** The UID and next SEQUENCE for the calendar entry of this reservation. */
  calendarIdentity(reservationId: string): { uid: string; sequence: number }
  record(
    reservationId: string,
    email: string,
    outcome: { sentAt: Date } | { error: string },
    identity: { uid: string; sequence: number },
  ): Invitation
}

export function createInvitationStore(db: Db): InvitationStore {
  const row = (id: string) =>
    db.prepare('SELECT * FROM invite_invitations WHERE reservation_id = ?').get(id) as
      InvitationRow | undefined
  return {
    get: (id) => {
      const r = row(id)
      return r ? toInvitation(r) : null
    },
    list: () =>
      (
        db
          .prepare('SELECT * FROM invite_invitations ORDER BY sent_at DESC LIMIT 2000')
          .all() as InvitationRow[]
      ).map(toInvitation),
    calendarIdentity(id) {
      const r = row(id)
      return r
        ? { uid: r.calendar_uid, sequence: r.sequence + 1 }
        : { uid: `${randomUUID()}@gatehouse`, sequence: 0 }
    },
    record(id, email, outcome, identity) {
      const sent = 'sentAt' in outcome
      db.prepare(
        `INSERT INTO invite_invitations (reservation_id, email, status, sent_at, last_error, calendar_uid, sequence)
         VALUES (@id, @email, @status, @sentAt, @error, @uid, @sequence)
         ON CONFLICT(reservation_id) DO UPDATE SET email = @email, status = @status,
           sent_at = COALESCE(@sentAt, sent_at), last_error = @error, calendar_uid = @uid,
           sequence = CASE WHEN @status = 'sent' THEN @sequence ELSE sequence END`,
      ).run({
        id,
        email,
        status: sent ? 'sent' : 'failed',
        sentAt: sent ? outcome.sentAt.toISOString() : null,
        error: sent ? null : outcome.error,
        uid: identity.uid,
        sequence: identity.sequence,
      })
      return toInvitation(row(id) as InvitationRow)
    },
  }
}
