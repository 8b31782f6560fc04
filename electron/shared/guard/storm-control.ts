/**
 * Notification storm control. In any rolling minute at most `maxPerMinute` alarm notifications, at
 * most one per target within `perTargetMs`, and everything held back is told in ONE summary
 * notification (at most one summary a minute). So a storm of any size gives at most maxPerMinute + 1
 * notifications a minute. Pure: the caller passes the clock and asks when to flush.
 */
export interface StormConfig {
  maxPerMinute: number
  windowMs?: number
  /** Per door/gate: one notification in this time; later alarms there go into the summary. */
  perTargetMs?: number
  /** Wait this long after the first held-back alarm before summarising (to count the burst). */
  summaryDelayMs?: number
}

export interface StormSummary {
  count: number
  critical: number
  /** Alarm ids held back, oldest first (for the summary's click). */
  alarmIds: number[]
  /** The critical ones among them. */
  criticalIds: number[]
}

export type StormDecision = 'notify' | 'suppress'

export class StormControl {
  private readonly windowMs: number
  private readonly perTargetMs: number
  private readonly summaryDelayMs: number
  private maxPerMinute: number
  private sent: number[] = []
  private lastByTarget = new Map<string, number>()
  private pending: StormSummary & { firstAt: number } = {
    count: 0,
    critical: 0,
    alarmIds: [],
    criticalIds: [],
    firstAt: 0,
  }
  private lastSummaryAt: number | null = null

  constructor(config: StormConfig) {
    this.maxPerMinute = config.maxPerMinute
    this.windowMs = config.windowMs ?? 60_000
    this.perTargetMs = config.perTargetMs ?? 30_000
    this.summaryDelayMs = config.summaryDelayMs ?? 2_000
  }

  setMaxPerMinute(max: number): void {
    this.maxPerMinute = max
  }

  offer(nowMs: number, alarm: { id: number; target: string; critical: boolean }): StormDecision {
    this.prune(nowMs)
    const lastHere = this.lastByTarget.get(alarm.target)
    const targetBusy = lastHere !== undefined && nowMs - lastHere < this.perTargetMs
    if (!targetBusy && this.sent.length < this.maxPerMinute) {
      this.sent.push(nowMs)
      this.lastByTarget.set(alarm.target, nowMs)
      return 'notify'
    }
    if (this.pending.count === 0) this.pending.firstAt = nowMs
    this.pending.count++
    if (alarm.critical) this.pending.critical++
    if (this.pending.alarmIds.length < 1000) {
      this.pending.alarmIds.push(alarm.id)
      if (alarm.critical) this.pending.criticalIds.push(alarm.id)
    }
    return 'suppress'
  }

  /** When the next summary is due (ms), or null when nothing is held back. */
  nextSummaryAt(): number | null {
    if (this.pending.count === 0) return null
    const afterBurst = this.pending.firstAt + this.summaryDelayMs
    return this.lastSummaryAt === null ? afterBurst : Math.max(afterBurst, this.lastSummaryAt + this.windowMs)
  }

  /** The summary to show now, if one is due. */
  flush(nowMs: number): StormSummary | null {
    const due = this.nextSummaryAt()
    if (due === null || nowMs < due) return null
    const { count, critical, alarmIds, criticalIds } = this.pending
    this.pending = { count: 0, critical: 0, alarmIds: [], criticalIds: [], firstAt: 0 }
    this.lastSummaryAt = nowMs
    return { count, critical, alarmIds, criticalIds }
  }

  private prune(nowMs: number): void {
    const from = nowMs - this.windowMs
    while (this.sent.length && (this.sent[0] ?? 0) <= from) this.sent.shift()
    if (this.lastByTarget.size > 5000) {
      for (const [target, at] of this.lastByTarget)
        if (nowMs - at >= this.perTargetMs) this.lastByTarget.delete(target)
    }
  }
}
