import type { DoorView, GateView } from '@shared/contract/guard'

/** Words a guard reads on the boards, one place for door and gate states. */
export const CONNECTION_LABEL: Record<DoorView['connection'], string> = {
  online: 'Online',
  offline: 'Offline',
  disabled: 'Disabled',
  unknown: 'Unknown',
}

export const SENSOR_LABEL: Record<DoorView['sensor'], string> = {
  open: 'Open',
  closed: 'Closed',
  noSensor: 'No sensor',
  unknown: 'Unknown',
}

export const RELAY_LABEL: Record<DoorView['relay'], string> = {
  open: 'Unlocked',
  closed: 'Locked',
  unknown: 'Unknown',
}

export const DOOR_ALARM_LABEL: Record<DoorView['alarm'], string> = {
  none: '',
  alarm: 'Alarm',
  timeout: 'Held open',
  forced: 'Forced open',
  tamper: 'Tamper',
  duressPassword: 'Duress (password)',
  duressFingerprint: 'Duress (fingerprint)',
  duress: 'Duress',
  normalOpen: 'Normally open',
  lowBattery: 'Low battery',
  replaceBattery: 'Replace battery',
  illegalOperation: 'Illegal operation',
  backupPower: 'On backup power',
  unknown: 'Unknown alarm',
}

export const GATE_STATE_LABEL: Record<GateView['gateState'], string> = {
  notConnected: 'Not connected',
  online: 'Online',
  disabled: 'Disabled',
  lockdown: 'Lockdown',
  unknown: 'Unknown',
}

export const GATE_ALARM_LABEL: Record<GateView['alarm'], string> = {
  none: '',
  openedAccidentally: 'Opened accidentally',
  tamper: 'Tamper',
  duressPassword: 'Duress (password)',
  duressFingerprint: 'Duress (fingerprint)',
  duress: 'Duress',
  infraredFault: 'Infrared fault',
  gateError: 'Gate error',
  unknown: 'Unknown alarm',
}

export const GATE_RELAY_LABEL: Record<GateView['relay'], string> = {
  off: 'Closed',
  exitOpen: 'Open for exit',
  entryOpen: 'Open for entry',
  unknown: 'Unknown',
}

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
export function doorCommandBlock(door: DoorView, linkLost: boolean): string | null {
  if (linkLost) return 'Server unreachable: commands are disabled until the link is back.'
  if (door.connection === 'offline')
    return `Controller ${door.deviceName ?? ''} is offline: this door cannot be commanded.`.replace('  ', ' ')
  if (door.connection === 'disabled') return 'This door is disabled on the server.'
  if (door.connection !== 'online') return 'The state of this door is not known yet.'
  return null
}

export function gateCommandBlock(gate: GateView, linkLost: boolean): string | null {
  if (linkLost) return 'Server unreachable: commands are disabled until the link is back.'
  if (gate.connection === 'offline') return 'Its controller is offline: this gate cannot be commanded.'
  if (gate.gateState !== 'online') return `The gate is ${GATE_STATE_LABEL[gate.gateState].toLowerCase()}.`
  return null
}
