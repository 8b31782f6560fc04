import type { Migration } from '../db/database'

/**
 * Reception's tables. Visits keep what the desk typed (the server's answer to a registration has no
 * record id), photos sit in their own table so retention can drop them without touching the visit,
 * and pending submissions survive a restart until the server has them.
 */
export const receptionMigrations: Migration[] = [
  {
    id: 'reception-001-create',
    up: (db) =>
      db.exec(`
      CREATE TABLE reception_hosts (
        pin TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        dept_code TEXT NOT NULL DEFAULT '',
        dept_name TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        synced_at TEXT NOT NULL
      );
      CREATE TABLE reception_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE reception_visits (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('pending','onSite','checkedOut','failed')),
        visitor_pin TEXT,
        visitor_name TEXT NOT NULL,
        company TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        cert_type INTEGER NOT NULL,
        cert_number TEXT NOT NULL,
        host_pin TEXT NOT NULL,
        host_name TEXT NOT NULL DEFAULT '',
        host_department TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        visitor_count INTEGER NOT NULL DEFAULT 1,
        start_time TEXT NOT NULL,
        valid_until TEXT NOT NULL,
        card_no TEXT NOT NULL DEFAULT '',
        level_ids TEXT NOT NULL DEFAULT '[]',
        checked_in_at TEXT NOT NULL,
        checked_out_at TEXT,
        checkout_mode TEXT CHECK (checkout_mode IN ('manual','automatic')),
        last_error TEXT,
        client_request_id TEXT NOT NULL UNIQUE,
        reservation_id TEXT,
        server_confirmed_at TEXT
      );
      CREATE INDEX reception_visits_status ON reception_visits(status);
      CREATE INDEX reception_visits_cert ON reception_visits(cert_type, cert_number);
      CREATE INDEX reception_visits_checked_in ON reception_visits(checked_in_at);
      CREATE TABLE reception_visit_photos (
        visit_id TEXT PRIMARY KEY REFERENCES reception_visits(id) ON DELETE CASCADE,
        jpeg_base64 TEXT NOT NULL,
        stored_at TEXT NOT NULL
      );
      CREATE TABLE reception_pending (
        visit_id TEXT PRIMARY KEY REFERENCES reception_visits(id) ON DELETE CASCADE,
        request_json TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE reception_reservations (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('booked','arrived','cancelled')),
        host_pin TEXT NOT NULL,
        host_name TEXT NOT NULL DEFAULT '',
        host_department TEXT NOT NULL DEFAULT '',
        visitor_name TEXT NOT NULL,
        cert_type INTEGER NOT NULL,
        cert_number TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        company TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        visit_date TEXT NOT NULL,
        visit_end_date TEXT NOT NULL,
        created_at TEXT NOT NULL,
        visit_id TEXT
      );
      CREATE INDEX reception_reservations_status ON reception_reservations(status, visit_date);
      CREATE TABLE reception_drafts (key TEXT PRIMARY KEY, json TEXT NOT NULL, saved_at TEXT NOT NULL);
    `),
  },
  {
    // A pending registration belongs to the server it was typed for: the profile (id and name), the
    // server's address and TLS trust (binding), and the desk computer (station). It is replayed only to
    // that server. `phase`: 'sending' while the first call is in flight (the desk writes first), 'queued'
    // after; `run_id` tells a call in flight now from one a crash interrupted.
    id: 'reception-002-pending-server',
    up: (db) =>
      db.exec(`
      ALTER TABLE reception_pending ADD COLUMN profile_id TEXT;
      ALTER TABLE reception_pending ADD COLUMN profile_name TEXT NOT NULL DEFAULT '';
      ALTER TABLE reception_pending ADD COLUMN server_url TEXT;
      ALTER TABLE reception_pending ADD COLUMN server_binding TEXT;
      ALTER TABLE reception_pending ADD COLUMN station TEXT NOT NULL DEFAULT '';
      ALTER TABLE reception_pending ADD COLUMN phase TEXT NOT NULL DEFAULT 'queued'
        CHECK (phase IN ('sending','queued'));
      ALTER TABLE reception_pending ADD COLUMN run_id TEXT;
      CREATE INDEX reception_pending_server ON reception_pending(profile_id, server_binding);
    `),
  },
  {
    // Site mode: the desk (station name) that registered a visit or took a reservation, filled by the
    // site journal for rows written here and copied with other desks' rows. '' = this desk, before
    // site mode.
    id: 'reception-003-site-station',
    up: (db) =>
      db.exec(`
      ALTER TABLE reception_visits ADD COLUMN station TEXT NOT NULL DEFAULT '';
      ALTER TABLE reception_reservations ADD COLUMN station TEXT NOT NULL DEFAULT '';
    `),
  },
  {
    // The server's open visits that a desk fetched (server-visit-store.ts): a cache each station fills
    // itself and never shares (see there why). Only open visits are kept; every complete fetch replaces
    // them all.
    id: 'reception-004-server-visits',
    up: (db) =>
      db.exec(`
      CREATE TABLE reception_server_visits (
        record_key TEXT PRIMARY KEY,
        visitor_pin TEXT NOT NULL DEFAULT '',
        visitor_name TEXT NOT NULL DEFAULT '',
        company TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        cert_type TEXT NOT NULL DEFAULT '',
        cert_number TEXT NOT NULL DEFAULT '',
        host_pin TEXT NOT NULL DEFAULT '',
        host_name TEXT NOT NULL DEFAULT '',
        host_department TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        visitor_count INTEGER NOT NULL DEFAULT 1,
        start_time TEXT NOT NULL,
        checked_in_at TEXT NOT NULL
      );
      CREATE INDEX reception_server_visits_cert ON reception_server_visits(cert_number);
    `),
  },
  {
    // Site mode shares visitor photos (site/core-kinds.ts). A photo may reach another station before
    // its visit does (the visit changed again before it was pushed, so its outbox row is newer), so
    // the photo table no longer references the visit: the visit store and retention delete photos
    // themselves, and retention also drops a photo whose visit never came.
    id: 'reception-005-photos-without-visit-reference',
    up: (db) =>
      db.exec(`
      CREATE TABLE reception_visit_photos_new (
        visit_id TEXT PRIMARY KEY,
        jpeg_base64 TEXT NOT NULL,
        stored_at TEXT NOT NULL
      );
      INSERT INTO reception_visit_photos_new (visit_id, jpeg_base64, stored_at)
        SELECT visit_id, jpeg_base64, stored_at FROM reception_visit_photos;
      DROP TABLE reception_visit_photos;
      ALTER TABLE reception_visit_photos_new RENAME TO reception_visit_photos;
    `),
  },
]
