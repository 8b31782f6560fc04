/**
 * Native notifications for alarms: one per new alarm, through storm control (at most N a minute, one
 * per door within a short time, then one summary). Forced open and duress are shown with critical
 * urgency. Nothing is shown for an alarm that is no longer new (acknowledged meanwhile), and an
 * alarm's notification is closed when it is acknowledged. Clicking brings the window forward on it.
 */
import type { AlarmView } from '../../../shared/contract/guard'
import { ALARM_TITLE, isCriticalUrgency } from '../../../shared/guard/alarm-kinds'
import { StormControl } from '../../../shared/guard/storm-control'

export interface NotificationSpec {
  title: string
  body: string
  urgency: 'normal' | 'critical' | 'low'
  /** Alarm id, or null for a storm summary. */
  alarmId: number | null
  onClick: () => void
}

export interface ShownNotification {
  close(): void
}

/** Electron's Notification in production; a recorder in benches. */
export interface NotificationPort {
  show(spec: NotificationSpec): ShownNotification | void
}

export interface NotifierDeps {
  port: NotificationPort
  policy: () => { enabled: boolean; maxPerMinute: number }
  isStillNew: (alarmId: number) => boolean
  /** Focus the window and show the alarm (null: the alarm queue). */
  open: (alarmId: number | null) => void
  now?: () => number
}

const clock = (iso: string) =>
  new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' })

export class AlarmNotifier {
  private readonly storm: StormControl
  private readonly shown = new Map<number, ShownNotification>()
  private summaryTimer: ReturnType<typeof setTimeout> | null = null
  private readonly now: () => number
  /** Counters for benches and diagnostics. */
  readonly stats = { notified: 0, summaries: 0, suppressed: 0, skippedNotNew: 0 }

  constructor(private readonly deps: NotifierDeps) {
    this.now = deps.now ?? Date.now
    this.storm = new StormControl({ maxPerMinute: deps.policy().maxPerMinute })
  }

  onRaised(alarm: AlarmView): void {
    const policy = this.deps.policy()
    if (!policy.enabled) return
    if (alarm.status !== 'new' || !this.deps.isStillNew(alarm.id)) {
      this.stats.skippedNotNew++
      return
    }
    this.storm.setMaxPerMinute(policy.maxPerMinute)
    const target = alarm.key.slice(0, alarm.key.lastIndexOf('|'))
    const decision = this.storm.offer(this.now(), {
      id: alarm.id,
      target,
      critical: isCriticalUrgency(alarm.kind),
    })
    if (decision === 'suppress') {
      this.stats.suppressed++
      this.scheduleSummary()
      return
    }
    this.stats.notified++
    const where = alarm.targetType === 'device' ? `Device ${alarm.targetName}` : alarm.targetName
    const shown = this.deps.port.show({
      title: `${ALARM_TITLE[alarm.kind]}: ${where}`,
      body: `${alarm.title}${alarm.personName ? ` — ${alarm.personName}` : ''} at ${clock(alarm.firstAt)}${
        alarm.recovered ? ' (while offline)' : ''
      }`,
      urgency: isCriticalUrgency(alarm.kind) ? 'critical' : 'normal',
      alarmId: alarm.id,
      onClick: () => this.deps.open(alarm.id),
    })
    if (shown) this.shown.set(alarm.id, shown)
  }

  /** The alarm was acknowledged or cleared: its notification has done its job. */
  dismiss(alarmId: number): void {
    const shown = this.shown.get(alarmId)
    this.shown.delete(alarmId)
    try {
      shown?.close()
    } catch {
      // Already gone (the user closed it).
    }
  }

  stop(): void {
    if (this.summaryTimer) clearTimeout(this.summaryTimer)
    this.summaryTimer = null
  }

  private scheduleSummary(): void {
    if (this.summaryTimer) return
    const at = this.storm.nextSummaryAt()
    if (at === null) return
    this.summaryTimer = setTimeout(
      () => {
        this.summaryTimer = null
        this.flushSummary()
      },
      Math.max(0, at - this.now()),
    )
    this.summaryTimer.unref?.()
  }

  private flushSummary(): void {
    const summary = this.storm.flush(this.now())
    if (summary) {
      const stillNew = summary.alarmIds.filter((id) => this.deps.isStillNew(id))
      if (stillNew.length && this.deps.policy().enabled) {
        this.stats.summaries++
        const criticalCount = summary.criticalIds.filter((id) => this.deps.isStillNew(id)).length
        const critical = criticalCount ? ` (${criticalCount} critical)` : ''
        this.deps.port.show({
          title: `${stillNew.length} more alarm${stillNew.length === 1 ? '' : 's'}${critical}`,
          body: 'Too many alarms to show one by one. Open the alarm queue in Gatehouse.',
          urgency: criticalCount ? 'critical' : 'normal',
          alarmId: null,
          onClick: () => this.deps.open(null),
        })
      }
    }
    this.scheduleSummary()
  }
}
