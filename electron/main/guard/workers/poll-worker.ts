/**
 * One polling loop. Exactly one request in flight; each poll has a timeout enforced with an
 * AbortController; a failure backs off with jitter (doubling, capped); pause() (system suspend) aborts
 * the poll in flight and stops the loop; resume() polls at once. Every state change is reported.
 *
 * Healthy polls start on a fixed grid (start + phase + k x interval, the next slot at least one interval
 * after the previous poll started), so two workers given phases half an interval apart stay half an
 * interval apart: the door-state poll and the event monitor both show door alarms, and staggering them
 * halves the wait for such an alarm while each still polls no more often than its interval.
 */
import { storageErrorOf } from '../../app/storage-error'
import type { WorkerName, WorkerStatus } from '../../../shared/contract/guard'
import { backoffDelayMs } from '../../../shared/guard/backoff'
import { translate } from '../../i18n'
import { createLogger } from '../../log'

const log = createLogger('guard.worker')

export interface PollWorkerOptions {
  name: WorkerName
  /** Read on every schedule, so a settings change applies at the next poll. */
  intervalMs: () => number
  /** Per poll; default: twice the interval, between 3 and 15 s. */
  timeoutMs?: () => number
  /** Upper bound of the backoff; a function is read at each failure (follows the settings). */
  backoffCapMs?: number | (() => number)
  /** Where in the interval this worker polls after its first poll (ms after start); read at start. */
  phaseMs?: () => number
  run: (signal: AbortSignal, timeoutMs: number) => Promise<void>
  onStatus: (status: WorkerStatus) => void
  onSuccess?: () => void
  onFailure?: (error: unknown) => void
  random?: () => number
  now?: () => number
}

export class PollTimeoutError extends Error {
  constructor(ms: number) {
    // Shown as the worker's last error (guard diagnostics), so in the station's language.
    super(translate('server.alarm.noAnswerWithin', { ms }))
    this.name = 'PollTimeoutError'
  }
}

/** A full disk or locked database reads as such on the guard screen, not as SQLite's wording. */
const describe = (error: unknown): string =>
  (storageErrorOf(error)?.message ?? (error instanceof Error ? error.message : String(error))).slice(
    0,
    500,
  ) || 'Unknown error'

export class PollWorker {
  private timer: ReturnType<typeof setTimeout> | null = null
  private controller: AbortController | null = null
  private inFlight: Promise<void> | null = null
  private running = false
  private paused = false
  /** The poll in flight was aborted by a suspend: not a failure; poll again on resume. */
  private suspendAborted = false
  /**
   * "Poll now" (the server is back, the guard asked) came while a poll was in flight. If that poll
   * fails, its failure may predate what the caller knows: poll again at once instead of backing off.
   */
  private rerunRequested = false
  /** The first slot of the polling grid (ms), set at start. */
  private gridAnchor = 0
  private readonly now: () => number
  private s: WorkerStatus

  constructor(private readonly o: PollWorkerOptions) {
    this.now = o.now ?? Date.now
    this.s = {
      name: o.name,
      state: 'stopped',
      intervalMs: Math.max(1, Math.round(o.intervalMs())),
      lastSuccessAt: null,
      lastError: null,
      lastErrorAt: null,
      nextPollAt: null,
      consecutiveFailures: 0,
      lastDurationMs: null,
    }
  }

  status(): WorkerStatus {
    return { ...this.s }
  }

  start(): void {
    if (this.running) return
    this.running = true
    this.paused = false
    // The first poll at once (a fresh start wants everything now); the grid begins at the phase.
    this.gridAnchor = this.now() + Math.max(0, this.o.phaseMs?.() ?? 0)
    this.schedule(0)
  }

  stop(): void {
    this.running = false
    this.clearTimer()
    this.controller?.abort(new Error('stopped'))
    this.update({ state: 'stopped', nextPollAt: null })
  }

  /** System suspend: abort the poll in flight (the network is going away) and wait. */
  pause(): void {
    if (!this.running || this.paused) return
    this.paused = true
    this.clearTimer()
    if (this.controller) {
      this.suspendAborted = true
      this.controller.abort(new Error('suspended'))
    }
    this.update({ state: 'paused', nextPollAt: null })
  }

  /** System resume (or "poll now"): poll at once. */
  resume(): void {
    if (!this.running) return
    this.paused = false
    if (this.inFlight) this.rerunRequested = true
    this.schedule(0)
  }

