import { randomUUID } from 'node:crypto'
import type { Db } from '../db/database'
import type { VisitFilter, VisitRecord, VisitStatus } from '../../shared/contract/reception'
import type { RegistrationRequest } from './server-port'

/** A visit as stored: the shared record plus what only main needs. */
export interface StoredVisit extends VisitRecord {
  cardNo: string
  levelIds: string[]
  clientRequestId: string
  reservationId: string | null
}

interface VisitRow {
  id: string
  status: VisitStatus
  visitor_pin: string | null
  visitor_name: string
  company: string
  phone: string
  cert_type: number
  cert_number: string
  host_pin: string
  host_name: string
  host_department: string
  reason: string
  visitor_count: number
  start_time: string
  valid_until: string
  card_no: string
  level_ids: string
  checked_in_at: string
  checked_out_at: string | null
  checkout_mode: 'manual' | 'automatic' | null
  last_error: string | null
  client_request_id: string
  reservation_id: string | null
  has_photo: number
  station: string
}

const SELECT = `SELECT v.*, EXISTS (SELECT 1 FROM reception_visit_photos p WHERE p.visit_id = v.id) AS has_photo
  FROM reception_visits v`

function toVisit(row: VisitRow): StoredVisit {
  return {
    id: row.id,
    status: row.status,
    visitorPin: row.visitor_pin,
    visitorName: row.visitor_name,
    company: row.company,
    phone: row.phone,
    certType: row.cert_type,
    certNumber: row.cert_number,
    hostPin: row.host_pin,
    hostName: row.host_name,
    hostDepartment: row.host_department,
    reason: row.reason,
    visitorCount: row.visitor_count,
    startTime: row.start_time,
    validUntil: row.valid_until,
    checkedInAt: row.checked_in_at,
    checkedOutAt: row.checked_out_at,
    checkoutMode: row.checkout_mode,
    hasPhoto: row.has_photo === 1,
    lastError: row.last_error,
    cardNo: row.card_no,
    levelIds: JSON.parse(row.level_ids) as string[],
    clientRequestId: row.client_request_id,
    reservationId: row.reservation_id,
    station: row.station ?? '',
  }
}

/** Only the fields of the shared record, for the renderer. */
export function publicVisit(visit: StoredVisit): VisitRecord {
  const { cardNo: _c, levelIds: _l, clientRequestId: _r, reservationId: _s, ...shared } = visit
  return shared
}

export type NewVisit = Omit<
  StoredVisit,
  'hasPhoto' | 'checkedOutAt' | 'checkoutMode' | 'lastError' | 'station'
>

/** The server a registration was typed for (see credentials/token-binding.ts for `binding`). */
export interface ServerIdentity {
  profileId: string
  profileName: string
  url: string
  /** Address + TLS trust: a pending registration goes only where this still matches. */
  binding: string
}

/** Where a pending registration belongs and how far its sending got. */
export interface PendingMeta {
  server: ServerIdentity | null
  /** The desk computer that took the registration. */
  station: string
  /** 'sending': the first call is in flight (stored before it); 'queued': waiting for a replay. */
  phase: 'sending' | 'queued'
}

export interface PendingSubmission {
  visitId: string
  request: RegistrationRequest
  attempts: number
  nextAttemptAt: string
  /** null: stored before registrations recorded their server. */
  server: ServerIdentity | null
  station: string
  phase: 'sending' | 'queued'
}

/** Pending registrations per server they wait for. */
export interface PendingGroup {
  profileId: string | null
  profileName: string
  binding: string | null
  count: number
}

