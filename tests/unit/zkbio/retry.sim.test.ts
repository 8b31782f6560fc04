// Reads are retried with backoff on network/timeout/5xx; writes, commands and monitor reads never
// are. Counted in the simulator's request log, i.e. on the wire.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ZkbioError, type ZkbioClient } from '../../../electron/main/zkbio/index'
import { startWorld, type SimWorld } from './sim-fixtures'
import { sourceFromClient } from '../../../electron/main/guard/source'

let world: SimWorld
let client: ZkbioClient
let doorId: string
beforeAll(async () => {
  world = await startWorld()
  client = world.makeClient({ retry: { retries: 2, baseDelayMs: 5, maxDelayMs: 20 }, timeoutMs: 600 })
  doorId = (await client.door.list({ pageNo: 1, pageSize: 1 }))[0]!.id
})
afterAll(async () => world?.close())
beforeEach(async () => {
  await world.sim.control.reset()
})

const count = async (method: string, path: string) =>
  (await world.sim.control.requests()).filter((r) => r.method === method && r.path === path).length

async function kindOf(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  )
  expect(e).toBeInstanceOf(ZkbioError)
  return (e as ZkbioError).kind
}

describe('reads', () => {
  it('are retried after a 5xx and succeed when the server recovers', async () => {
    await world.sim.control.addFault({ endpoint: '/api/door/list', kind: 'http500', times: 2 })
    await expect(client.door.list({ pageNo: 1, pageSize: 3 })).resolves.toHaveLength(3)
    expect(await count('GET', '/api/door/list')).toBe(3)
  })

  it('give up after the configured retries (1 + 2 requests)', async () => {
    await world.sim.control.addFault({ endpoint: '/api/door/list', kind: 'reset' })
    expect(await kindOf(client.door.list({ pageNo: 1, pageSize: 3 }))).toBe('network')
    expect(await count('GET', '/api/door/list')).toBe(3)
  })

  it('are retried after a timeout and a proxy 502 page', async () => {
    await world.sim.control.addFault({ endpoint: '/api/v2/door/list', kind: 'stall', times: 1 })
    await expect(client.door.listV2({ pageNo: 1, pageSize: 3 })).resolves.toMatchObject({ total: 40 })
    expect(await count('GET', '/api/v2/door/list')).toBe(2)
    await world.sim.control.reset()
    await world.sim.control.addFault({ endpoint: '/api/v2/door/list', kind: 'html', times: 2 })
    await expect(client.door.listV2({ pageNo: 1, pageSize: 3 })).resolves.toMatchObject({ total: 40 })
    expect(await count('GET', '/api/v2/door/list')).toBe(3)
  })

  it('are not retried when the server refuses (code, auth, 404, bad JSON)', async () => {
    expect(await kindOf(client.door.list({ pageNo: 1, pageSize: 1001 }))).toBe('server')
    expect(await count('GET', '/api/door/list')).toBe(1)
    for (const kind of ['redirectLogin', 'springError', 'malformedJson'] as const) {
      await world.sim.control.reset()
      await world.sim.control.addFault({ endpoint: '/api/door/list', kind })
      await kindOf(client.door.list({ pageNo: 1, pageSize: 3 }))
      expect(await count('GET', '/api/door/list'), kind).toBe(1)
    }
  })

  it('can be switched off per client', async () => {
    const noRetry = world.makeClient({ retry: false })
    await world.sim.control.addFault({ endpoint: '/api/door/list', kind: 'http500', times: 1 })
    expect(await kindOf(noRetry.door.list({ pageNo: 1, pageSize: 3 }))).toBe('http')
    expect(await count('GET', '/api/door/list')).toBe(1)
  })
})

