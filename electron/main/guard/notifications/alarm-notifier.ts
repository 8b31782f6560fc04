/**
 * Native notifications for alarms: one per new alarm, through storm control (at most N a minute, one
 * per door within a short time, then one summary; duress has a budget of its own and is never held
 * back by other alarms). Forced open, duress and a lost server link are shown with critical
 * urgency. Nothing is shown for an alarm that is no longer new (acknowledged meanwhile), and an
 * alarm's notification is closed when it is acknowledged. Clicking brings the window forward on it.
 */
import type { AlarmView } from '../../../shared/contract/guard'
import { isCriticalUrgency } from '../../../shared/guard/alarm-kinds'
import { localAlarmTitle } from '../../../shared/guard/alarm-title'
import { StormControl } from '../../../shared/guard/storm-control'
import { clockText } from '../../app/time-words'
import { translateKey } from '../../app/live-words'
import { translate } from '../../i18n'

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

export class AlarmNotifier {
  private readonly storm: StormControl
  private readonly shown = new Map<number, ShownNotification>()
  private summaryTimer: ReturnType<typeof setTimeout> | null = null
  private duressShownAt: number[] = []
  private readonly now: () => number
  /** Counters for benches and diagnostics. */
  readonly stats = { notified: 0, summaries: 0, suppressed: 0, skippedNotNew: 0, escalated: 0 }

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
    // Duress is not held back by other alarms: a person under threat is told on their own, from a
    // budget of its own (maxPerMinute duress notifications a minute), so a storm of forced doors never
    // hides it in a summary and the total stays bounded.
    const decision =
      alarm.kind === 'duress' && this.takeDuressSlot(policy.maxPerMinute)
        ? 'notify'
        : this.storm.offer(this.now(), { id: alarm.id, target, critical: isCriticalUrgency(alarm.kind) })
    if (decision === 'suppress') {
      this.stats.suppressed++
      this.scheduleSummary()
      return
    }
    this.stats.notified++
    // Words are chosen when shown, so a notification is always in the language of the moment.
    this.showFor(alarm, localAlarmTitle(alarm, translateKey))
  }

  private takeDuressSlot(maxPerMinute: number): boolean {
    const t = this.now()
    this.duressShownAt = this.duressShownAt.filter((at) => t - at < 60_000)
    if (this.duressShownAt.length >= maxPerMinute) return false
    this.duressShownAt.push(t)
    return true
  }

  /** Escalation: nobody acknowledged it in time; tell it again (replacing its first notification). */
  renotify(alarm: AlarmView): void {
    if (!this.deps.policy().enabled || !this.deps.isStillNew(alarm.id)) return
    this.stats.escalated++
    this.dismiss(alarm.id)
    this.showFor(
      alarm,
      translate('server.alarm.stillNotAcknowledged', { title: localAlarmTitle(alarm, translateKey) }),
    )
  }

  private showFor(alarm: AlarmView, title: string): void {
    // Plain words only: the title says kind and place, the body when and who. The server's own
    // event text stays in the alarm's details in the app.
    const shown = this.deps.port.show({
      title,
      body: [
        translate('server.alarm.since', { time: clockText(alarm.firstAt) }),
        alarm.personName ? ` · ${alarm.personName}` : '',
        alarm.recovered ? ` ${translate('server.alarm.foundAfterOutage')}` : '',
      ].join(''),
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
        const more =
          stillNew.length === 1
            ? translate('server.alarm.summaryTitleOne')
            : translate('server.alarm.summaryTitle', { count: stillNew.length })
        this.deps.port.show({
          title: criticalCount
            ? translate('server.alarm.summaryCritical', { title: more, critical: criticalCount })
            : more,
          body: translate('server.alarm.summaryBody'),
          urgency: criticalCount ? 'critical' : 'normal',
          alarmId: null,
          onClick: () => this.deps.open(null),
        })
      }
    }
    this.scheduleSummary()
  }
}
