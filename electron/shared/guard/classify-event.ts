/**
 * Is this transaction an alarm, and of which kind? Order of evidence (FIELD-NOTES: prefer numbers to
 * localised names): a known alarm `eventNo`; else `eventLevel` 2 (alarm) / 0-1 (not); else, when the
 * server gave neither (access monitor rows), the shipped event-name tables of the server languages
 * (./event-names), the configurable list of alarm event names, and built-in patterns for wordings the
 * tables miss. Temperature rows are alarms when their status says abnormal.
 */
import type { AlarmKind } from '../contract/guard'
import {
  ALARM_PRIORITY,
  alarmKey,
  plainAlarmTitle,
  serverTextDetail,
  type AlarmCandidate,
} from './alarm-kinds'
import type { EventRow } from './event-row'
import { kindFromTable } from './event-names'
import { foldText } from './text'

/** ZKTeco event numbers that are alarms (the access event table; gate codes 110-112). */
export const ALARM_EVENT_NUMBERS: Readonly<Record<number, AlarmKind>> = {
  28: 'heldOpen',
  100: 'tamper',
  101: 'duress',
  102: 'forcedOpen',
  103: 'duress',
  104: 'duress',
  110: 'gateFault',
  111: 'gateFault',
  112: 'gateFault',
  511: 'temperature',
  700: 'deviceOffline',
}

/**
 * Kind from a (folded) event name when the shipped tables lack the exact wording. Patterns are matched
 * against folded text: Arabic hamza forms decompose under NFD, so Arabic stems here avoid them.
 */
const NAME_PATTERNS: readonly [RegExp, AlarmKind][] = [
  [/forcefully|forced|opened accidentally|a la fuerza|forzad|forcad|强行|意外打开|بالقوة|قسري/, 'forcedOpen'],
  [/duress|coaccion|coacao|胁迫|كراه/, 'duress'],
  [/tamper|manipulacion|sabotaj|violacao|防拆|العبث/, 'tamper'],
  [
    /open timeout|door open timeout|tiempo de apertura|porta aberta excedido|开门超时|门开超时|مهلة فتح/,
    'heldOpen',
  ],
  [/connection abort|conexion interrumpida|conexao interrompida|连接中断|انقطاع الاتصال/, 'deviceOffline'],
  [
    /infrared|gate error|gate is not connected|rayo infrarrojo|error del torniquete|infravermelho|erro da catraca|红外异常|闸机故障|闸机未连接|تحت الحمراء/,
    'gateFault',
  ],
  [/abnormal body temperature|temperatura corporal anormal|体温异常|درجة حرارة الجسم/, 'temperature'],
]

export function kindFromName(name: string): AlarmKind | null {
  return kindFromFolded(foldText(name))
}

function kindFromFolded(folded: string): AlarmKind | null {
  const exact = kindFromTable(folded)
  if (exact) return exact
  for (const [pattern, kind] of NAME_PATTERNS) if (pattern.test(folded)) return kind
  return null
}

export interface EventPolicy {
  /** Names treated as alarms when the row has no eventLevel (settings.notifications.alarmEventNames). */
  alarmEventNames: readonly string[]
}

/** Pre-folds the configured names once (the classifier runs for every event). */
export function compileEventPolicy(policy: EventPolicy): (row: EventRow) => AlarmCandidate | null {
  const names = new Set(policy.alarmEventNames.map(foldText))
  return (row) => classifyEvent(row, names)
}

function isAbnormalTemperature(row: EventRow): boolean {
  const status = foldText(row.tempStatus)
  if (status) return status.includes('abnormal') || status.includes('anormal')
  return row.temperature !== null && row.temperature >= 37.3
}

export function classifyEvent(row: EventRow, alarmNames: ReadonlySet<string>): AlarmCandidate | null {
  const kind = alarmKindOf(row, alarmNames)
  if (!kind) return null
  // A controller's link is the controller's: keyed by serial like the door-state alarm, so the event
  // and the state give ONE "Controller offline" alarm naming the controller.
  const pointName = kind === 'deviceOffline' ? null : row.pointName?.trim() || null
  const targetType = pointName ? (row.stream === 'gate' ? 'gate' : 'door') : 'device'
  const keyName = pointName ?? row.deviceSn ?? row.deviceName ?? 'unknown device'
  const targetName = pointName ?? row.deviceName ?? row.deviceSn ?? 'unknown device'
  const where = [row.readerName, row.deviceName].filter(Boolean).join(', ')
  const temperature =
    row.temperature !== null && row.stream === 'temperature' ? ` (${row.temperature} °C)` : ''
  return {
    key: alarmKey(targetType, foldText(keyName), kind),
    kind,
    priority: ALARM_PRIORITY[kind],
    targetType,
    targetName,
    targetId: null,
    title: plainAlarmTitle(kind, targetName) + temperature,
    detail: serverTextDetail(row.eventName || null, where || null),
    personPin: row.pin,
    personName: row.personName,
    serverTime: row.serverTime,
  }
}

function alarmKindOf(row: EventRow, alarmNames: ReadonlySet<string>): AlarmKind | null {
  if (row.stream === 'temperature') {
    if (row.eventNo === 511 || isAbnormalTemperature(row)) return 'temperature'
    return null
  }
  if (row.eventNo !== null && row.eventNo in ALARM_EVENT_NUMBERS)
    return ALARM_EVENT_NUMBERS[row.eventNo] ?? null
  const byName = kindFromName(row.eventName)
  if (row.eventLevel !== null) {
    if (row.eventLevel < 2) return null
    return byName ?? (row.stream === 'gate' ? 'gateFault' : 'accessAlarm')
  }
  if (alarmNames.has(foldText(row.eventName)))
    return byName ?? (row.stream === 'gate' ? 'gateFault' : 'accessAlarm')
  return byName
}
