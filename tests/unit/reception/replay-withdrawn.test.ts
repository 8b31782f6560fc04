import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, createReceptionFixture, walkIn, type ReceptionFixture } from './reception-fixture'

let f: ReceptionFixture

beforeAll(async () => {
  f = await createReceptionFixture()
})
afterAll(() => f.close())

const HISTORY_PATH = '/api/v2/visRegistration/getTransactionList'

async function serverVisits(certNumber: string) {
  const snapshot = (await f.sim.control.snapshot()) as {
    registrations: { certNum: string; endTime: string | null }[]
  }
  return snapshot.registrations.filter((r) => r.certNum === certNumber)
}

/** Resolves once the simulator has begun (not answered) a request to `path`. */
async function requestStarted(path: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const log = (await f.sim.control.requests()) as { path: string; status: number }[]
    if (log.some((r) => r.path === path && r.status === 0)) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`no request to ${path}`)
}

describe('a pending visitor checked out while a replay round runs', () => {
  it('is not sent by that round and stays checked out', async () => {
    await f.sim.control.setOnline(false)
    const first = walkIn({ visitorName: 'Early Ella' })
    const later = walkIn({ visitorName: 'Leaving Leo' })
    const a = await call(f, 'reception.registerVisitor', first)
    const b = await call(f, 'reception.registerVisitor', later)
    expect([a.outcome, b.outcome]).toEqual(['pending', 'pending'])
    // Whatever round the registrations started is over once this one is (still down: nothing sent).
    expect(await f.services.replayNow()).toEqual({ replayed: 0, remaining: 2 })
    await f.sim.control.setOnline(true)
    await f.sim.control.clearRequests()

    // The round's first call (the earlier visitor's history) is slow: the round is held on it.
    await f.sim.control.addFault({ endpoint: HISTORY_PATH, kind: 'latency', ms: 1_500, times: 1 })
    try {
      const round = f.services.replayNow()
      await requestStarted(HISTORY_PATH)
      // Meanwhile the later visitor leaves: the desk withdraws the registration.
      const out = await call(f, 'reception.checkOut', { visitIds: [b.visit.id] })
      expect(out.results[0]).toMatchObject({ ok: true })
      expect(await round).toEqual({ replayed: 1, remaining: 0 })
    } finally {
      await f.sim.control.clearFaults()
    }

    expect(await serverVisits(first.certNumber)).toHaveLength(1)
    expect(await serverVisits(later.certNumber)).toHaveLength(0)
    expect((await call(f, 'reception.getVisit', { visitId: b.visit.id })).visit?.status).toBe('checkedOut')
    expect((await call(f, 'reception.getVisit', { visitId: a.visit.id })).visit?.status).toBe('onSite')
  })

  it('whose first attempt had reached the server is not put back on site by that round', async () => {
    await f.sim.control.setOnline(false)
    const input = walkIn({ visitorName: 'Reached Rita' })
    const v = await call(f, 'reception.registerVisitor', input)
    expect(v.outcome).toBe('pending')
    expect(await f.services.replayNow()).toEqual({ replayed: 0, remaining: 1 })
    await f.sim.control.setOnline(true)
    // What the lost first attempt did: the server has the visitor on site.
    await f.sim.control.registerVisit({
      certNumber: input.certNumber,
      name: input.visitorName,
      hostPin: '1001',
    })
    await f.sim.control.clearRequests()

    await f.sim.control.addFault({ endpoint: HISTORY_PATH, kind: 'latency', ms: 1_500, times: 1 })
    try {
      const round = f.services.replayNow()
      await requestStarted(HISTORY_PATH)
      expect((await call(f, 'reception.checkOut', { visitIds: [v.visit.id] })).results[0]).toMatchObject({
        ok: true,
      })
      await round
    } finally {
      await f.sim.control.clearFaults()
    }
    expect((await call(f, 'reception.getVisit', { visitId: v.visit.id })).visit?.status).toBe('checkedOut')
    // The server had the visit: the withdraw marker stays, and the next round closes it there.
    await f.services.replayNow()
    expect(await serverVisits(input.certNumber)).toEqual([
      expect.objectContaining({ endTime: expect.any(String) }),
    ])
    expect((await call(f, 'reception.getVisit', { visitId: v.visit.id })).visit?.status).toBe('checkedOut')
  })
})
