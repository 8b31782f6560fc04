import type { DoorView, GateView } from '@shared/contract/guard'
import type { PlanMarker } from '@shared/contract/guard-plans'

/**
 * The live look of a marker on a floor plan, from the boards: closed/locked, open, held open, forced,
 * offline/stale (not live: controller offline or server link lost), alarm (flashing).
 */
export type MarkerState =
  'closed' | 'unlocked' | 'open' | 'held' | 'forced' | 'alarm' | 'stale' | 'unknown' | 'reader'

/** The state in words (guard.plans.marker.<state>), in the current language. */
export const markerWords = (t: (key: string) => string, state: MarkerState): string =>
  t(`guard.plans.marker.${state}`)

export function doorMarkerState(d: DoorView | undefined, linkLost: boolean): MarkerState {
  if (!d) return 'unknown'
  if (linkLost || d.connection !== 'online') return 'stale'
  if (d.alarm === 'forced') return 'forced'
  if (d.alarm === 'timeout') return 'held'
  if (d.alarm !== 'none' || d.alarmId !== null) return 'alarm'
  if (d.sensor === 'open') return 'open'
  if (d.relay === 'open') return 'unlocked'
  return 'closed'
}

export function gateMarkerState(g: GateView | undefined, linkLost: boolean): MarkerState {
  if (!g) return 'unknown'
  if (linkLost || g.connection !== 'online' || g.gateState === 'notConnected') return 'stale'
  if (g.alarm === 'openedAccidentally') return 'forced'
  if (g.alarm !== 'none' || g.alarmId !== null) return 'alarm'
  if (g.relay !== 'off') return 'open'
  return 'closed'
}

export function markerState(
  m: PlanMarker,
  doors: ReadonlyMap<string, DoorView>,
  gates: ReadonlyMap<string, GateView>,
  linkLost: boolean,
  /** A reader shows the live state of its door, when known. */
  readerDoor: (readerId: string) => string | null = () => null,
): MarkerState {
  if (m.targetType === 'door') return doorMarkerState(doors.get(m.targetId), linkLost)
  if (m.targetType === 'gate') return gateMarkerState(gates.get(m.targetId), linkLost)
  const doorId = readerDoor(m.targetId)
  return doorId ? doorMarkerState(doors.get(doorId), linkLost) : 'reader'
}

/** 'Door', 'Gate', 'Reader' in the current language. */
export const typeWord = (t: (key: string) => string, type: 'door' | 'gate' | 'reader'): string =>
  t(`guard.plans.type.${type}`)
