import type { DoorView, GateView } from '@shared/contract/guard'

/** The translation function (vue-i18n's `t`). */
export type T = (key: string, params?: Record<string, string | number>) => string

/**
 * Words a guard reads on the boards, one place for door and gate states (the `events` namespace, which
 * main's notifications share). An alarm of 'none' has no words.
 */
export const connectionLabel = (t: T, v: DoorView['connection']): string => t(`events.connection.${v}`)
export const sensorLabel = (t: T, v: DoorView['sensor']): string => t(`events.sensor.${v}`)
export const relayLabel = (t: T, v: DoorView['relay']): string => t(`events.relay.${v}`)
export const doorAlarmLabel = (t: T, v: DoorView['alarm']): string =>
  v === 'none' ? '' : t(`events.doorAlarm.${v}`)
export const gateStateLabel = (t: T, v: GateView['gateState']): string => t(`events.gateState.${v}`)
export const gateAlarmLabel = (t: T, v: GateView['alarm']): string =>
  v === 'none' ? '' : t(`events.gateAlarm.${v}`)
export const gateRelayLabel = (t: T, v: GateView['relay']): string => t(`events.gateRelay.${v}`)

export type DoorStateFilter = 'all' | 'alarm' | 'open' | 'offline'

export function doorMatches(
  door: DoorView,
  filter: { text: string; area: string | null; device: string | null; state: DoorStateFilter },
): boolean {
  if (filter.area && door.areaName !== filter.area) return false
  if (filter.device && door.deviceName !== filter.device) return false
  if (filter.state === 'alarm' && door.alarm === 'none' && door.alarmId === null) return false
  if (filter.state === 'open' && door.sensor !== 'open' && door.relay !== 'open') return false
  if (filter.state === 'offline' && door.connection === 'online') return false
  const text = filter.text.trim().toLowerCase()
  return !text || door.name.toLowerCase().includes(text)
}

/**
 * Why a door cannot be commanded now, in plain words, or null when it can. The same words go on the
 * disabled buttons (tooltip), the door details and the floor plan.
 */
export function doorCommandBlock(door: DoorView, linkLost: boolean, t: T): string | null {
  if (linkLost) return t('guard.block.linkLost')
  if (door.connection === 'offline')
    return door.deviceName
      ? t('guard.block.controllerOffline', { name: door.deviceName })
      : t('guard.block.controllerOfflineUnnamed')
  if (door.connection === 'disabled') return t('guard.block.doorDisabled')
  if (door.connection !== 'online') return t('guard.block.doorUnknown')
  return null
}

export function gateCommandBlock(gate: GateView, linkLost: boolean, t: T): string | null {
  if (linkLost) return t('guard.block.linkLost')
  if (gate.connection === 'offline') return t('guard.block.gateControllerOffline')
  if (gate.gateState !== 'online')
    return t('guard.block.gateState', { state: gateStateLabel(t, gate.gateState).toLowerCase() })
  return null
}
