// Determinism for a seed, the scenario engine, reset, clock and state control, HTTPS.
import { X509Certificate } from 'node:crypto'
import { request } from 'node:https'
import { describe, expect, it } from 'vitest'
import { startSimulator } from '../index.ts'
import { get, useSim } from './helpers.ts'

const h = useSim({ seed: 7 })

const essence = (e: {
  kind: string
  eventNo: number
  pin: string
  eventPointName: string
  readerName: string
}) => `${e.kind}/${e.eventNo}/${e.pin}/${e.eventPointName}/${e.readerName}`

describe('determinism', () => {
  it('the same seed gives the same site; another seed another site', async () => {
    const [a, b, c] = await Promise.all([
      startSimulator({ port: 0, seed: 3 }),
      startSimulator({ port: 0, seed: 3 }),
      startSimulator({ port: 0, seed: 4 }),
    ])
    try {
      const persons = async (sim: typeof a) =>
        JSON.stringify(
          (
            await (
              await fetch(
                `${sim.url}/api/v2/person/getPersonList?pageNo=1&pageSize=300&access_token=${sim.token}`,
                { method: 'POST' },
              )
            ).json()
          ).data.data,
        )
      const doors = async (sim: typeof a) =>
        JSON.stringify((await get(sim, '/api/door/list', { pageNo: 1, pageSize: 100 })).json.data)
      expect(await persons(a)).toBe(await persons(b))
      expect(await doors(a)).toBe(await doors(b))
      expect(await persons(a)).not.toBe(await persons(c))
      const sa = await a.control.scenario({ steps: 200 })
      const sb = await b.control.scenario({ steps: 200 })
      const sc = await c.control.scenario({ steps: 200 })
      expect(sa.events.map(essence)).toEqual(sb.events.map(essence))
      expect(sa.events.map(essence)).not.toEqual(sc.events.map(essence))
      // the scenario covers access, gate, temperature and alarm events
      const kinds = new Set(sa.events.map((e) => e.kind))
      for (const k of ['acc', 'psg', 'hep']) expect(kinds).toContain(k)
      expect(sa.events.some((e) => e.eventLevel === 2)).toBe(true)
    } finally {
      await Promise.all([a.close(), b.close(), c.close()])
    }
  })

  it('reset restores the seeded state and clears faults', async () => {
    const before = (await get(h.sim, '/api/v2/transaction/list', { pageNo: 1, pageSize: 1 })).json.data.total
    await h.sim.control.trigger({ kind: 'accessGranted' })
    await h.sim.control.addFault({ kind: 'http500' })
    await h.sim.control.reset()
    expect(await h.sim.control.listFaults()).toEqual([])
    expect((await get(h.sim, '/api/v2/transaction/list', { pageNo: 1, pageSize: 1 })).json.data.total).toBe(
      before,
    )
  })
})

describe('scenario engine', () => {
  it('a rate produces live events; rate 0 stops them', async () => {
    await h.sim.control.reset()
    const ts = 'live'
    await get(h.sim, '/api/transaction/monitor', { timestamp: ts })
    await get(h.sim, '/api/psgTransaction/monitor', { timestamp: ts })
    await h.sim.control.scenario({ rate: 40 })
    await new Promise((r) => setTimeout(r, 700))
    await h.sim.control.scenario({ rate: 0 })
    const acc = (await get(h.sim, '/api/transaction/monitor', { timestamp: ts })).json.data
    const psg = (await get(h.sim, '/api/psgTransaction/monitor', { timestamp: ts })).json.data
    expect(acc.length + psg.length).toBeGreaterThan(5)
    await new Promise((r) => setTimeout(r, 300))
    expect((await get(h.sim, '/api/transaction/monitor', { timestamp: ts })).json.data).toEqual([])
  })

  it('leaves quiet doors alone (a test owns their alarms)', async () => {
    await h.sim.control.reset()
    const doors = (await h.sim.control.snapshot()).doors as { id: string; name: string }[]
    const quiet = doors.slice(0, Math.ceil(doors.length / 2))
    await h.sim.control.scenario({ quietDoors: quiet.map((d) => d.id) })
    const { events } = await h.sim.control.scenario({ steps: 3000 })
    const names = new Set(quiet.map((d) => d.name))
    const doorEvents = events.filter((e) => e.kind === 'acc')
    expect(doorEvents.length).toBeGreaterThan(100)
    expect(doorEvents.filter((e) => names.has(e.eventPointName))).toEqual([])
    await h.sim.control.scenario({ quietDoors: [] })
  })
})

