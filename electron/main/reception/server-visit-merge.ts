import { createHash } from 'node:crypto'
import type { VisitFilter, VisitRecord, VisitStatus } from '../../shared/contract/reception'
import type { ServerVisit } from './server-port'

/**
 * Which of the server's open visits no Gatehouse desk registered: the visitors someone else put on
 * site (ZKBio's own web UI, a kiosk, a desk that is not Gatehouse), who must still be on the on-site
 * list and the evacuation roll call. Pure functions; the store and the sync feed them.
 */

/** A visit the server lists as open (no end time), as this desk keeps it. */
export interface OpenServerVisit {
  /** Deterministic (see serverVisitKey): the same server record gets the same key on every station. */
  key: string
  visitorPin: string
  visitorName: string
  company: string
  phone: string
  certType: string
  certNumber: string
  hostPin: string
  hostName: string
  hostDepartment: string
  reason: string
  visitorCount: number
  /** As the server wrote it: `yyyy-MM-dd HH:mm:ss`, server wall clock. */
  startTime: string
  /** The same moment as an instant (ISO), through the server's UTC offset. */
  checkedInAt: string
}

/** What the matching needs of a visit a Gatehouse desk registered (this desk or, in site mode, any). */
export interface OwnVisit {
  certType: number
  certNumber: string
  visitorPin: string | null
  status: VisitStatus
  /** Server wall clock, as the desk sent it. */
  startTime: string
  checkedOutAt: string | null
}

/** Ids of rows built from server records start with this, so check-out knows where to look. */
export const SERVER_VISIT_PREFIX = 'srv-'

/**
 * The server's record id when it sends one, otherwise a hash of certificate + start time: the same
 * record always gets the same key (on every station), and the key fits the contract's 64-char ids.
 */
export function serverVisitKey(v: Pick<ServerVisit, 'id' | 'certType' | 'certNumber' | 'startTime'>): string {
  const source = v.id ? `id:${v.id}` : `cert:${v.certType}:${v.certNumber}:${v.startTime}`
  return SERVER_VISIT_PREFIX + createHash('sha256').update(source).digest('hex').slice(0, 32)
}

const sameVisitor = (s: OpenServerVisit, own: OwnVisit): boolean => {
  if (s.visitorPin && own.visitorPin && s.visitorPin === own.visitorPin) return true
  if (!s.certNumber || s.certNumber !== own.certNumber) return false
  // A server that leaves the type out still names the visitor by the number.
  return !s.certType || Number(s.certType) === own.certType
}

/**
 * Whether a Gatehouse visit is this server record (so it is listed once, as ours):
 * - our visit is still open (pending or on site): the server holds ONE open registration per visitor
 *   (-255 for a second), so an open server record of the same visitor is ours;
 * - our visit started the same day and was checked out after the server's record began: it is the
 *   visit we ended, and the server's copy is older than our check-out (the history was fetched before
 *   it, or another desk checked them out since). A record that began after our check-out is a new
 *   visit registered elsewhere (the visitor came back) and is listed.
 * A visit the server refused ('failed') never reached it and covers nothing.
 */
export function coversServerVisit(own: OwnVisit, s: OpenServerVisit): boolean {
  if (!sameVisitor(s, own)) return false
  if (own.status === 'onSite' || own.status === 'pending') return true
  if (own.status !== 'checkedOut' || !own.checkedOutAt) return false
  if (own.startTime.slice(0, 10) !== s.startTime.slice(0, 10)) return false
  return Date.parse(own.checkedOutAt) >= Date.parse(s.checkedInAt)
}

/** The server's open visits that no Gatehouse visit covers, newest first. */
export function registeredElsewhere(
  serverOpen: readonly OpenServerVisit[],
  own: readonly OwnVisit[],
): OpenServerVisit[] {
  const byCert = new Map<string, OwnVisit[]>()
  const byPin = new Map<string, OwnVisit[]>()
  const add = (map: Map<string, OwnVisit[]>, key: string, v: OwnVisit) => {
    const list = map.get(key)
    if (list) list.push(v)
    else map.set(key, [v])
  }
  for (const v of own) {
    add(byCert, v.certNumber, v)
    if (v.visitorPin) add(byPin, v.visitorPin, v)
  }
  return serverOpen
    .filter((s) => {
      const candidates = [
        ...(byCert.get(s.certNumber) ?? []),
        ...(s.visitorPin ? (byPin.get(s.visitorPin) ?? []) : []),
      ]
      return !candidates.some((v) => coversServerVisit(v, s))
    })
    .sort((a, b) => b.checkedInAt.localeCompare(a.checkedInAt))
}

/** "Still on site" on the server: no end time (null, or the empty text some servers send). */
export const isOpenOnServer = (v: Pick<ServerVisit, 'endTime'>): boolean => !v.endTime || !v.endTime.trim()

/**
 * Whether paging may stop before the last page: the server lists newest first (this page's start
 * times never increase) and every visit on the page ended and began before `olderThan` (server wall
 * clock). A server that lists in another order is paged to the end.
 */
export function pageEndsHistoryOfInterest(page: readonly ServerVisit[], olderThan: string): boolean {
  if (page.length === 0) return true
  for (let i = 1; i < page.length; i++) {
    if ((page[i]?.startTime ?? '') > (page[i - 1]?.startTime ?? '')) return false
  }
  return page.every((v) => !isOpenOnServer(v) && v.startTime < olderThan)
}

/** A server visit registered elsewhere as a row of the on-site list (no badge, no photo, no end date). */
export function elsewhereVisitRecord(s: OpenServerVisit): VisitRecord {
  return {
    id: s.key,
    status: 'onSite',
    visitorPin: s.visitorPin || null,
    visitorName: s.visitorName,
    company: s.company,
    phone: s.phone,
    certType: Number(s.certType) || 0,
    certNumber: s.certNumber,
    hostPin: s.hostPin,
    hostName: s.hostName,
    hostDepartment: s.hostDepartment,
    reason: s.reason,
    visitorCount: s.visitorCount,
    startTime: s.startTime,
    // The server's visit record carries no planned end: never shown as an overstay.
    validUntil: '',
    checkedInAt: s.checkedInAt,
    checkedOutAt: null,
    checkoutMode: null,
    hasPhoto: false,
    lastError: null,
    station: '',
    registeredElsewhere: true,
  }
}

/**
 * The on-site list with the server's visits registered elsewhere: they are on site, so they belong to
 * "On site", "All" and (when they began today) "Today"; the search matches the same fields as ours.
 */
export function withVisitsRegisteredElsewhere(
  own: readonly VisitRecord[],
  elsewhere: readonly OpenServerVisit[],
  filter: VisitFilter,
  query: string,
  now: Date,
): VisitRecord[] {
  if (filter === 'pending' || elsewhere.length === 0) return [...own]
  const midnight = new Date(now)
  midnight.setHours(0, 0, 0, 0)
  const q = query.trim().toLowerCase()
  const extra = elsewhere
    .filter((s) => filter !== 'today' || Date.parse(s.checkedInAt) >= midnight.getTime())
    .filter(
      (s) =>
        !q ||
        [s.visitorName, s.company, s.hostName, s.certNumber, s.visitorPin, s.phone].some((f) =>
          f.toLowerCase().includes(q),
        ),
    )
    .map(elsewhereVisitRecord)
  return [...own, ...extra].sort((a, b) => b.checkedInAt.localeCompare(a.checkedInAt))
}
