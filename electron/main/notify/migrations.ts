import type { Migration } from '../db/database'

/**
 * Tables of the visitor services (host notices, invitations, kiosk agreements). Each row belongs to a
 * visit or a reservation and goes with it (ON DELETE CASCADE), so reception's retention job removes
 * them together with the visitor's other personal data.
 */
export const visitorServicesMigrations: Migration[] = [
  {
    id: 'visitor-services-001-create',
    up: (db) =>
      db.exec(`
      CREATE TABLE notify_outbox (
        id TEXT PRIMARY KEY,
        visit_id TEXT NOT NULL REFERENCES reception_visits(id) ON DELETE CASCADE,
        channel TEXT NOT NULL CHECK (channel IN ('email','teams','slack')),
        status TEXT NOT NULL CHECK (status IN ('pending','sent','failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at TEXT,
        sent_at TEXT,
        recipient TEXT,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (visit_id, channel)
      );
      CREATE INDEX notify_outbox_due ON notify_outbox(status, next_attempt_at);
      CREATE TABLE invite_invitations (
        reservation_id TEXT PRIMARY KEY REFERENCES reception_reservations(id) ON DELETE CASCADE,
        email TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('sent','failed')),
        sent_at TEXT,
        last_error TEXT,
        calendar_uid TEXT NOT NULL,
        sequence INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE kiosk_agreements (
        visit_id TEXT PRIMARY KEY REFERENCES reception_visits(id) ON DELETE CASCADE,
        pdf BLOB NOT NULL,
        signed_at TEXT NOT NULL
      );
    `),
  },
]
