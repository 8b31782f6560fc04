import { describe, expect, it } from 'vitest'
import { Capabilities } from '../../../electron/main/zkbio/capabilities'
import { ALL_ENDPOINTS } from '../../../electron/main/zkbio/endpoints'
import { ZkbioError } from '../../../electron/main/zkbio/errors'
import { MonitorSession } from '../../../electron/main/zkbio/monitor'
import { collectAllPages, fetchAllPages, walkListPages } from '../../../electron/main/zkbio/paging'
import {
  backoffDelay,
  DEFAULT_RETRY,
  RetryNotAllowedError,
  withReadRetry,
} from '../../../electron/main/zkbio/retry'

/** A paged source of `total` numbers that records concurrency. */
function numbers(total: number, delayMs = 5) {
  const stats = { inFlight: 0, maxInFlight: 0, calls: [] as number[] }
  const fetchPage = async (
    { pageNo, pageSize }: { pageNo: number; pageSize: number },
    o: { signal?: AbortSignal },
  ) => {
    stats.calls.push(pageNo)
    stats.inFlight++
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight)
    await new Promise((r) => setTimeout(r, delayMs * ((pageNo % 3) + 1)))
    stats.inFlight--
    if (o.signal?.aborted) throw new ZkbioError({ kind: 'aborted', endpoint: '/x' })
    const from = (pageNo - 1) * pageSize
    const items = Array.from({ length: Math.max(0, Math.min(pageSize, total - from)) }, (_, i) => from + i)
    return { items, page: pageNo - 1, size: pageSize, total, lastPage: from + pageSize >= total }
  }
  return { fetchPage, stats }
}

describe('fetchAllPages', () => {
  it('yields every page in order with bounded concurrency', async () => {
    const { fetchPage, stats } = numbers(2345)
    const pages: number[][] = []
    for await (const items of fetchAllPages(fetchPage, { pageSize: 100, concurrency: 3 })) pages.push(items)
    expect(pages).toHaveLength(24)
    expect(pages.flat()).toEqual(Array.from({ length: 2345 }, (_, i) => i))
    expect(stats.maxInFlight).toBeLessThanOrEqual(3)
    expect(stats.maxInFlight).toBeGreaterThan(1)
  })

  it('stops after one page when the server says lastPage or the list is empty', async () => {
    const one = numbers(5)
    expect(await collectAllPages(one.fetchPage, { pageSize: 10 })).toEqual([0, 1, 2, 3, 4])
    expect(one.stats.calls).toEqual([1])
    const none = numbers(0)
    expect(await collectAllPages(none.fetchPage, { pageSize: 10 })).toEqual([])
  })

  it('rejects page sizes the server would refuse', async () => {
    const { fetchPage } = numbers(1)
    await expect(collectAllPages(fetchPage, { pageSize: 1001 })).rejects.toThrow(RangeError)
    await expect(collectAllPages(fetchPage, { pageSize: 0 })).rejects.toThrow(RangeError)
  })

  it('cancels pages in flight when the caller stops early', async () => {
    const { fetchPage, stats } = numbers(10_000, 20)
    let seen = 0
    for await (const items of fetchAllPages(fetchPage, { pageSize: 100, concurrency: 3 })) {
      seen += items.length
      if (seen >= 300) break
    }
    await new Promise((r) => setTimeout(r, 100))
    expect(stats.calls.length).toBeLessThan(10)
  })

  it('passes an error through', async () => {
    const failing = async ({ pageNo }: { pageNo: number }) => {
      if (pageNo === 3) throw new ZkbioError({ kind: 'timeout', endpoint: '/x' })
      return { items: [pageNo], page: pageNo - 1, size: 1, total: 5, lastPage: false }
    }
    await expect(collectAllPages(failing, { pageSize: 1 })).rejects.toMatchObject({ kind: 'timeout' })
  })

  it('walks v1 lists until a short page', async () => {
    const calls: number[] = []
    const pages = []
    for await (const items of walkListPages(
      async ({ pageNo, pageSize }) => {
        calls.push(pageNo)
        return pageNo < 3 ? Array(pageSize).fill(pageNo) : [3]
      },
      { pageSize: 2 },
    ))
      pages.push(items)
    expect(pages).toEqual([[1, 1], [2, 2], [3]])
    expect(calls).toEqual([1, 2, 3])
  })
})

