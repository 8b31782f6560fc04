import { describe, expect, it } from 'vitest'
import type { GapView } from '../../../electron/shared/contract/guard'
import { compileEventPolicy } from '../../../electron/shared/guard/classify-event'
import { openDatabase } from '../../../electron/main/db/database'
import { AlarmEngine } from '../../../electron/main/guard/alarms/alarm-engine'
import { AlarmStore, guardMigrations } from '../../../electron/main/guard/alarms/alarm-store'
import { EventPipeline } from '../../../electron/main/guard/events/event-pipeline'
import { EventStreamPoller } from '../../../electron/main/guard/events/event-stream'
import { PollWorker } from '../../../electron/main/guard/workers/poll-worker'
import type { GuardSource } from '../../../electron/main/guard/source'

const row = (time: string, name = 'Normal Verify Open', door = 'D1') => ({
  eventTime: time,
  devSn: 'SN1',
  eventPointName: door,
  eventName: name,
  pin: '7',
})

/** A scripted server: monitor answers and v2 range pages, calls recorded. */
function fakeSource(serverId: string, monitor: unknown[][], history: unknown[]) {
  const calls: string[] = []
  const source: GuardSource = {
    serverId,
    doorStates: async () => [],
    gateStates: async () => [],
    monitor: async (stream, key) => {
      calls.push(`monitor ${stream} ${key}`)
      return monitor.shift() ?? []
    },
    range: async (stream, from, to, pageNo) => {
      calls.push(`range ${stream} ${from}..${to} p${pageNo}`)
      return { rows: pageNo === 1 ? history : [], last: true }
    },
    devices: async () => [],
    serverUtcOffsetMinutes: () => 0,
  }
  return { source, calls }
}

/**
 * A poller over a real alarm store. `lastSeen`: the station had polled before (an app restart after an
 * outage: a gap from there is pending). `clock`: the desk's time, which a test may move.
 */
function setup(
  db = openDatabase(':memory:', guardMigrations),
  opts: { lastSeen?: string; clock?: { now: number } } = {},
) {
  const store = new AlarmStore(db)
  if (opts.lastSeen)
    store.saveCursor('access', { server: 'A', lastSeenServerTime: opts.lastSeen, lastPollAt: null })
  const raised: number[] = []
  const engine = new AlarmEngine(store, { raised: (a) => raised.push(a.id), changed: () => undefined })
  const fed: string[] = []
  const pipeline = new EventPipeline({
    store,
    engine,
    classify: () => compileEventPolicy({ alarmEventNames: [] }),
    feed: (events) =>
      fed.push(...events.map((e) => `${e.serverTime} ${e.eventName}${e.recovered ? ' (recovered)' : ''}`)),
  })
  const gaps: GapView[] = []
  // The desk clock agrees with the scripted server's (offset 0).
  const now = () => opts.clock?.now ?? Date.UTC(2026, 10, 29, 10, 0, 40)
  const poller = new EventStreamPoller('access', { store, pipeline, emitGap: (g) => gaps.push(g), now })
  return { db, store, raised, fed, gaps, poller }
}

const signal = new AbortController().signal

