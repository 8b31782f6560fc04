/**
 * When does the server's dynamic QR change? FIELD-NOTES only says the code is "dynamic"; the simulator
 * rotates it every 30 s of its clock (a window aligned on the clock, the same for every visitor). A
 * badge that refreshes on its own timer shows the previous code for part of every period, and a
 * turnstile that takes only the current one turns the visitor away.
 *
 * This learner watches every fetch (when it was sent, when it came back, what it said) and learns:
 *  - the PHASE: a change happened between the last fetch that still had the old code and the first
 *    that had the new one, a bracket (lo, hi] in desk time;
 *  - the PERIOD: 30 s is assumed until the server contradicts it; two changes seen while polling
 *    closely give the period's bounds.
 * It then tells the caller when to fetch next: a guard fetch just before the predicted change (to catch
 * a change that comes early), then fetches from the earliest moment the change can happen, a few
 * milliseconds apart, until the new code is there. Each period the bracket shrinks to about the step
 * plus the request's round trip, so the code on screen is the previous one for only that long.
 * Without a phase (first sight, or after a surprise) it polls once a second until it sees a change.
 *
 * Pure: times are passed in (ms, one clock), no timers; one learner per server.
 */

export interface QrPeriodOptions {
  /** Assumed until the server shows otherwise (the simulator's period; no real figure is documented). */
  assumedPeriodMs?: number
  /** Polling step while the phase is unknown. */
  searchStepMs?: number
  /** Smallest step while closing in on a predicted change (plus the round trip: the longest a stale code shows). */
  minStepMs?: number
  /** A guard fetch this long before a predicted change catches a code that changed early. */
  guardMs?: number
  /** Codes that seem to change faster than this are treated as "new on every request". */
  shortestPeriodMs?: number
  /** Refresh for servers whose code changes on every request (any fresh code is as good as another). */
  perRequestRefreshMs?: number
}

interface Bracket {
  /** The change happened after lo ... */
  lo: number
  /** ... and no later than hi. */
  hi: number
  /** Seen happen (true), or predicted and narrowed by fetches that still had the old code (false). */
  observed: boolean
  /** For a prediction that came late: when it was first due (to give up after a while). */
  due?: number
}

interface LastFetch {
  payload: string
  sentAt: number
  receivedAt: number
  /** This key's last change seen, or null. */
  change: Bracket | null
  /** This fetch brought a new code. */
  isChange: boolean
}

export interface QrTiming {
  /** The period in use: assumed, confirmed or learned (ms). */
  periodMs: number
  /** true once the server's own behaviour gave or confirmed the period. */
  learned: boolean
  /** The phase is known: refreshes follow the changes. */
  locked: boolean
}

export class QrPeriodLearner {
  private readonly assumed: number
  private readonly searchStep: number
  private readonly minStep: number
  private readonly guard: number
  private readonly shortest: number
  private readonly perRequest: number
  /** Bounds of the period; equal while the assumed period holds. */
  private period: { min: number; max: number }
  private confirmed = false
  private boundary: Bracket | null = null
  /** The last change actually seen (kept when the prediction is lost, to learn the period). */
  private lastSeen: Bracket | null = null
  private perRequestCodes = false
  /** A change came where none was predicted: poll until two close changes give the period anew. */
  private needPair = false
  /** A fetch after the last change still had the same code (codes are not new on every request). */
  private stableSeen = false
  private readonly last = new Map<string, LastFetch>()

  constructor(options: QrPeriodOptions = {}) {
    this.assumed = options.assumedPeriodMs ?? 30_000
    this.searchStep = options.searchStepMs ?? 1_000
    this.minStep = options.minStepMs ?? 10
    this.guard = options.guardMs ?? 600
    this.shortest = options.shortestPeriodMs ?? 2_500
    this.perRequest = options.perRequestRefreshMs ?? 20_000
    this.period = { min: this.assumed, max: this.assumed }
  }

  timing(): QrTiming {
    return {
      periodMs: Math.round((this.period.min + this.period.max) / 2),
      learned: this.confirmed,
      locked: this.boundary !== null,
    }
  }

  /** Records one fetch of `key`'s code (a visit): sent at `sentAt`, answered at `receivedAt`. */
  observe(key: string, payload: string, sentAt: number, receivedAt: number): void {
    const prev = this.last.get(key)
    const narrow = (x: Bracket) => x.hi - x.lo <= 2 * this.searchStep
    const entry: LastFetch = {
      payload,
      sentAt,
      receivedAt,
      change: prev?.change ?? null,
      isChange: false,
    }
    this.last.set(key, entry)
    if (!prev) return
    if (prev.payload === payload) {
      this.stableSeen = true
      this.perRequestCodes = false
      this.sameCode(prev.sentAt, sentAt)
      return
    }
    // The server computed the old code no earlier than prev.sentAt and the new one no later than
    // receivedAt: the change lies in between.
    const seen: Bracket = { lo: prev.sentAt, hi: receivedAt, observed: true }
    entry.isChange = true
    // Only a change placed closely can pair with the next one (see below).
    entry.change = narrow(seen) ? seen : null
    if (this.perRequestCodes || (prev.isChange && sentAt - prev.sentAt < this.shortest)) {
      // Changed again at once: codes are made per request, not per period.
      this.perRequestCodes = true
      return
    }
    // Two narrow changes seen by the same key with one code in between are exactly one period apart.
    const own = prev.change && narrow(seen) ? prev.change : null
    this.changed(seen, own, narrow(seen))
  }

