/** Access readers (2.14) and entrance-control gate readers (2.33). */
import type { CallOptions, ZkbioCore } from '../core'
import { defineEndpoints } from '../endpoint'
import { list, page } from '../schemas/primitives'
import { readerSchema } from '../schemas/records'
import { pagingQuery, type Paging } from './params'

export const readerEndpoints = defineEndpoints('reader', {
  accList: {
    section: '2.14.1',
    method: 'GET',
    path: '/api/reader/accList',
    effect: 'read',
    data: list(readerSchema),
  },
  getAcc: {
    section: '2.14.2',
    method: 'GET',
    path: '/api/reader/getAcc',
    effect: 'read',
    data: readerSchema.nullable(),
  },
} as const)

export const psgReaderEndpoints = defineEndpoints('psgReader', {
  list: {
    section: '2.33.1',
    method: 'GET',
    path: '/api/psgReader/list',
    effect: 'read',
    data: list(readerSchema),
  },
  listV2: {
    section: '2.33.2',
    method: 'GET',
    path: '/api/v2/psgReader/list',
    effect: 'read',
    data: page(readerSchema),
  },
  getById: {
    section: '2.33.3',
    method: 'GET',
    path: '/api/psgReader/getById',
    effect: 'read',
    data: readerSchema.nullable(),
  },
} as const)

export function readerApi(core: ZkbioCore) {
  const e = readerEndpoints
  return {
    accList: (paging: Paging, opts?: CallOptions) =>
      core.call(e.accList, { query: pagingQuery(paging) }, opts),
    getAcc: (id: string, opts?: CallOptions) => core.call(e.getAcc, { query: { id } }, opts),
  }
}

export function psgReaderApi(core: ZkbioCore) {
  const e = psgReaderEndpoints
  return {
    list: (paging: Paging, opts?: CallOptions) => core.call(e.list, { query: pagingQuery(paging) }, opts),
    listV2: (paging: Paging, opts?: CallOptions) => core.call(e.listV2, { query: pagingQuery(paging) }, opts),
    getById: (id: string, opts?: CallOptions) => core.call(e.getById, { query: { id } }, opts),
  }
}
