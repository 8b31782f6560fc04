/**
 * Escalation: an emergency or critical alarm that nobody acknowledges within the configured time is
 * told again (a second notification) and its sound gets louder and loops. Each alarm escalates once;
 * acknowledging or clearing it ends the escalation. Checked every second by a timer of its own, so
 * it works while the server is down too (a "Server link lost" alarm escalates like any other).
 */
import type { AlarmView } from '../../../shared/contract/guard'
import { escalates } from '../../../shared/guard/alarm-kinds'

export interface EscalationDeps {
  /** Open alarms that are still new (unacknowledged). */
  unacknowledged: () => AlarmView[]
  /** Seconds before escalating; read on every check so a settings change applies at once. */
  afterSeconds: () => number
  /** Re-notify and raise the sound for this alarm. */
  escalate: (alarm: AlarmView) => void
  now?: () => number
  checkEveryMs?: number
}

export class AlarmEscalation {
  private readonly escalated = new Set<number>()
  private timer: ReturnType<typeof setInterval> | null = null
  private readonly now: () => number

  constructor(private readonly deps: EscalationDeps) {
    this.now = deps.now ?? Date.now
  }

  start(): void {
    this.timer ??= setInterval(() => this.check(), this.deps.checkEveryMs ?? 1000)
    this.timer.unref?.()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  isEscalated(alarmId: number): boolean {
    return this.escalated.has(alarmId)
  }

  /** Escalates what is due; forgets alarms that are no longer new. */
  check(): void {
    const due = this.now() - this.deps.afterSeconds() * 1000
    const stillNew = new Set<number>()
    for (const alarm of this.deps.unacknowledged()) {
      stillNew.add(alarm.id)
      if (!escalates(alarm.priority) || this.escalated.has(alarm.id)) continue
      if (Date.parse(alarm.firstAt) > due) continue
      this.escalated.add(alarm.id)
      this.deps.escalate(alarm)
    }
    for (const id of this.escalated) if (!stillNew.has(id)) this.escalated.delete(id)
  }
}
