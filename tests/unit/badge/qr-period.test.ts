import { describe, expect, it } from 'vitest'
import { QrPeriodLearner } from '../../../electron/main/badge/qr-period'

/**
 * A server whose code changes every `periodMs` (phase `phaseMs`), a desk that fetches when the learner
 * says, and a screen that shows the last answer. Measures the share of 1 s samples (at odd offsets)
 * where the screen shows the server's current code, after a warm-up.
 */
function run(opts: {
  periodMs: number
  phaseMs: number
  latencyMs: number
  warmUpMs: number
  measureMs: number
  assumedPeriodMs?: number
  perRequest?: boolean
}) {
  const learner = new QrPeriodLearner(opts.assumedPeriodMs ? { assumedPeriodMs: opts.assumedPeriodMs } : {})
  let counter = 0
  const codeAt = (t: number) =>
    opts.perRequest ? `req-${++counter}` : `w-${Math.floor((t - opts.phaseMs) / opts.periodMs)}`
  // screen timeline: [time shown, code]
  const shown: [number, string, string][] = [] // time, code, window at server time
  let t = 1_000_000
  let requests = 0
  const end = t + opts.warmUpMs + opts.measureMs
  while (t < end) {
    const sentAt = t
    const serverTime = t + opts.latencyMs / 2
    const code = codeAt(serverTime)
    const receivedAt = t + opts.latencyMs
    requests++
    learner.observe('visit', code, sentAt, receivedAt)
    shown.push([receivedAt, code, code])
    t = receivedAt + learner.nextFetchIn('visit', receivedAt)
  }
  let good = 0
  let samples = 0
  // once a second, with the jitter of a real sampler (never locked to the change)
  for (let s = 1_000_000 + opts.warmUpMs + 337; s < end; s += 1000 + (samples % 7) * 13) {
    samples++
    let current: string | undefined
    for (const [at, code] of shown) if (at <= s) current = code
    if (!opts.perRequest && current === codeAt(s)) good++
  }
  return { share: good / samples, samples, requests, timing: learner.timing() }
}

describe('QR period learner', () => {
  it('locks onto a 30 s code and keeps the screen current ≥ 99 % of the time after one period', () => {
    for (const phaseMs of [0, 4_321, 17_777, 29_999]) {
      const r = run({ periodMs: 30_000, phaseMs, latencyMs: 15, warmUpMs: 65_000, measureMs: 600_000 })
      expect(r.share).toBeGreaterThanOrEqual(0.99)
      expect(r.timing).toMatchObject({ periodMs: 30_000, learned: true, locked: true })
      // A handful of requests per period once locked, not one a second.
      expect(r.requests / (635_000 / 30_000)).toBeLessThan(12)
    }
  })

  it('learns a period the server uses instead of the assumed 30 s', () => {
    const r = run({ periodMs: 60_000, phaseMs: 12_345, latencyMs: 20, warmUpMs: 200_000, measureMs: 600_000 })
    expect(r.timing.learned).toBe(true)
    expect(Math.abs(r.timing.periodMs - 60_000)).toBeLessThan(200)
    expect(r.share).toBeGreaterThanOrEqual(0.99)
  })

  it('follows a period slightly longer than assumed', () => {
    const r = run({ periodMs: 30_250, phaseMs: 1_000, latencyMs: 10, warmUpMs: 200_000, measureMs: 900_000 })
    expect(Math.abs(r.timing.periodMs - 30_250)).toBeLessThan(60)
    expect(r.share).toBeGreaterThanOrEqual(0.99)
  })

  it('treats codes that change on every request as such and stops polling fast', () => {
    const learner = new QrPeriodLearner()
    let t = 0
    for (let i = 0; i < 6; i++) {
      learner.observe('v', `code-${i}`, t, t + 10)
      t += 10 + learner.nextFetchIn('v', t + 10)
    }
    expect(learner.nextFetchIn('v', t)).toBe(20_000)
    expect(learner.msUntilChange(t)).toBeNull()
  })

  it('polls once a second until it has seen a change, then waits for the next one', () => {
    const learner = new QrPeriodLearner()
    learner.observe('v', 'a', 0, 10)
    expect(learner.nextFetchIn('v', 10)).toBe(1_000)
    learner.observe('v', 'a', 1_010, 1_020)
    learner.observe('v', 'b', 2_020, 2_030) // changed in (1010, 2030]
    const wait = learner.nextFetchIn('v', 2_030)
    // a guard fetch shortly before 1010 + 30 000
    expect(wait).toBeGreaterThan(27_000)
    expect(wait).toBeLessThan(30_000)
    expect(learner.msUntilChange(2_030)).toBeGreaterThan(28_000)
  })

  it('a change seen early (clock jump) resets the phase instead of showing an old code', () => {
    const learner = new QrPeriodLearner()
    learner.observe('v', 'a', 0, 10)
    learner.observe('v', 'a', 1_000, 1_010)
    learner.observe('v', 'b', 2_000, 2_010)
    // the server's clock jumped: at the guard fetch the code is already new
    const guardAt = 2_010 + learner.nextFetchIn('v', 2_010)
    learner.observe('v', 'c', guardAt, guardAt + 10)
    const next = learner.nextFetchIn('v', guardAt + 10)
    expect(next).toBeLessThanOrEqual(30_000)
  })
})

describe('QR period learner, shorter period than assumed', () => {
  it('learns a 15 s period (a change comes before the predicted one)', () => {
    const r = run({ periodMs: 15_000, phaseMs: 7_000, latencyMs: 15, warmUpMs: 150_000, measureMs: 600_000 })
    expect(Math.abs(r.timing.periodMs - 15_000)).toBeLessThan(100)
    expect(r.share).toBeGreaterThanOrEqual(0.99)
  })
})
