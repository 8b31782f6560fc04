import { describe, expect, it } from 'vitest'
import type { VisitRecord } from '../../../electron/shared/contract/reception'
import {
  coversServerVisit,
  elsewhereVisitRecord,
  pageEndsHistoryOfInterest,
  registeredElsewhere,
  serverVisitKey,
  withVisitsRegisteredElsewhere,
  type OpenServerVisit,
  type OwnVisit,
} from '../../../electron/main/reception/server-visit-merge'
import type { ServerVisit } from '../../../electron/main/reception/server-port'

const serverVisit = (over: Partial<OpenServerVisit> = {}): OpenServerVisit => ({
  key: 'srv-1',
  visitorPin: '800000101',
  visitorName: 'Kim Kiosk',
  company: 'Elsewhere Ltd',
  phone: '',
  certType: '3',
  certNumber: 'P123',
  hostPin: '1001',
  hostName: 'Hana Host',
  hostDepartment: 'Sales',
  reason: 'Visit',
  visitorCount: 1,
  startTime: '2026-12-03 09:00:00',
  checkedInAt: '2026-12-03T09:00:00.000Z',
  ...over,
})

const own = (over: Partial<OwnVisit> = {}): OwnVisit => ({
  certType: 3,
  certNumber: 'P123',
  visitorPin: null,
  status: 'onSite',
  startTime: '2026-12-03 08:59:30',
  checkedOutAt: null,
  ...over,
})

describe('which server visits were registered elsewhere', () => {
  it('a visit no desk registered is listed', () => {
    expect(registeredElsewhere([serverVisit()], [])).toHaveLength(1)
    expect(registeredElsewhere([serverVisit()], [own({ certNumber: 'OTHER' })])).toHaveLength(1)
  })

  it('our open visit of the same visitor is the same visit (one open registration per visitor)', () => {
    expect(registeredElsewhere([serverVisit()], [own()])).toEqual([])
    expect(registeredElsewhere([serverVisit()], [own({ status: 'pending' })])).toEqual([])
    // Another start date still: the server holds only one open registration for the visitor.
    expect(registeredElsewhere([serverVisit()], [own({ startTime: '2026-12-02 18:00:00' })])).toEqual([])
  })

  it('matches by visitor pin when the certificate differs in writing', () => {
    const s = serverVisit({ certNumber: 'p-123' })
    expect(registeredElsewhere([s], [own({ visitorPin: '800000101' })])).toEqual([])
    expect(registeredElsewhere([s], [own({ visitorPin: '800000999' })])).toHaveLength(1)
  })

  it('the same number under another certificate type is another person', () => {
    expect(registeredElsewhere([serverVisit({ certType: '2' })], [own()])).toHaveLength(1)
    // A server that leaves the type out is matched by the number.
    expect(registeredElsewhere([serverVisit({ certType: '' })], [own()])).toEqual([])
  })

  it('a visit we checked out after the server record began is ours (a stale copy), not listed twice', () => {
    const checkedOut = own({ status: 'checkedOut', checkedOutAt: '2026-12-03T11:00:00.000Z' })
    expect(coversServerVisit(checkedOut, serverVisit())).toBe(true)
    expect(registeredElsewhere([serverVisit()], [checkedOut])).toEqual([])
  })

  it('the visitor came back later and was registered elsewhere: listed again', () => {
    const earlier = own({
      status: 'checkedOut',
      startTime: '2026-12-03 07:00:00',
      checkedOutAt: '2026-12-03T08:00:00.000Z',
    })
    expect(registeredElsewhere([serverVisit()], [earlier])).toHaveLength(1)
  })

  it('an older visit of ours (another day) or one the server refused covers nothing', () => {
    const yesterday = own({
      status: 'checkedOut',
      startTime: '2026-12-02 09:00:00',
      checkedOutAt: '2026-12-03T12:00:00.000Z',
    })
    expect(registeredElsewhere([serverVisit()], [yesterday])).toHaveLength(1)
    expect(registeredElsewhere([serverVisit()], [own({ status: 'failed' })])).toHaveLength(1)
  })

  it('lists newest first', () => {
    const a = serverVisit({ key: 'srv-a', certNumber: 'A', checkedInAt: '2026-12-03T08:00:00.000Z' })
    const b = serverVisit({ key: 'srv-b', certNumber: 'B', checkedInAt: '2026-12-03T10:00:00.000Z' })
    expect(registeredElsewhere([a, b], []).map((v) => v.key)).toEqual(['srv-b', 'srv-a'])
  })
})