export interface VisitStore {
  /** Visit, photo and (with `pendingRequest`) its pending submission, in one transaction. */
  insert(
    visit: NewVisit,
    photoBase64: string | null,
    pendingRequest?: RegistrationRequest,
    pendingMeta?: PendingMeta,
  ): StoredVisit
  get(id: string): StoredVisit | null
  byClientRequestId(clientRequestId: string): StoredVisit | null
  list(filter: VisitFilter, query?: string, now?: Date): StoredVisit[]
  /** The latest visit with this certificate, for a returning visitor. */
  latestByCert(certType: number, certNumber: string): StoredVisit | null
  /** Visits on site (or still pending) with this certificate. */
  openByCert(certType: number, certNumber: string): StoredVisit[]
  photo(id: string): string | null
  setConfirmed(id: string, visitorPin: string | null, at?: Date): void
  setVisitorPin(id: string, visitorPin: string): void
  setFailed(id: string, message: string): void
  setPendingError(id: string, message: string, attempts: number, nextAttemptAt: Date): void
  checkOut(id: string, mode: 'manual' | 'automatic', at?: Date): void
  remove(id: string): boolean
  /**
   * Submissions due for a replay, oldest first. With `server`: only those typed for that server.
   * Never a submission whose first call is in flight right now (see `sendingDone`).
   */
  pending(dueBy?: Date, server?: Pick<ServerIdentity, 'profileId' | 'binding'>): PendingSubmission[]
  pendingCount(): number
  /** Whether the visit still waits for a replay (false once checked out, discarded, failed or sent). */
  isPending(id: string): boolean
  /** The first call failed or is over: the submission waits for the replay. */
  setQueued(id: string): void
  /**
   * The first call of a submission stored with phase 'sending' is over (whatever its outcome): the
   * replay may take it from now on. Until then it is never replayed, so it cannot be sent twice.
   */
  sendingDone(id: string): void
  pendingGroups(): PendingGroup[]
  /** Gives submissions stored before servers were recorded to this server; returns how many. */
  adoptUnassigned(server: ServerIdentity): number
}

/** Tells this run's calls in flight from those a crash left behind. */
export const RUN_ID = randomUUID()

interface PendingRow {
  visit_id: string
  request_json: string
  attempts: number
  next_attempt_at: string
  profile_id: string | null
  profile_name: string
  server_url: string | null
  server_binding: string | null
  station: string
  phase: 'sending' | 'queued'
}

function toPending(r: PendingRow): PendingSubmission {
  return {
    visitId: r.visit_id,
    request: JSON.parse(r.request_json) as RegistrationRequest,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    server:
      r.profile_id && r.server_binding
        ? {
            profileId: r.profile_id,
            profileName: r.profile_name,
            url: r.server_url ?? '',
            binding: r.server_binding,
          }
        : null,
    station: r.station,
    phase: r.phase,
  }
}

