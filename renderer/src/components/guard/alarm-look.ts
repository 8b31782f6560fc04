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

/** The priority in one word on the queue's tag ('DURESS' for emergency), in the current language. */
export const priorityWord = (t: (key: string) => string, priority: AlarmPriority): string =>
  t(`guard.priorityWord.${priority}`)
