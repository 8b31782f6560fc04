/** Persons (2.13). */
import { z } from 'zod'
import type { CallOptions, ZkbioCore } from '../core'
import { defineEndpoints } from '../endpoint'
import { anyData, list, page, payloadString } from '../schemas/primitives'
import { personSchema } from '../schemas/records'
import { csv, type DateTimeInput, type Paging } from './params'

// 2.13.4 prints a single object as the answer of a list request; accept it as a one-person list.
const personListOrOne = z.union([list(personSchema), personSchema.transform((p) => [p])])

export const personEndpoints = defineEndpoints('person', {
  add: { section: '2.13.1', method: 'POST', path: '/api/person/add', effect: 'write', data: anyData },
  delete: {
    section: '2.13.2',
    method: 'DELETE',
    path: '/api/person/delete/{pin}',
    effect: 'write',
    data: anyData,
  },
  get: {
    section: '2.13.3',
    method: 'GET',
    path: '/api/person/get/{pin}',
    effect: 'read',
    data: personSchema.nullable(),
  },
  getPersonList: {
    section: '2.13.4',
    method: 'POST',
    path: '/api/person/getPersonList',
    effect: 'read',
    data: personListOrOne,
  },
  getQrCode: {
    section: '2.13.5',
    method: 'POST',
    path: '/api/person/getQrCode/{pin}',
    effect: 'read',
    data: payloadString,
  },
  leave: { section: '2.13.6', method: 'POST', path: '/api/person/leave', effect: 'write', data: anyData },
  addPersonnelBasicInfo: {
    section: '2.13.7',
    method: 'POST',
    path: '/api/person/addPersonnelBasicInfo',
    effect: 'write',
    data: anyData,
  },
  updatePersonnelPhoto: {
    section: '2.13.8',
    method: 'POST',
    path: '/api/person/updatePersonnelPhoto',
    effect: 'write',
    data: anyData,
  },
  getPersonListV2: {
    section: '2.13.9',
    method: 'POST',
    path: '/api/v2/person/getPersonList',
    effect: 'read',
    data: page(personSchema),
  },
  reinstated: {
    section: '2.13.10',
    method: 'POST',
    path: '/api/person/reinstated',
    effect: 'write',
    data: anyData,
  },
} as const)

export interface PersonInput {
  pin: string
  deptCode?: string
  name?: string
  lastName?: string
  /** 'M' or 'F'. */
  gender?: 'M' | 'F'
  cardNo?: string
  /** Base64 picture. */
  personPhoto?: string
  accLevelIds?: string | readonly string[]
  accStartTime?: DateTimeInput
  accEndTime?: DateTimeInput
}

export interface PersonBasicInfo {
  pin: string
  deptCode?: string
  name?: string
  lastName?: string
  gender?: 'M' | 'F'
  /** '' deletes the card; leaving it out keeps the current one. */
  cardNo?: string
  birthday?: DateTimeInput
  certNumber?: string
  certType?: string
  email?: string
  hireDate?: DateTimeInput
  isDisabled?: boolean
  isSendMail?: boolean
  mobilePhone?: string
  personPwd?: string
  ssn?: string
  supplyCards?: string | readonly string[]
}

export interface PersonReinstatement extends PersonBasicInfo {
  carPlate?: string | readonly string[]
  personPhoto?: string
  accLevelIds?: string | readonly string[]
  accStartTime?: DateTimeInput
  accEndTime?: DateTimeInput
}

export interface PersonListQuery extends Paging {
  pins?: string | readonly string[]
  deptCodes?: string | readonly string[]
}

export function personApi(core: ZkbioCore) {
  const e = personEndpoints
  const basic = (p: PersonBasicInfo) => ({
    ...p,
    birthday: core.date(p.birthday),
    hireDate: core.date(p.hireDate),
    supplyCards: p.supplyCards === undefined ? undefined : csv(p.supplyCards),
  })
  const listBody = (q: PersonListQuery) => ({
    pins: q.pins === undefined ? undefined : csv(q.pins),
    deptCodes: q.deptCodes === undefined ? undefined : csv(q.deptCodes),
    pageNo: q.pageNo,
    pageSize: q.pageSize,
  })
  // FIELD-NOTES: newer clients pass pins and paging as query parameters; older servers read the body.
  const listQuery = (q: PersonListQuery) => ({
    pins: q.pins === undefined ? undefined : csv(q.pins),
    pageNo: q.pageNo,
    pageSize: q.pageSize,
  })
  return {
    /** Adds the person, or edits them when the pin exists. */
    add: (p: PersonInput, opts?: CallOptions) =>
      core.call(
        e.add,
        {
          json: {
            ...p,
            accLevelIds: p.accLevelIds === undefined ? undefined : csv(p.accLevelIds),
            accStartTime: core.dateTime(p.accStartTime),
            accEndTime: core.dateTime(p.accEndTime),
          },
        },
        opts,
      ),
    delete: (pin: string, opts?: CallOptions) => core.call(e.delete, { pathParams: { pin } }, opts),
    get: (pin: string, opts?: CallOptions) => core.call(e.get, { pathParams: { pin } }, opts),
    getPersonList: (q: PersonListQuery, opts?: CallOptions) =>
      core.call(e.getPersonList, { json: listBody(q), query: listQuery(q) }, opts),
    /** The person's dynamic QR payload (render it; fetch it fresh each time). */
    getQrCode: (pin: string, opts?: CallOptions) =>
      core.call(e.getQrCode, { pathParams: { pin }, json: { pin } }, opts),
    /** Marks the person as having left. */
    leave: (p: { pin: string; leaveDate: DateTimeInput; leaveType: string }, opts?: CallOptions) =>
      core.call(
        e.leave,
        { json: { pin: p.pin, leaveDate: core.date(p.leaveDate), leaveType: p.leaveType } },
        opts,
      ),
    addPersonnelBasicInfo: (p: PersonBasicInfo, opts?: CallOptions) =>
      core.call(e.addPersonnelBasicInfo, { json: basic(p) }, opts),
    updatePersonnelPhoto: (pin: string, personPhoto: string, opts?: CallOptions) =>
      core.call(e.updatePersonnelPhoto, { json: { pin, personPhoto } }, opts),
    getPersonListV2: (q: PersonListQuery, opts?: CallOptions) =>
      core.call(e.getPersonListV2, { json: listBody(q), query: listQuery(q) }, opts),
    reinstated: (p: PersonReinstatement, opts?: CallOptions) =>
      core.call(
        e.reinstated,
        {
          json: {
            ...basic(p),
            carPlate: p.carPlate === undefined ? undefined : csv(p.carPlate),
            personPhoto: p.personPhoto,
            accLevelIds: p.accLevelIds === undefined ? undefined : csv(p.accLevelIds),
            accStartTime: core.dateTime(p.accStartTime),
            accEndTime: core.dateTime(p.accEndTime),
          },
        },
        opts,
      ),
  }
}
