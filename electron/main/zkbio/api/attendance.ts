/** Attendance applications (2.23) and attendance / FaceKiosk person settings (2.24, 2.27). */
import { z } from 'zod'
import type { CallOptions, ZkbioCore } from '../core'
import { defineEndpoints } from '../endpoint'
import { anyData, list, str } from '../schemas/primitives'
import { leaveTypeSchema } from '../schemas/records'
import type { DateTimeInput } from './params'

export const attApplyEndpoints = defineEndpoints('attApply', {
  applySign: {
    section: '2.23.1',
    method: 'POST',
    path: '/api/attApply/applySign',
    effect: 'write',
    data: anyData,
  },
  applyOvertime: {
    section: '2.23.2',
    method: 'POST',
    path: '/api/attApply/applyOvertime',
    effect: 'write',
    data: anyData,
  },
  applyLeave: {
    section: '2.23.3',
    method: 'POST',
    path: '/api/attApply/applyLeave',
    effect: 'write',
    data: anyData,
  },
  getLeaveTypeList: {
    section: '2.23.4',
    method: 'GET',
    path: '/api/attApply/getLeaveTypeList',
    effect: 'read',
    data: list(leaveTypeSchema),
  },
  uploadLeaveImage: {
    section: '2.23.5',
    method: 'POST',
    path: '/api/attApply/uploadLeaveImage',
    effect: 'write',
    data: str,
  },
  // A calculation, not a change: safe to retry. The manual prints `data: null`; newer servers send the duration.
  getApplyTimeLong: {
    section: '2.23.6',
    method: 'POST',
    path: '/api/attApply/getApplyTimeLong',
    effect: 'read',
    data: z.unknown(),
  },
} as const)

export const attPersonEndpoints = defineEndpoints('attPerson', {
  editAttPerson: {
    section: '2.24.5',
    method: 'POST',
    path: '/api/attPerson/editAttPerson',
    effect: 'write',
    data: anyData,
  },
  editInsPerson: {
    section: '2.27.1',
    method: 'POST',
    path: '/api/attPerson/editInsPerson',
    effect: 'write',
    data: anyData,
  },
} as const)

export interface LeaveApplication {
  personPin: string
  leaveTypeNo: string
  startDatetime: DateTimeInput
  endDatetime: DateTimeInput
  remark?: string
  /** From uploadLeaveImage. */
  leaveImagePath?: string
}

export function attApplyApi(core: ZkbioCore) {
  const e = attApplyEndpoints
  const leave = (a: LeaveApplication) => ({
    personPin: a.personPin,
    leaveTypeNo: a.leaveTypeNo,
    startDatetime: core.dateTime(a.startDatetime),
    endDatetime: core.dateTime(a.endDatetime),
    remark: a.remark ?? '',
    leaveImagePath: a.leaveImagePath,
  })
  return {
    /** Re-clock-in request. */
    applySign: (p: { personPin: string; signDatetime: DateTimeInput; remark?: string }, opts?: CallOptions) =>
      core.call(
        e.applySign,
        {
          json: {
            personPin: p.personPin,
            signDatetime: core.dateTime(p.signDatetime),
            remark: p.remark ?? '',
          },
        },
        opts,
      ),
    applyOvertime: (
      p: { personPin: string; startDatetime: DateTimeInput; endDatetime: DateTimeInput; remark?: string },
      opts?: CallOptions,
    ) =>
      core.call(
        e.applyOvertime,
        {
          json: {
            personPin: p.personPin,
            startDatetime: core.dateTime(p.startDatetime),
            endDatetime: core.dateTime(p.endDatetime),
            remark: p.remark ?? '',
          },
        },
        opts,
      ),
    applyLeave: (a: LeaveApplication, opts?: CallOptions) =>
      core.call(e.applyLeave, { json: leave(a) }, opts),
    getLeaveTypeList: (opts?: CallOptions) => core.call(e.getLeaveTypeList, {}, opts),
    /** Returns the stored picture's path, for applyLeave's leaveImagePath. */
    uploadLeaveImage: (base64Image: string, opts?: CallOptions) =>
      core.call(e.uploadLeaveImage, { json: { base64Image } }, opts),
    getApplyTimeLong: (a: LeaveApplication, opts?: CallOptions) =>
      core.call(e.getApplyTimeLong, { json: leave(a) }, opts),
  }
}

export function attPersonApi(core: ZkbioCore) {
  const e = attPersonEndpoints
  return {
    /** perDevAuth: 0 person, 2 registrar, 6 administrator, 14 super administrator. verifyMode: 0..29 (2.24). */
    editAttPerson: (
      p: { personPin: string; isAttendance: boolean; perDevAuth: number; verifyMode: number },
      opts?: CallOptions,
    ) => core.call(e.editAttPerson, { json: p }, opts),
    /** FaceKiosk person (2.27): category 0 staff, 1 VIP, 2 block list. */
    editInsPerson: (p: { personPin: string; category: number; perDevAuth: number }, opts?: CallOptions) =>
      core.call(e.editInsPerson, { json: p }, opts),
  }
}
