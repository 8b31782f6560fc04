import type { Db } from '../db/database'
import type { OpenServerVisit, OwnVisit } from './server-visit-merge'

/**
 * The server's open visits as this station last fetched them (reception_server_visits).
 *
 * Why a cache each station fills itself, and not shared rows with deterministic ids: these are the
 * server's records, not ours. Every station can ask the server, and the roll call must ask it afresh
 * on the station that prints it anyway; sharing them would turn every station's periodic fetch into
 * site-database writes (N stations x every few minutes x every visitor on site) whose only effect is
 * to overwrite each other with the same data, and a visit that ended on the server would need a
 * site-wide delete that races the next fetch of a slower station. Kept local, a fetch simply replaces
 * the table; the matching against our own visits reads the visits table, which in site mode already
 * holds every desk's visits, so no visitor is listed twice whichever desk registered them. The keys
 * are still deterministic (serverVisitKey), so the same person has the same id on every station.
 */
export interface ServerVisitStore {
  /** A complete fetch: these (open) visits replace what was known. */
  replaceAll(visits: readonly OpenServerVisit[], fetchedAt: Date): void
  /** Open server visits, with the host's name from the host directory where the server gave none. */
  list(): OpenServerVisit[]
  get(key: string): OpenServerVisit | null
  /** The visit ended (checked out here): gone from the list before the next fetch says so. */
  remove(key: string): void
  /** When the last complete fetch ended (ISO), or null when the server was never asked. */
  asOf(): string | null
  /** Gatehouse visits (any desk) of the visitors in the cache, for the matching. */
  ownVisitsOfCachedVisitors(): OwnVisit[]
}

interface Row {
  record_key: string
  visitor_pin: string
  visitor_name: string
  company: string
  phone: string
  cert_type: string
  cert_number: string
  host_pin: string
  host_name: string
  host_department: string
  reason: string
  visitor_count: number
  start_time: string
  checked_in_at: string
}

const toVisit = (r: Row): OpenServerVisit => ({
  key: r.record_key,
  visitorPin: r.visitor_pin,
  visitorName: r.visitor_name,
  company: r.company,
  phone: r.phone,
  certType: r.cert_type,
  certNumber: r.cert_number,
  hostPin: r.host_pin,
  hostName: r.host_name,
  hostDepartment: r.host_department,
  reason: r.reason,
  visitorCount: r.visitor_count,
  startTime: r.start_time,
  checkedInAt: r.checked_in_at,
})

const SELECT = `SELECT s.record_key, s.visitor_pin, s.visitor_name, s.company, s.phone, s.cert_type, s.cert_number,
    s.host_pin, COALESCE(NULLIF(s.host_name, ''), h.name, '') AS host_name,
    COALESCE(NULLIF(s.host_department, ''), h.dept_name, '') AS host_department,
    s.reason, s.visitor_count, s.start_time, s.checked_in_at
  FROM reception_server_visits s LEFT JOIN reception_hosts h ON h.pin = s.host_pin`

const AS_OF_KEY = 'serverVisits.asOf'

export function createServerVisitStore(db: Db): ServerVisitStore {
  const insert =
    db.prepare(`INSERT OR REPLACE INTO reception_server_visits (record_key, visitor_pin, visitor_name,
      company, phone, cert_type, cert_number, host_pin, host_name, host_department, reason, visitor_count,
      start_time, checked_in_at)
    VALUES (@key, @visitorPin, @visitorName, @company, @phone, @certType, @certNumber, @hostPin, @hostName,
      @hostDepartment, @reason, @visitorCount, @startTime, @checkedInAt)`)
  const setMeta = db.prepare(
    'INSERT INTO reception_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  )
  return {
    replaceAll(visits, fetchedAt) {
      db.transaction(() => {
        db.prepare('DELETE FROM reception_server_visits').run()
        for (const v of visits) insert.run(v)
        setMeta.run(AS_OF_KEY, fetchedAt.toISOString())
      })()
    },
    list() {
      return (db.prepare(`${SELECT} ORDER BY s.checked_in_at DESC`).all() as Row[]).map(toVisit)
    },
    get(key) {
      const row = db.prepare(`${SELECT} WHERE s.record_key = ?`).get(key) as Row | undefined
      return row ? toVisit(row) : null
    },
    remove(key) {
      db.prepare('DELETE FROM reception_server_visits WHERE record_key = ?').run(key)
    },
    asOf() {
      const row = db.prepare('SELECT value FROM reception_meta WHERE key = ?').get(AS_OF_KEY) as
        { value: string } | undefined
      return row?.value ?? null
    },
    ownVisitsOfCachedVisitors() {
      const rows = db
        .prepare(
          `SELECT v.cert_type, v.cert_number, v.visitor_pin, v.status, v.start_time, v.checked_out_at
           FROM reception_visits v
           WHERE v.cert_number IN (SELECT cert_number FROM reception_server_visits)
              OR v.visitor_pin IN (SELECT visitor_pin FROM reception_server_visits WHERE visitor_pin <> '')`,
        )
        .all() as {
        cert_type: number
        cert_number: string
        visitor_pin: string | null
        status: OwnVisit['status']
        start_time: string
        checked_out_at: string | null
      }[]
      return rows.map((r) => ({
        certType: r.cert_type,
        certNumber: r.cert_number,
        visitorPin: r.visitor_pin,
        status: r.status,
        startTime: r.start_time,
        checkedOutAt: r.checked_out_at,
      }))
    },
  }
}
