// Monitor session semantics (FIELD-NOTES) and token refusal.
import { describe, expect, it } from 'vitest'
import { call, get, simTime, useSim } from './helpers.ts'

const h = useSim()

describe('monitor sessions', () => {
  it('the first call opens the session and returns nothing; later calls return what is new', async () => {
    const ts = '1494467276539'
    await h.sim.control.trigger({ kind: 'accessGranted' })
    expect((await get(h.sim, '/api/transaction/monitor', { timestamp: ts })).json.data).toEqual([])
    const [a] = await h.sim.control.trigger({ kind: 'accessGranted', pin: '1005' })
    const [b] = await h.sim.control.trigger({ kind: 'accessDenied' })
    const rows = (await get(h.sim, '/api/transaction/monitor', { timestamp: ts })).json.data
    expect(rows.map((r: { eventName: string }) => r.eventName)).toEqual([a.eventName, b.eventName])
    expect(rows[0].pin).toBe('1005')
    // access monitor rows carry no id, logId or eventNo
    for (const key of ['id', 'logId', 'eventNo']) expect(rows[0]).not.toHaveProperty(key)
    expect((await get(h.sim, '/api/transaction/monitor', { timestamp: ts })).json.data).toEqual([])
  })

  it('sessions are independent', async () => {
    await get(h.sim, '/api/transaction/monitor', { timestamp: 'A' })
    await h.sim.control.trigger({ kind: 'accessGranted' })
    await get(h.sim, '/api/transaction/monitor', { timestamp: 'B' })
    await h.sim.control.trigger({ kind: 'accessGranted' })
    expect((await get(h.sim, '/api/transaction/monitor', { timestamp: 'A' })).json.data).toHaveLength(2)
    expect((await get(h.sim, '/api/transaction/monitor', { timestamp: 'B' })).json.data).toHaveLength(1)
  })

  it('gate monitor rows have id null, logId and eventNo; hep rows have temperature and mask', async () => {
    await get(h.sim, '/api/psgTransaction/monitor', { timestamp: 'G' })
    await get(h.sim, '/api/hep/transaction/monitor', { timestamp: 'G' })
    await h.sim.control.trigger({ kind: 'gateAlarm', alarm: 7 })
    await h.sim.control.trigger({ kind: 'temperature', temp: 38.1, mask: false })
    const gateRows = (await get(h.sim, '/api/psgTransaction/monitor', { timestamp: 'G' })).json.data
    expect(gateRows[0]).toMatchObject({ id: null, eventNo: 112 })
    expect(typeof gateRows[0].logId).toBe('number')
    const hepRows = (await get(h.sim, '/api/hep/transaction/monitor', { timestamp: 'G' })).json.data
    expect(hepRows[0]).toMatchObject({ id: '', temperature: 38.1, maskFlag: '0', status: 'Abnormal' })
  })

  it('gaps are filled from the v2 list by time range; eventLevel 0/1/2', async () => {
    const from = (await h.sim.control.clock({ advanceMs: 2000 })).now
    await h.sim.control.trigger({ kind: 'tamper' })
    await h.sim.control.trigger({ kind: 'accessDenied' })
    await h.sim.control.trigger({ kind: 'accessGranted' })
    const to = (await h.sim.control.clock()).now
    const page = (
      await get(h.sim, '/api/v2/transaction/list', { startDate: from, endDate: to, pageNo: 1, pageSize: 100 })
    ).json.data
    expect(page.data.map((r: { eventLevel: number }) => r.eventLevel).sort()).toEqual([0, 1, 2])
    expect(
      (
        await get(h.sim, '/api/v2/transaction/list', {
          startDate: simTime(to, 1),
          endDate: from,
          pageNo: 1,
          pageSize: 1,
        })
      ).json.code,
    ).toBe(-101)
    expect(
      (await get(h.sim, '/api/v2/transaction/list', { startDate: 'yesterday', pageNo: 1, pageSize: 1 })).json
        .code,
    ).toBe(-100)
  })
})

describe('token refusal', () => {
  it('a missing or wrong access_token gets 302 to the login page, the login page is HTML', async () => {
    for (const token of [null, 'wrong']) {
      const r = await call(h.sim, 'GET', '/api/door/list', { pageNo: 1, pageSize: 1 }, undefined, token)
      expect(r.status).toBe(302)
      expect(r.headers.get('location')).toBe('/login.html')
    }
    const login = await fetch(`${h.sim.url}/login.html`)
    expect(login.headers.get('content-type')).toMatch(/text\/html/)
  })

  it('the request log redacts the token', async () => {
    await get(h.sim, '/api/door/list', { pageNo: 1, pageSize: 1 })
    const log = await h.sim.control.requests()
    const last = log[log.length - 1]
    expect(last).toMatchObject({ method: 'GET', path: '/api/door/list', status: 200 })
    expect(last.query.access_token).toBe('***')
    expect(JSON.stringify(log)).not.toContain(h.sim.token)
  })

  it('unknown paths with a good token get the Spring 404 body', async () => {
    const r = await get(h.sim, '/api/door/nothing')
    expect(r.status).toBe(404)
    expect(r.json).toMatchObject({ status: 404, error: 'Not Found', path: '/api/door/nothing' })
  })
})