describe('EventStreamPoller', () => {
  it('reuses one monitor session key and fills an outage from the last event minus the overlap', async () => {
    const s = setup()
    const { source, calls } = fakeSource(
      'A',
      [[row('2026-11-29 10:00:00')], []],
      [
        row('2026-11-29 10:00:00'), // already seen live (overlap): dropped
        row('2026-11-29 10:00:30', 'Door Opened Forcefully'),
      ],
    )
    await s.poller.poll(source, signal, 1000)
    s.poller.markOutage()
    await s.poller.poll(source, signal, 1000)
    const keys = calls.filter((c) => c.startsWith('monitor')).map((c) => c.split(' ')[2])
    expect(new Set(keys).size).toBe(1)
    expect(calls.find((c) => c.startsWith('range'))).toMatch(/^range access 2026-11-29 09:59:00\.\./)
    expect(s.fed).toEqual([
      '2026-11-29 10:00:00 Normal Verify Open',
      '2026-11-29 10:00:30 Door Opened Forcefully (recovered)',
    ])
    expect(s.raised).toHaveLength(1)
    expect(s.gaps.at(-1)).toMatchObject({
      status: 'filled',
      cause: 'outage',
      recoveredEvents: 1,
      recoveredAlarms: 1,
    })
    expect(s.poller.hasPendingGap()).toBe(false)
  })

  it('keeps a gap pending when its fill fails and retries it at the next poll', async () => {
    const s = setup()
    const { source } = fakeSource('A', [[row('2026-11-29 10:00:00')]], [])
    await s.poller.poll(source, signal, 1000)
    s.poller.markOutage()
    const failing: GuardSource = { ...source, range: async () => Promise.reject(new Error('HTTP 502')) }
    await expect(s.poller.poll(failing, signal, 1000)).rejects.toThrow('HTTP 502')
    expect(s.gaps.at(-1)).toMatchObject({ status: 'failed', error: 'HTTP 502' })
    expect(s.poller.hasPendingGap()).toBe(true)
    await s.poller.poll(source, signal, 1000)
    expect(s.gaps.at(-1)).toMatchObject({ status: 'filled', id: s.gaps[0]!.id })
  })

  it('an alarm event whose write failed (database locked) is raised by the gap fill, not taken for a repeat', async () => {
    const s = setup()
    const forced = row('2026-11-29 10:00:30', 'Door Opened Forcefully')
    const { source } = fakeSource('A', [[row('2026-11-29 10:00:00')], [forced], []], [forced])
    await s.poller.poll(source, signal, 1000)
    // One write fails while the forced door is stored: the batch rolls back.
    const markSeen = s.store.markSeen.bind(s.store)
    let fail = true
    s.store.markSeen = (...args) => {
      if (!fail) return markSeen(...args)
      fail = false
      throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })
    }
    await expect(s.poller.poll(source, signal, 1000)).rejects.toThrow('database is locked')
    expect(s.store.loadOpen()).toHaveLength(0)
    // The worker marks the outage; the next poll's gap fill brings the row again.
    s.poller.markOutage()
    await s.poller.poll(source, signal, 1000)
    expect(s.store.loadOpen().map((a) => a.title)).toEqual([expect.stringMatching(/Forced open/)])
    expect(s.raised).toHaveLength(1)
  })

  it('a gap of more pages than one poll has time for is filled over several polls, its alarm raised once', async () => {
    // The app starts after an outage of hours at a busy site: eight slow pages to fetch.
    const s = setup(undefined, { lastSeen: '2026-11-29 08:00:00' })
    const poller = s.poller
    const forced = row('2026-11-29 08:30:00', 'Door Opened Forcefully')
    const asked: number[] = []
    const source: GuardSource = {
      ...fakeSource('A', [], []).source,
      range: async (_stream, _from, _to, pageNo, _size, { signal }) => {
        asked.push(pageNo)
        await new Promise<void>((resolve, reject) => {
          const t = setTimeout(resolve, 40)
          signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)))
        })
        return { rows: pageNo === 8 ? [forced] : [row(`2026-11-29 09:0${pageNo}:00`)], last: pageNo === 8 }
      },
    }
    // A poll may take 200 ms, so at most ~4 pages fit in one.
    const worker = new PollWorker({
      name: 'accessEvents',
      intervalMs: () => 50,
      timeoutMs: () => 200,
      backoffCapMs: 100,
      random: () => 1,
      run: (signal, timeoutMs) => poller.poll(source, signal, timeoutMs),
      onStatus: () => undefined,
      onFailure: () => poller.markOutage(),
    })
    worker.start()
    try {
      await expect.poll(() => s.gaps.at(-1)?.status, { timeout: 3_000 }).toBe('filled')
    } finally {
      worker.stop()
    }
    expect(s.gaps.at(-1)).toMatchObject({ recoveredAlarms: 1, recoveredEvents: 8 })
    expect(new Set(s.gaps.map((g) => g.id)).size).toBe(1)
    // Each page asked for once: a poll goes on where the last one stopped.
    expect(asked).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(s.store.loadOpen()).toHaveLength(1)
    expect(s.raised).toHaveLength(1)
    expect(worker.status().consecutiveFailures).toBe(0)
  })

  it('an outage while a gap is being filled extends it: after its range, on to the new now', async () => {
    const clock = { now: Date.UTC(2026, 10, 29, 10, 0, 40) }
    const s = setup(undefined, { lastSeen: '2026-11-29 08:00:00', clock })
    const poller = s.poller
    const asked: string[] = []
    const late = row('2026-11-29 10:20:00', 'Door Opened Forcefully')
    const source: GuardSource = {
      ...fakeSource('A', [], []).source,
      range: async (_stream, from, to, pageNo) => {
        asked.push(`${from}..${to} p${pageNo}`)
        const first = to === '2026-11-29 10:05:40'
        return { rows: first ? [] : [late], last: !first || pageNo === 2 }
      },
    }
    // No time left in this poll after one page (a poll's budget of 0 ms).
    await poller.poll(source, signal, 0)
    // A later poll fails (another outage); twenty minutes pass.
    poller.markOutage()
    clock.now += 20 * 60_000
    await poller.poll(source, signal, 1_000)
    await poller.poll(source, signal, 1_000)
    expect(asked).toEqual([
      '2026-11-29 07:59:00..2026-11-29 10:05:40 p1',
      '2026-11-29 07:59:00..2026-11-29 10:05:40 p2',
      '2026-11-29 10:04:40..2026-11-29 10:25:40 p1',
    ])
    expect(s.gaps.at(-1)).toMatchObject({ status: 'filled', recoveredAlarms: 1 })
    expect(new Set(s.gaps.map((g) => g.id)).size).toBe(1)
    expect(poller.hasPendingGap()).toBe(false)
  })

  it('after a restart fills from the stored cursor, but not with another server', async () => {
    const db = openDatabase(':memory:', guardMigrations)
    const first = setup(db)
    await first.poller.poll(fakeSource('A', [[row('2026-11-29 10:00:00')]], []).source, signal, 1000)

    const sameServer = setup(db)
    const a = fakeSource('A', [], [row('2026-11-29 10:05:00', 'Door Opened Forcefully')])
    await sameServer.poller.poll(a.source, signal, 1000)
    expect(sameServer.gaps.at(-1)).toMatchObject({ cause: 'restart', status: 'filled', recoveredAlarms: 1 })

    const otherServer = setup(db)
    const b = fakeSource('B', [], [row('2026-11-29 10:05:00', 'Door Opened Forcefully')])
    await otherServer.poller.poll(b.source, signal, 1000)
    expect(b.calls.some((c) => c.startsWith('range'))).toBe(false)
    expect(otherServer.gaps).toEqual([])
  })
})
