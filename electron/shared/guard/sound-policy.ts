/**
 * The alarm sound policy: ring while any alarm is new (unacknowledged); repeat (loop) while one of them
 * is high priority and the policy asks for repeats; silent while muted (a mute always has a reason and
 * an end). The renderer plays the sound; this decides what it should do.
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

export function computeSound(
  policy: SoundPolicy,
  newAlarms: readonly { id: number; priority: AlarmPriority }[],
  mute: Mute | null,
  nowMs: number,
  cue: number,
): SoundState {
  const enabled = policy.enabled && policy.sound
  const activeMute = mute && mute.untilMs > nowMs ? mute : null
  let top: { id: number; priority: AlarmPriority } | null = null
  for (const a of newAlarms) {
    if (
      !top ||
      comparePriority(a.priority, top.priority) < 0 ||
      (a.priority === top.priority && a.id > top.id)
    )
      top = a
  }
  const ringing = enabled && top !== null && activeMute === null
  return {
    enabled,
    ringing,
    loop: ringing && policy.repeatHighPriority && newAlarms.some((a) => repeatsSound(a.priority)),
    cue,
    alarmId: top?.id ?? null,
    muted: activeMute
      ? { until: new Date(activeMute.untilMs).toISOString(), reason: activeMute.reason, by: activeMute.by }
      : null,
  }
}
