import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, createReceptionFixture, walkIn, type ReceptionFixture } from './reception-fixture'

/**
 * Visitors someone else registered on the server (the simulator's control API stands for ZKBio's web
 * UI or a kiosk) in the on-site list and the roll call, through reception's real services over HTTP.
 */
let f: ReceptionFixture

beforeAll(async () => {
  f = await createReceptionFixture({ operatorName: 'Desk 3', siteName: 'North Gate' })
})
afterAll(() => f.close())

const onSite = async () => call(f, 'reception.listVisits', { filter: 'onSite' })

describe('visits registered elsewhere', () => {
  it('join the on-site list after "Check with server", labelled, and are never doubled with ours', async () => {
    await f.sim.control.registerVisit({ certNumber: 'KIOSK001', name: 'Kira Kiosk', company: 'Far Away Ltd' })
    const ours = await call(f, 'reception.registerVisitor', walkIn({ visitorName: 'Desk Dora' }))
    const before = await onSite()
    expect(before.serverHistory.state).toBe('never')
    expect(before.visits.filter((v) => v.registeredElsewhere)).toEqual([])

    const result = await call(f, 'reception.reconcile', undefined)
    expect(result.serverHistory.state).toBe('ok')
    const list = await onSite()
    const kira = list.visits.find((v) => v.visitorName === 'Kira Kiosk')
    expect(kira).toMatchObject({ registeredElsewhere: true, company: 'Far Away Ltd', status: 'onSite' })
    expect(kira?.id).toMatch(/^srv-/)
    expect(kira?.hostName).not.toBe('')
    // The seeded site has visitors on site too (registered before this desk existed).
    expect(list.visits.filter((v) => v.registeredElsewhere).length).toBeGreaterThanOrEqual(2)
    // Ours once, as ours.
    const dora = list.visits.filter((v) => v.certNumber === ours.visit.certNumber)
    expect(dora).toHaveLength(1)
    expect(dora[0]?.registeredElsewhere).toBeFalsy()
    expect(list.serverHistory.asOf).not.toBeNull()
  })

  it('are in the roll call with the server as their desk and a note saying how fresh it is', async () => {
    const roll = await call(f, 'reception.rollCall', undefined)
    const kira = roll.entries.find((e) => e.visitorName === 'Kira Kiosk')
    expect(kira).toMatchObject({ registeredElsewhere: true, company: 'Far Away Ltd', photoBase64: null })
    expect(roll.serverHistory.state).toBe('ok')
    expect(roll.serverNote).toMatch(/^Server visit history as of /)
    await call(f, 'reception.printRollCall', { mode: 'print' })
    const html = f.printed.at(-1) ?? ''
    expect(html).toContain('Kira Kiosk')
    expect(html).toContain('ZKBio server (registered elsewhere)')
    expect(html).toContain('Server visit history as of')
  })

  it('leave when the server ends their visit', async () => {
    await f.sim.control.endVisit('KIOSK001')
    await call(f, 'reception.reconcile', undefined)
    expect((await onSite()).visits.find((v) => v.visitorName === 'Kira Kiosk')).toBeUndefined()
  })

  it('are checked out from our list with the server’s exit, audited', async () => {
    await f.sim.control.registerVisit({ certNumber: 'KIOSK002', name: 'Otto Elsewhere' })
    await call(f, 'reception.reconcile', undefined)
    const otto = (await onSite()).visits.find((v) => v.visitorName === 'Otto Elsewhere')
    expect(otto).toBeDefined()
    const result = await call(f, 'reception.checkOut', { visitIds: [otto!.id] })
    expect(result.results[0]).toMatchObject({ ok: true })
    const snapshot = await f.sim.control.snapshot()
    expect(snapshot.registrations.find((r) => r.certNum === 'KIOSK002')?.endTime).not.toBeNull()
    expect((await onSite()).visits.find((v) => v.id === otto!.id)).toBeUndefined()
    expect(f.audit.list({ action: 'reception.checkOut' })[0]).toMatchObject({
      result: 'ok',
      operator: 'Desk 3',
      target: `server-visit:${otto!.id}`,
    })
  })

  it('a visitor we checked out is not brought back by an older copy of the history', async () => {
    const v = await call(f, 'reception.registerVisitor', walkIn({ visitorName: 'Quick Leaver' }))
    await call(f, 'reception.reconcile', undefined)
    await call(f, 'reception.checkOut', { visitIds: [v.visit.id] })
    // No new fetch yet: the cache still has the visit open on the server.
    const list = await onSite()
    expect(list.visits.filter((x) => x.certNumber === v.visit.certNumber)).toEqual([])
  })

  it('the roll call goes out at once with what is known when the server is down, and says so', async () => {
    await f.sim.control.setOnline(false)
    try {
      const started = Date.now()
      const roll = await call(f, 'reception.rollCall', undefined)
      expect(Date.now() - started).toBeLessThan(8_000)
      expect(roll.serverHistory.state).toBe('failed')
      expect(roll.serverNote).toMatch(/^The server could not be asked; server visit history as of /)
    } finally {
      await f.sim.control.setOnline(true)
    }
  })
})
