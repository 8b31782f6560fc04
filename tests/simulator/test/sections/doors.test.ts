// 2.11 doors and 2.12 floors: shapes of the manual's examples, appendix codes (-44..-48, -200..-203),
// and the consistency the issue asks for: a remote open changes the relay and writes a "remote opening"
// transaction, seen by the v2 device list and by the running monitor session.
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { control } from './client'
import { at, useSimulator } from './harness'
import {
  deviceV1,
  door,
  doorState,
  expectCode,
  expectMissing,
  expectOk,
  expectV2,
  floor,
  monitorRow,
  transactionV2,
  expectRetOk,
  doorTransactionRet,
  doorTransactionDetail,
} from './shape'

const h = useSimulator()

const UNKNOWN_ID = 'ffffffffffffffffffffffffffffffff'
let doors: z.infer<typeof door>[] = []
let devices: z.infer<typeof deviceV1>[] = []
const ts = () => ({ timestamp: Date.now() })

beforeAll(async () => {
  doors = expectOk(
    await h.api.get('/api/door/list', { pageNo: 1, pageSize: 1000 }),
    z.array(door),
    at('2.11.5'),
  )
  devices = expectOk(
    await h.api.get('/api/device/accList', { pageNo: 1, pageSize: 1000 }),
    z.array(deviceV1),
    at('2.9.1'),
  )
})

function snOf(deviceId: string): string {
  const device = devices.find((d) => d.id === deviceId)
  if (!device) expect.fail(`door device ${deviceId} is not in device/accList (2.9.1)`)
  return device.sn
}

describe('2.11 door lists and states', () => {
  it('2.11.5 list: door array {id, name, deviceId}; every door on a listed device', () => {
    expect(doors.length, 'about 40 doors seeded').toBeGreaterThanOrEqual(20)
    for (const d of doors) snOf(d.deviceId)
  })

  it('2.11.10 v2 list: paged, total = all doors, pages agree with the v1 list', async () => {
    const page1 = expectV2(
      await h.api.get('/api/v2/door/list', { pageNo: 1, pageSize: 5 }),
      door,
      at('2.11.10'),
    )
    expect(page1.total).toBe(doors.length)
    expect(page1.data.map((d) => d.id)).toEqual(doors.slice(0, 5).map((d) => d.id))
    expect(page1.lastPage).toBe(false)
    const page2 = expectV2(
      await h.api.get('/api/v2/door/list', { pageNo: 2, pageSize: 5 }),
      door,
      at('2.11.10'),
    )
    expect(page2.data.map((d) => d.id)).toEqual(doors.slice(5, 10).map((d) => d.id))
    const v1page2 = expectOk(
      await h.api.get('/api/door/list', { pageNo: 2, pageSize: 5 }),
      z.array(door),
      at('2.11.5'),
    )
    expect(v1page2.map((d) => d.id)).toEqual(page2.data.map((d) => d.id))
  })

  it('2.11.1 allDoorState: one state per door, connect 0/1/2, sensor/alarm/relay descriptions', async () => {
    const states = expectOk(await h.api.get('/api/door/allDoorState', ts()), z.array(doorState), at('2.11.1'))
    expect(states.map((s) => s.id).sort()).toEqual(doors.map((d) => d.id).sort())
    for (const s of states) {
      expect(s.relay.toLowerCase(), at('2.11.1', 'relay (off, open, unknown)')).toMatch(
        /^(off|open|unknown)$/,
      )
    }
  })

  it('2.11.2 doorStateById: the state object of that door; no id -44, unknown -47 (or quiet null)', async () => {
    const d = doors[0]!
    const state = expectOk(
      await h.api.get('/api/door/doorStateById', { doorId: d.id, ...ts() }),
      doorState,
      at('2.11.2'),
    )
    expect(state).toMatchObject({ id: d.id, name: d.name, deviceId: d.deviceId })
    expectMissing(await h.api.get('/api/door/doorStateById', ts()), -44, at('2.11.2', 'no doorId'))
    expectMissing(
      await h.api.get('/api/door/doorStateById', { doorId: UNKNOWN_ID, ...ts() }),
      -47,
      at('2.11.2', 'unknown'),
    )
  })

  it('2.11.3 doorStateBySn: states of the device doors; no sn -48, unknown device -102', async () => {
    const d = doors[0]!
    const sn = snOf(d.deviceId)
    // The manual's example shows one object; a device with several doors may answer an array of them.
    const data = expectOk(
      await h.api.get('/api/door/doorStateBySn', { deviceSn: sn, ...ts() }),
      z.union([doorState, z.array(doorState)]),
      at('2.11.3'),
    )
    const states = Array.isArray(data) ? data : [data]
    expect(states.length).toBeGreaterThan(0)
    for (const s of states) expect(s.deviceId).toBe(d.deviceId)
    expectCode(await h.api.get('/api/door/doorStateBySn', ts()), -48, at('2.11.3', 'no sn'))
    expectMissing(
      await h.api.get('/api/door/doorStateBySn', { deviceSn: 'NOSUCHSN000', ...ts() }),
      -102,
      at('2.11.3', 'unknown sn (FIELD-NOTES -102)'),
    )
  })

  it('2.11.4 get?id=: the door info; no id -44, unknown -47 (or quiet null)', async () => {
    const d = doors[1]!
    expect(expectOk(await h.api.get('/api/door/get', { id: d.id }), door, at('2.11.4'))).toMatchObject(d)
    expectMissing(await h.api.get('/api/door/get'), -44, at('2.11.4', 'no id'))
    expectMissing(await h.api.get('/api/door/get', { id: UNKNOWN_ID }), -47, at('2.11.4', 'unknown'))
  })
})