describe('clock and state control', () => {
  it('clock set and advance move the server time', async () => {
    const set = await h.sim.control.clock({ set: '2030-01-02 03:04:05' })
    expect(set.now.slice(0, 16)).toBe('2030-01-02 03:04')
    const later = await h.sim.control.clock({ advanceMs: 3_600_000 })
    expect(later.now.slice(0, 13)).toBe('2030-01-02 04')
    const [event] = await h.sim.control.trigger({ kind: 'accessGranted' })
    expect(event.eventTime.slice(0, 13)).toBe('2030-01-02 04')
    await expect(h.sim.control.clock({ set: 'tomorrow' })).rejects.toThrow(/400/)
  })

  it('state sets door and gate fields', async () => {
    const snap = await h.sim.control.snapshot()
    const door = snap.doors[5]
    await h.sim.control.setState({ door: { id: door.id, sensor: 'open', alarm: 'tamper', relay: 'open' } })
    const row = (await get(h.sim, '/api/door/doorStateById', { doorId: door.id })).json.data
    expect(row.sensor.toLowerCase()).toBe('open')
    expect(row.alarm.toLowerCase()).toBe('tampering')
    expect(row.relay).toBe('open')
    const gate = snap.gates[0]
    await h.sim.control.setState({ gate: { id: gate.id, gateState: 3, alarm: 6 } })
    expect((await get(h.sim, '/api/psgGate/gateStateById', { gateId: gate.id })).json.data[0]).toMatchObject({
      gateState: '3',
      alarm: '6',
    })
    await expect(h.sim.control.setState({ door: { id: 'nope' } })).rejects.toThrow(/400/)
    // the API's own texts and codes are accepted too
    await h.sim.control.setState({
      door: { id: door.id, sensor: 'off', alarm: 'be opened accidentally', connect: '0' },
    })
    expect((await get(h.sim, '/api/door/doorStateById', { doorId: door.id })).json.data.connect).toBe('0')
    await h.sim.control.setState({ door: { id: door.id, connect: '1' } })
    const back = (await get(h.sim, '/api/door/doorStateById', { doorId: door.id })).json.data
    expect([back.sensor.toLowerCase(), back.alarm.toLowerCase()]).toEqual(['off', 'be opened accidentally'])
  })

  it('triggers refuse unknown kinds and targets', async () => {
    await expect(h.sim.control.trigger({ kind: 'explode' as never })).rejects.toThrow(/unknown trigger kind/)
    await expect(h.sim.control.trigger({ kind: 'tamper', doorId: 'nope' })).rejects.toThrow(/no door/)
  })
})

describe('https', () => {
  it('serves HTTPS with a self-signed certificate whose SHA-256 fingerprint is reported', async () => {
    const sim = await startSimulator({ port: 0, https: true })
    try {
      expect(sim.url).toMatch(/^https:/)
      expect(sim.fingerprint256).toBe(new X509Certificate(sim.certPem!).fingerprint256)
      const peer = await new Promise<string>((resolve, reject) => {
        const req = request(
          `${sim.url}/api/door/list?pageNo=1&pageSize=1&access_token=${sim.token}`,
          { ca: sim.certPem },
          (res) => {
            const fp = (res.socket as import('node:tls').TLSSocket).getPeerCertificate().fingerprint256
            res.resume()
            res.on('end', () => resolve(fp))
          },
        )
        req.on('error', reject)
        req.end()
      })
      expect(peer).toBe(sim.fingerprint256)
      expect((await sim.control.snapshot()).counts.doors).toBe(40)
    } finally {
      await sim.close()
    }
  })
})
