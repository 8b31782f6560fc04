/**
 * The guard's site port as the app sees it: site mode can be switched on and off, pointed at another
 * site database or another ZKBio server at any time, so the port follows what is wanted now and swaps
 * the underlying sync (one per site database, server and station name). With site mode off this
 * station polls on its own, exactly as a single station always did.
 *
 * If the site database stays unreachable for a long while (`standaloneAfterMs`), no station can be
 * elected, and a guard booth must never go blind: the station then polls on its own again until the
 * database is back (alarms raised meanwhile are merged by their identity when it is). A reception-only
 * desk (the election's fallback, station-role.ts) does so only when it was the site's poller as the
 * database went away: the guard booths poll on their own anyway.
 */
import type { ElectionStance } from '../../../shared/site/station-role'
import { createLogger } from '../../log'
import type { GuardSitePort, RemoteGuardHandler, SharedEvent, SharedState } from './guard-site-port'
import type { SharedAlarm } from '../alarms/alarm-engine'
import type { GuardSiteStatus, GuardSiteSync } from './guard-site-sync'

const log = createLogger('guard-site')

export interface WantedSite {
  /** Same key: same sync. */
  key: string
  create(): GuardSiteSync
}

export class GuardSiteSwitch implements GuardSitePort {
  private current: { key: string; sync: GuardSiteSync; offLeader: () => void } | null = null
  private handler: RemoteGuardHandler | null = null
  private offHandler: (() => void) | null = null
  private readonly listeners = new Set<(leader: boolean) => void>()
  private reported = true
  private unreachableSince: number | null = null
  private timer: ReturnType<typeof setInterval> | null = null
  /** When this station last stopped leading (a fallback desk stands alone only if it just led). */
  private lostLeadAt: number | null = null
  private ledWhenLost = false

  constructor(
    private readonly want: () => WantedSite | null,
    private readonly options: {
      standaloneAfterMs: () => number
      now?: () => number
      standaloneFor?: () => ElectionStance
    } = {
      standaloneAfterMs: () => 30_000,
    },
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)()
  }

  start(): void {
    this.refresh()
    this.timer = setInterval(() => this.refresh(), 1_000)
    this.timer.unref?.()
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    await this.swap(null)
  }

  /** Follows the wanted site (called every second, and at once after a settings change). */
  refresh(): void {
    let wanted: WantedSite | null = null
    try {
      wanted = this.want()
    } catch (error) {
      log.warn('site mode for the guard cannot start', { error: String(error) })
    }
    if ((wanted?.key ?? null) !== (this.current?.key ?? null)) void this.swap(wanted)
    this.report()
  }

  status(): GuardSiteStatus | null {
    return this.current?.sync.status() ?? null
  }

  /** Site mode on and this station not standing alone. */
  active(): boolean {
    return this.current !== null && !this.standalone()
  }

  private standalone(): boolean {
    const s = this.current?.sync.status()
    if (!s || s.connected) {
      this.unreachableSince = null
      return false
    }
    if (this.unreachableSince === null) {
      this.unreachableSince = this.now()
      // Losing the lead and the database are one event (leader-election.ts); a few seconds' slack.
      this.ledWhenLost = this.lostLeadAt !== null && this.unreachableSince - this.lostLeadAt <= 3_000
    }
    if (this.options.standaloneFor?.() === 'fallback' && !this.ledWhenLost) return false
    return this.now() - this.unreachableSince >= this.options.standaloneAfterMs()
  }

  private async swap(wanted: WantedSite | null): Promise<void> {
    const old = this.current
    this.current = null
    this.offHandler?.()
    this.offHandler = null
    if (old) {
      old.offLeader()
      await old.sync.stop().catch((error: unknown) => log.warn('site sync stop', { error: String(error) }))
    }
    if (wanted && !this.current) {
      const sync = wanted.create()
      const offLeader = sync.onLeaderChange((leader) => {
        if (!leader) this.lostLeadAt = this.now()
        this.report()
      })
      this.current = { key: wanted.key, sync, offLeader }
      this.unreachableSince = null
      this.lostLeadAt = null
      this.ledWhenLost = false
      if (this.handler) this.offHandler = sync.subscribe(this.handler)
      sync.start()
    }
    this.report()
  }

  private report(): void {
    const leader = this.isLeader()
    if (leader === this.reported) return
    this.reported = leader
    if (leader && this.current && this.standalone())
      log.warn('the site database is unreachable: this station polls the server on its own meanwhile')
    for (const l of this.listeners) l(leader)
  }

  // ------------------------------------------------------------- GuardSitePort
  isLeader(): boolean {
    if (!this.current) return true
    return this.current.sync.isLeader() || this.standalone()
  }

  onLeaderChange(listener: (leader: boolean) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  shareAlarms(alarms: SharedAlarm[]): void {
    this.current?.sync.shareAlarms(alarms)
  }

  shareEvents(events: SharedEvent[]): void {
    if (this.active()) this.current!.sync.shareEvents(events)
  }

  shareState(state: SharedState): void {
    if (this.active()) this.current!.sync.shareState(state)
  }

  pruneEvents(before: string): void {
    this.current?.sync.pruneEvents(before)
  }

  subscribe(handler: RemoteGuardHandler): () => void {
    this.handler = handler
    this.offHandler?.()
    this.offHandler = this.current ? this.current.sync.subscribe(handler) : null
    return () => {
      if (this.handler !== handler) return
      this.handler = null
      this.offHandler?.()
      this.offHandler = null
    }
  }
}
