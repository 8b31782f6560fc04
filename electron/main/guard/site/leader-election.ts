/**
 * Leader election for one ZKBio server among the site's stations. The lock is a PostgreSQL
 * session-level advisory lock held on a dedicated connection: when the leader's process dies its
 * connection closes and PostgreSQL releases the lock at once. The others try again at a short interval
 * (a fraction of the polling interval), so one of them takes over within two polling intervals.
 *
 * A leader that cannot reach the site database any more (its lease renewal fails or hangs) steps down
 * AT ONCE and closes its connection: better no poller for a moment than two stations polling and
 * writing alarms side by side. The lease row is for people (station status shows who leads), the lock
 * is the truth.
 *
 * Station roles (shared/site/station-role.ts): guard booths and stations that are both are
 * candidates and hold a shared "candidate" lock while they take part. A reception-only desk is the
 * fallback: it does not try for the lock while a candidate is there or has been within `standBackMs`
 * (several polling intervals), and a desk leading as the fallback steps down at its next renewal once
 * a candidate appears. So a booth always polls when one is connected, and a site with desks only is
 * still watched (alarms recorded and shared) rather than blind.
 *
 * Driver-free on purpose: the PostgreSQL side is a `LeaderSession` (site/guard-site.ts).
 */
import { fallbackMayLead, fallbackStepsDown, type ElectionStance } from '../../../shared/site/station-role'

export interface LeaderSession {
  /** pg_try_advisory_lock on this session: true when this session holds it now. */
  tryLock(): Promise<boolean>
  /** Writes/extends the lease row shown in station status; proves the database still answers. */
  renewLease(leaseMs: number): Promise<void>
  /** Gives the lock up and removes the lease (a clean stop); best effort. */
  release(): Promise<void>
  /** A candidate says so (a shared lock on this session); true once held. */
  holdCandidacy?(): Promise<boolean>
  /** For a fallback station: whether any candidate is taking part now. */
  candidatePresent?(): Promise<boolean>
  /** Drops the connection without ceremony (the lock goes with it). */
  destroy(): void
  /** The connection broke (error or end). */
  onLost(listener: (error: unknown) => void): void
}

export interface LeaderStatus {
  leader: boolean
  /** The site database answered the last attempt. */
  connected: boolean
  since: string | null
  lastError: string | null
}

export interface LeaderElectionDeps {
  connect(): Promise<LeaderSession>
  /** Between two attempts (followers) and two lease renewals (the leader). */
  retryMs: () => number
  onChange(status: LeaderStatus): void
  now?: () => number
  /** 'fallback' for a reception-only station (station-role.ts); 'candidate' when absent. */
  stance?: ElectionStance
  /** How long a fallback station waits after the last candidate was seen before it tries. */
  standBackMs?: () => number
}

const plain = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 300)

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The site database did not answer within ${ms} ms.`)), ms)
    timer.unref?.()
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    )
  })
}

export class LeaderElection {
  private session: LeaderSession | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private running = false
  private busy: Promise<void> | null = null
  private s: LeaderStatus = { leader: false, connected: false, since: null, lastError: null }
  private readonly now: () => number
  /** The session whose candidate lock is held (a new session takes it again). */
  private candidacyOn: LeaderSession | null = null
  /** A fallback station's last sight of a candidate; its start counts as one (a booth starting too wins). */
  private lastCandidateSeenAt: number

  constructor(private readonly deps: LeaderElectionDeps) {
    this.now = deps.now ?? Date.now
    this.lastCandidateSeenAt = this.now()
  }

  private get stance(): ElectionStance {
    return this.deps.stance ?? 'candidate'
  }

  status(): LeaderStatus {
    return { ...this.s }
  }

  isLeader(): boolean {
    return this.s.leader
  }

  start(): void {
    if (this.running) return
    this.running = true
    this.lastCandidateSeenAt = this.now()
    this.schedule(0)
  }

  /**
   * Clean stop: gives the lock up so another station takes over at its next attempt. `release: false`
   * only drops the connection (the app going away at once; PostgreSQL frees the lock as it closes).
   */
  async stop(options: { release?: boolean } = {}): Promise<void> {
    this.running = false
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    await this.busy
    const session = this.session
    this.session = null
    if (session) {
      if (options.release !== false) await withTimeout(session.release(), 2_000).catch(() => undefined)
      session.destroy()
    }
    this.set({ leader: false, connected: false })
  }

  /** One attempt now (tests, and after the site database comes back). */
  async attempt(): Promise<void> {
    if (this.busy) return this.busy
    this.busy = this.step().finally(() => (this.busy = null))
    return this.busy
  }

  private schedule(delayMs: number): void {
    if (!this.running) return
    this.timer = setTimeout(() => {
      this.timer = null
      void this.attempt().finally(() => this.schedule(this.interval()))
    }, delayMs)
    this.timer.unref?.()
  }

  private interval(): number {
    return Math.max(50, this.deps.retryMs())
  }

  private async step(): Promise<void> {
    const deadline = Math.max(1_000, this.interval() * 2)
    try {
      if (!this.session) {
        const session = await withTimeout(this.deps.connect(), Math.max(deadline, 5_000))
        if (!this.running) return session.destroy()
        session.onLost((error) => this.lose(session, error))
        this.session = session
        this.set({ connected: true, lastError: null })
      }
      const session = this.session
      if (this.stance === 'candidate') {
        if (this.candidacyOn !== session && session.holdCandidacy) {
          if (await withTimeout(session.holdCandidacy(), deadline)) this.candidacyOn = session
          if (this.session !== session) return
        }
      } else if (session.candidatePresent) {
        const present = await withTimeout(session.candidatePresent(), deadline)
        if (this.session !== session) return
        if (present) this.lastCandidateSeenAt = this.now()
        if (this.s.leader && fallbackStepsDown(present)) {
          // A guard booth is here: hand the polling over (it takes the lock at its next attempt).
          await withTimeout(session.release(), deadline)
          if (this.session !== session) return
          return this.set({ leader: false, connected: true, lastError: null })
        }
        const standBackMs = this.deps.standBackMs?.() ?? 0
        if (
          !this.s.leader &&
          !fallbackMayLead({ now: this.now(), lastCandidateSeenAt: this.lastCandidateSeenAt, standBackMs })
        )
          return this.set({ connected: true, lastError: null })
      }
      if (!this.s.leader) {
        const got = await withTimeout(session.tryLock(), deadline)
        if (this.session !== session) return
        if (!got) return this.set({ connected: true, lastError: null })
      }
      // Leader (already, or just now): the lease renewal doubles as the proof the database answers.
      await withTimeout(session.renewLease(this.interval() * 3), deadline)
      if (this.session !== session) return
      this.set({ leader: true, connected: true, lastError: null })
    } catch (error) {
      if (this.session) this.lose(this.session, error)
      else this.set({ leader: false, connected: false, lastError: plain(error) })
    }
  }

  private lose(session: LeaderSession, error: unknown): void {
    if (this.session !== session) return
    this.session = null
    session.destroy()
    this.set({ leader: false, connected: false, lastError: plain(error) })
  }

  private set(patch: Partial<LeaderStatus>): void {
    const next = { ...this.s, ...patch }
    if (next.leader !== this.s.leader) next.since = new Date(this.now()).toISOString()
    const changed =
      next.leader !== this.s.leader ||
      next.connected !== this.s.connected ||
      next.lastError !== this.s.lastError
    this.s = next
    if (changed) this.deps.onChange(this.status())
  }
}
