/**
 * Gate state -> alarm candidates and condition observations (FIELD-NOTES gate codes): alarm 1 opened
 * accidentally (forced), 2 tamper, 3-5 duress, 6 infrared fault and 7 gate error (gate faults); gate
 * not connected while its device is online is a gate fault; an offline device is a device alarm.
 * "None" (unknown) is not an alarm.
 */
import type { AlarmKind, GateView } from '../contract/guard'
import {
  ALARM_PRIORITY,
  plainAlarmTitle,
  alarmKey,
  type AlarmCandidate,
  type ConditionObservation,
} from './alarm-kinds'
import { deviceTargetName, type DoorClassification } from './classify-door'
import type { DeviceInfo, GateStateInput } from './states'
import { foldText } from './text'

type GateAlarm = NonNullable<GateStateInput['alarm']>

const GATE_ALARM_TO_KIND: Record<GateAlarm, AlarmKind | null> = {
  openedAccidentally: 'forcedOpen',
  tamper: 'tamper',
  duressPassword: 'duress',
  duressFingerprint: 'duress',
  duress: 'duress',
  infraredFault: 'gateFault',
  gateError: 'gateFault',
  unknown: null,
}

const GATE_ALARM_TEXT: Record<GateAlarm, string> = {
  openedAccidentally: 'gate opened unexpectedly',
  tamper: 'tamper alarm',
  duressPassword: 'duress password used',
  duressFingerprint: 'duress fingerprint used',
  duress: 'duress alarm',
  infraredFault: 'infrared sensor fault',
  gateError: 'gate error',
  unknown: 'unknown',
}

const GATE_STATE_KINDS: readonly AlarmKind[] = ['forcedOpen', 'tamper', 'duress', 'gateFault']

export function classifyGate(state: GateStateInput, device: DeviceInfo | null): DoorClassification {
  const candidates: AlarmCandidate[] = []
  const conditions: ConditionObservation[] = []
  const gateName = state.gateName || state.gateId
  const deviceName = deviceTargetName(state.deviceId, device)
  const deviceKey = alarmKey('device', foldText(deviceName), 'deviceOffline')
  if (state.connect === 'offline') {
    conditions.push({ key: deviceKey, active: true })
    candidates.push({
      key: deviceKey,
      kind: 'deviceOffline',
      priority: ALARM_PRIORITY.deviceOffline,
      targetType: 'device',
      targetName: device?.name ?? deviceName,
      targetId: state.deviceId,
      title: plainAlarmTitle('deviceOffline', device?.name ?? deviceName),
      detail: `Its gates cannot be watched or commanded (${gateName}).`,
      personPin: null,
      personName: null,
      serverTime: null,
    })
    return { candidates, conditions }
  }
  if (state.connect !== 'online') return { candidates, conditions }
  conditions.push({ key: deviceKey, active: false })

  const active = new Map<AlarmKind, string>()
  const fromAlarm = state.alarm ? GATE_ALARM_TO_KIND[state.alarm] : null
  if (fromAlarm && state.alarm) active.set(fromAlarm, GATE_ALARM_TEXT[state.alarm])
  if (state.gateState === 'notConnected' && !active.has('gateFault'))
    active.set('gateFault', 'gate not connected')

  for (const kind of GATE_STATE_KINDS) {
    const key = alarmKey('gate', foldText(gateName), kind)
    const text = active.get(kind)
    conditions.push({ key, active: text !== undefined })
    if (text === undefined) continue
    candidates.push({
      key,
      kind,
      priority: ALARM_PRIORITY[kind],
      targetType: 'gate',
      targetName: gateName,
      targetId: state.gateId || null,
      title: plainAlarmTitle(kind, gateName),
      detail: `Gate reports: ${text}`,
      personPin: null,
      personName: null,
      serverTime: null,
    })
  }
  return { candidates, conditions }
}

/**
 * The board entry of a gate. A gate whose device is offline shows its last known passage (`lastKnown`,
 * from its last online reading) with `staleSince`, and no alarm of its own: the device alarm names it.
 */
export function toGateView(
  state: GateStateInput,
  alarmId: number | null,
  lastKnown: { view: GateView; atMs: number } | null = null,
): GateView {
  const online = state.connect === 'online'
  return {
    id: state.gateId,
    name: state.gateName || state.gateId,
    deviceId: state.deviceId,
    connection: state.connect,
    gateState: state.gateState,
    alarm: !online ? 'none' : (state.alarm ?? 'none'),
    relay: online ? state.relay : (lastKnown?.view.relay ?? 'unknown'),
    alarmId,
    staleSince: online ? null : lastKnown ? new Date(lastKnown.atMs).toISOString() : null,
  }
}
