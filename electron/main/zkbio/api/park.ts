/** Parking: black/white list (2.3) and entry/exit records (2.20). */
import type { CallOptions, ZkbioCore } from '../core'
import { defineEndpoints } from '../endpoint'
import { anyData, list, payloadString } from '../schemas/primitives'
import { parkRecordSchema } from '../schemas/records'
import { pagingQuery, type DateTimeInput, type Paging } from './params'

/** 0 allow list (white), 1 block list (black). */
export type ParkListType = 0 | 1

export const parkAuthorizeEndpoints = defineEndpoints('parkAuthorize', {
  addBlackWhite: {
    section: '2.3.1',
    method: 'POST',
    path: '/api/parkAuthorize/addBlackWhite',
    effect: 'write',
    data: anyData,
  },
  delBlackWhite: {
    section: '2.3.2',
    method: 'POST',
    path: '/api/parkAuthorize/delBlackWhite',
    effect: 'write',
    data: anyData,
  },
  editBlackWhite: {
    section: '2.3.3',
    method: 'POST',
    path: '/api/parkAuthorize/editBlackWhite',
    effect: 'write',
    data: anyData,
  },
} as const)

export const parkTransactionEndpoints = defineEndpoints('parkTransaction', {
  getParkRecordPicture: {
    section: '2.20.1',
    method: 'GET',
    path: '/api/parkTransaction/getParkRecordPicture',
    effect: 'read',
    data: payloadString,
  },
  listParkRecordIn: {
    section: '2.20.2',
    method: 'GET',
    path: '/api/v2/parkTransaction/listParkRecordin',
    effect: 'read',
    data: list(parkRecordSchema),
  },
  listParkRecordOut: {
    section: '2.20.3',
    method: 'GET',
    path: '/api/v2/parkTransaction/listParkRecordout',
    effect: 'read',
    data: list(parkRecordSchema),
  },
} as const)

export interface ParkListEntry {
  type: ParkListType
  carNumber: string
  /** Date only ('yyyy-MM-dd'); required for the allow list. */
  fromTime?: DateTimeInput
  toTime?: DateTimeInput
}

export function parkAuthorizeApi(core: ZkbioCore) {
  const e = parkAuthorizeEndpoints
  return {
    addBlackWhite: (p: ParkListEntry, opts?: CallOptions) =>
      core.call(
        e.addBlackWhite,
        {
          query: {
            type: p.type,
            carNumber: p.carNumber,
            fromTime: core.date(p.fromTime),
            toTime: core.date(p.toTime),
          },
        },
        opts,
      ),
    delBlackWhite: (carNumber: string, opts?: CallOptions) =>
      core.call(e.delBlackWhite, { query: { carNumber } }, opts),
    editBlackWhite: (p: ParkListEntry & { oldCarNumber: string }, opts?: CallOptions) =>
      core.call(
        e.editBlackWhite,
        {
          query: {
            type: p.type,
            carNumber: p.carNumber,
            oldCarNumber: p.oldCarNumber,
            fromTime: core.date(p.fromTime),
            toTime: core.date(p.toTime),
          },
        },
        opts,
      ),
  }
}

export interface ParkRecordQuery extends Paging {
  carNumber?: string
  startDate?: DateTimeInput
  endDate?: DateTimeInput
}

export function parkTransactionApi(core: ZkbioCore) {
  const e = parkTransactionEndpoints
  const q = (p: ParkRecordQuery) => ({
    carNumber: p.carNumber,
    startDate: core.dateTime(p.startDate),
    endDate: core.dateTime(p.endDate),
    ...pagingQuery(p),
  })
  return {
    /** The picture as base64 text. recordType 1 entry, 2 exit. */
    getParkRecordPicture: (recordId: string, recordType: 1 | 2, opts?: CallOptions) =>
      core.call(e.getParkRecordPicture, { query: { recordId, recordType } }, opts),
    listParkRecordIn: (p: ParkRecordQuery, opts?: CallOptions) =>
      core.call(e.listParkRecordIn, { query: q(p) }, opts),
    listParkRecordOut: (p: ParkRecordQuery, opts?: CallOptions) =>
      core.call(e.listParkRecordOut, { query: q(p) }, opts),
  }
}
