/** Attendance areas (2.7) and their people (2.8). */
import type { CallOptions, ZkbioCore } from '../core'
import { defineEndpoints } from '../endpoint'
import { anyData, list } from '../schemas/primitives'
import { areaSchema } from '../schemas/records'
import { csv, pagingQuery, type Paging } from './params'

export const areaEndpoints = defineEndpoints('area', {
  get: {
    section: '2.7.1',
    method: 'GET',
    path: '/api/attAreaPerson/area/get/{code}',
    effect: 'read',
    data: areaSchema.nullable(),
  },
  list: {
    section: '2.7.2',
    method: 'GET',
    path: '/api/attAreaPerson/area/list',
    effect: 'read',
    data: list(areaSchema),
  },
} as const)

export const attAreaPersonEndpoints = defineEndpoints('attAreaPerson', {
  delete: {
    section: '2.8.1',
    method: 'DELETE',
    path: '/api/attAreaPerson/delete',
    effect: 'write',
    data: anyData,
  },
  set: { section: '2.8.2', method: 'POST', path: '/api/attAreaPerson/set', effect: 'write', data: anyData },
} as const)

export function areaApi(core: ZkbioCore) {
  const e = areaEndpoints
  return {
    // The manual's URL repeats the code as a query parameter; send both.
    get: (code: string, opts?: CallOptions) =>
      core.call(e.get, { pathParams: { code }, query: { code } }, opts),
    list: (paging: Paging, opts?: CallOptions) => core.call(e.list, { query: pagingQuery(paging) }, opts),
  }
}

export function attAreaPersonApi(core: ZkbioCore) {
  const e = attAreaPersonEndpoints
  return {
    /** The manual's delete body carries pins as one comma-separated string. */
    delete: (code: string, pins: string | readonly string[], opts?: CallOptions) =>
      core.call(e.delete, { json: { code, pins: csv(pins) } }, opts),
    /** The manual's set body carries pins as an array. */
    set: (code: string, pins: readonly string[], opts?: CallOptions) =>
      core.call(e.set, { json: { code, pins } }, opts),
  }
}
