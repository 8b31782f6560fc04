/**
 * Level groups: access (2.1), elevator (2.2) and entrance control (2.32) have the same seven
 * endpoints under different prefixes, so one factory builds all three modules.
 */
import type { CallOptions, ZkbioCore } from '../core'
import { defineEndpoints } from '../endpoint'
import { anyData, list, page } from '../schemas/primitives'
import { levelSchema } from '../schemas/records'
import { csv, pagingQuery, type Paging } from './params'

function levelEndpoints(module: string, prefix: string, section: string) {
  return defineEndpoints(module, {
    deleteLevel: {
      section: `${section}.1`,
      method: 'POST',
      path: `/api/${prefix}/deleteLevel`,
      effect: 'write',
      data: anyData,
    },
    getById: {
      section: `${section}.2`,
      method: 'GET',
      path: `/api/${prefix}/getById/{id}`,
      effect: 'read',
      data: levelSchema.nullable(),
    },
    getByName: {
      section: `${section}.3`,
      method: 'GET',
      path: `/api/${prefix}/getByName/{name}`,
      effect: 'read',
      data: levelSchema.nullable(),
    },
    list: {
      section: `${section}.4`,
      method: 'GET',
      path: `/api/${prefix}/list`,
      effect: 'read',
      data: list(levelSchema),
    },
    syncLevel: {
      section: `${section}.5`,
      method: 'POST',
      path: `/api/${prefix}/syncLevel`,
      effect: 'write',
      data: anyData,
    },
    syncPerson: {
      section: `${section}.6`,
      method: 'POST',
      path: `/api/${prefix}/syncPerson`,
      effect: 'write',
      data: anyData,
    },
    listV2: {
      section: `${section}.7`,
      method: 'GET',
      path: `/api/v2/${prefix}/list`,
      effect: 'read',
      data: page(levelSchema),
    },
  } as const)
}

export const accLevelEndpoints = levelEndpoints('accLevel', 'accLevel', '2.1')
export const eleLevelEndpoints = levelEndpoints('eleLevel', 'eleLevel', '2.2')
export const psgLevelEndpoints = levelEndpoints('psgLevel', 'psgLevel', '2.32')

function levelApi(core: ZkbioCore, e: ReturnType<typeof levelEndpoints>) {
  return {
    /** Removes the person from the given level groups. */
    deleteLevel: (pin: string, levelIds: string | readonly string[], opts?: CallOptions) =>
      core.call(e.deleteLevel, { query: { pin, levelIds: csv(levelIds) } }, opts),
    getById: (id: string, opts?: CallOptions) => core.call(e.getById, { pathParams: { id } }, opts),
    getByName: (name: string, opts?: CallOptions) => core.call(e.getByName, { pathParams: { name } }, opts),
    list: (paging: Paging, opts?: CallOptions) => core.call(e.list, { query: pagingQuery(paging) }, opts),
    /** Pushes the level group to its devices. */
    syncLevel: (levelId: string, opts?: CallOptions) => core.call(e.syncLevel, { query: { levelId } }, opts),
    /** Gives the person the given level groups. */
    syncPerson: (pin: string, levelIds: string | readonly string[], opts?: CallOptions) =>
      core.call(e.syncPerson, { query: { pin, levelIds: csv(levelIds) } }, opts),
    listV2: (paging: Paging, opts?: CallOptions) => core.call(e.listV2, { query: pagingQuery(paging) }, opts),
  }
}

export const accLevelApi = (core: ZkbioCore) => levelApi(core, accLevelEndpoints)
export const eleLevelApi = (core: ZkbioCore) => levelApi(core, eleLevelEndpoints)
export const psgLevelApi = (core: ZkbioCore) => levelApi(core, psgLevelEndpoints)
