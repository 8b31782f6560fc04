/**
 * The alarm sound policy: ring while any alarm is new (unacknowledged); repeat (loop) while one of them
 * is high priority and the policy asks for repeats; silent while muted (a mute always has a reason and
 * an end). Duress (emergency) has its own tone; an alarm left unacknowledged past the escalation time
 * makes the sound louder and loop. The renderer plays the sound; this decides what it should do.
 */
import type { AlarmPriority, SoundState } from '../contract/guard'
import { comparePriority, repeatsSound } from './alarm-kinds'

export interface SoundPolicy {
  enabled: boolean
  sound: boolean
  repeatHighPriority: boolean
}

export interface Mute {
  untilMs: number
  reason: string
  by: string
}

export interface RingingAlarm {
  id: number
  priority: AlarmPriority
  /** Waited past the escalation time without acknowledgement. */
  escalated?: boolean
}

export function computeSound(
  policy: SoundPolicy,
  newAlarms: readonly RingingAlarm[],
  mute: Mute | null,
  nowMs: number,
  cue: number,
): SoundState {
  const enabled = policy.enabled && policy.sound
  const activeMute = mute && mute.untilMs > nowMs ? mute : null
  let top: RingingAlarm | null = null
  for (const a of newAlarms) {
    if (
      !top ||
      comparePriority(a.priority, top.priority) < 0 ||
      (a.priority === top.priority && a.id > top.id)
    )
      top = a
  }
  const ringing = enabled && top !== null && activeMute === null
  const escalated = ringing && newAlarms.some((a) => a.escalated === true)
  return {
    enabled,
    ringing,
    loop:
      escalated || (ringing && policy.repeatHighPriority && newAlarms.some((a) => repeatsSound(a.priority))),
    cue,
    alarmId: top?.id ?? null,
    tone: top?.priority === 'emergency' ? 'duress' : 'alarm',
    escalated,
    muted: activeMute
      ? { until: new Date(activeMute.untilMs).toISOString(), reason: activeMute.reason, by: activeMute.by }
      : null,
  }
}
