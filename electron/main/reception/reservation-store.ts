import { randomUUID } from 'node:crypto'
import type { Db } from '../db/database'
import type { Reservation } from '../../shared/contract/reception'

interface ReservationRow {
  id: string
  status: Reservation['status']
  host_pin: string
  host_name: string
  host_department: string
  visitor_name: string
  cert_type: number
  cert_number: string
  phone: string
  company: string
  reason: string
  visit_date: string
  visit_end_date: string
  created_at: string
  visit_id: string | null
}

const toReservation = (r: ReservationRow): Reservation => ({
  id: r.id,
  status: r.status,
  hostPin: r.host_pin,
  hostName: r.host_name,
  hostDepartment: r.host_department,
  visitorName: r.visitor_name,
  certType: r.cert_type,
  certNumber: r.cert_number,
  phone: r.phone,
  company: r.company,
  reason: r.reason,
  visitDate: r.visit_date,
  visitEndDate: r.visit_end_date,
  createdAt: r.created_at,
  visitId: r.visit_id,
})

export type NewReservation = Omit<Reservation, 'id' | 'status' | 'createdAt' | 'visitId'>

/** The desk's own list of reservations: the API can add and delete them but cannot list them. */
export interface ReservationStore {
  add(input: NewReservation): Reservation
  get(id: string): Reservation | null
  list(includeClosed: boolean): Reservation[]
  setStatus(id: string, status: Reservation['status'], visitId?: string): Reservation | null
}

export function createReservationStore(db: Db): ReservationStore {
  const get = (id: string): Reservation | null => {
    const row = db.prepare('SELECT * FROM reception_reservations WHERE id = ?').get(id) as
      ReservationRow | undefined
    return row ? toReservation(row) : null
  }
  return {
    add(input) {
      const id = randomUUID()
      db.prepare(
        `INSERT INTO reception_reservations (id, status, host_pin, host_name, host_department, visitor_name, cert_type,
          cert_number, phone, company, reason, visit_date, visit_end_date, created_at)
         VALUES (@id, 'booked', @hostPin, @hostName, @hostDepartment, @visitorName, @certType, @certNumber, @phone,
          @company, @reason, @visitDate, @visitEndDate, @createdAt)`,
      ).run({ ...input, id, createdAt: new Date().toISOString() })
      return get(id) as Reservation
    },
    get,
    list(includeClosed) {
      const rows = db
        .prepare(
          `SELECT * FROM reception_reservations ${includeClosed ? '' : "WHERE status = 'booked'"} ORDER BY visit_date, created_at LIMIT 2000`,
        )
        .all() as ReservationRow[]
      return rows.map(toReservation)
    },
    setStatus(id, status, visitId) {
      db.prepare(
        'UPDATE reception_reservations SET status = ?, visit_id = COALESCE(?, visit_id) WHERE id = ?',
      ).run(status, visitId ?? null, id)
      return get(id)
    },
  }
}