describe("the guard's door poll", () => {
  it('retries a dropped connection twice within 0.3 s, so a server gone reads as lost within interval + 1 s', async () => {
    // The default policy (300 ms base): its two waits alone take up to 0.9 s of that second.
    const standard = world.makeClient({ timeoutMs: 2_000, retry: {} })
    try {
      await world.sim.control.addFault({ endpoint: '/api/door/allDoorState', kind: 'reset' })
      const started = performance.now()
      await expect(
        sourceFromClient(standard).doorStates({ signal: new AbortController().signal, timeoutMs: 2_000 }),
      ).rejects.toMatchObject({
        kind: 'network',
      })
      expect(performance.now() - started).toBeLessThan(450)
      expect(await count('GET', '/api/door/allDoorState')).toBe(3)
      // Any other read keeps the client's policy.
      await world.sim.control.addFault({ endpoint: '/api/door/list', kind: 'reset' })
      const other = performance.now()
      await expect(standard.door.list({ pageNo: 1, pageSize: 3 })).rejects.toMatchObject({ kind: 'network' })
      expect(performance.now() - other).toBeGreaterThanOrEqual(450)
    } finally {
      standard.close()
    }
  })
})

describe('never retried', () => {
  const cases: [name: string, method: string, path: string, run: () => Promise<unknown>][] = [
    ['door open', 'POST', '/api/door/remoteOpenById', () => client.door.remoteOpenById(doorId, 5)],
    ['door close', 'POST', '/api/door/remoteoffById', () => client.door.remoteCloseById(doorId)],
    [
      'gate open',
      'POST',
      '/api/psgGate/remoteOpenByName',
      () => client.psgGate.remoteOpenByName('Lobby Flap Gate 1', 1),
    ],
    [
      'floor open',
      'POST',
      '/api/floor/remoteOpenById',
      () => client.floor.remoteOpenById('ffffffffffffffffffffffffffffffff', 5),
    ],
    ['person write', 'POST', '/api/person/add', () => client.person.add({ pin: 'GH1' })],
    [
      'visitor registration',
      'POST',
      '/api/visRegistration/add',
      () =>
        client.visitor.registration.add({
          persPersonPin: '1001',
          certType: 3,
          certNum: 'GH99',
          visitorName: 'A',
          visitReason: 'B',
          startTime: '2026-01-01 10:00:00',
          endTime: '2026-01-01 11:00:00',
        }),
    ],
    ['access monitor', 'GET', '/api/transaction/monitor', () => client.transaction.monitor(1494467276539)],
  ]

  it.each(cases)('%s: one request after a 5xx, a reset or a timeout', async (_name, method, path, run) => {
    for (const kind of ['http500', 'reset', 'stall'] as const) {
      await world.sim.control.reset()
      await world.sim.control.addFault({ endpoint: path, kind })
      const k = await kindOf(run())
      expect(k).toBe(kind === 'http500' ? 'http' : kind === 'reset' ? 'network' : 'timeout')
      await new Promise((r) => setTimeout(r, 60))
      expect(await count(method, path), `${path} after ${kind}`).toBe(1)
    }
  })
})

describe('hardware commands with a placeholder id', () => {
  it('are refused before anything is sent (real servers answer success and do nothing)', async () => {
    for (const run of [
      () => client.door.remoteOpenById('1', 5),
      () => client.door.remoteCloseById('door-1'),
      () => client.floor.remoteOpenById('', 5),
      () => client.floor.remoteCloseById('1'),
      () => client.psgGate.remoteOpenById('gate', 1),
    ]) {
      const e = await run().catch((err: unknown) => err)
      expect(e).toMatchObject({ kind: 'validation', message: expect.stringMatching(/id is not valid/) })
    }
    expect(await world.sim.control.requests()).toEqual([])
  })

  it('a malformed date arrives as a rejected promise of kind validation, nothing sent', async () => {
    const p = client.transaction.listV2({ pageNo: 1, pageSize: 5, startDate: 'yesterday' })
    expect(p).toBeInstanceOf(Promise)
    await expect(p).rejects.toMatchObject({ kind: 'validation', message: /yyyy-MM-dd HH:mm:ss/ })
    expect(await world.sim.control.requests()).toEqual([])
  })
})
