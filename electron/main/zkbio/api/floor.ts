/** Elevator floors (2.12). Open/close are commands; close has the same two spellings as doors. */
import type { CallOptions, ZkbioCore } from '../core'
import { defineEndpoints } from '../endpoint'
import { anyData, list, page } from '../schemas/primitives'
import { floorSchema } from '../schemas/records'
import { pagingQuery, requireServerId, type Paging } from './params'

export const floorEndpoints = defineEndpoints('floor', {
  list: {
    section: '2.12.1',
    method: 'GET',
    path: '/api/floor/list',
    effect: 'read',
    data: list(floorSchema),
  },
  remoteCloseById: {
    section: '2.12.2',
    method: 'POST',
    path: '/api/floor/remoteoffById',
    alternatePath: '/api/floor/remoteCloseById',
    effect: 'command',
    data: anyData,
  },
  remoteOpenById: {
    section: '2.12.3',
    method: 'POST',
    path: '/api/floor/remoteOpenById',
    effect: 'command',
    data: anyData,
  },
  // FIELD-NOTES: printed as /api/floor/list; the title's v2 path is the real one.
  listV2: {
    section: '2.12.4',
    method: 'GET',
    path: '/api/v2/floor/list',
    effect: 'read',
    data: page(floorSchema),
  },
} as const)

export function floorApi(core: ZkbioCore) {
  const e = floorEndpoints
  return {
    list: (paging: Paging, opts?: CallOptions) => core.call(e.list, { query: pagingQuery(paging) }, opts),
    remoteCloseById: async (floorId: string, opts?: CallOptions) =>
      core.call(
        e.remoteCloseById,
        { query: { floorId: requireServerId(floorId, 'floor', e.remoteCloseById.path) } },
        opts,
      ),
    /** Releases the floor button for `interval` seconds. */
    remoteOpenById: async (floorId: string, interval: number, opts?: CallOptions) =>
      core.call(
        e.remoteOpenById,
        { query: { floorId: requireServerId(floorId, 'floor', e.remoteOpenById.path), interval } },
        opts,
      ),
    listV2: (paging: Paging, opts?: CallOptions) => core.call(e.listV2, { query: pagingQuery(paging) }, opts),
  }
}