describe('withReadRetry', () => {
  const read = { id: 'door.list', effect: 'read' as const }
  const fast = { ...DEFAULT_RETRY, baseDelayMs: 1, maxDelayMs: 2 }

  it('retries transient failures of reads, up to the limit', async () => {
    let n = 0
    const out = await withReadRetry(read, fast, async () => {
      if (++n < 3) throw new ZkbioError({ kind: 'network', endpoint: '/x' })
      return 'ok'
    })
    expect(out).toBe('ok')
    expect(n).toBe(3)
    let m = 0
    await expect(
      withReadRetry(read, fast, async () => {
        m++
        throw new ZkbioError({ kind: 'timeout', endpoint: '/x' })
      }),
    ).rejects.toMatchObject({ kind: 'timeout' })
    expect(m).toBe(3)
  })

  it('does not retry refusals (server codes, auth, validation)', async () => {
    for (const kind of ['server', 'auth', 'validation', 'springError', 'aborted'] as const) {
      let n = 0
      await expect(
        withReadRetry(read, fast, async () => {
          n++
          throw new ZkbioError({ kind, endpoint: '/x' })
        }),
      ).rejects.toMatchObject({ kind })
      expect(n, kind).toBe(1)
    }
  })

  it('refuses, structurally, to wrap a write, a command or a monitor read', async () => {
    const run = async () => 'never'
    await expect(withReadRetry({ id: 'door.remoteOpenById', effect: 'command' }, fast, run)).rejects.toThrow(
      RetryNotAllowedError,
    )
    await expect(withReadRetry({ id: 'person.add', effect: 'write' }, fast, run)).rejects.toThrow(
      RetryNotAllowedError,
    )
    await expect(
      withReadRetry({ id: 'transaction.monitor', effect: 'read', noRetry: 'session' }, fast, run),
    ).rejects.toThrow(RetryNotAllowedError)
  })

  it('jitters the delay within the exponential cap', () => {
    const p = { retries: 5, baseDelayMs: 100, maxDelayMs: 1000 }
    expect(backoffDelay(1, p, () => 0)).toBe(50)
    expect(backoffDelay(1, p, () => 1)).toBe(100)
    expect(backoffDelay(3, p, () => 1)).toBe(400)
    expect(backoffDelay(10, p, () => 1)).toBe(1000)
  })
})

describe('endpoint declarations', () => {
  it('declares every door, gate and floor action as a command, and nothing else as one', () => {
    const commands = ALL_ENDPOINTS.filter((e) => e.effect === 'command')
      .map((e) => e.id)
      .sort()
    expect(commands).toEqual([
      'door.remoteCloseById',
      'door.remoteCloseByName',
      'door.remoteOpenById',
      'door.remoteOpenByName',
      'floor.remoteCloseById',
      'floor.remoteOpenById',
      'psgGate.remoteOpenById',
      'psgGate.remoteOpenByName',
    ])
  })

  it('declares every endpoint that changes server data as a write', () => {
    const changing =
      /\/(add|set|delete|del|deleteLevel|syncLevel|syncPerson|leave|reinstated|exit|apply\w*|edit\w*|update\w*|upload\w*|addBlackWhite|delBlackWhite|delAreaPerson|setAreaPerson|addPersonnelBasicInfo)(\/|$)/
    for (const e of ALL_ENDPOINTS) {
      if (changing.test(e.path) || e.method === 'DELETE') expect(e.effect, e.id).not.toBe('read')
    }
  })

  it('has unique ids and unique method+path pairs', () => {
    expect(new Set(ALL_ENDPOINTS.map((e) => e.id)).size).toBe(ALL_ENDPOINTS.length)
    expect(new Set(ALL_ENDPOINTS.map((e) => `${e.method} ${e.path}`)).size).toBe(ALL_ENDPOINTS.length)
  })
})

describe('Capabilities', () => {
  it('derives the visitor QR ability and explains what is missing', () => {
    const c = new Capabilities()
    expect(c.has('visitorQr')).toBeUndefined()
    c.set('visitorQrByCertNumber', false)
    c.set('visitorList', false)
    expect(c.has('visitorQr')).toBeUndefined()
    c.set('visitTransactions', false)
    expect(c.has('visitorQr')).toBe(false)
    expect(() => c.require('visitorQr')).toThrow(
      /update ZKBio CVSecurity to v1.2 or later to print QR badges/,
    )
    c.set('visitorList', true)
    expect(c.has('visitorQr')).toBe(true)
  })

  it('reports changes so they can be saved, and restores from a snapshot', () => {
    const c = new Capabilities()
    const seen: unknown[] = []
    c.onChange((s) => seen.push(s))
    c.set('visitorList', true)
    c.rememberPath('door.remoteCloseById', '/api/door/remoteCloseById')
    c.set('visitorList', true)
    expect(seen).toHaveLength(2)
    const restored = new Capabilities(c.snapshot())
    expect(restored.has('visitorList')).toBe(true)
    expect(restored.preferredPath('door.remoteCloseById')).toBe('/api/door/remoteCloseById')
  })
})

describe('MonitorSession', () => {
  it('keeps one timestamp and drops repeated rows', async () => {
    const stamps: number[] = []
    const batches = [
      [{ eventTime: '2026-01-01 10:00:00', devSn: 'A', pin: '1', eventName: 'x', readerName: 'r- out' }],
      [
        { eventTime: '2026-01-01 10:00:00', devSn: 'A', pin: '1', eventName: 'x', readerName: 'r- out ' },
        { eventTime: '2026-01-01 10:00:01', devSn: 'A', pin: '2', eventName: 'x' },
      ],
    ]
    const session = new MonitorSession(
      async (ts: number) => {
        stamps.push(ts)
        return batches.shift() ?? []
      },
      { timestamp: 1494467276539 },
    )
    expect(await session.poll()).toHaveLength(1)
    const second = await session.poll()
    expect(second.map((r) => r.pin)).toEqual(['2'])
    expect(stamps).toEqual([1494467276539, 1494467276539])
  })
})
