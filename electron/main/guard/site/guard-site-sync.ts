/**
 * Site mode for the guard of one station and one ZKBio server: runs the leader election, writes what
 * this station has to share to the site database, and hands the other stations' changes to the guard
 * service within a second (LISTEN/NOTIFY, then a read of everything after the last seq seen; the same
 * read after every reconnect, so nothing is missed).
 *
 * - Alarms changed here go through the local outbox (site-outbox.ts): an outage of the site database
 *   loses no acknowledgement; they are written when it is back.
 * - Events, boards and stream positions are the leader's only. A leader that loses the site database
 *   steps down at once (leader-election.ts); what it could not write is left to the next leader, which
 *   fills the gap from the server's own history.
 */
import { createLogger } from '../../log'
import type { SharedAlarm } from '../alarms/alarm-engine'
import type { AlarmStore } from '../alarms/alarm-store'
import type { GuardSitePort, RemoteGuardHandler, SharedEvent, SharedState } from './guard-site-port'
import type { ElectionStance } from '../../../shared/site/station-role'
import { LeaderElection, type LeaderSession, type LeaderStatus } from './leader-election'
import type { SiteOutbox } from './site-outbox'
import {
  GUARD_NOTIFY_CHANNEL,
  SiteGuardStore,
  type SiteGuardChange,
  type SqlSession,
} from './site-guard-store'

const log = createLogger('guard-site')

/** The site database as the sync needs it (pg-site-guard.ts builds it over `pg`). */
export interface SiteGuardDb {
  /** One unit of work on a pooled session. */
  withSession<T>(fn: (db: SqlSession) => Promise<T>): Promise<T>
  /** LISTEN on a dedicated connection; `onLost` when it breaks. */
  listen(
    channel: string,
    onNotify: (payload: string) => void,
    onLost: (error: unknown) => void,
  ): Promise<{
    close(): void
  }>
  /** A dedicated connection for the advisory lock of `profileKey`. */
  leaderSession(profileKey: string, station: string): Promise<LeaderSession>
}

export interface GuardSiteSyncOptions {
  db: SiteGuardDb
  profileKey: string
  station: string
  store: AlarmStore
  outbox: SiteOutbox
  /** The polling interval: followers try for the lock at a fraction of it. */
  pollIntervalMs: () => number
  /** Leadership changed or the database came or went (station status). */
  onStatus?: (status: GuardSiteStatus) => void
  /** This station's part in the election (station-role.ts); a candidate when absent. */
  stance?: ElectionStance
}

export interface GuardSiteStatus extends LeaderStatus {
  profileKey: string
  /** Alarm changes made here that wait to be written to the site database. */
  waiting: number
}

const MAX_QUEUED_EVENTS = 10_000

export class GuardSiteSync implements GuardSitePort {
  readonly election: LeaderElection
  private readonly site: SiteGuardStore
  private readonly leaderListeners = new Set<(leader: boolean) => void>()
  private handler: RemoteGuardHandler | null = null
  private events: SharedEvent[] = []
  private states: SharedState[] = []
  private pushing: Promise<void> | null = null
  private pushAgain = false
  private pulling: Promise<void> | null = null
  private pruning: Promise<void> | null = null
  private pullAgain = false
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private safetyTimer: ReturnType<typeof setInterval> | null = null
  private listener: { close(): void } | null = null
  private listening = false
  private running = false
  private wasLeader = false

  constructor(private readonly o: GuardSiteSyncOptions) {
    this.site = new SiteGuardStore(o.profileKey, o.station)
    this.election = new LeaderElection({
      connect: () => o.db.leaderSession(o.profileKey, o.station),
      // Several attempts per polling interval: takeover well within two intervals.
      retryMs: () => Math.min(5_000, Math.max(100, o.pollIntervalMs() / 4)),
      stance: o.stance ?? 'candidate',
      // A desk takes over only after three polling intervals without a guard booth: a booth
      // restarting or reconnecting gets the lock back without a desk jumping in between.
      standBackMs: () => o.pollIntervalMs() * 3,
      onChange: (status) => {
        if (status.leader !== this.wasLeader) {
          this.wasLeader = status.leader
          if (!status.leader) {
            this.events = []
            this.states = []
          }
          for (const l of this.leaderListeners) l(status.leader)
        }
        // The database is back: send what waited, read what was missed.
        if (status.connected) {
          this.kickPush()
          this.kickPull()
        }
        this.reportStatus()
      },
    })
  }

