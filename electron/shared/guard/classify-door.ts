/**
 * Door state -> alarm candidates and condition observations. A door in alarm per its `alarm` field, a
 * door whose sensor has stood open past the threshold, and a door whose device is offline are alarms.
 * Every kind a door state CAN show is also reported as a condition (active or not), so the engine can
 * tell when an alarm's door is normal again. Offline doors report nothing about their own alarm/sensor
 * fields (servers send "unknown" there).
 */
import type { AlarmKind, DoorView } from '../contract/guard'
import {
  ALARM_PRIORITY,
  alarmKey,
  plainAlarmTitle,
  type AlarmCandidate,
  type ConditionObservation,
} from './alarm-kinds'
import type { DeviceInfo, DoorStateInput } from './states'
import { foldText } from './text'

type DoorAlarmKind = NonNullable<DoorStateInput['alarmKind']>

const DOOR_ALARM_TO_KIND: Record<DoorAlarmKind, AlarmKind | null> = {
  forced: 'forcedOpen',
  timeout: 'heldOpen',
  tamper: 'tamper',
  duressPassword: 'duress',
  duressFingerprint: 'duress',
  duress: 'duress',
  alarm: 'other',
  normalOpen: 'other',
  lowBattery: 'other',
  replaceBattery: 'other',
  illegalOperation: 'other',
  backupPower: 'other',
  unknown: 'other',
}

/** Kinds a door state can show, hence can also show as normal again. */
const DOOR_STATE_KINDS: readonly AlarmKind[] = ['forcedOpen', 'heldOpen', 'tamper', 'duress', 'other']

export interface DoorContext {
  nowMs: number
  /** When this door's sensor was first seen open (ms), or null. */
  openSinceMs: number | null
  doorOpenAlarmSeconds: number
  device: DeviceInfo | null
}

export interface DoorClassification {
  candidates: AlarmCandidate[]
  conditions: ConditionObservation[]
}

/** The key of a device-level alarm: by serial when known (events carry devSn), else by device id. */
export function deviceTargetName(deviceId: string | null, device: DeviceInfo | null): string {
  return device?.sn ?? deviceId ?? 'unknown device'
}

/** The door's alarm field says something that is a real alarm (not none, not the literal "unknown"). */
function doorAlarmKind(state: DoorStateInput): AlarmKind | null {
  if (!state.alarmKind) return null
  if (state.alarmKind === 'unknown' && foldText(state.alarm) === 'unknown') return null
  return DOOR_ALARM_TO_KIND[state.alarmKind]
}

export function classifyDoor(state: DoorStateInput, ctx: DoorContext): DoorClassification {
  const candidates: AlarmCandidate[] = []
  const conditions: ConditionObservation[] = []
  const doorName = state.doorName || state.doorId
  const doorKey = foldText(doorName)
  const deviceName = deviceTargetName(state.deviceId, ctx.device)
  const deviceKey = alarmKey('device', foldText(deviceName), 'deviceOffline')

  if (state.connect === 'offline') {
    conditions.push({ key: deviceKey, active: true })
    candidates.push({
      key: deviceKey,
      kind: 'deviceOffline',
      priority: ALARM_PRIORITY.deviceOffline,
      targetType: 'device',
      targetName: ctx.device?.name ?? deviceName,
      targetId: state.deviceId,
      title: plainAlarmTitle('deviceOffline', ctx.device?.name ?? deviceName),
      detail: `Its doors cannot be watched or commanded (${doorName}).`,
      personPin: null,
      personName: null,
      serverTime: null,
    })
    return { candidates, conditions }
  }
  if (state.connect !== 'online') return { candidates, conditions }
  conditions.push({ key: deviceKey, active: false })

  const active = new Set<AlarmKind>()
  const fieldKind = doorAlarmKind(state)
  if (fieldKind) active.add(fieldKind)
  const openForS = ctx.openSinceMs === null ? 0 : Math.floor((ctx.nowMs - ctx.openSinceMs) / 1000)
  const heldBeyondThreshold = state.sensor === 'open' && openForS >= ctx.doorOpenAlarmSeconds
  // A forced door that stays open is still one incident: no second "held open" alarm on top of it.
  if (heldBeyondThreshold && !active.has('forcedOpen')) active.add('heldOpen')

  for (const kind of DOOR_STATE_KINDS) {
    const key = alarmKey('door', doorKey, kind)
    conditions.push({ key, active: active.has(kind) })
    if (!active.has(kind)) continue
    const fromField = kind === fieldKind
    candidates.push({
      key,
      kind,
      priority: ALARM_PRIORITY[kind],
      targetType: 'door',
      targetName: doorName,
      targetId: state.doorId || null,
      title: plainAlarmTitle(kind, doorName),
      detail: fromField
        ? `Door state reports: "${state.alarm ?? kind}"`
        : `Open for ${openForS} s, longer than the ${ctx.doorOpenAlarmSeconds} s allowed.`,
      personPin: null,
      personName: null,
      serverTime: null,
    })
  }
  return { candidates, conditions }
}

/**
 * The board entry of a door. A door whose controller is offline shows its last known sensor and relay
 * (`lastKnown`, from its last online reading) with `staleSince`, and no alarm chip of its own (servers
 * send "unknown" there; the one controller alarm names the controller instead).
 */
export function toDoorView(
  state: DoorStateInput,
  extra: {
    device: DeviceInfo | null
    openSinceMs: number | null
    alarmId: number | null
    lastKnown?: { view: DoorView; atMs: number } | null
  },
): DoorView {
  const online = state.connect === 'online'
  const last = online ? null : (extra.lastKnown ?? null)
  return {
    id: state.doorId,
    name: state.doorName || state.doorId,
    deviceId: state.deviceId,
    deviceName: extra.device?.name ?? null,
    areaName: extra.device?.areaName ?? null,
    connection: state.connect,
    sensor: !online ? (last?.view.sensor ?? 'unknown') : state.sensor === 'none' ? 'noSensor' : state.sensor,
    relay: online ? state.relay : (last?.view.relay ?? 'unknown'),
    alarm: !online ? 'none' : (state.alarmKind ?? 'none'),
    alarmText: !online || state.alarm === null ? null : state.alarm.slice(0, 120),
    openSince: extra.openSinceMs === null ? null : new Date(extra.openSinceMs).toISOString(),
    alarmId: extra.alarmId,
    staleSince: online ? null : last ? new Date(last.atMs).toISOString() : null,
  }
}
