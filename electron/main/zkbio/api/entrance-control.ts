/**
 * Entrance control: devices (2.30) and gates (2.31). Gate opening is a command: never retried. Gate
 * state answers are normalised with `parseGateState`.
 */
import { z } from 'zod'
import type { CallOptions, ZkbioCore } from '../core'
import { defineEndpoints } from '../endpoint'
import { parseGateStates, type GateState } from '../gate-state'
import { anyData, list, page } from '../schemas/primitives'
import { deviceSchema, gateSchema } from '../schemas/records'
import { pagingQuery, requireServerId, type Paging } from './params'

const gateStateRows = z.array(z.record(z.string(), z.unknown()))
const gateStateOneOrMany = z.union([z.record(z.string(), z.unknown()), gateStateRows]).nullable()

/** 1 open for entry, 2 open for exit. */
export type GateOpenType = 1 | 2

export const psgDeviceEndpoints = defineEndpoints('psgDevice', {
  list: {
    section: '2.30.1',
    method: 'GET',
    path: '/api/psgDevice/list',
    effect: 'read',
    data: list(deviceSchema),
  },
  getBySn: {
    section: '2.30.2',
    method: 'GET',
    path: '/api/psgDevice/getBySn',
    effect: 'read',
    data: deviceSchema.nullable(),
  },
  listV2: {
    section: '2.30.3',
    method: 'GET',
    path: '/api/v2/psgDevice/list',
    effect: 'read',
    data: page(deviceSchema),
  },
} as const)

export const psgGateEndpoints = defineEndpoints('psgGate', {
  allGateState: {
    section: '2.31.1',
    method: 'GET',
    path: '/api/psgGate/allGateState',
    effect: 'read',
    data: gateStateRows,
  },
  gateStateById: {
    section: '2.31.2',
    method: 'GET',
    path: '/api/psgGate/gateStateById',
    effect: 'read',
    data: gateStateOneOrMany,
  },
  gateStateBySn: {
    section: '2.31.3',
    method: 'GET',
    path: '/api/psgGate/gateStateBySn',
    effect: 'read',
    data: gateStateOneOrMany,
  },
  getById: {
    section: '2.31.4',
    method: 'GET',
    path: '/api/psgGate/getById',
    effect: 'read',
    data: gateSchema.nullable(),
  },
  list: {
    section: '2.31.5',
    method: 'GET',
    path: '/api/psgGate/list',
    effect: 'read',
    data: list(gateSchema),
  },
  listV2: {
    section: '2.31.6',
    method: 'GET',
    path: '/api/v2/psgGate/list',
    effect: 'read',
    data: page(gateSchema),
  },
  remoteOpenById: {
    section: '2.31.7',
    method: 'POST',
    path: '/api/psgGate/remoteOpenById',
    effect: 'command',
    data: anyData,
  },
  remoteOpenByName: {
    section: '2.31.8',
    method: 'POST',
    path: '/api/psgGate/remoteOpenByName',
    effect: 'command',
    data: anyData,
  },
} as const)

export function psgDeviceApi(core: ZkbioCore) {
  const e = psgDeviceEndpoints
  return {
    list: (paging: Paging, opts?: CallOptions) => core.call(e.list, { query: pagingQuery(paging) }, opts),
    getBySn: (sn: string, opts?: CallOptions) => core.call(e.getBySn, { query: { sn } }, opts),
    listV2: (paging: Paging, opts?: CallOptions) => core.call(e.listV2, { query: pagingQuery(paging) }, opts),
  }
}

export function psgGateApi(core: ZkbioCore) {
  const e = psgGateEndpoints
  return {
    allGateState: async (opts?: CallOptions): Promise<GateState[]> =>
      parseGateStates(await core.call(e.allGateState, {}, opts)),
    gateStateById: async (gateId: string, opts?: CallOptions): Promise<GateState[]> =>
      parseGateStates((await core.call(e.gateStateById, { query: { gateId } }, opts)) ?? []),
    gateStateBySn: async (deviceSn: string, opts?: CallOptions): Promise<GateState[]> =>
      parseGateStates((await core.call(e.gateStateBySn, { query: { deviceSn } }, opts)) ?? []),
    getById: (id: string, opts?: CallOptions) => core.call(e.getById, { query: { id } }, opts),
    list: (paging: Paging, opts?: CallOptions) => core.call(e.list, { query: pagingQuery(paging) }, opts),
    listV2: (paging: Paging, opts?: CallOptions) => core.call(e.listV2, { query: pagingQuery(paging) }, opts),
    remoteOpenById: async (gateId: string, openType: GateOpenType, opts?: CallOptions) =>
      core.call(
        e.remoteOpenById,
        { query: { gateId: requireServerId(gateId, 'gate', e.remoteOpenById.path), openType } },
        opts,
      ),
    remoteOpenByName: (gateName: string, openType: GateOpenType, opts?: CallOptions) =>
      core.call(e.remoteOpenByName, { query: { gateName, openType } }, opts),
  }
}