describe('2.11 remote open / close', () => {
  it('2.11.8 remoteOpenById: relay open, a "remote opening" transaction, seen by the monitor session', async () => {
    const d = doors[2]!
    const sn = snOf(d.deviceId)
    const session = Date.now()
    expectOk(
      await h.api.get('/api/transaction/monitor', { timestamp: session }),
      z.array(monitorRow),
      at('2.18.5'),
    )
    const before = expectV2(
      await h.api.get(`/api/v2/transaction/device/${sn}`, { pageNo: 1, pageSize: 1 }),
      transactionV2,
      at('2.18.2'),
    ).total

    expectOk(
      await h.api.post('/api/door/remoteOpenById', { doorId: d.id, interval: 30 }),
      z.unknown(),
      at('2.11.8'),
    )

    const state = expectOk(
      await h.api.get('/api/door/doorStateById', { doorId: d.id, ...ts() }),
      doorState,
      at('2.11.2'),
    )
    expect(state.relay.toLowerCase(), at('2.11.8', 'relay after remote open')).toBe('open')

    const page = expectV2(
      await h.api.get(`/api/v2/transaction/device/${sn}`, { pageNo: 1, pageSize: 1000 }),
      transactionV2,
      at('2.18.2'),
    )
    expect(page.total, 'a new transaction on the device').toBeGreaterThan(before)
    const remote = page.data.filter((t) => /remote open/i.test(t.eventName) && t.doorName === d.name)
    expect(remote.length, at('2.11.8', `"remote opening" transaction of ${d.name}`)).toBeGreaterThan(0)

    const news = expectOk(
      await h.api.get('/api/transaction/monitor', { timestamp: session }),
      z.array(monitorRow),
      at('2.18.5', 'same session'),
    )
    expect(
      news.some((r) => /remote open/i.test(r.eventName) && r.eventPointName === d.name),
      at('2.18.5', 'monitor session shows the remote opening'),
    ).toBe(true)

    expectOk(await h.api.post('/api/door/remoteoffById', { doorId: d.id }), z.unknown(), at('2.11.6'))
    const closed = expectOk(
      await h.api.get('/api/door/doorStateById', { doorId: d.id, ...ts() }),
      doorState,
      at('2.11.2'),
    )
    expect(closed.relay.toLowerCase(), at('2.11.6', 'relay after remote close')).toBe('off')
  })

  it('2.11.8 the relay closes by itself when the interval has passed (simulated clock)', async () => {
    const d = doors[7]!
    expectOk(
      await h.api.post('/api/door/remoteOpenById', { doorId: d.id, interval: 10 }),
      z.unknown(),
      at('2.11.8'),
    )
    await control(h.sim.url, 'POST', 'clock', { advanceMs: 5_000 })
    let state = expectOk(
      await h.api.get('/api/door/doorStateById', { doorId: d.id, ...ts() }),
      doorState,
      at('2.11.2'),
    )
    expect(state.relay.toLowerCase(), 'still open 5 s into a 10 s opening').toBe('open')
    await control(h.sim.url, 'POST', 'clock', { advanceMs: 6_000 })
    state = expectOk(
      await h.api.get('/api/door/doorStateById', { doorId: d.id, ...ts() }),
      doorState,
      at('2.11.2'),
    )
    expect(state.relay.toLowerCase(), 'closed 11 s into a 10 s opening').toBe('off')
  })

  it('2.18.10 / 2.18.12: the remote opening is event 8 "remote opening" with its door in the ret endpoints', async () => {
    const d = doors[8]!
    expectOk(
      await h.api.post('/api/door/remoteOpenById', { doorId: d.id, interval: 5 }),
      z.unknown(),
      at('2.11.8'),
    )
    const rows = expectRetOk(
      await h.api.post('/api/transaction/getDoorTransactions', undefined, {
        eventNo: '8',
        pageNo: '1',
        pageSize: '1000',
      }),
      z.array(doorTransactionRet),
      at('2.18.10', 'eventNo 8'),
    )
    expect(rows.length).toBeGreaterThan(0)
    for (const r of rows) expect(r.eventNo).toBe(8)
    let found = false
    for (const r of rows.slice(0, 20)) {
      const detail = expectRetOk(
        await h.api.post('/api/transaction/getDoorTransactionDetail', undefined, { id: r.id }),
        doorTransactionDetail,
        at('2.18.12'),
      )
      if (detail.doorName === d.name && /remote open/i.test(detail.eventName)) found = true
      if (found) break
    }
    expect(found, `a remote opening of ${d.name} among the newest event-8 rows`).toBe(true)
  })

  it('2.11.9 remoteOpenByName and 2.11.7 remoteoffByName by the door name', async () => {
    const d = doors[3]!
    expectOk(
      await h.api.post('/api/door/remoteOpenByName', { doorName: d.name, interval: 30 }),
      z.unknown(),
      at('2.11.9'),
    )
    let state = expectOk(
      await h.api.get('/api/door/doorStateById', { doorId: d.id, ...ts() }),
      doorState,
      at('2.11.2'),
    )
    expect(state.relay.toLowerCase()).toBe('open')
    expectOk(await h.api.post('/api/door/remoteoffByName', { doorName: d.name }), z.unknown(), at('2.11.7'))
    state = expectOk(
      await h.api.get('/api/door/doorStateById', { doorId: d.id, ...ts() }),
      doorState,
      at('2.11.2'),
    )
    expect(state.relay.toLowerCase()).toBe('off')
  })

  it('FIELD-NOTES: the remoteCloseById / remoteCloseByName spellings close too', async () => {
    const d = doors[4]!
    expectOk(
      await h.api.post('/api/door/remoteOpenById', { doorId: d.id, interval: 30 }),
      z.unknown(),
      at('2.11.8'),
    )
    expectOk(
      await h.api.post('/api/door/remoteCloseById', { doorId: d.id }),
      z.unknown(),
      'alias remoteCloseById',
    )
    let state = expectOk(
      await h.api.get('/api/door/doorStateById', { doorId: d.id, ...ts() }),
      doorState,
      at('2.11.2'),
    )
    expect(state.relay.toLowerCase()).toBe('off')
    expectOk(
      await h.api.post('/api/door/remoteOpenById', { doorId: d.id, interval: 30 }),
      z.unknown(),
      at('2.11.8'),
    )
    expectOk(
      await h.api.post('/api/door/remoteCloseByName', { doorName: d.name }),
      z.unknown(),
      'alias remoteCloseByName',
    )
    state = expectOk(
      await h.api.get('/api/door/doorStateById', { doorId: d.id, ...ts() }),
      doorState,
      at('2.11.2'),
    )
    expect(state.relay.toLowerCase()).toBe('off')
  })

  it.each([
    ['interval 0', { interval: 0 }, -45],
    ['interval 255', { interval: 255 }, -45],
    ['interval -3', { interval: -3 }, -45],
    ['interval 254 is allowed', { interval: 254 }, 0],
    ['interval 1 is allowed', { interval: 1 }, 0],
  ] as const)('2.11.8 remoteOpenById %s (appendix -45: 1~254 s)', async (_label, query, code) => {
    const res = await h.api.post('/api/door/remoteOpenById', { doorId: doors[5]!.id, ...query })
    expectCode(res, code, at('2.11.8', JSON.stringify(query)))
  })

  it('2.11.8/2.11.9 errors: no interval -45/-202, no door id -44, no name -46, unknown -47', async () => {
    const d = doors[5]!
    expectCode(
      await h.api.post('/api/door/remoteOpenById', { doorId: d.id }),
      [-45, -202],
      at('2.11.8', 'no interval'),
    )
    expectCode(await h.api.post('/api/door/remoteOpenById', { interval: 5 }), -44, at('2.11.8', 'no doorId'))
    expectCode(
      await h.api.post('/api/door/remoteOpenById', { doorId: UNKNOWN_ID, interval: 5 }),
      -47,
      at('2.11.8'),
    )
    expectCode(await h.api.post('/api/door/remoteOpenByName', { interval: 5 }), -46, at('2.11.9', 'no name'))
    expectCode(
      await h.api.post('/api/door/remoteOpenByName', { doorName: 'no such door', interval: 5 }),
      -47,
      at('2.11.9', 'unknown name'),
    )
    expectCode(
      await h.api.post('/api/door/remoteOpenByName', { doorName: d.name, interval: 300 }),
      -45,
      at('2.11.9', 'interval 300'),
    )
  })

  it('2.11.6/2.11.7 close errors: no id -44, unknown -47, no name -46', async () => {
    expectCode(await h.api.post('/api/door/remoteoffById'), -44, at('2.11.6', 'no doorId'))
    expectCode(await h.api.post('/api/door/remoteoffById', { doorId: UNKNOWN_ID }), -47, at('2.11.6'))
    expectCode(await h.api.post('/api/door/remoteoffByName'), -46, at('2.11.7', 'no name'))
    expectCode(await h.api.post('/api/door/remoteoffByName', { doorName: 'no such door' }), -47, at('2.11.7'))
  })

  it('FIELD-NOTES -103: a door on an offline device cannot be opened; its state says connect "0"', async () => {
    const d = doors[6]!
    await control(h.sim.url, 'POST', 'trigger', { kind: 'deviceOffline', doorId: d.id })
    const state = expectOk(
      await h.api.get('/api/door/doorStateById', { doorId: d.id, ...ts() }),
      doorState,
      at('2.11.2'),
    )
    expect(state.connect).toBe('0')
    expectCode(
      await h.api.post('/api/door/remoteOpenById', { doorId: d.id, interval: 5 }),
      -103,
      at('2.11.8', 'offline'),
    )
    await control(h.sim.url, 'POST', 'trigger', { kind: 'deviceOnline', doorId: d.id })
    expectOk(
      await h.api.post('/api/door/remoteOpenById', { doorId: d.id, interval: 5 }),
      z.unknown(),
      at('2.11.8', 'online again'),
    )
  })
})

