/**
 * A fast clock for main under the harness (endurance runs): `Date` runs `speed` times faster from a
 * given simulated instant, and timers of a minute or more wait `speed` times less, so a week of hourly
 * and daily jobs (retention, pruning, directory refresh) runs in minutes. Shorter timers (polls,
 * timeouts, batching) keep their real length: the polling rate stays the one the test sets.
 * Installed by main-host.ts before main is imported, only when GATEHOUSE_HARNESS_CLOCK is set
 * (`speed,simulatedNowMs,realNowMs`: the simulated time that was current at a real instant, so main's
 * clock agrees with a simulator running at the same speed).
 */
const LONG_TIMER_MS = 60_000

export function installFastClock(spec: string): void {
  const [speed, simAt, realAt] = spec.split(',').map(Number) as [number, number, number]
  if (!(speed > 0) || !Number.isFinite(simAt) || !Number.isFinite(realAt)) return
  const RealDate = Date
  const realNow = RealDate.now.bind(RealDate)
  const now = () => Math.floor(simAt + (realNow() - realAt) * speed)

  class FastDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now())
      else super(...(args as [string]))
    }
    static override now(): number {
      return now()
    }
  }
  // Date() called as a function returns the current time as text.
  const DateProxy = new Proxy(FastDate, {
    apply: () => new FastDate().toString(),
  })
  globalThis.Date = DateProxy as DateConstructor

  const scale = (ms: unknown) =>
    typeof ms === 'number' && ms >= LONG_TIMER_MS ? Math.max(1, Math.round(ms / speed)) : ms
  const realSetTimeout = globalThis.setTimeout
  const realSetInterval = globalThis.setInterval
  globalThis.setTimeout = ((fn: () => void, ms?: number, ...rest: unknown[]) =>
    realSetTimeout(fn, scale(ms) as number, ...rest)) as typeof setTimeout
  globalThis.setInterval = ((fn: () => void, ms?: number, ...rest: unknown[]) =>
    realSetInterval(fn, scale(ms) as number, ...rest)) as typeof setInterval
}