  start(): void {
    if (this.running) return
    this.running = true
    // Open alarms raised or changed while this station was not sharing (site mode just switched on,
    // the app starting) go to the site too; merging makes a copy the site already has harmless.
    const open = this.o.store.loadOpen()
    if (open.length) this.o.outbox.queue(open.map((a) => this.o.store.uidOf(a.id) ?? `local|${a.id}`))
    this.election.start()
    void this.connectListener()
    // A NOTIFY lost with a broken connection is caught up here at the latest.
    this.safetyTimer = setInterval(() => this.kickPull(), 5_000)
    this.safetyTimer.unref?.()
    this.kickPull()
    this.kickPush()
  }

  /** `release: false`: drop the connections without giving the lock up first (see LeaderElection). */
  async stop(options: { release?: boolean } = {}): Promise<void> {
    this.running = false
    if (this.safetyTimer) clearInterval(this.safetyTimer)
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.listener?.close()
    this.listener = null
    await this.election.stop(options)
    await Promise.allSettled([this.pushing, this.pulling, this.pruning])
  }

  status(): GuardSiteStatus {
    return { ...this.election.status(), profileKey: this.o.profileKey, waiting: this.o.outbox.count() }
  }

  // ------------------------------------------------------------- GuardSitePort
  isLeader(): boolean {
    return this.election.isLeader()
  }

  active(): boolean {
    return true
  }

  onLeaderChange(listener: (leader: boolean) => void): () => void {
    this.leaderListeners.add(listener)
    return () => this.leaderListeners.delete(listener)
  }

  shareAlarms(alarms: SharedAlarm[]): void {
    this.o.outbox.queue(alarms.map((a) => a.uid))
    this.kickPush()
  }

  shareEvents(events: SharedEvent[]): void {
    if (!this.isLeader()) return
    this.events.push(...events)
    if (this.events.length > MAX_QUEUED_EVENTS) this.events.splice(0, this.events.length - MAX_QUEUED_EVENTS)
    this.kickPush()
  }

  shareState(state: SharedState): void {
    if (!this.isLeader()) return
    this.states.push(state)
    this.kickPush()
  }

  pruneEvents(before: string): void {
    // One at a time: a first prune after an upgrade (many batches) may outlast the next round.
    if (!this.running || !this.isLeader() || this.pruning) return
    this.pruning = this.o.db
      .withSession((db) => this.site.pruneEvents(db, before))
      .then((deleted) => {
        if (deleted) log.info('site database: old events deleted (retention)', { deleted })
      })
      .catch((error: unknown) =>
        log.warn('site database: old events not deleted this time', { error: String(error) }),
      )
      .finally(() => {
        this.pruning = null
      })
  }

  subscribe(handler: RemoteGuardHandler): () => void {
    this.handler = handler
    this.kickPull()
    return () => {
      if (this.handler === handler) this.handler = null
    }
  }

  /** Resolves when nothing waits to be sent or read (tests, benches). */
  async settle(): Promise<void> {
    for (let i = 0; i < 10 && (this.pushing || this.pulling); i++)
      await Promise.allSettled([this.pushing, this.pulling])
  }

  // ------------------------------------------------------------- writing
  private kickPush(): void {
    if (!this.running) return
    if (this.pushing) {
      this.pushAgain = true
      return
    }
    this.pushing = this.push()
      .catch((error: unknown) => {
        log.warn('site database: guard changes wait to be shared', { error: String(error) })
        this.scheduleRetry()
      })
      .finally(() => {
        this.pushing = null
        this.reportStatus()
        if (this.pushAgain) {
          this.pushAgain = false
          this.kickPush()
        }
      })
  }

