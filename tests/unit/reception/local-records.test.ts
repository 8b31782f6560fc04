import { describe, expect, it } from 'vitest'
import { auditMigrations, createAuditLog } from '../../../electron/main/audit/audit-log'
import { openDatabase } from '../../../electron/main/db/database'
import { createDraftStore } from '../../../electron/main/reception/draft-store'
import { receptionMigrations } from '../../../electron/main/reception/migrations'
import { createReservationStore } from '../../../electron/main/reception/reservation-store'
import { applyRetention } from '../../../electron/main/reception/retention'
import { rollCallHtml } from '../../../electron/main/reception/roll-call-html'
import { createVisitStore, type NewVisit } from '../../../electron/main/reception/visit-store'
import { checkRegistration } from '../../../electron/shared/contract/reception'

const DAY = 86_400_000
const open = () => openDatabase(':memory:', [...auditMigrations, ...receptionMigrations])

function visit(id: string, checkedInAt: Date, overrides: Partial<NewVisit> = {}): NewVisit {
  return {
    id,
    status: 'onSite',
    visitorPin: '800000099',
    visitorName: `Visitor ${id}`,
    company: 'Acme',
    phone: '+1 555 0100',
    certType: 3,
    certNumber: `P-${id}`,
    hostPin: '1001',
    hostName: 'Host',
    hostDepartment: 'Sales',
    reason: 'Meeting',
    visitorCount: 1,
    startTime: '2026-01-01 09:00:00',
    validUntil: '2026-01-01 23:59:59',
    checkedInAt: checkedInAt.toISOString(),
    cardNo: '',
    levelIds: [],
    clientRequestId: crypto.randomUUID(),
    reservationId: null,
    ...overrides,
  }
}

describe('retention (settings.retentionDays)', () => {
  it('deletes visitor photos and personal data older than the retention period, and keeps the rest', () => {
    const db = open()
    const visits = createVisitStore(db)
    const now = new Date('2026-11-29T12:00:00Z')
    const photo = Buffer.from('old face').toString('base64')
    visits.insert(visit('old', new Date(now.getTime() - 31 * DAY), { status: 'checkedOut' }), photo)
    visits.insert(visit('old-on-site', new Date(now.getTime() - 45 * DAY)), photo)
    visits.insert(
      visit('recent', new Date(now.getTime() - 29 * DAY)),
      Buffer.from('recent face').toString('base64'),
    )
    const reservations = createReservationStore(db)
    const oldBooking = reservations.add({
      hostPin: '1001',
      hostName: 'Host',
      hostDepartment: '',
      visitorName: 'Old Booking',
      certType: 3,
      certNumber: 'R1',
      phone: '',
      company: '',
      reason: 'Meeting',
      visitDate: '2026-10-01 09:00:00',
      visitEndDate: '2026-10-01 10:00:00',
    })
    db.prepare('UPDATE reception_reservations SET created_at = ? WHERE id = ?').run(
      new Date(now.getTime() - 40 * DAY).toISOString(),
      oldBooking.id,
    )
    const drafts = createDraftStore(db)
    drafts.save({
      values: { visitorName: 'Half Typed' },
      savedAt: new Date(now.getTime() - 35 * DAY).toISOString(),
    })

    const result = applyRetention(db, 30, now)
    expect(result).toEqual({ visitsDeleted: 2, photosDeleted: 2, reservationsDeleted: 1, draftsDeleted: 1 })
    expect(visits.get('old')).toBeNull()
    expect(visits.photo('old')).toBeNull()
    expect(visits.get('old-on-site')).toBeNull()
    const kept = visits.get('recent')
    expect(kept?.hasPhoto).toBe(true)
    expect(reservations.get(oldBooking.id)).toBeNull()
    expect(drafts.load()).toBeNull()
    // Nothing with the old visitors' names or certificates is left anywhere in the database.
    const dump = JSON.stringify(
      [
        'reception_visits',
        'reception_visit_photos',
        'reception_reservations',
        'reception_drafts',
        'reception_pending',
        'audit_log',
      ].map((t) => db.prepare(`SELECT * FROM ${t}`).all()),
    )
    expect(dump).not.toContain('Visitor old')
    expect(dump).not.toContain('P-old')
    expect(dump).not.toContain(photo)
    expect(dump).not.toContain('Old Booking')
    expect(dump).toContain('Visitor recent')
  })

  it('honours a shorter setting', () => {
    const db = open()
    const visits = createVisitStore(db)
    const now = new Date()
    visits.insert(visit('eight-days', new Date(now.getTime() - 8 * DAY)), null)
    expect(applyRetention(db, 7, now).visitsDeleted).toBe(1)
    expect(applyRetention(db, 30, now).visitsDeleted).toBe(0)
  })
})

