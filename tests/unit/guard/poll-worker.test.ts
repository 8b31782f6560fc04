import { afterEach, describe, expect, it, vi } from 'vitest'
import type { WorkerStatus } from '../../../electron/shared/contract/guard'
import { PollWorker } from '../../../electron/main/guard/workers/poll-worker'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const workers: PollWorker[] = []
afterEach(() => {
  for (const w of workers.splice(0)) w.stop()
})

function worker(
  run: (signal: AbortSignal) => Promise<void>,
  opts: { intervalMs?: number; timeoutMs?: number } = {},
) {
  const statuses: WorkerStatus[] = []
  const w = new PollWorker({
    name: 'doorStates',
    intervalMs: () => opts.intervalMs ?? 40,
    timeoutMs: () => opts.timeoutMs ?? 200,
    backoffCapMs: 400,
    random: () => 1,
    run,
    onStatus: (s) => statuses.push(s),
  })
  workers.push(w)
  return { w, statuses }
}

describe('PollWorker', () => {
  it('polls at its interval with never more than one request in flight', async () => {
    let inFlight = 0
    let maxInFlight = 0
    let calls = 0
    const { w } = worker(async () => {
      calls++
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      await sleep(60) // slower than the interval
      inFlight--
    })
    w.start()
    w.pollNow()
    w.pollNow()
    await sleep(400)
    expect(maxInFlight).toBe(1)
    expect(calls).toBeGreaterThanOrEqual(3)
    expect(w.status().lastSuccessAt).not.toBeNull()
    expect(w.status().lastDurationMs).toBeGreaterThanOrEqual(50)
  })

  it('keeps polling when handling a failure throws (a full disk while raising the link-lost alarm)', async () => {
    let calls = 0
    let throwOnce = true
    const rejections: unknown[] = []
    const onRejection = (reason: unknown) => rejections.push(reason)
    process.on('unhandledRejection', onRejection)
    try {
      const w = new PollWorker({
        name: 'doorStates',
        intervalMs: () => 30,
        timeoutMs: () => 500,
        backoffCapMs: 30,
        random: () => 1,
        run: async () => {
          calls++
          if (calls === 1) throw new Error('server away')
        },
        onStatus: () => undefined,
        onFailure: () => {
          if (!throwOnce) return
          throwOnce = false
          throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
        },
      })
      workers.push(w)
      w.start()
      await sleep(300)
      expect(calls).toBeGreaterThan(2)
      expect(w.status().consecutiveFailures).toBe(0)
      w.pollNow()
      await sleep(50)
      expect(calls).toBeGreaterThan(3)
      expect(rejections).toEqual([])
    } finally {
      process.off('unhandledRejection', onRejection)
    }
  })

  it('"poll now" during a poll that then fails polls again at once instead of backing off', async () => {
    let calls = 0
    let release: (error: Error) => void = () => undefined
    const w = new PollWorker({
      name: 'accessEvents',
      intervalMs: () => 50,
      timeoutMs: () => 5_000,
      backoffCapMs: 5_000,
      random: () => 1,
      run: async () => {
        calls++
        // Away for three polls (the backoff grows), then a request the server never answers in time.
        if (calls <= 3) throw new Error('server away')
        if (calls === 4) await new Promise<void>((_, reject) => (release = reject))
      },
      onStatus: () => undefined,
    })
    workers.push(w)
    w.start()
    await expect.poll(() => calls, { timeout: 2_000 }).toBe(4)
    // The server is back (the door poll says so): the stream is asked to poll now, while its stalled
    // request is still out; that request then fails.
    w.pollNow()
    release(new Error('socket hang up'))
    await expect.poll(() => calls, { timeout: 150, interval: 10 }).toBe(5)
    expect(w.status().consecutiveFailures).toBe(0)
  })

  it('aborts a poll that takes longer than its timeout and reports it', async () => {
    let aborted = false
    const { w } = worker(
      (signal) =>
        new Promise<void>((_, reject) => {
          signal.addEventListener('abort', () => {
            aborted = true
            reject(new Error('socket closed'))
          })
        }),
      { timeoutMs: 50 },
    )
    w.start()
    await sleep(120)
    expect(aborted).toBe(true)
    expect(w.status().lastError).toMatch(/No answer within 50 ms/)
    expect(w.status().consecutiveFailures).toBeGreaterThanOrEqual(1)
  })

  it('backs off after failures (doubling, capped) and recovers', async () => {
    // On fake timers: the waits are judged exactly, whatever else the machine is doing.
    vi.useFakeTimers()
    try {
      let fail = true
      const times: number[] = []
      const { w, statuses } = worker(async () => {
        times.push(Date.now())
        if (fail) throw new Error('HTTP 500')
      })
      w.start()
      await vi.advanceTimersByTimeAsync(2000)
      const gaps = times.slice(1).map((t, i) => t - times[i]!)
      expect(gaps.slice(0, 5)).toEqual([40, 80, 160, 320, 400]) // one interval, then doubling, capped
      expect(Math.max(...gaps)).toBe(400)
      expect(statuses.some((s) => s.state === 'backoff')).toBe(true)
      fail = false
      await vi.advanceTimersByTimeAsync(500)
      expect(w.status().consecutiveFailures).toBe(0)
      expect(w.status().state).toBe('waiting')
    } finally {
      vi.useRealTimers()
    }
  })

  it('pauses on suspend (aborting the poll in flight, not counted as a failure) and polls at once on resume', async () => {
    let calls = 0
    const { w } = worker(
      (signal) =>
        new Promise<void>((resolve, reject) => {
          calls++
          const t = setTimeout(resolve, 30)
          signal.addEventListener('abort', () => {
            clearTimeout(t)
            reject(new Error('aborted'))
          })
        }),
      { intervalMs: 10_000 },
    )
    w.start()
    await sleep(5)
    w.pause()
    expect(w.status().state).toBe('paused')
    await sleep(50)
    expect(w.status().consecutiveFailures).toBe(0)
    const before = calls
    w.resume()
    await sleep(60)
    expect(calls).toBe(before + 1)
    expect(w.status().lastSuccessAt).not.toBeNull()
    expect(w.status().state).toBe('waiting')
  })
})
