import type { SharedKind } from './shared-kind'

/**
 * The records reception and the audit log share across a site (see shared-kind.ts). Visitor photos
 * are a kind of their own (visitPhotoKind), so the visit records the lists read stay small.
 */
export const visitKind: SharedKind = {
  kind: 'visit',
  table: 'reception_visits',
  key: 'id',
  columns: [
    'id',
    'status',
    'visitor_pin',
    'visitor_name',
    'company',
    'phone',
    'cert_type',
    'cert_number',
    'host_pin',
    'host_name',
    'host_department',
    'reason',
    'visitor_count',
    'start_time',
    'valid_until',
    'card_no',
    'level_ids',
    'checked_in_at',
    'checked_out_at',
    'checkout_mode',
    'last_error',
    'client_request_id',
    'reservation_id',
    'server_confirmed_at',
    'station',
  ],
  stationColumn: 'station',
}

/**
 * The visitor's photo, so every desk's on-site list and roll call show the face of a visitor another
 * desk registered. Its own record (not a visit column): a base64 JPEG of up to 200 KB travels once,
 * when it is taken, and the visit rows and list queries never carry it. Retention deletes it on the
 * desk whose clock passes first; the delete is shared like any other.
 */
export const visitPhotoKind: SharedKind = {
  kind: 'visit-photo',
  table: 'reception_visit_photos',
  key: 'visit_id',
  columns: ['visit_id', 'jpeg_base64', 'stored_at'],
}

export const reservationKind: SharedKind = {
  kind: 'reservation',
  table: 'reception_reservations',
  key: 'id',
  columns: [
    'id',
    'status',
    'host_pin',
    'host_name',
    'host_department',
    'visitor_name',
    'cert_type',
    'cert_number',
    'phone',
    'company',
    'reason',
    'visit_date',
    'visit_end_date',
    'created_at',
    'visit_id',
    'station',
  ],
  stationColumn: 'station',
}

/**
 * Pending registrations are recorded site-wide with their server profile and station, but never
 * copied into another desk's queue: only the desk that took one replays it (its visit, shared as
 * 'pending', shows the other desks that it waits).
 */
export const pendingKind: SharedKind = {
  kind: 'pending-registration',
  table: 'reception_pending',
  key: 'visit_id',
  columns: [
    'visit_id',
    'attempts',
    'next_attempt_at',
    'created_at',
    'profile_id',
    'profile_name',
    'server_url',
    'station',
    'phase',
  ],
  applyLocally: false,
}

export const auditKind: SharedKind = {
  kind: 'audit',
  table: 'audit_log',
  key: 'site_id',
  columns: ['site_id', 'at', 'operator', 'operator_id', 'station', 'action', 'target', 'result', 'detail'],
  assignKey: `(SELECT station_uid FROM site_replication WHERE id = 1) || ':' || NEW.id`,
}

export const coreSharedKinds: readonly SharedKind[] = [
  visitKind,
  visitPhotoKind,
  reservationKind,
  pendingKind,
  auditKind,
]