  /** ms until `key` should be fetched again, at `now`. */
  nextFetchIn(key: string, now: number): number {
    if (this.perRequestCodes) return this.perRequest
    const mine = this.last.get(key)
    if (!mine || !this.boundary || !this.stableSeen || this.needPair) return this.searchStep
    const b = this.boundary
    // Another key saw a change this key's code predates: fetch now.
    if (b.observed && mine.receivedAt < b.lo) return 0
    const w = this.nextWindow(mine)
    let target: number
    if (mine.sentAt < w.lo - this.guard - this.minStep && now < w.lo - this.guard) {
      target = w.lo - this.guard // guard: did it change early?
    } else if (mine.sentAt < w.lo) {
      target = w.lo + 1 // the earliest moment the new code can exist
    } else {
      const step = Math.min(this.searchStep, Math.max(this.minStep, (w.hi - w.lo) / 20))
      target = Math.min(mine.sentAt + step, w.hi + 1)
    }
    return Math.max(0, Math.round(target - now))
  }

  /** ms until the next predicted change (for printing just after it), or null when unknown. */
  msUntilChange(now: number): number | null {
    if (!this.boundary || this.perRequestCodes) return null
    const w = this.windowAfter(now)
    return Math.max(0, w.hi - now)
  }

  /** The predicted change window this key's code ends with. */
  private nextWindow(mine: LastFetch): { lo: number; hi: number } {
    const b = this.boundary as Bracket
    // A predicted (not yet seen) boundary is still ahead of a key fetched before its end.
    if (!b.observed && mine.sentAt < b.hi) return { lo: b.lo, hi: b.hi }
    return this.windowAfter(Math.max(mine.receivedAt, b.hi))
  }

  /** The first predicted change window that ends after `t`. */
  private windowAfter(t: number): { lo: number; hi: number } {
    const b = this.boundary as Bracket
    const { min, max } = this.period
    let k = Math.max(b.observed ? 1 : 0, Math.floor((t - b.hi) / max))
    while (b.hi + k * max <= t) k++
    // An unseen (predicted) change is window 0; a seen one is behind us.
    return { lo: b.lo + k * min, hi: b.hi + k * max }
  }

  /** A fetch still had the old code at `sentAt` (the one before it was sent at `prevSentAt`). */
  private sameCode(prevSentAt: number, sentAt: number): void {
    if (!this.boundary) return
    const ahead = this.windowAfter(prevSentAt)
    if (sentAt <= ahead.lo) return
    if (sentAt < ahead.hi) {
      const due = this.boundary.due
      this.boundary = { lo: sentAt, hi: ahead.hi, observed: false, ...(due === undefined ? {} : { due }) }
    } else if (sentAt - (this.boundary.due ?? ahead.hi) < 3 * this.searchStep) {
      // Late, a little: the period is longer than thought. Keep closing in; the change, once seen,
      // corrects the period (see changed()).
      const due = this.boundary.due ?? ahead.hi
      this.boundary = { lo: sentAt, hi: sentAt + this.searchStep, observed: false, due }
    } else {
      this.boundary = null // lost: search again
    }
  }

  private changed(seen: Bracket, own: Bracket | null, placed: boolean): void {
    const b = this.boundary
    const predicted = b && !b.observed && b.due === undefined ? intersect(b, seen) : null
    if (!predicted && (!placed || this.needPair)) {
      // A change where none was predicted (early: a shorter period or a clock jump), or still
      // re-learning: only two close changes of one code measure the period without aliasing.
      this.boundary = null
      if (own && placed) {
        const pair = { min: Math.max(this.shortest, seen.lo - own.hi), max: seen.hi - own.lo }
        if (pair.max >= this.shortest) {
          this.period = pair
          this.confirmed = true
          this.needPair = false
          this.boundary = this.lastSeen = seen
        }
      } else {
        this.needPair = true
      }
      return
    }
    // Learn from the previous change seen: the pair bounds the period.
    const ref = own ?? this.lastSeen
    let shifted: Bracket | null = null
    if (ref) {
      const mid = (x: { lo: number; hi: number }) => (x.lo + x.hi) / 2
      const { min, max } = this.period
      const k = own ? 1 : Math.round((mid(seen) - mid(ref)) / ((min + max) / 2))
      const pair = k > 0 ? { min: (seen.lo - ref.hi) / k, max: (seen.hi - ref.lo) / k } : null
      if (k === 0) {
        shifted = ref
      } else if (pair && pair.max >= this.shortest) {
        const both = { min: Math.max(min, pair.min), max: Math.min(max, pair.max) }
        // Consistent: narrower bounds. Not: the assumed or learned period is wrong, trust the server.
        this.period = both.min <= both.max ? both : { min: Math.max(this.shortest, pair.min), max: pair.max }
        this.confirmed = true
        shifted = { lo: ref.lo + k * this.period.min, hi: ref.hi + k * this.period.max, observed: true }
      }
    }
    if (predicted) this.confirmed = true
    const narrowed = predicted ?? seen
    this.boundary = this.lastSeen = (shifted ? intersect(narrowed, shifted) : null) ?? narrowed
  }
}

function intersect(a: Bracket, b: Bracket): Bracket | null {
  const lo = Math.max(a.lo, b.lo)
  const hi = Math.min(a.hi, b.hi)
  return lo < hi ? { lo, hi, observed: true } : null
}
