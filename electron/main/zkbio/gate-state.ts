/**
 * Entrance-control gate state (manual 2.31, FIELD-NOTES "Gate state"): numeric strings. Unknown values
 * become 'unknown', never an exception.
 */

import type { GateStateInput } from '../../shared/guard/states'

// The normalised shape is declared once, in shared code (pure guard logic and tests use it too).
export type GateConnect = GateStateInput['connect']
export type GateMode = GateStateInput['gateState']
export type GateAlarmKind = NonNullable<GateStateInput['alarm']>
export type GateRelay = GateStateInput['relay']

export interface GateState extends GateStateInput {
  raw: unknown
}

const GATE_MODES: Record<string, GateMode> = {
  '0': 'notConnected',
  '1': 'online',
  '2': 'disabled',
  '3': 'lockdown',
}
const GATE_ALARMS: Record<string, GateAlarmKind | null> = {
  '0': null,
  '1': 'openedAccidentally',
  '2': 'tamper',
  '3': 'duressPassword',
  '4': 'duressFingerprint',
  '5': 'duress',
  '6': 'infraredFault',
  '7': 'gateError',
}
const GATE_RELAYS: Record<string, GateRelay> = { '0': 'off', '1': 'exitOpen', '2': 'entryOpen' }

/** Plain-language text of each gate alarm, for the guard screen. */
export const GATE_ALARM_TEXT: Record<GateAlarmKind, string> = {
  openedAccidentally: 'Gate opened unexpectedly',
  tamper: 'Tamper alarm',
  duressPassword: 'Duress password used',
  duressFingerprint: 'Duress fingerprint used',
  duress: 'Duress alarm',
  infraredFault: 'Infrared sensor fault',
  gateError: 'Gate error',
  unknown: 'Unknown gate alarm',
}

const key = (v: unknown) => String(v ?? '').trim()

export function parseGateMode(v: unknown): GateMode {
  return GATE_MODES[key(v)] ?? 'unknown'
}

export function parseGateAlarm(v: unknown): GateAlarmKind | null {
  const k = key(v)
  if (k in GATE_ALARMS) return GATE_ALARMS[k] ?? null
  return 'unknown'
}

export function parseGateRelay(v: unknown): GateRelay {
  return GATE_RELAYS[key(v)] ?? 'unknown'
}

export function parseGateConnect(v: unknown): GateConnect {
  const k = key(v).toLowerCase()
  if (k === '0' || k === 'offline') return 'offline'
  if (k === '1' || k === 'online') return 'online'
  if (k === '2' || k === 'disabled') return 'disabled'
  return 'unknown'
}

export function parseGateState(raw: unknown): GateState {
  const rec =
    raw && typeof raw === 'object' && !Array.isArray(raw)
      ? Object.fromEntries(
          Object.entries(raw as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]),
        )
      : {}
  const name = rec.name ?? rec.gatename
  return {
    gateId: key(rec.id ?? rec.gateid),
    gateName: name === undefined || name === null ? null : String(name).trim(),
    deviceId: rec.deviceid === undefined || rec.deviceid === null ? null : String(rec.deviceid),
    connect: parseGateConnect(rec.connect ?? rec.connection),
    gateState: parseGateMode(rec.gatestate),
    alarm: parseGateAlarm(rec.alarm),
    relay: parseGateRelay(rec.relay),
    raw,
  }
}

export function parseGateStates(data: unknown): GateState[] {
  return (Array.isArray(data) ? data : [data]).map(parseGateState)
}
