import { ApiError } from '../lib/errors.ts'
import { DOOR_ALARM_TEXT, EV } from './catalog.ts'
import type { SimEvent } from './events.ts'
import type { Device, Door, Floor, Gate } from './model.ts'
import type { SiteState } from './site.ts'

// Door, floor and gate states as the API reports them, and the actions that change them.

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

export function deviceConnect(device: Device): '0' | '1' | '2' {
  return !device.enabled ? '2' : device.online ? '1' : '0'
}

export interface DoorStateRow {
  id: string
  name: string
  deviceId: string
  connect: string
  sensor: string
  alarm: string
  relay: string
}

/** Manual 2.11.1; texts mix cases per door like real servers ("None", "none", "No sensor"). */
export function doorStateRow(state: SiteState, door: Door): DoorStateRow {
  const device = state.devices.get(door.deviceId)!
  const connect = door.enabled ? deviceConnect(device) : '2'
  const style = (s: string) => (door.textStyle === 1 ? capitalise(s) : s)
  if (connect !== '1') {
    return {
      id: door.id,
      name: door.name,
      deviceId: door.deviceId,
      connect,
      sensor: 'unknown',
      alarm: 'unknown',
      relay: 'unknown',
    }
  }
  const now = state.now()
  const sensor = !door.hasSensor
    ? 'no sensor'
    : door.sensor === 'open' || now < door.sensorOpenUntil
      ? 'open'
      : 'off'
  return {
    id: door.id,
    name: door.name,
    deviceId: door.deviceId,
    connect,
    sensor: style(sensor),
    alarm: style(DOOR_ALARM_TEXT[door.alarm]),
    relay: now < door.relayOpenUntil ? 'open' : 'off',
  }
}

export interface GateStateRow {
  id: string
  name: string
  deviceId: string
  connect: string
  gateState: string
  alarm: string
  relay: string
}

/** Manual 2.31.1: every field a numeric string. */
export function gateStateRow(state: SiteState, gate: Gate): GateStateRow {
  const device = state.devices.get(gate.deviceId)!
  const connect = deviceConnect(device)
  const online = connect === '1'
  return {
    id: gate.id,
    name: gate.name,
    deviceId: gate.deviceId,
    connect,
    gateState: online ? String(gate.gateState) : connect === '2' ? '2' : '0',
    alarm: online ? String(gate.alarm) : 'None',
    relay: !online ? 'None' : state.now() < gate.relayOpenUntil ? String(gate.relayCode) : '0',
  }
}

function requireOnline(device: Device): void {
  if (!device.enabled || !device.online) throw new ApiError(-103)
}

export function remoteOpenDoor(state: SiteState, door: Door, intervalSeconds: number): SimEvent {
  const device = state.doorDevice(door)
  requireOnline(device)
  door.relayOpenUntil = state.now() + intervalSeconds * 1000
  return state.record('acc', EV.remoteOpening, {
    device,
    pointId: door.id,
    pointName: door.name,
    verifyModeName: 'Other',
  })
}

export function remoteCloseDoor(state: SiteState, door: Door): SimEvent {
  const device = state.doorDevice(door)
  requireOnline(device)
  door.relayOpenUntil = 0
  if (door.alarm === 'normalOpen') door.alarm = 'none'
  return state.record('acc', EV.remoteClosing, {
    device,
    pointId: door.id,
    pointName: door.name,
    verifyModeName: 'Other',
  })
}

export function remoteOpenFloor(state: SiteState, floor: Floor, intervalSeconds: number): SimEvent {
  const device = state.devices.get(floor.deviceId)!
  requireOnline(device)
  floor.relayOpenUntil = state.now() + intervalSeconds * 1000
  return state.record('ele', EV.remoteOpening, {
    device,
    pointId: floor.id,
    pointName: floor.name,
    verifyModeName: 'Other',
  })
}

export function remoteCloseFloor(state: SiteState, floor: Floor): SimEvent {
  const device = state.devices.get(floor.deviceId)!
  requireOnline(device)
  floor.relayOpenUntil = 0
  return state.record('ele', EV.remoteClosing, {
    device,
    pointId: floor.id,
    pointName: floor.name,
    verifyModeName: 'Other',
  })
}

/** openType 1 opens for entry (relay 2 "Entry open"), 2 for exit (relay 1 "Exit open"). */
export function remoteOpenGate(state: SiteState, gate: Gate, openType: 1 | 2): SimEvent {
  const device = state.devices.get(gate.deviceId)!
  requireOnline(device)
  gate.relayCode = openType === 1 ? 2 : 1
  gate.relayOpenUntil = state.now() + 5000
  const reader = state.readersOfGate(gate.id).find((r) => r.readerState === (openType === 1 ? 0 : 1)) ?? null
  return state.record('psg', EV.remoteOpening, {
    device,
    pointId: gate.id,
    pointName: gate.name,
    reader,
    verifyModeName: 'Other',
  })
}