export function createVisitStore(db: Db): VisitStore {
  /** Submissions whose first call is in flight in this process. */
  const sendingNow = new Set<string>()
  const insertVisit =
    db.prepare(`INSERT INTO reception_visits (id, status, visitor_pin, visitor_name, company, phone,
      cert_type, cert_number, host_pin, host_name, host_department, reason, visitor_count, start_time, valid_until,
      card_no, level_ids, checked_in_at, client_request_id, reservation_id, server_confirmed_at)
    VALUES (@id, @status, @visitorPin, @visitorName, @company, @phone, @certType, @certNumber, @hostPin, @hostName,
      @hostDepartment, @reason, @visitorCount, @startTime, @validUntil, @cardNo, @levelIds, @checkedInAt,
      @clientRequestId, @reservationId, @confirmedAt)`)
  const insertPhoto = db.prepare(
    'INSERT INTO reception_visit_photos (visit_id, jpeg_base64, stored_at) VALUES (?, ?, ?)',
  )
  const insertPending = db.prepare(
    `INSERT INTO reception_pending (visit_id, request_json, attempts, next_attempt_at, created_at,
      profile_id, profile_name, server_url, server_binding, station, phase, run_id)
     VALUES (@visitId, @json, 0, @at, @at, @profileId, @profileName, @url, @binding, @station, @phase, @runId)`,
  )
  const getOne = db.prepare(`${SELECT} WHERE v.id = ?`)

  const get = (id: string): StoredVisit | null => {
    const row = getOne.get(id) as VisitRow | undefined
    return row ? toVisit(row) : null
  }

  return {
    insert(visit, photoBase64, pendingRequest, pendingMeta) {
      const now = new Date().toISOString()
      db.transaction(() => {
        insertVisit.run({
          ...visit,
          levelIds: JSON.stringify(visit.levelIds),
          confirmedAt: visit.status === 'onSite' ? now : null,
        })
        if (photoBase64) insertPhoto.run(visit.id, photoBase64, now)
        if (pendingRequest) {
          const server = pendingMeta?.server ?? null
          insertPending.run({
            visitId: visit.id,
            json: JSON.stringify(pendingRequest),
            at: now,
            profileId: server?.profileId ?? null,
            profileName: server?.profileName ?? '',
            url: server?.url ?? null,
            binding: server?.binding ?? null,
            station: pendingMeta?.station ?? '',
            phase: pendingMeta?.phase ?? 'queued',
            runId: RUN_ID,
          })
        }
        if (pendingRequest && pendingMeta?.phase === 'sending') sendingNow.add(visit.id)
      })()
      return get(visit.id) as StoredVisit
    },
    get,
    byClientRequestId(clientRequestId) {
      const row = db.prepare(`${SELECT} WHERE v.client_request_id = ?`).get(clientRequestId) as
        VisitRow | undefined
      return row ? toVisit(row) : null
    },
    list(filter, query = '', now = new Date()) {
      const where: string[] = []
      const params: Record<string, unknown> = {}
      if (filter === 'onSite') where.push("v.status IN ('onSite','pending')")
      if (filter === 'pending') where.push("v.status IN ('pending','failed')")
      if (filter === 'today') {
        const midnight = new Date(now)
        midnight.setHours(0, 0, 0, 0)
        where.push('v.checked_in_at >= @since')
        params.since = midnight.toISOString()
      }
      const q = query.trim().toLowerCase()
      if (q) {
        const like = "LIKE @q ESCAPE '\\'"
        where.push(`(lower(v.visitor_name) ${like} OR lower(v.company) ${like} OR lower(v.host_name) ${like}
          OR lower(v.cert_number) ${like} OR v.visitor_pin ${like} OR v.phone ${like})`)
        params.q = `%${q.replace(/[%_\\]/g, (c) => '\\' + c)}%`
      }
      const sql = `${SELECT} ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY v.checked_in_at DESC LIMIT 2000`
      return (db.prepare(sql).all(params) as VisitRow[]).map(toVisit)
    },
    latestByCert(certType, certNumber) {
      const row = db
        .prepare(
          `${SELECT} WHERE v.cert_type = ? AND v.cert_number = ? ORDER BY v.checked_in_at DESC LIMIT 1`,
        )
        .get(certType, certNumber) as VisitRow | undefined
      return row ? toVisit(row) : null
    },
    openByCert(certType, certNumber) {
      return (
        db
          .prepare(
            `${SELECT} WHERE v.cert_type = ? AND v.cert_number = ? AND v.status IN ('onSite','pending')`,
          )
          .all(certType, certNumber) as VisitRow[]
      ).map(toVisit)
    },
    photo(id) {
      const row = db.prepare('SELECT jpeg_base64 FROM reception_visit_photos WHERE visit_id = ?').get(id) as
        { jpeg_base64: string } | undefined
      return row?.jpeg_base64 ?? null
    },
    setConfirmed(id, visitorPin, at = new Date()) {
      db.transaction(() => {
        db.prepare(
          // Only a visit still pending: one checked out meanwhile must not come back on site.
          `UPDATE reception_visits SET status = 'onSite', visitor_pin = COALESCE(?, visitor_pin), last_error = NULL,
           server_confirmed_at = ? WHERE id = ? AND status = 'pending'`,
        ).run(visitorPin, at.toISOString(), id)
        db.prepare('DELETE FROM reception_pending WHERE visit_id = ?').run(id)
      })()
    },
    setVisitorPin(id, visitorPin) {
      db.prepare('UPDATE reception_visits SET visitor_pin = ? WHERE id = ?').run(visitorPin, id)
    },
    setFailed(id, message) {
      db.transaction(() => {
        db.prepare("UPDATE reception_visits SET status = 'failed', last_error = ? WHERE id = ?").run(
          message,
          id,
        )
        db.prepare('DELETE FROM reception_pending WHERE visit_id = ?').run(id)
      })()
    },
    setPendingError(id, message, attempts, nextAttemptAt) {
      db.transaction(() => {
        db.prepare('UPDATE reception_visits SET last_error = ? WHERE id = ?').run(message, id)
        db.prepare('UPDATE reception_pending SET attempts = ?, next_attempt_at = ? WHERE visit_id = ?').run(
          attempts,
          nextAttemptAt.toISOString(),
          id,
        )
      })()
    },
    checkOut(id, mode, at = new Date()) {
      db.transaction(() => {
        db.prepare(
          `UPDATE reception_visits SET status = 'checkedOut', checked_out_at = ?, checkout_mode = ?
           WHERE id = ? AND status IN ('onSite','pending')`,
        ).run(at.toISOString(), mode, id)
        // A visitor who leaves before the server came back must never be registered afterwards.
        db.prepare('DELETE FROM reception_pending WHERE visit_id = ?').run(id)
      })()
    },
    remove(id) {
      // The photo table has no cascade (a shared photo may arrive before its visit): delete it here.
      return db.transaction(() => {
        db.prepare('DELETE FROM reception_visit_photos WHERE visit_id = ?').run(id)
        return db.prepare('DELETE FROM reception_visits WHERE id = ?').run(id).changes > 0
      })()
    },
    pending(dueBy, server) {
      const where = ['1 = 1']
      if (dueBy) where.push('p.next_attempt_at <= @dueBy')
      if (server) where.push('p.profile_id = @profileId AND p.server_binding = @binding')
      const rows = db
        .prepare(
          `SELECT p.* FROM reception_pending p WHERE ${where.join(' AND ')} ORDER BY p.created_at, p.rowid`,
        )
        .all({
          ...(dueBy ? { dueBy: dueBy.toISOString() } : {}),
          ...(server ? { profileId: server.profileId, binding: server.binding } : {}),
        }) as PendingRow[]
      return rows.filter((r) => !sendingNow.has(r.visit_id)).map(toPending)
    },
    sendingDone(id) {
      sendingNow.delete(id)
    },
    setQueued(id) {
      db.prepare("UPDATE reception_pending SET phase = 'queued' WHERE visit_id = ?").run(id)
    },
    pendingGroups() {
      return (
        db
          .prepare(
            `SELECT profile_id, MAX(profile_name) AS profile_name, server_binding, COUNT(*) AS n
             FROM reception_pending GROUP BY profile_id, server_binding ORDER BY MIN(created_at)`,
          )
          .all() as {
          profile_id: string | null
          profile_name: string
          server_binding: string | null
          n: number
        }[]
      ).map((r) => ({
        profileId: r.profile_id,
        profileName: r.profile_name,
        binding: r.server_binding,
        count: r.n,
      }))
    },
    adoptUnassigned(server) {
      return db
        .prepare(
          `UPDATE reception_pending SET profile_id = ?, profile_name = ?, server_url = ?, server_binding = ?
           WHERE profile_id IS NULL`,
        )
        .run(server.profileId, server.profileName, server.url, server.binding).changes
    },
    pendingCount() {
      return (db.prepare('SELECT COUNT(*) AS n FROM reception_pending').get() as { n: number }).n
    },
    isPending(id) {
      return db.prepare('SELECT 1 FROM reception_pending WHERE visit_id = ?').get(id) !== undefined
    },
  }
}
