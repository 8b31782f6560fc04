import { formatDateTime, parseDateTime } from '../lib/dates.ts'
import { ApiError } from '../lib/errors.ts'
import type { Prng } from '../lib/prng.ts'
import type { Registration, Reservation, Visitor } from './model.ts'
import type { SiteState } from './site.ts'

// Visitor rules of manual 2.15-2.17 and FIELD-NOTES: certificate types 2-8, national ids checked,
// host must exist, block list, one open registration per visitor, exit only when registered.

export const VISITOR_CERT_TYPES = ['2', '3', '4', '5', '6', '7', '8']
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

/** National ID rule (certType 2): 18 characters with the ISO 7064 check character, or 15 digits. */
export function isValidNationalId(text: string): boolean {
  const s = text.trim().toUpperCase()
  if (/^\d{15}$/.test(s)) return true
  if (!/^\d{17}[\dX]$/.test(s)) return false
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * ID_WEIGHTS[i]
  return ID_CHECK[sum % 11] === s[17]
}

export function nationalIdWithChecksum(rng: Prng): string {
  const body = `110105${rng.int(1960, 2002)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}${rng.digits(3)}`
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * ID_WEIGHTS[i]
  return body + ID_CHECK[sum % 11]
}

const SPECIAL = /[<>"'%;&\\]/

function str(v: unknown): string {
  return v === undefined || v === null ? '' : String(v).trim()
}

function checkCert(certType: string, certNumber: string): void {
  if (!certType) throw new ApiError(-241)
  if (!certNumber) throw new ApiError(-242)
  if (!VISITOR_CERT_TYPES.includes(certType)) throw new ApiError(-250)
  if (SPECIAL.test(certNumber)) throw new ApiError(-261)
  if (certType === '2' && !isValidNationalId(certNumber)) throw new ApiError(-251)
}

function checkDate(text: string): number {
  if (!text) throw new ApiError(-247)
  const ms = parseDateTime(text)
  if (ms === undefined) throw new ApiError(-249)
  return ms
}

export function openRegistration(
  state: SiteState,
  certType: string,
  certNumber: string,
): Registration | undefined {
  const pin = state.visitorByCert.get(`${certType}:${certNumber}`)
  if (!pin) return undefined
  return state.registrations.find((r) => r.visitorPin === pin && r.exitAt === null)
}

export function addReservation(state: SiteState, p: Record<string, unknown>): Reservation {
  const hostPin = str(p.persPersonPin)
  const certType = str(p.certType)
  const certNumber = str(p.certNum)
  const visitorName = str(p.visitEmpName ?? p.visEmpName)
  if (!hostPin) throw new ApiError(-240)
  checkCert(certType, certNumber)
  if (!visitorName) throw new ApiError(-243)
  if (SPECIAL.test(visitorName)) throw new ApiError(-261)
  if (!str(p.visitReason)) throw new ApiError(-246)
  const start = checkDate(str(p.visitDate))
  const end = checkDate(str(p.visitEndDate))
  if (end < start || end < state.now()) throw new ApiError(-252)
  if (!state.activePerson(hostPin)) throw new ApiError(-253)
  if (state.blocklist.has(`${certType}:${certNumber}`)) throw new ApiError(-254)
  if (openRegistration(state, certType, certNumber)) throw new ApiError(-245)
  const day = str(p.visitDate).slice(0, 10)
  const existing = state.reservations.find(
    (r) => r.certType === certType && r.certNumber === certNumber && r.visitDate.slice(0, 10) === day,
  )
  if (existing) throw new ApiError(-244)
  const reservation: Reservation = {
    id: state.newId('reservation'),
    hostPin,
    certType,
    certNumber,
    visitorName,
    visitorPhone: str(p.visitEmpPhone),
    company: str(p.company),
    visitReason: str(p.visitReason),
    visitDate: formatDateTime(start),
    visitEndDate: formatDateTime(end),
    createdAt: state.now(),
  }
  state.reservations.push(reservation)
  ensureVisitor(state, certType, certNumber, visitorName, str(p.company), str(p.visitEmpPhone))
  return reservation
}

/**
 * A reservation files the visitor in the visitor list (as the server's visitor module does), so the
 * visitor has a pin and a QR code before arriving: invitations send it ahead.
 */
function ensureVisitor(
  state: SiteState,
  certType: string,
  certNumber: string,
  name: string,
  company: string,
  phone: string,
): Visitor {
  const key = `${certType}:${certNumber}`
  const known = state.visitors.get(state.visitorByCert.get(key) ?? '')
  if (known) return known
  const visitor: Visitor = {
    pin: String(800_000_000 + ++state.visitorPinCounter),
    certType,
    certNumber,
    name,
    lastName: '',
    company,
    phone,
    email: '',
    enabled: true,
    cardNo: '',
  }
  state.visitors.set(visitor.pin, visitor)
  state.visitorByCert.set(key, visitor.pin)
  return visitor
}

/** Deletion finds the reservation by certificate type + number + visit date (FIELD-NOTES). */
export function deleteReservation(state: SiteState, p: Record<string, unknown>): void {
  const certType = str(p.certType)
  const certNumber = str(p.certNum)
  if (!certType) throw new ApiError(-241)
  if (!certNumber) throw new ApiError(-242)
  const visitDate = str(p.visitDate)
  if (!visitDate) throw new ApiError(-247)
  const ms = parseDateTime(visitDate)
  if (ms === undefined) throw new ApiError(-249)
  const wanted = formatDateTime(ms)
  const dateOnly = /^\d{4}-\d{1,2}-\d{1,2}$/.test(visitDate)
  const index = state.reservations.findIndex(
    (r) =>
      r.certType === certType &&
      r.certNumber === certNumber &&
      (dateOnly ? r.visitDate.slice(0, 10) === wanted.slice(0, 10) : r.visitDate === wanted),
  )
  if (index < 0) throw new ApiError(-248)
  state.reservations.splice(index, 1)
}

export function registerVisitor(state: SiteState, p: Record<string, unknown>): Registration {
  const hostPin = str(p.persPersonPin)
  const certType = str(p.certType)
  const certNumber = str(p.certNum)
  // the example body says visEmpName, the prose visitEmpName: accept both (FIELD-NOTES)
  const fullName = str(p.visEmpName ?? p.visitEmpName)
  if (!hostPin) throw new ApiError(-240)
  checkCert(certType, certNumber)
  if (!fullName) throw new ApiError(-243)
  if (SPECIAL.test(fullName)) throw new ApiError(-261)
  if (!str(p.visitReason)) throw new ApiError(-246)
  const countText = str(p.visitorCount)
  const visitorCount = countText === '' ? 0 : Number(countText)
  if (!Number.isInteger(visitorCount) || visitorCount <= 0) throw new ApiError(-258)
  const start = checkDate(str(p.startTime))
  const end = checkDate(str(p.endTime))
  if (start > end) throw new ApiError(-101)
  const host = state.activePerson(hostPin)
  if (!host) throw new ApiError(-253)
  if (state.blocklist.has(`${certType}:${certNumber}`)) throw new ApiError(-254)
  if (openRegistration(state, certType, certNumber)) throw new ApiError(-255)
  const levelIds = str(p.visLevels)
    ? str(p.visLevels)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : []
  for (const id of levelIds) if (!state.visLevels.has(id)) throw new ApiError(-24)
  const cardNo = str(p.cardNo)
  if (cardNo && state.cardOwner(cardNo)) throw new ApiError(-23)

  const key = `${certType}:${certNumber}`
  let visitor = state.visitors.get(state.visitorByCert.get(key) ?? '')
  // the registration carries one name field: it is the visitor's name, lastName stays empty
  const name = fullName
  const rest: string[] = []
  if (!visitor) {
    visitor = {
      pin: String(800_000_000 + ++state.visitorPinCounter),
      certType,
      certNumber,
      name,
      lastName: rest.join(' '),
      company: str(p.company),
      phone: str(p.visitEmpPhone),
      email: '',
      enabled: true,
      cardNo,
    } satisfies Visitor
    state.visitors.set(visitor.pin, visitor)
    state.visitorByCert.set(key, visitor.pin)
  } else {
    visitor.name = name
    visitor.lastName = rest.join(' ')
    if (str(p.company)) visitor.company = str(p.company)
    if (str(p.visitEmpPhone)) visitor.phone = str(p.visitEmpPhone)
    visitor.cardNo = cardNo
  }
  const registration: Registration = {
    id: state.newId('registration'),
    visitorPin: visitor.pin,
    certType,
    certNumber,
    visitorName: fullName,
    hostPin,
    visitReason: str(p.visitReason),
    visitorCount,
    company: str(p.company),
    phone: str(p.visitEmpPhone),
    plannedStart: formatDateTime(start),
    plannedEnd: formatDateTime(end),
    cardNo,
    visLevelIds: levelIds.length ? levelIds : [[...state.visLevels.keys()][0]],
    enterAt: state.now(),
    exitAt: null,
  }
  state.registrations.push(registration)
  // a reservation for this certificate is consumed by the registration
  const day = formatDateTime(state.now()).slice(0, 10)
  const r = state.reservations.findIndex(
    (x) => x.certType === certType && x.certNumber === certNumber && x.visitDate.slice(0, 10) === day,
  )
  if (r >= 0) state.reservations.splice(r, 1)
  return registration
}

export function exitVisitor(state: SiteState, p: Record<string, unknown>): Registration {
  const certType = str(p.certType)
  const certNumber = str(p.certNum)
  if (!certType) throw new ApiError(-241)
  if (!certNumber) throw new ApiError(-242)
  if (!VISITOR_CERT_TYPES.includes(certType)) throw new ApiError(-250)
  const open = openRegistration(state, certType, certNumber)
  if (!open) throw new ApiError(-256)
  open.exitAt = state.now()
  return open
}