  pollNow(): void {
    this.resume()
  }

  /** Resolves when the poll in flight (if any) has finished. */
  async idle(): Promise<void> {
    await this.inFlight
  }

  private schedule(delayMs: number): void {
    this.clearTimer()
    if (!this.running || this.paused) return
    if (this.inFlight) return // the poll in flight schedules the next one when it ends
    const at = this.now() + delayMs
    this.update({
      state: this.s.consecutiveFailures > 0 ? 'backoff' : 'waiting',
      nextPollAt: new Date(at).toISOString(),
      intervalMs: Math.max(1, Math.round(this.o.intervalMs())),
    })
    this.timer = setTimeout(() => {
      this.timer = null
      void this.poll()
    }, delayMs)
    this.timer.unref?.()
  }

  private async poll(): Promise<void> {
    if (this.inFlight || !this.running || this.paused) return
    const interval = this.o.intervalMs()
    const timeoutMs = this.o.timeoutMs?.() ?? Math.min(15_000, Math.max(3_000, interval * 2))
    const controller = new AbortController()
    this.controller = controller
    const timeout = setTimeout(() => controller.abort(new PollTimeoutError(timeoutMs)), timeoutMs)
    timeout.unref?.()
    const started = this.now()
    this.update({ state: 'polling', nextPollAt: null })
    let done!: () => void
    this.inFlight = new Promise<void>((resolve) => (done = resolve))
    let failed: unknown = null
    try {
      await this.o.run(controller.signal, timeoutMs)
      if (controller.signal.aborted) failed = controller.signal.reason
    } catch (error) {
      failed =
        controller.signal.aborted && controller.signal.reason instanceof PollTimeoutError
          ? controller.signal.reason
          : error
    } finally {
      clearTimeout(timeout)
      this.controller = null
    }
    const duration = this.now() - started
    const interrupted = this.paused || !this.running || this.suspendAborted
    const resumedMeanwhile = this.suspendAborted && this.running && !this.paused
    this.suspendAborted = false
    const rerun = this.rerunRequested
    this.rerunRequested = false
    // What the owner does with the outcome (raise the link-lost alarm, write to the database) may
    // throw, on a full disk say: the loop must go on all the same, or it stays "polling" for good.
    try {
      if (failed === null) {
        this.s.consecutiveFailures = 0
        this.update({ lastSuccessAt: new Date(this.now()).toISOString(), lastDurationMs: duration })
        this.o.onSuccess?.()
      } else if (!interrupted) {
        this.s.consecutiveFailures++
        this.update({
          lastError: describe(failed),
          lastErrorAt: new Date(this.now()).toISOString(),
          lastDurationMs: duration,
        })
        this.o.onFailure?.(failed)
      }
    } catch (error) {
      log.error('handling a poll outcome failed', { worker: this.o.name, error: describe(error) })
    } finally {
      this.inFlight = null
      done()
    }
    if (resumedMeanwhile) return this.schedule(0)
    if (interrupted) return
    if (rerun && failed !== null) return this.schedule(0)
    const next =
      this.s.consecutiveFailures === 0
        ? this.nextSlotDelay(started, interval)
        : backoffDelayMs(interval, this.s.consecutiveFailures, this.backoffCap(), this.o.random)
    this.schedule(next)
  }

  /**
   * Delay to the grid slot after the one this poll started in. A timer a little late (up to a tenth of
   * the interval) still counts as its slot, or one late timer would skip a whole slot; so two healthy
   * polls start an interval apart, less that lateness. A poll that overran its next slot waits for the
   * first slot still ahead.
   */
  private nextSlotDelay(started: number, interval: number): number {
    const slot = Math.floor((started - this.gridAnchor + interval / 10) / interval)
    let at = this.gridAnchor + (slot + 1) * interval
    // Off the grid (the first poll, "poll now", a resume): never sooner than the interval allows.
    while (at < started + interval * 0.9) at += interval
    const t = this.now()
    if (at < t) at = this.gridAnchor + Math.ceil((t - this.gridAnchor) / interval) * interval
    return Math.max(0, at - t)
  }

  private backoffCap(): number {
    const cap = this.o.backoffCapMs
    return typeof cap === 'function' ? cap() : (cap ?? 60_000)
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  private update(patch: Partial<WorkerStatus>): void {
    this.s = { ...this.s, ...patch }
    this.o.onStatus(this.status())
  }
}
