/**
 * What each alarm kind means to the guard: its priority, its plain title, whether the native
 * notification is critical, and whether its sound repeats until acknowledged.
 */
import type { AlarmKind, AlarmPriority, AlarmTargetType } from '../contract/guard'

export const ALARM_PRIORITY: Record<AlarmKind, AlarmPriority> = {
  forcedOpen: 'critical',
  duress: 'critical',
  tamper: 'high',
  heldOpen: 'high',
  deviceOffline: 'high',
  gateFault: 'medium',
  temperature: 'medium',
  accessAlarm: 'medium',
  other: 'low',
}

export const ALARM_TITLE: Record<AlarmKind, string> = {
  forcedOpen: 'Forced open',
  duress: 'Duress',
  tamper: 'Tamper',
  heldOpen: 'Held open',
  deviceOffline: 'Device offline',
  gateFault: 'Gate fault',
  temperature: 'Abnormal temperature',
  accessAlarm: 'Access alarm',
  other: 'Alarm',
}

const PRIORITY_RANK: Record<AlarmPriority, number> = { critical: 0, high: 1, medium: 2, low: 3 }

/** Negative when a is more urgent than b. */
export function comparePriority(a: AlarmPriority, b: AlarmPriority): number {
  return PRIORITY_RANK[a] - PRIORITY_RANK[b]
}

/** Forced open and duress: the OS shows the notification as critical (stays, may break through DND). */
export function isCriticalUrgency(kind: AlarmKind): boolean {
  return kind === 'forcedOpen' || kind === 'duress'
}

/** High-priority alarms: their sound repeats until acknowledged (when the policy says so). */
export function repeatsSound(priority: AlarmPriority): boolean {
  return priority === 'critical' || priority === 'high'
}

/** The coalescing key: one open alarm per target and kind. */
export function alarmKey(targetType: AlarmTargetType, targetName: string, kind: AlarmKind): string {
  return `${targetType}|${targetName}|${kind}`
}

/** A classified alarm occurrence, before the engine decides whether it is new or coalesced. */
export interface AlarmCandidate {
  key: string
  kind: AlarmKind
  priority: AlarmPriority
  targetType: AlarmTargetType
  targetName: string
  targetId: string | null
  title: string
  detail: string | null
  personPin: string | null
  personName: string | null
  /** Server time of the event row (null when seen in a door/gate state). */
  serverTime: string | null
}

/** A condition a state poll observed: the alarm with this key is active (true) or normal again (false). */
export interface ConditionObservation {
  key: string
  active: boolean
}
