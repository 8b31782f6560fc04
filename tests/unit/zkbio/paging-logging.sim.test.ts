// Paging helpers and the structured log against the simulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type RunningSimulator } from '../../simulator/index'
import {
  collectAllPages,
  createZkbioClient,
  fetchAllPages,
  memoryLogger,
  walkListPages,
} from '../../../electron/main/zkbio/index'
import { startWorld, type SimWorld } from './sim-fixtures'

let world: SimWorld
beforeAll(async () => {
  world = await startWorld()
})
afterAll(async () => world?.close())

describe('paging against the simulator', () => {
  it('walks a v2 list page by page with bounded concurrency and loses nothing', async () => {
    const c = world.client
    let inFlight = 0
    let maxInFlight = 0
    const pages: number[] = []
    const fetchPage = async (p: { pageNo: number; pageSize: number }, o: { signal?: AbortSignal }) => {
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      try {
        pages.push(p.pageNo)
        return await c.transaction.listV2({ ...p }, o)
      } finally {
        inFlight--
      }
    }
    const all = await collectAllPages(fetchPage, { pageSize: 100, concurrency: 3 })
    const total = (await c.transaction.listV2({ pageNo: 1, pageSize: 1 })).total
    expect(all).toHaveLength(total)
    expect(new Set(all.map((r) => r.id)).size).toBe(total)
    expect(maxInFlight).toBeLessThanOrEqual(3)
    expect(maxInFlight).toBeGreaterThan(1)
    expect(pages.sort((a, b) => a - b)).toEqual(
      Array.from({ length: Math.ceil(total / 100) }, (_, i) => i + 1),
    )
    // same rows, same order, as two big pages
    const big = [
      ...(await c.transaction.listV2({ pageNo: 1, pageSize: 1000 })).items,
      ...(await c.transaction.listV2({ pageNo: 2, pageSize: 1000 })).items,
    ]
    expect(all.map((r) => r.id)).toEqual(big.map((r) => r.id))
  })

  it('yields pages as they arrive so a caller can stop early', async () => {
    let pagesSeen = 0
    for await (const rows of fetchAllPages((p, o) => world.client.person.getPersonListV2(p, o), {
      pageSize: 50,
    })) {
      expect(rows.length).toBeGreaterThan(0)
      if (++pagesSeen === 2) break
    }
    expect(pagesSeen).toBe(2)
  })

  it('walks v1 lists until a short page', async () => {
    const doors = []
    for await (const rows of walkListPages((p, o) => world.client.door.list(p, o), { pageSize: 15 }))
      doors.push(...rows)
    expect(doors).toHaveLength(40)
  })
})

describe('structured log', () => {
  it('writes one entry per request: method, redacted path, status, duration, attempt', async () => {
    const log = memoryLogger()
    const c = createZkbioClient({ baseUrl: world.sim.url, token: world.sim.token, logger: log, retry: false })
    await c.door.list({ pageNo: 1, pageSize: 2 })
    await c.door.remoteOpenById('ffffffffffffffffffffffffffffffff', 5).catch(() => {})
    c.close()
    expect(log.entries).toHaveLength(2)
    const [ok, refused] = log.entries
    expect(ok).toMatchObject({
      level: 'info',
      entry: {
        event: 'request',
        endpoint: 'door.list',
        method: 'GET',
        path: '/api/door/list?pageNo=1&pageSize=2&access_token=***',
        status: 200,
        attempt: 1,
      },
    })
    expect((ok!.entry as { ms: number }).ms).toBeGreaterThanOrEqual(0)
    expect(refused).toMatchObject({
      level: 'warn',
      entry: {
        endpoint: 'door.remoteOpenById',
        method: 'POST',
        status: 200,
        errorKind: 'server',
        serverCode: -47,
      },
    })
  })
})

describe('scale site', () => {
  let big: RunningSimulator
  beforeAll(async () => {
    big = await startSimulator({ port: 0, size: 'scale', quiet: true })
  })
  afterAll(async () => big?.close())

  it('reads 1,000 doors and 4,000 transactions page by page, and the first 5,000 of 50,000 persons', async () => {
    const c = createZkbioClient({ baseUrl: big.url, token: big.token })
    const t0 = performance.now()
    const doors = await collectAllPages((p, o) => c.door.listV2(p, o), { pageSize: 100, concurrency: 3 })
    const tx = await collectAllPages((p, o) => c.transaction.listV2(p, o), { pageSize: 1000, concurrency: 3 })
    const t1 = performance.now()
    const persons: string[] = []
    // Person pages carry photos (3 MB per 1,000): stop early, which also cancels pages in flight.
    for await (const rows of fetchAllPages((p, o) => c.person.getPersonListV2(p, o), {
      pageSize: 1000,
      concurrency: 3,
    })) {
      persons.push(...rows.map((r) => r.pin))
      if (persons.length >= 5000) break
    }
    const t2 = performance.now()
    c.close()
    expect(doors).toHaveLength(1000)
    expect(new Set(doors.map((d) => d.id)).size).toBe(1000)
    expect(tx).toHaveLength(4000)
    expect(new Set(persons).size).toBe(5000)
    console.info(
      `[zkbio] scale: 1,000 doors + 4,000 transactions in ${Math.round(t1 - t0)} ms; 5,000 persons in ${Math.round(t2 - t1)} ms`,
    )
  }, 120_000)
})
