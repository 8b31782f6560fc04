/**
 * Doors (2.11). State answers are normalised with `parseDoorState` (object or array, text or numeric
 * codes). Open/close are commands: never retried. The close path is printed `remoteoffById` while
 * other servers use `remoteCloseById` (FIELD-NOTES): the printed one is tried first, the other on 404,
 * and the one that worked is remembered.
 */
import { z } from 'zod'
import type { CallOptions, ZkbioCore } from '../core'
import { parseDoorStates, type DoorState } from '../door-state'
import { defineEndpoints } from '../endpoint'
import { anyData, list, page } from '../schemas/primitives'
import { doorSchema } from '../schemas/records'
import { pagingQuery, requireServerId, type Paging } from './params'

const doorStateRow = z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())])
/** Every door state: must be a list. */
const doorStateList = z.array(doorStateRow)
/** One door / one device: a record (object or array), or a list of records; null when unknown (FIELD-NOTES: unknown ids fail quietly). */
const doorStateOneOrMany = z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]).nullable()

export const MIN_INTERVAL_S = 1
export const MAX_INTERVAL_S = 254

export const doorEndpoints = defineEndpoints('door', {
  allDoorState: {
    section: '2.11.1',
    method: 'GET',
    path: '/api/door/allDoorState',
    effect: 'read',
    data: doorStateList,
  },
  doorStateById: {
    section: '2.11.2',
    method: 'GET',
    path: '/api/door/doorStateById',
    effect: 'read',
    data: doorStateOneOrMany,
  },
  doorStateBySn: {
    section: '2.11.3',
    method: 'GET',
    path: '/api/door/doorStateBySn',
    effect: 'read',
    data: doorStateOneOrMany,
  },
  get: {
    section: '2.11.4',
    method: 'GET',
    path: '/api/door/get',
    effect: 'read',
    data: doorSchema.nullable(),
  },
  list: { section: '2.11.5', method: 'GET', path: '/api/door/list', effect: 'read', data: list(doorSchema) },
  remoteCloseById: {
    section: '2.11.6',
    method: 'POST',
    path: '/api/door/remoteoffById',
    alternatePath: '/api/door/remoteCloseById',
    effect: 'command',
    data: anyData,
  },
  remoteCloseByName: {
    section: '2.11.7',
    method: 'POST',
    path: '/api/door/remoteoffByName',
    alternatePath: '/api/door/remoteCloseByName',
    effect: 'command',
    data: anyData,
  },
  remoteOpenById: {
    section: '2.11.8',
    method: 'POST',
    path: '/api/door/remoteOpenById',
    effect: 'command',
    data: anyData,
  },
  remoteOpenByName: {
    section: '2.11.9',
    method: 'POST',
    path: '/api/door/remoteOpenByName',
    effect: 'command',
    data: anyData,
  },
  listV2: {
    section: '2.11.10',
    method: 'GET',
    path: '/api/v2/door/list',
    effect: 'read',
    data: page(doorSchema),
  },
} as const)

export function doorApi(core: ZkbioCore) {
  const e = doorEndpoints
  // The manual asks for a millisecond timestamp on state calls; the server uses it only as a cache key.
  const ts = () => Date.now()
  return {
    /** Every door's state. The manual asks for at most one call every 10 s. */
    allDoorState: async (opts?: CallOptions): Promise<DoorState[]> =>
      parseDoorStates(await core.call(e.allDoorState, { query: { timestamp: ts() } }, opts)),
    /** One door's state; null when the server does not know the door (unknown ids fail quietly). */
    doorStateById: async (doorId: string, opts?: CallOptions): Promise<DoorState | null> => {
      const data = await core.call(e.doorStateById, { query: { doorId, timestamp: ts() } }, opts)
      if (data === null) return null
      const states = parseDoorStates(data)
      return states.find((s) => s.doorId === doorId) ?? states[0] ?? null
    },
    /** The door states of one device (the manual prints a single door); [] when the device is unknown. */
    doorStateBySn: async (deviceSn: string, opts?: CallOptions): Promise<DoorState[]> => {
      const data = await core.call(e.doorStateBySn, { query: { deviceSn, timestamp: ts() } }, opts)
      return data === null ? [] : parseDoorStates(data)
    },
    get: (id: string, opts?: CallOptions) => core.call(e.get, { query: { id } }, opts),
    list: (paging: Paging, opts?: CallOptions) => core.call(e.list, { query: pagingQuery(paging) }, opts),
    remoteCloseById: async (doorId: string, opts?: CallOptions) =>
      core.call(
        e.remoteCloseById,
        { query: { doorId: requireServerId(doorId, 'door', e.remoteCloseById.path) } },
        opts,
      ),
    remoteCloseByName: (doorName: string, opts?: CallOptions) =>
      core.call(e.remoteCloseByName, { query: { doorName } }, opts),
    /** Opens the door for `interval` seconds (1..254). */
    remoteOpenById: async (doorId: string, interval: number, opts?: CallOptions) =>
      core.call(
        e.remoteOpenById,
        { query: { doorId: requireServerId(doorId, 'door', e.remoteOpenById.path), interval } },
        opts,
      ),
    remoteOpenByName: (doorName: string, interval: number, opts?: CallOptions) =>
      core.call(e.remoteOpenByName, { query: { doorName, interval } }, opts),
    listV2: (paging: Paging, opts?: CallOptions) => core.call(e.listV2, { query: pagingQuery(paging) }, opts),
  }
}
