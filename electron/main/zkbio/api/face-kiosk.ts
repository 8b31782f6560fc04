/** FaceKiosk areas (2.28). (FaceKiosk persons are in attendance.ts, devices in device.ts.) */
import type { CallOptions, ZkbioCore } from '../core'
import { defineEndpoints } from '../endpoint'
import { anyData, list } from '../schemas/primitives'
import { areaSchema } from '../schemas/records'
import { csv, pagingQuery, type Paging } from './params'

export const insAreaPersonEndpoints = defineEndpoints('insAreaPerson', {
  delAreaPerson: {
    section: '2.28.1',
    method: 'POST',
    path: '/api/insAreaPerson/delAreaPerson',
    effect: 'write',
    data: anyData,
  },
  setAreaPerson: {
    section: '2.28.2',
    method: 'POST',
    path: '/api/insAreaPerson/setAreaPerson',
    effect: 'write',
    data: anyData,
  },
  getAreaList: {
    section: '2.28.3',
    method: 'GET',
    path: '/api/insAreaPerson/getAreaList',
    effect: 'read',
    data: list(areaSchema),
  },
} as const)

export function insAreaPersonApi(core: ZkbioCore) {
  const e = insAreaPersonEndpoints
  return {
    delAreaPerson: (code: string, pins: string | readonly string[], opts?: CallOptions) =>
      core.call(e.delAreaPerson, { json: { code, pins: csv(pins) } }, opts),
    setAreaPerson: (code: string, pins: string | readonly string[], opts?: CallOptions) =>
      core.call(e.setAreaPerson, { json: { code, pins: csv(pins) } }, opts),
    getAreaList: (paging: Paging, opts?: CallOptions) =>
      core.call(e.getAreaList, { query: pagingQuery(paging) }, opts),
  }
}