describe('visit store', () => {
  it('lists on-site and pending visits newest first, searchable, and removes pending on check-out', () => {
    const db = open()
    const visits = createVisitStore(db)
    const t = Date.now()
    visits.insert(visit('a', new Date(t - 3000), { visitorName: 'Ann Adams' }), null)
    visits.insert(visit('b', new Date(t - 2000), { status: 'pending', visitorName: 'Ben 100%_Sure' }), null, {
      persPersonPin: '1001',
      certType: '3',
      certNum: 'P-b',
      visEmpName: 'Ben',
      visitEmpPhone: '',
      company: '',
      visitReason: 'x',
      visitorCount: '1',
      startTime: '2026-01-01 09:00:00',
      endTime: '2026-01-01 10:00:00',
      cardNo: '',
      visLevels: '',
    })
    visits.insert(visit('c', new Date(t - 1000), { status: 'checkedOut' }), null)
    expect(visits.list('onSite').map((v) => v.id)).toEqual(['b', 'a'])
    expect(visits.list('pending').map((v) => v.id)).toEqual(['b'])
    expect(visits.list('all', '100%').map((v) => v.id)).toEqual(['b'])
    expect(visits.list('all', '%').map((v) => v.id)).toEqual(['b'])
    expect(visits.pendingCount()).toBe(1)
    visits.checkOut('b', 'manual')
    expect(visits.pendingCount()).toBe(0)
    expect(visits.get('b')?.status).toBe('checkedOut')
  })
})

describe('drafts', () => {
  it('keeps the last typed form until cleared', () => {
    const drafts = createDraftStore(open())
    expect(drafts.load()).toBeNull()
    const draft = {
      values: { visitorName: 'Typed', certType: 3, levelIds: ['a'] },
      savedAt: new Date().toISOString(),
    }
    drafts.save(draft)
    drafts.save({ ...draft, values: { ...draft.values, company: 'Later' } })
    expect(drafts.load()?.values).toEqual({
      visitorName: 'Typed',
      certType: 3,
      levelIds: ['a'],
      company: 'Later',
    })
    expect(drafts.clear()).toBe(true)
    expect(drafts.load()).toBeNull()
  })
})

describe('roll call document', () => {
  it('escapes what visitors typed and runs no script', () => {
    const html = rollCallHtml({
      siteName: 'HQ & <Lab>',
      generatedAt: new Date().toISOString(),
      entries: [
        {
          visitId: '1',
          visitorName: '<img src=x onerror=alert(1)>',
          company: 'A "B"',
          hostName: 'H',
          checkedInAt: new Date().toISOString(),
          status: 'pending',
          visitorCount: 3,
          photoBase64: null,
        },
      ],
    })
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('HQ &amp; &lt;Lab&gt;')
    expect(html).toContain('not yet on server')
    expect(html).toContain('3 person(s)')
  })
})

describe('registration rules', () => {
  const valid = {
    hostPin: '1001',
    visitorName: 'Ada',
    certType: 3,
    certNumber: 'P1234',
    phone: '+44 20 7946 0000',
    company: 'X',
    reason: 'Meeting',
    visitorCount: 1,
    startTime: '2026-11-29 09:00:00',
    endTime: '2026-11-29 23:59:59',
    cardNo: '',
  }
  it('accepts a valid form and names the field at fault otherwise', () => {
    expect(checkRegistration(valid, '2026-11-29 10:00:00')).toEqual({})
    expect(checkRegistration({ ...valid, hostPin: '' }, null)).toHaveProperty('hostPin')
    expect(checkRegistration({ ...valid, endTime: '2026-11-29 08:00:00' }, null)).toHaveProperty('endTime')
    expect(checkRegistration(valid, '2026-11-30 00:00:00')).toHaveProperty('endTime')
    expect(checkRegistration({ ...valid, phone: 'call me' }, null)).toHaveProperty('phone')
    expect(checkRegistration({ ...valid, visitorCount: 0 }, null)).toHaveProperty('visitorCount')
    expect(checkRegistration({ ...valid, certType: null }, null)).toHaveProperty('certType')
    expect(checkRegistration({ ...valid, company: 'Smith & Sons' }, null)).toHaveProperty('company')
    expect(checkRegistration({ ...valid, certType: 2, certNumber: 'AB-12' }, null)).toHaveProperty(
      'certNumber',
    )
  })
})

describe('audit log stays free of personal data', () => {
  it('refers to visits by id', () => {
    const db = open()
    const audit = createAuditLog(db)
    audit.write({
      operator: 'desk',
      action: 'reception.checkOut',
      target: 'visit:abc',
      result: 'ok',
      detail: 'manual',
    })
    expect(audit.list()[0]?.target).toBe('visit:abc')
  })
})
