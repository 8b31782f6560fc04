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
  /**
   * The visit was checked out or discarded before the server confirmed it: the row is kept as a
   * withdraw marker. It is never registered; the replay closes the server's visit if the first call
   * had reached the server after all, then drops the marker.
   */
  withdrawn: boolean
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
  /** `message` null: keeps the visit's last error (a withdraw marker waits, not the visit). */
  setPendingError(id: string, message: string | null, attempts: number, nextAttemptAt: Date): void
  /**
   * The visit leaves. A pending submission is never sent afterwards, but its row stays as a withdraw
   * marker (see `PendingSubmission.withdrawn`): the first call may have reached the server.
   */
  checkOut(id: string, mode: 'manual' | 'automatic', at?: Date): void
  /**
   * Discards a pending or failed visit. One with a pending submission is kept, checked out without a
   * mode, with its withdraw marker ('withdrawn') until the marker is settled; otherwise it is removed.
   */
  discard(id: string, at?: Date): 'removed' | 'withdrawn' | 'gone'
  /** The withdraw marker of a visit, if it has one. */
  withdrawn(id: string): PendingSubmission | null
  /** The server has no open visit for the marker (any more): drops it, and a discarded visit with it. */
  settleWithdrawn(id: string): void
  /** Withdraw markers left to settle. */
  withdrawnCount(): number
  /**
   * Marks a submission as being handled by this process (a replay, a check-out): false when another
   * handler has it. `release` ends it. Submissions held are not listed by `pending`.
   */
  claim(id: string): boolean
  release(id: string): void
  remove(id: string): boolean
  /**
   * Submissions due for a replay, oldest first. With `server`: only those typed for that server.
   * Never a submission whose first call is in flight right now (see `sendingDone`).
   */
  pending(dueBy?: Date, server?: Pick<ServerIdentity, 'profileId' | 'binding'>): PendingSubmission[]
  pendingCount(): number
  /**
   * Whether the visit still waits for a replay (false once checked out, discarded, failed or sent;
   * a withdraw marker is not pending).
   */
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
  /** The visit's status; null when the visit is gone. */
  visit_status: VisitStatus | null
}

/** A pending row whose visit is no longer 'pending' is a withdraw marker. */
const PENDING_SELECT = `SELECT p.*, v.status AS visit_status FROM reception_pending p
  LEFT JOIN reception_visits v ON v.id = p.visit_id`
const WAITING = "v.status = 'pending'"
const WITHDRAWN = "(v.status IS NULL OR v.status <> 'pending')"

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
    withdrawn: r.visit_status !== 'pending',
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
        const confirmed = db
          .prepare(
            // Only a visit still pending: one checked out meanwhile must not come back on site.
            `UPDATE reception_visits SET status = 'onSite', visitor_pin = COALESCE(?, visitor_pin), last_error = NULL,
             server_confirmed_at = ? WHERE id = ? AND status = 'pending'`,
          )
          .run(visitorPin, at.toISOString(), id).changes
        if (confirmed > 0) db.prepare('DELETE FROM reception_pending WHERE visit_id = ?').run(id)
        // Withdrawn meanwhile: the server has the visit now, so the marker stays (due at once) and the
        // replay closes that visit.
        else
          db.prepare('UPDATE reception_pending SET next_attempt_at = ? WHERE visit_id = ?').run(
            at.toISOString(),
            id,
          )
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
        if (message !== null)
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
        // A visitor who leaves before the server came back must never be registered afterwards; but
        // the first call may have reached the server, so the row stays as a withdraw marker, due now.
        db.prepare('UPDATE reception_pending SET next_attempt_at = ? WHERE visit_id = ?').run(
          at.toISOString(),
          id,
        )
      })()
    },
    discard(id, at = new Date()) {
      return db.transaction(() => {
        const marked = db
          .prepare(
            // No check-out mode: discarded, not checked out (see `settleWithdrawn`).
            `UPDATE reception_visits SET status = 'checkedOut', checked_out_at = ?, checkout_mode = NULL
             WHERE id = ? AND status = 'pending' AND EXISTS (SELECT 1 FROM reception_pending WHERE visit_id = ?)`,
          )
          .run(at.toISOString(), id, id).changes
        if (marked > 0) {
          db.prepare('UPDATE reception_pending SET next_attempt_at = ? WHERE visit_id = ?').run(
            at.toISOString(),
            id,
          )
          return 'withdrawn' as const
        }
        db.prepare('DELETE FROM reception_visit_photos WHERE visit_id = ?').run(id)
        return db.prepare('DELETE FROM reception_visits WHERE id = ?').run(id).changes > 0
          ? ('removed' as const)
          : ('gone' as const)
      })()
    },
    withdrawn(id) {
      const row = db.prepare(`${PENDING_SELECT} WHERE p.visit_id = ? AND ${WITHDRAWN}`).get(id) as
        PendingRow | undefined
      return row ? toPending(row) : null
    },
    settleWithdrawn(id) {
      db.transaction(() => {
        const row = db.prepare(`${PENDING_SELECT} WHERE p.visit_id = ? AND ${WITHDRAWN}`).get(id)
        if (!row) return
        db.prepare('DELETE FROM reception_pending WHERE visit_id = ?').run(id)
        // A discarded visit (checked out without a mode) goes once nothing is left to settle.
        const discarded = db
          .prepare(
            "SELECT 1 FROM reception_visits WHERE id = ? AND status = 'checkedOut' AND checkout_mode IS NULL",
          )
          .get(id)
        if (discarded) {
          db.prepare('DELETE FROM reception_visit_photos WHERE visit_id = ?').run(id)
          db.prepare('DELETE FROM reception_visits WHERE id = ?').run(id)
        }
      })()
    },
    withdrawnCount() {
      return (
        db.prepare(`SELECT COUNT(*) AS n FROM (${PENDING_SELECT} WHERE ${WITHDRAWN})`).get() as { n: number }
      ).n
    },
    claim(id) {
      if (sendingNow.has(id)) return false
      sendingNow.add(id)
      return true
    },
    release(id) {
      sendingNow.delete(id)
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
        .prepare(`${PENDING_SELECT} WHERE ${where.join(' AND ')} ORDER BY p.created_at, p.rowid`)
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
            `SELECT p.profile_id, MAX(p.profile_name) AS profile_name, p.server_binding, COUNT(*) AS n
             FROM reception_pending p JOIN reception_visits v ON v.id = p.visit_id WHERE ${WAITING}
             GROUP BY p.profile_id, p.server_binding ORDER BY MIN(p.created_at)`,
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
      return (
        db
          .prepare(
            `SELECT COUNT(*) AS n FROM reception_pending p JOIN reception_visits v ON v.id = p.visit_id
            WHERE ${WAITING}`,
          )
          .get() as { n: number }
      ).n
    },
    isPending(id) {
      return (
        db
          .prepare(
            `SELECT 1 FROM reception_pending p JOIN reception_visits v ON v.id = p.visit_id
            WHERE p.visit_id = ? AND ${WAITING}`,
          )
          .get(id) !== undefined
      )
    },
  }
}
