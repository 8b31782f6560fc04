import type { AlarmKind, AlarmPriority } from '@shared/contract/guard'

/**
 * How an alarm looks in the queue and its detail: one glyph per kind (so duress is told apart at a
 * glance, without colour too) and one colour per priority. Duress (emergency) has its own colour.
 */
export const KIND_ICON: Record<AlarmKind, string> = {
  duress: '🆘',
  forcedOpen: '🚪',
  heldOpen: '⏳',
  tamper: '🔧',
  deviceOffline: '🔌',
  linkLost: '📡',
  gateFault: '🚧',
  temperature: '🌡',
  accessAlarm: '⚠',
  other: '⚠',
}

export const PRIORITY_WORD: Record<AlarmPriority, string> = {
  emergency: 'DURESS',
  critical: 'critical',
  high: 'high',
  medium: 'medium',
  low: 'low',
}
