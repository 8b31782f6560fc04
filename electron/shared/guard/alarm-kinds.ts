/**
 * What each alarm kind means to the guard: its priority, its plain title, whether the native
 * notification is critical, and whether its sound repeats until acknowledged.
 */
import type { AlarmKind, AlarmPriority, AlarmTargetType } from '../contract/guard'

export const ALARM_PRIORITY: Record<AlarmKind, AlarmPriority> = {
  duress: 'emergency',
  forcedOpen: 'critical',
  linkLost: 'critical',
  tamper: 'high',
  heldOpen: 'high',
  deviceOffline: 'high',
  gateFault: 'medium',
  temperature: 'medium',
  accessAlarm: 'medium',
  other: 'low',
}

/** The kind in plain words: the first half of every alarm title ('Forced open: Main Entrance'). */
export const ALARM_TITLE: Record<AlarmKind, string> = {
  forcedOpen: 'Forced open',
  duress: 'Duress',
  tamper: 'Tamper',
  heldOpen: 'Held open',
  deviceOffline: 'Controller offline',
  linkLost: 'Server link lost',
  gateFault: 'Gate fault',
  temperature: 'Abnormal temperature',
  accessAlarm: 'Access alarm',
  other: 'Alarm',
}

/** Every kind, in the order a supervisor meets them (instructions form). */
export const ALARM_KINDS = Object.keys(ALARM_TITLE) as AlarmKind[]

/** "Forced open: Main Entrance": the kind in plain words and the place, never the server's raw text. */
export function plainAlarmTitle(kind: AlarmKind, place: string): string {
  return `${ALARM_TITLE[kind]}: ${place}`.slice(0, 200)
}

/** The server's own words, kept in an alarm's detail ('Server: "Door Opened Forcefully" (reader, device)'). */
export function serverTextDetail(eventName: string | null, where: string | null): string | null {
  const parts = [eventName ? `Server: "${eventName}"` : null, where ? `(${where})` : null].filter(Boolean)
  return parts.length ? parts.join(' ').slice(0, 500) : null
}

const PRIORITY_RANK: Record<AlarmPriority, number> = { emergency: 0, critical: 1, high: 2, medium: 3, low: 4 }

/** Negative when a is more urgent than b. */
export function comparePriority(a: AlarmPriority, b: AlarmPriority): number {
  return PRIORITY_RANK[a] - PRIORITY_RANK[b]
}

/** Forced open, duress, link lost: the OS shows the notification as critical (stays, may break through DND). */
export function isCriticalUrgency(kind: AlarmKind): boolean {
  return kind === 'forcedOpen' || kind === 'duress' || kind === 'linkLost'
}

/** Emergency and critical alarms escalate when nobody acknowledges them in time. */
export function escalates(priority: AlarmPriority): boolean {
  return priority === 'emergency' || priority === 'critical'
}

/** High-priority alarms: their sound repeats until acknowledged (when the policy says so). */
export function repeatsSound(priority: AlarmPriority): boolean {
  return priority === 'emergency' || priority === 'critical' || priority === 'high'
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
