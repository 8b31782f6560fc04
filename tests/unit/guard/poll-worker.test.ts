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
