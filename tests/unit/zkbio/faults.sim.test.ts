// Every fault the simulator can inject, over real HTTP, mapped to the error kind (or the tolerated
// answer) the app branches on.
import { createServer } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  createZkbioClient,
  MonitorSession,
  ZkbioError,
  type ZkbioErrorKind,
} from '../../../electron/main/zkbio/index'
import { startWorld, type SimWorld } from './sim-fixtures'

let world: SimWorld
beforeAll(async () => {
  world = await startWorld({ timeoutMs: 1500 })
})
afterAll(async () => world?.close())
beforeEach(async () => {
  await world.sim.control.reset()
})

async function failure(p: Promise<unknown>): Promise<ZkbioError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  )
  expect(e).toBeInstanceOf(ZkbioError)
  return e as ZkbioError
}

const DOOR_LIST = '/api/door/list'
const listDoors = () => world.client.door.list({ pageNo: 1, pageSize: 10 })

describe('fault kinds map to error kinds', () => {
  const cases: [fault: string, kind: ZkbioErrorKind, status?: number][] = [
    ['stall', 'timeout'],
    ['http500', 'http', 500],
    ['html', 'html', 502],
    ['redirectLogin', 'auth', 302],
    ['springError', 'springError', 404],
    ['truncatedJson', 'malformedJson', 200],
    ['malformedJson', 'malformedJson', 200],
    ['reset', 'network'],
    ['apiAccessAbnormal', 'auth', 200],
  ]
  it.each(cases)('%s -> %s', async (fault, kind, status) => {
    await world.sim.control.addFault({ endpoint: DOOR_LIST, kind: fault as never })
    const e = await failure(listDoors())
    expect(e.kind).toBe(kind)
    if (status !== undefined) expect(e.status).toBe(status)
    expect(e.endpoint).toBe(DOOR_LIST)
    expect(e.message).toMatch(/^[A-Z]/)
  })

  it('"API access abnormal" says what to do about the licence', async () => {
    await world.sim.control.addFault({ endpoint: DOOR_LIST, kind: 'apiAccessAbnormal' })
    expect((await failure(listDoors())).message).toMatch(/licence/)
  })

  it('latency below the timeout is just slow; above it is a timeout', async () => {
    await world.sim.control.addFault({ endpoint: DOOR_LIST, kind: 'latency', ms: 200 })
    await expect(listDoors()).resolves.toHaveLength(10)
    await world.sim.control.addFault({ endpoint: DOOR_LIST, kind: 'latency', ms: 2000 })
    const t0 = Date.now()
    expect((await failure(listDoors())).kind).toBe('timeout')
    expect(Date.now() - t0).toBeLessThan(1900)
  })

  it('a server that is down is a network error; the client recovers when it is back', async () => {
    await world.sim.control.setOnline(false)
    expect((await failure(listDoors())).kind).toBe('network')
    await world.sim.control.setOnline(true)
    await expect(listDoors()).resolves.toHaveLength(10)
  })

  it('nothing listening on the port is a network error with a plain sentence', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port
        s.close(() => resolve(p))
      })
    })
    const c = createZkbioClient({ baseUrl: `http://127.0.0.1:${port}`, token: 'x-token-123', retry: false })
    const e = await failure(c.door.list({ pageNo: 1, pageSize: 1 }))
    expect(e.kind).toBe('network')
    expect(e.message).toMatch(/refused the connection/)
    c.close()
  })

  it('an AbortSignal cancels a stalled call as aborted, promptly', async () => {
    await world.sim.control.addFault({ endpoint: DOOR_LIST, kind: 'stall' })
    const ac = new AbortController()
    setTimeout(() => ac.abort(), 100)
    const t0 = Date.now()
    const e = await failure(
      world.client.door.list({ pageNo: 1, pageSize: 1 }, { signal: ac.signal, timeoutMs: 10_000 }),
    )
    expect(e.kind).toBe('aborted')
    expect(Date.now() - t0).toBeLessThan(1000)
    const pre = new AbortController()
    pre.abort()
    expect((await failure(listDoorsWith(pre.signal))).kind).toBe('aborted')
  })

  it('the per-call timeout overrides the client default', async () => {
    await world.sim.control.addFault({ endpoint: DOOR_LIST, kind: 'latency', ms: 400 })
    expect((await failure(world.client.door.list({ pageNo: 1, pageSize: 1 }, { timeoutMs: 100 }))).kind).toBe(
      'timeout',
    )
  })
})

function listDoorsWith(signal: AbortSignal) {
  return world.client.door.list({ pageNo: 1, pageSize: 1 }, { signal })
}

describe('faults the client tolerates', () => {
  it('door state as arrays of numeric codes reads the same as the object form', async () => {
    const doors = await world.client.door.list({ pageNo: 1, pageSize: 3 })
    await world.sim.control.setState({ door: { id: doors[0]!.id, alarm: 'forced', sensor: 'open' } as never })
    const plain = await world.client.door.allDoorState()
    await world.sim.control.addFault({ endpoint: '/api/door/*', kind: 'doorStateArray' })
    const arrays = await world.client.door.allDoorState()
    expect(Array.isArray(arrays[0]!.raw)).toBe(true)
    const strip = (s: (typeof plain)[number]) => ({ ...s, raw: undefined, alarm: s.alarmKind })
    expect(arrays.map(strip)).toEqual(plain.map(strip))
    expect(arrays[0]).toMatchObject({ sensor: 'open', alarmKind: 'forced' })
    const one = await world.client.door.doorStateById(doors[1]!.id)
    expect(one).toMatchObject({ doorId: doors[1]!.id, connect: 'online' })
  })

  it('localised event names still validate (names are kept as sent, numbers are what to trust)', async () => {
    await world.sim.control.addFault({
      endpoint: '/api/v2/transaction/list',
      kind: 'localisedNames',
      lang: 'es',
    })
    const page = await world.client.transaction.listV2({ pageNo: 1, pageSize: 100 })
    expect(page.items.length).toBeGreaterThan(0)
    expect(page.items.some((r) => /[áéíóúñ]|Apertura|Puerta|Acceso/.test(r.eventName ?? ''))).toBe(true)
    expect(page.items.every((r) => typeof r.eventNo === 'number' && typeof r.eventLevel === 'number')).toBe(
      true,
    )
  })

  it('repeated monitor rows are removed by MonitorSession', async () => {
    const rawBatches: unknown[][] = []
    const session = new MonitorSession(async (ts, o) => {
      const rows = await world.client.transaction.monitor(ts, o)
      rawBatches.push(rows)
      return rows
    })
    await session.poll()
    await world.sim.control.trigger({ kind: 'accessGranted' } as never)
    const first = await session.poll()
    expect(first).toHaveLength(1)
    await world.sim.control.addFault({ endpoint: '/api/transaction/monitor', kind: 'repeatMonitorRows' })
    await world.sim.control.trigger({ kind: 'accessDenied' } as never)
    const second = await session.poll()
    // The server sent the earlier row again; the session passes on only the new one.
    expect(rawBatches.at(-1)!.length).toBeGreaterThan(second.length)
    expect(second).toHaveLength(1)
    expect(second[0]!.eventName).not.toBe(first[0]!.eventName)
  })
})