  private async push(): Promise<void> {
    const pending = this.o.outbox.pending()
    const alarms: SharedAlarm[] = []
    for (const p of pending) {
      const rec = this.o.store.getByUid(p.uid)
      if (!rec) continue
      const { id: _id, ...record } = rec
      alarms.push({ uid: p.uid, record })
    }
    const events = this.events.splice(0)
    const states = this.states.splice(0)
    try {
      await this.o.db.withSession(async (db) => {
        await this.site.writeAlarms(db, alarms)
        this.o.outbox.done(pending)
        if (this.isLeader()) {
          await this.site.writeEvents(db, events)
          await this.site.writeStates(db, states)
        }
      })
    } catch (error) {
      // Still the leader: try these again (newer states replace older ones when written).
      if (this.isLeader()) {
        this.events.unshift(...events)
        this.states.unshift(...states)
      }
      throw error
    }
    if (this.o.outbox.pending(1).length) this.pushAgain = true
  }

  private scheduleRetry(): void {
    if (this.retryTimer || !this.running) return
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      this.kickPush()
      this.kickPull()
    }, 1_000)
    this.retryTimer.unref?.()
  }

  // ------------------------------------------------------------- reading
  private async connectListener(): Promise<void> {
    if (!this.running || this.listening) return
    this.listening = true
    try {
      this.listener = await this.o.db.listen(
        GUARD_NOTIFY_CHANNEL,
        (payload) => {
          if (payload === this.o.profileKey) this.kickPull()
        },
        (error) => {
          log.warn('site database: change notifications lost; reconnecting', { error: String(error) })
          this.listener = null
          this.listening = false
          setTimeout(() => void this.connectListener(), 1_000).unref?.()
        },
      )
      if (!this.running) this.listener.close()
      // Connected (again): whatever happened meanwhile is read now.
      this.kickPull()
    } catch {
      this.listening = false
      if (this.running) setTimeout(() => void this.connectListener(), 1_000).unref?.()
    }
  }

  private kickPull(): void {
    if (!this.running || !this.handler) return
    if (this.pulling) {
      this.pullAgain = true
      return
    }
    this.pulling = this.pull()
      .catch(() => this.scheduleRetry())
      .finally(() => {
        this.pulling = null
        if (this.pullAgain) {
          this.pullAgain = false
          this.kickPull()
        }
      })
  }

  private async pull(): Promise<void> {
    const key = this.o.profileKey
    await this.o.db.withSession(async (db) => {
      let seq = this.o.outbox.cursor(key)
      if (seq === 0) {
        const first = await this.site.initial(db)
        this.apply(first.changes)
        seq = first.seq
        this.o.outbox.saveCursor(key, seq)
      }
      for (;;) {
        const changes = await this.site.changesSince(db, seq)
        if (!changes.length) break
        this.apply(changes)
        seq = changes[changes.length - 1]!.seq
        this.o.outbox.saveCursor(key, seq)
        if (changes.length < 2000) break
      }
    })
  }

  /** Hands changes over in their order, consecutive ones of a kind together. */
  private apply(changes: readonly SiteGuardChange[]): void {
    const h = this.handler
    if (!h) return
    let i = 0
    while (i < changes.length) {
      const type = changes[i]!.type
      let j = i
      while (j < changes.length && changes[j]!.type === type) j++
      const run = changes.slice(i, j)
      try {
        if (type === 'alarm') h.alarms(run.map((c) => (c as { alarm: SharedAlarm }).alarm))
        else if (type === 'event') h.events(run.map((c) => (c as { event: SharedEvent }).event))
        else for (const c of run) h.state((c as { state: SharedState }).state)
      } catch (error) {
        log.warn('a change from the site could not be applied here', { type, error: String(error) })
      }
      i = j
    }
  }

  private reportStatus(): void {
    this.o.onStatus?.(this.status())
  }
}