describe('2.12 floors', () => {
  let floors: z.infer<typeof floor>[] = []
  beforeAll(async () => {
    floors = expectOk(
      await h.api.get('/api/floor/list', { pageNo: 1, pageSize: 1000 }),
      z.array(floor),
      at('2.12.1'),
    )
  })

  it('2.12.1 list: floor array {id, floorNo (number), name, deviceId}', () => {
    expect(floors.length).toBeGreaterThan(0)
  })

  it('2.12.4 v2 list: paged, total = all floors', async () => {
    const page = expectV2(
      await h.api.get('/api/v2/floor/list', { pageNo: 1, pageSize: 3 }),
      floor,
      at('2.12.4'),
    )
    expect(page.total).toBe(floors.length)
    expect(page.data.map((f) => f.id)).toEqual(floors.slice(0, 3).map((f) => f.id))
  })

  it('2.12.3 remoteOpenById and 2.12.2 remoteoffById (and the remoteCloseById spelling): code 0', async () => {
    const f = floors[0]!
    expectOk(
      await h.api.post('/api/floor/remoteOpenById', { floorId: f.id, interval: 10 }),
      z.unknown(),
      at('2.12.3'),
    )
    expectOk(await h.api.post('/api/floor/remoteoffById', { floorId: f.id }), z.unknown(), at('2.12.2'))
    expectOk(
      await h.api.post('/api/floor/remoteCloseById', { floorId: f.id }),
      z.unknown(),
      'alias floor/remoteCloseById',
    )
  })

  it('2.12.3 errors: no floor -201, no time -202, time 0 -203; 2.12.2 no floor -201', async () => {
    const f = floors[0]!
    expectCode(
      await h.api.post('/api/floor/remoteOpenById', { interval: 10 }),
      -201,
      at('2.12.3', 'no floorId'),
    )
    expectCode(
      await h.api.post('/api/floor/remoteOpenById', { floorId: f.id }),
      -202,
      at('2.12.3', 'no interval'),
    )
    expectCode(
      await h.api.post('/api/floor/remoteOpenById', { floorId: f.id, interval: 0 }),
      -203,
      at('2.12.3', 'interval 0'),
    )
    expectCode(await h.api.post('/api/floor/remoteoffById'), -201, at('2.12.2', 'no floorId'))
  })
})
