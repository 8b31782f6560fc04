/**
 * The guard's judgement of its link to the server, made from the door-state poll (the board's truth):
 * ONE failed poll, or a poll left unanswered for a whole interval, and the link is lost; the next
 * poll that reads the door states makes it live again. A guard must never trust a board that nobody
 * has read for a while, so this errs on the side of "lost" rather than waiting for a health check.
 */
import type { LinkStatus } from '../../../shared/contract/guard'
import { translate } from '../../i18n'

export interface LinkJudgeDeps {
  /** The door-state polling interval (ms): a poll unanswered this long means the link is lost. */
  intervalMs: () => number
  /** Called on every change of state (not on every poll). */
  onChange: (status: LinkStatus, previous: LinkStatus) => void
  now?: () => number
}

/** Never judge an unanswered poll before this: a loaded server answering in 2 s is still there. */
const MIN_UNANSWERED_MS = 3_000

const plain = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 500) ||
  translate('server.alarm.serverDidNotAnswer')

export class LinkJudge {
  private s: LinkStatus = { state: 'starting', since: null, lastLiveAt: null, reason: null }
  private watchdog: ReturnType<typeof setTimeout> | null = null
  private readonly now: () => number

  constructor(private readonly deps: LinkJudgeDeps) {
    this.now = deps.now ?? Date.now
  }

  status(): LinkStatus {
    return { ...this.s }
  }

  /** A door-state poll was sent: if it stays unanswered for an interval, the link is lost. */
  pollStarted(): void {
    this.clearWatchdog()
    const ms = Math.max(MIN_UNANSWERED_MS, this.deps.intervalMs())
    this.watchdog = setTimeout(() => {
      this.watchdog = null
      this.lost(translate('server.alarm.serverSilentFor', { seconds: Math.round(ms / 1000) }))
    }, ms)
    this.watchdog.unref?.()
  }

  pollSucceeded(): void {
    this.clearWatchdog()
    const at = new Date(this.now()).toISOString()
    if (this.s.state === 'live') {
      this.s = { ...this.s, lastLiveAt: at }
      return
    }
    this.set({ state: 'live', since: null, lastLiveAt: at, reason: null })
  }

  pollFailed(error: unknown): void {
    this.clearWatchdog()
    this.lost(plain(error))
  }

  stop(): void {
    this.clearWatchdog()
  }

  /** Site mode, while another station polls: its judgement is ours. */
  adopt(status: LinkStatus): void {
    this.clearWatchdog()
    if (JSON.stringify(status) !== JSON.stringify(this.s)) this.set({ ...status })
  }

  private lost(reason: string): void {
    if (this.s.state === 'lost') return
    this.set({
      state: 'lost',
      since: new Date(this.now()).toISOString(),
      lastLiveAt: this.s.lastLiveAt,
      reason,
    })
  }

  private set(next: LinkStatus): void {
    const previous = this.s
    this.s = next
    this.deps.onChange(this.status(), previous)
  }

  private clearWatchdog(): void {
    if (this.watchdog) clearTimeout(this.watchdog)
    this.watchdog = null
  }
}
