/** Devices: access (2.9), attendance (2.22), FaceKiosk (2.29), elevator (2.10). */
import type { CallOptions, ZkbioCore } from '../core'
import { defineEndpoints } from '../endpoint'
import { list, page } from '../schemas/primitives'
import { deviceSchema } from '../schemas/records'
import { pagingQuery, type Paging } from './params'

export const deviceEndpoints = defineEndpoints('device', {
  accList: {
    section: '2.9.1',
    method: 'GET',
    path: '/api/device/accList',
    effect: 'read',
    data: list(deviceSchema),
  },
  getAcc: {
    section: '2.9.2',
    method: 'GET',
    path: '/api/device/getAcc',
    effect: 'read',
    data: deviceSchema.nullable(),
  },
  // FIELD-NOTES: the manual prints /api/device/accList here; the title's v2 path is the real one.
  listV2: {
    section: '2.9.3',
    method: 'GET',
    path: '/api/v2/device/list',
    effect: 'read',
    data: page(deviceSchema),
  },
  getAtt: {
    section: '2.22.1',
    method: 'GET',
    path: '/api/device/getAtt',
    effect: 'read',
    data: deviceSchema.nullable(),
  },
  attAdDeviceList: {
    section: '2.29.1',
    method: 'GET',
    path: '/api/device/attAdDeviceList',
    effect: 'read',
    data: list(deviceSchema),
  },
} as const)

export const eleDeviceEndpoints = defineEndpoints('eleDevice', {
  eleList: {
    section: '2.10.1',
    method: 'GET',
    path: '/api/eleDevice/eleList',
    effect: 'read',
    data: list(deviceSchema),
  },
  getEle: {
    section: '2.10.2',
    method: 'GET',
    path: '/api/eleDevice/getEle',
    effect: 'read',
    data: deviceSchema.nullable(),
  },
  eleListV2: {
    section: '2.10.3',
    method: 'GET',
    path: '/api/v2/eleDevice/eleList',
    effect: 'read',
    data: page(deviceSchema),
  },
} as const)

export function deviceApi(core: ZkbioCore) {
  const e = deviceEndpoints
  return {
    accList: (paging: Paging, opts?: CallOptions) =>
      core.call(e.accList, { query: pagingQuery(paging) }, opts),
    getAcc: (sn: string, opts?: CallOptions) => core.call(e.getAcc, { query: { sn } }, opts),
    listV2: (paging: Paging, opts?: CallOptions) => core.call(e.listV2, { query: pagingQuery(paging) }, opts),
    /** Attendance device by serial number (2.22). */
    getAtt: (sn: string, opts?: CallOptions) => core.call(e.getAtt, { query: { sn } }, opts),
    /** FaceKiosk devices (2.29). */
    attAdDeviceList: (paging: Paging, opts?: CallOptions) =>
      core.call(e.attAdDeviceList, { query: pagingQuery(paging) }, opts),
  }
}

export function eleDeviceApi(core: ZkbioCore) {
  const e = eleDeviceEndpoints
  return {
    eleList: (paging: Paging, opts?: CallOptions) =>
      core.call(e.eleList, { query: pagingQuery(paging) }, opts),
    getEle: (sn: string, opts?: CallOptions) => core.call(e.getEle, { query: { sn } }, opts),
    eleListV2: (paging: Paging, opts?: CallOptions) =>
      core.call(e.eleListV2, { query: pagingQuery(paging) }, opts),
  }
}
