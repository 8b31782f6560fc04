import { formatDateTime } from '../lib/dates.ts'

/**
 * The simulated clock: starts at the real time, runs `speed` times faster and can be moved by the
 * control API. Everything time-based (relay pulses, QR windows, event times) reads it lazily, so
 * moving the clock needs no timers.
 */
export class SimClock {
  speed: number
  private baseSim: number
  private baseReal: number
  constructor(speed = 1, start = Date.now()) {
    this.speed = speed
    this.baseSim = start
    this.baseReal = performance.now()
  }
  now(): number {
    return Math.floor(this.baseSim + (performance.now() - this.baseReal) * this.speed)
  }
  text(): string {
    return formatDateTime(this.now())
  }
  advance(ms: number): void {
    this.baseSim += ms
  }
  set(ms: number): void {
    this.baseSim = ms
    this.baseReal = performance.now()
  }
}
