/**
 * Door state as servers really send it (FIELD-NOTES "Door state"): `connect` as "0"/"1"/"2", English
 * descriptions in inconsistent case ("None", "none", "No sensor"), sometimes numeric codes, the whole
 * thing as an object or as an array. Parsing never throws on an unknown value: it says 'unknown' and
 * keeps the raw record.
 */

import type { DoorStateInput } from '../../shared/guard/states'

// The normalised shape is declared once, in shared code (pure guard logic and tests use it too).
export type DoorConnect = DoorStateInput['connect']
export type DoorSensor = DoorStateInput['sensor']
export type DoorRelay = DoorStateInput['relay']
export type DoorAlarmKind = NonNullable<DoorStateInput['alarmKind']>

export interface DoorState extends DoorStateInput {
  raw: unknown
}

/** The manual's alarm list (2.11.1) in its order; numeric codes index into it (0 = none). */
const ALARM_TEXTS: readonly [string, DoorAlarmKind | null][] = [
  ['none', null],
  ['alarm', 'alarm'],
  ['timeout', 'timeout'],
  ['be opened accidentally', 'forced'],
  ['tampering', 'tamper'],
  ['duress password opening', 'duressPassword'],
  ['duress fingerprint opening', 'duressFingerprint'],
  ['duress opening', 'duress'],
  ['normal open alarm', 'normalOpen'],
  ['low battery voltage', 'lowBattery'],
  ['replace battery', 'replaceBattery'],
  ['illegal operation', 'illegalOperation'],
  ['backup power', 'backupPower'],
  ['unknown', 'unknown'],
]

const ALARM_SYNONYMS: Record<string, DoorAlarmKind | null> = {
  '': null,
  normal: null,
  'no alarm': null,
  forced: 'forced',
  'forced open': 'forced',
  'opened accidentally': 'forced',
  'door opened forcefully': 'forced',
  tamper: 'tamper',
  'door open timeout': 'timeout',
  unknown: 'unknown',
}

const norm = (v: unknown): string =>
  String(v ?? '')
    .trim()
    .replace(/[\s_-]+/g, ' ')
    .toLowerCase()

const isNumeric = (v: unknown): boolean => typeof v === 'number' || /^\s*-?\d+\s*$/.test(String(v ?? ''))

export function parseConnect(v: unknown): DoorConnect {
  const s = norm(v)
  if (s === '0' || s === 'offline' || s === 'disconnected') return 'offline'
  if (s === '1' || s === 'online' || s === 'connected') return 'online'
  if (s === '2' || s === 'disabled') return 'disabled'
  return 'unknown'
}

/**
 * Sensor: text 'open' / 'off' (closed) / 'no sensor' / 'unknown'. Numeric codes index the manual's
 * list (unknown, no sensor, off, open): 0 unknown, 1 no sensor, 2 closed, 3 open.
 */
export function parseSensor(v: unknown): DoorSensor {
  const s = norm(v)
  if (isNumeric(v)) return SENSOR_CODES[s] ?? 'unknown'
  if (s === 'open' || s === 'opened' || s === 'on') return 'open'
  if (s === 'off' || s === 'close' || s === 'closed') return 'closed'
  if (s === 'no sensor' || s === 'none' || s === 'nosensor' || s === 'no') return 'none'
  return 'unknown'
}
const SENSOR_CODES: Record<string, DoorSensor> = { '0': 'unknown', '1': 'none', '2': 'closed', '3': 'open' }

/** Relay: 'off' (closed) / 'open'; numeric codes index the manual's list (off, open, unknown). */
export function parseRelay(v: unknown): DoorRelay {
  const s = norm(v)
  if (s === '0' || s === 'off' || s === 'close' || s === 'closed') return 'closed'
  if (s === '1' || s === 'open' || s === 'opened' || s === 'on') return 'open'
  return 'unknown'
}

export function parseDoorAlarm(v: unknown): { alarm: string | null; alarmKind: DoorAlarmKind | null } {
  if (v === null || v === undefined) return { alarm: null, alarmKind: null }
  if (isNumeric(v)) {
    const entry = ALARM_TEXTS[Number(v)]
    if (!entry) return { alarm: `alarm code ${Number(v)}`, alarmKind: 'unknown' }
    return { alarm: entry[1] === null ? null : entry[0], alarmKind: entry[1] }
  }
  const s = norm(v)
  const fromList = ALARM_TEXTS.find(([text]) => text === s)
  if (fromList) return { alarm: fromList[1] === null ? null : fromList[0], alarmKind: fromList[1] }
  if (s in ALARM_SYNONYMS) {
    const kind = ALARM_SYNONYMS[s] ?? null
    return { alarm: kind === null ? null : s, alarmKind: kind }
  }
  // Unknown or localised text: still an alarm the guard must see, kept verbatim.
  return { alarm: String(v).trim(), alarmKind: 'unknown' }
}

/**
 * Field order of a door state sent as an array (the form a deployed field app read, with numeric
 * codes): [id, name, deviceId, connect, sensor, relay, alarm].
 */
export const DOOR_STATE_TUPLE_FIELDS = [
  'id',
  'name',
  'deviceid',
  'connect',
  'sensor',
  'relay',
  'alarm',
] as const

/** One door state record, object or array. Key case is ignored ('ID', 'Connect' ...). */
export function parseDoorState(raw: unknown): DoorState {
  const rec = Array.isArray(raw)
    ? Object.fromEntries(DOOR_STATE_TUPLE_FIELDS.map((k, i) => [k, raw[i]]))
    : lowerKeys(raw)
  const { alarm, alarmKind } = parseDoorAlarm(rec.alarm)
  return {
    doorId: String(rec.id ?? rec.doorid ?? ''),
    doorName: String(rec.name ?? rec.doorname ?? '').trim(),
    deviceId: rec.deviceid === undefined || rec.deviceid === null ? null : String(rec.deviceid),
    connect: parseConnect(rec.connect ?? rec.connection),
    sensor: parseSensor(rec.sensor),
    relay: parseRelay(rec.relay),
    alarm,
    alarmKind,
    raw,
  }
}

/** The `data` of a door-state answer: one record (object or array), or an array of records. */
export function parseDoorStates(data: unknown): DoorState[] {
  if (!Array.isArray(data)) return [parseDoorState(data)]
  // A single door sent as an array of scalars is one record, not a list.
  if (data.length > 0 && data.every((x) => x === null || typeof x !== 'object')) return [parseDoorState(data)]
  return data.map(parseDoorState)
}

function lowerKeys(raw: unknown): Record<string, unknown> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {}
  return Object.fromEntries(
    Object.entries(raw as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]),
  )
}