describe('server visit keys', () => {
  const base: Pick<ServerVisit, 'id' | 'certType' | 'certNumber' | 'startTime'> = {
    certType: '3',
    certNumber: 'P1',
    startTime: '2026-12-03 09:00:00',
  }
  it('are deterministic (the same on every station), fit the contract ids and tell visits apart', () => {
    expect(serverVisitKey(base)).toBe(serverVisitKey({ ...base }))
    expect(serverVisitKey(base)).toMatch(/^srv-[0-9a-f]{32}$/)
    expect(serverVisitKey(base)).not.toBe(serverVisitKey({ ...base, startTime: '2026-12-03 10:00:00' }))
    expect(serverVisitKey({ ...base, id: 'abc' })).toBe(
      serverVisitKey({ ...base, id: 'abc', certNumber: 'X' }),
    )
  })
})

describe('paging the server history', () => {
  const row = (startTime: string, endTime: string | null): ServerVisit => ({
    visitorPin: '',
    certType: '3',
    certNumber: 'X',
    hostPin: '',
    startTime,
    endTime,
  })
  it('stops early only on a newest-first page of visits that all ended long ago', () => {
    const old = [
      row('2026-11-20 10:00:00', '2026-11-20 11:00:00'),
      row('2026-11-19 10:00:00', '2026-11-19 12:00:00'),
    ]
    expect(pageEndsHistoryOfInterest(old, '2026-12-01 00:00:00')).toBe(true)
    // Oldest first: the open visits may be on a later page.
    expect(pageEndsHistoryOfInterest([...old].reverse(), '2026-12-01 00:00:00')).toBe(false)
    // Someone on site since long ago: keep reading.
    expect(pageEndsHistoryOfInterest([row('2026-11-20 10:00:00', null)], '2026-12-01 00:00:00')).toBe(false)
    expect(
      pageEndsHistoryOfInterest([row('2026-12-02 10:00:00', '2026-12-02 11:00:00')], '2026-12-01 00:00:00'),
    ).toBe(false)
  })
})

describe('the on-site list with visits registered elsewhere', () => {
  const ours = { id: 'v1', checkedInAt: '2026-12-03T08:00:00.000Z', visitorName: 'Ours' } as VisitRecord
  const now = new Date('2026-12-03T12:00:00')
  it('adds them to On site and All, newest first, never to Waiting', () => {
    const s = serverVisit()
    const onSite = withVisitsRegisteredElsewhere([ours], [s], 'onSite', '', now)
    expect(onSite.map((v) => v.id)).toEqual([s.key, 'v1'])
    expect(onSite[0]).toMatchObject({
      registeredElsewhere: true,
      status: 'onSite',
      validUntil: '',
      station: '',
    })
    expect(withVisitsRegisteredElsewhere([ours], [s], 'all', '', now)).toHaveLength(2)
    expect(withVisitsRegisteredElsewhere([ours], [s], 'pending', '', now)).toEqual([ours])
  })
  it('the search matches their name, company, host and ID number', () => {
    const s = serverVisit()
    for (const q of ['kim', 'ELSEWHERE', 'hana', 'p123'])
      expect(withVisitsRegisteredElsewhere([], [s], 'onSite', q, now)).toHaveLength(1)
    expect(withVisitsRegisteredElsewhere([], [s], 'onSite', 'nobody', now)).toEqual([])
  })
  it('maps the server record onto a visit row', () => {
    expect(elsewhereVisitRecord(serverVisit())).toMatchObject({
      visitorName: 'Kim Kiosk',
      company: 'Elsewhere Ltd',
      hostName: 'Hana Host',
      certType: 3,
      visitorPin: '800000101',
      hasPhoto: false,
    })
  })
})
