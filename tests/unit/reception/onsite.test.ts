import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, createReceptionFixture, walkIn, type ReceptionFixture } from './reception-fixture'

let f: ReceptionFixture

beforeAll(async () => {
  f = await createReceptionFixture({ operatorName: 'Desk 2', siteName: 'North Gate' })
})
afterAll(() => f.close())

async function serverVisits(certNumber: string) {
  const snapshot = (await f.sim.control.snapshot()) as {
    registrations: { certNum: string; endTime: string | null }[]
  }
  return snapshot.registrations.filter((r) => r.certNum === certNumber)
}

describe('who is on site', () => {
  it('checks out several visitors at once on the server, and audits each check-out', async () => {
    const a = await call(f, 'reception.registerVisitor', walkIn({ visitorName: 'Alan Turing' }))
    const b = await call(f, 'reception.registerVisitor', walkIn({ visitorName: 'Barbara Liskov' }))
    const onSite = await call(f, 'reception.listVisits', { filter: 'onSite' })
    expect(onSite.visits.map((v) => v.id)).toEqual(expect.arrayContaining([a.visit.id, b.visit.id]))
    const searched = await call(f, 'reception.listVisits', { filter: 'onSite', query: 'liskov' })
    expect(searched.visits.map((v) => v.id)).toEqual([b.visit.id])

    const result = await call(f, 'reception.checkOut', { visitIds: [a.visit.id, b.visit.id] })
    expect(result.results.every((r) => r.ok)).toBe(true)
    for (const v of [a.visit, b.visit]) {
      const stored = (await call(f, 'reception.getVisit', { visitId: v.id })).visit
      expect(stored).toMatchObject({ status: 'checkedOut', checkoutMode: 'manual' })
      const server = await serverVisits(v.certNumber)
      expect(server[0]?.endTime).not.toBeNull()
    }
    const audit = f.audit.list({ action: 'reception.checkOut' })
    expect(audit.filter((e) => e.result === 'ok' && e.operator === 'Desk 2').map((e) => e.target)).toEqual(
      expect.arrayContaining([`visit:${a.visit.id}`, `visit:${b.visit.id}`]),
    )
    const after = await call(f, 'reception.listVisits', { filter: 'onSite' })
    expect(after.visits.map((v) => v.id)).not.toContain(a.visit.id)
  })

  it('says why a check-out failed when the server is down, and keeps the visitor on site', async () => {
    const v = await call(f, 'reception.registerVisitor', walkIn())
    await f.sim.control.setOnline(false)
    const result = await call(f, 'reception.checkOut', { visitIds: [v.visit.id] })
    await f.sim.control.setOnline(true)
    expect(result.results[0]).toMatchObject({ ok: false })
    expect(result.results[0]?.message).toMatch(/ZKBio server/)
    expect((await call(f, 'reception.getVisit', { visitId: v.visit.id })).visit?.status).toBe('onSite')
    expect(f.audit.list({ action: 'reception.checkOut' })[0]).toMatchObject({
      result: 'failed',
      target: `visit:${v.visit.id}`,
    })
  })

  it('a visitor the server already let out (exit reader): the check-out ends the visit here and says so', async () => {
    const v = await call(f, 'reception.registerVisitor', walkIn({ visitorName: 'Edsger Dijkstra' }))
    await f.sim.control.endVisit(v.visit.certNumber, String(v.visit.certType))
    const result = await call(f, 'reception.checkOut', { visitIds: [v.visit.id] })
    expect(result.results[0]).toMatchObject({
      ok: true,
      message: 'The server had already checked this visitor out.',
    })
    expect((await call(f, 'reception.getVisit', { visitId: v.visit.id })).visit?.status).toBe('checkedOut')
    expect(
      f.audit.list({ action: 'reception.checkOut' }).find((e) => e.target === `visit:${v.visit.id}`),
    ).toMatchObject({ result: 'ok', detail: 'server had already checked the visitor out (-256)' })
  })

  it('reconciles with the server’s visit history: someone checked out elsewhere leaves the list', async () => {
    const v = await call(f, 'reception.registerVisitor', walkIn({ visitorName: 'Exit Reader' }))
    // Checked out at another desk (or an exit reader): straight on the server.
    const { z } = await import('zod')
    await f.core.call(
      {
        id: 't.exit',
        section: '2.17.2',
        method: 'POST',
        path: '/api/visRegistration/exit',
        effect: 'write',
        data: z.unknown(),
      },
      { query: { certType: 3, certNum: v.visit.certNumber } },
    )
    const result = await call(f, 'reception.reconcile', undefined)
    expect(result).toMatchObject({ supported: true, checkedOutByServer: 1 })
    expect((await call(f, 'reception.getVisit', { visitId: v.visit.id })).visit?.status).toBe('checkedOut')
  })

  it('checks everyone out automatically at the end of the day, marked automatic', async () => {
    const v = await call(f, 'reception.registerVisitor', walkIn({ visitorName: 'Late Stayer' }))
    f.settings.autoCheckoutAt = '23:59'
    const evening = new Date()
    evening.setHours(23, 59, 30, 0)
    f.clock.now = evening
    try {
      const done = await f.services.autoCheckoutNow()
      expect(done).toBeGreaterThanOrEqual(1)
    } finally {
      f.clock.now = null
      f.settings.autoCheckoutAt = null
    }
    const stored = (await call(f, 'reception.getVisit', { visitId: v.visit.id })).visit
    expect(stored).toMatchObject({ status: 'checkedOut', checkoutMode: 'automatic' })
    expect((await serverVisits(v.visit.certNumber))[0]?.endTime).not.toBeNull()
    expect(f.audit.list({ action: 'reception.autoCheckOut' })[0]).toMatchObject({
      result: 'ok',
      operator: 'automatic check-out',
    })
  })

  it('prints the evacuation roll call with everyone on site, photo included', async () => {
    const photo = Buffer.from('roll call face').toString('base64')
    const v = await call(
      f,
      'reception.registerVisitor',
      walkIn({ visitorName: 'Rosa Parks', company: 'Transit Co', photoBase64: photo }),
    )
    const roll = await call(f, 'reception.rollCall', undefined)
    expect(roll.siteName).toBe('North Gate')
    expect(roll.entries.find((e) => e.visitId === v.visit.id)).toMatchObject({
      photoBase64: photo,
      company: 'Transit Co',
    })
    const printed = await call(f, 'reception.printRollCall', { mode: 'print' })
    expect(printed.done).toBe(true)
    expect(printed.count).toBe(roll.entries.length)
    const html = f.printed.at(-1) ?? ''
    expect(html).toContain('Rosa Parks')
    expect(html).toContain(`data:image/jpeg;base64,${photo}`)
    expect(html).toContain('North Gate')
    expect(html).not.toMatch(/<script/i)
    const pdf = await call(f, 'reception.printRollCall', { mode: 'pdf' })
    expect(pdf.savedTo).toMatch(/roll-call-.*\.pdf$/)
    expect(f.audit.list({ action: 'reception.printRollCall' })).toHaveLength(1)
  })
})
