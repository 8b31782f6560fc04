/**
 * Access transactions (2.18) and attendance transactions (2.21). The monitor endpoint is a read that
 * must NOT be retried: the server advances the session's cursor on every call, so a blind retry could
 * skip events (gaps are filled from the v2 lists by time range instead).
 */
import type { CallOptions, ZkbioCore } from '../core'
import { defineEndpoints } from '../endpoint'
import { list, optNum, page, record } from '../schemas/primitives'
import { doorTransactionSchema, firstInLastOutSchema, transactionSchema } from '../schemas/records'
import {
  pagingQuery,
  rangeQuery,
  type DateRange,
  type DateTimeInput,
  type Paging,
  type PersonDateRange,
} from './params'

/** v1 getDoorTransactions: the list in `data`, paging at the top level of the `ret` envelope. */
const doorTransactionsV1 = record({
  data: list(doorTransactionSchema),
  page: optNum,
  pageSize: optNum,
  total: optNum,
}).transform((r) => ({ items: r.data, page: r.page, pageSize: r.pageSize, total: r.total }))

export const MONITOR_NO_RETRY = 'the monitor session advances on the server with every call'

export const transactionEndpoints = defineEndpoints('transaction', {
  device: {
    section: '2.18.1',
    method: 'GET',
    path: '/api/transaction/device/{deviceSn}',
    effect: 'read',
    data: list(transactionSchema),
  },
  deviceV2: {
    section: '2.18.2',
    method: 'GET',
    path: '/api/v2/transaction/device/{deviceSn}',
    effect: 'read',
    data: page(transactionSchema),
  },
  list: {
    section: '2.18.3',
    method: 'GET',
    path: '/api/transaction/list',
    effect: 'read',
    data: list(transactionSchema),
  },
  listV2: {
    section: '2.18.4',
    method: 'GET',
    path: '/api/v2/transaction/list',
    effect: 'read',
    data: page(transactionSchema),
  },
  monitor: {
    section: '2.18.5',
    method: 'GET',
    path: '/api/transaction/monitor',
    effect: 'read',
    data: list(transactionSchema),
    noRetry: MONITOR_NO_RETRY,
  },
  person: {
    section: '2.18.6',
    method: 'GET',
    path: '/api/transaction/person/{pin}',
    effect: 'read',
    data: list(transactionSchema),
  },
  personV2: {
    section: '2.18.7',
    method: 'GET',
    path: '/api/v2/transaction/person/{pin}',
    effect: 'read',
    data: page(transactionSchema),
  },
  firstInAndLastOut: {
    section: '2.18.8',
    method: 'GET',
    path: '/api/transaction/firstInAndLastOut/{pin}',
    effect: 'read',
    data: list(firstInLastOutSchema),
  },
  firstInAndLastOutV2: {
    section: '2.18.9',
    method: 'GET',
    path: '/api/v2/transaction/firstInAndLastOut/{pin}',
    effect: 'read',
    data: page(firstInLastOutSchema),
  },
  getDoorTransactions: {
    section: '2.18.10',
    method: 'POST',
    path: '/api/transaction/getDoorTransactions',
    effect: 'read',
    data: doorTransactionsV1,
    select: (envelope) => envelope,
  },
  getDoorTransactionsV2: {
    section: '2.18.11',
    method: 'POST',
    path: '/api/v2/transaction/getDoorTransactions',
    effect: 'read',
    data: page(doorTransactionSchema),
  },
  getDoorTransactionDetail: {
    section: '2.18.12',
    method: 'POST',
    path: '/api/transaction/getDoorTransactionDetail',
    effect: 'read',
    data: doorTransactionSchema.nullable(),
  },
  getById: {
    section: '2.18.13',
    method: 'GET',
    path: '/api/transaction/getById/{id}',
    effect: 'read',
    data: transactionSchema.nullable(),
  },
  listAttTransaction: {
    section: '2.21.1',
    method: 'GET',
    path: '/api/transaction/listAttTransaction',
    effect: 'read',
    data: list(transactionSchema),
  },
} as const)

/** Filter of getDoorTransactions (2.18.10-11); every field optional. */
export interface DoorTransactionFilter extends Paging {
  devSn?: string
  startTime?: DateTimeInput
  endTime?: DateTimeInput
  /** Fuzzy match on name, last name, pin. */
  filter?: string
  /** 'normal' | 'warning' | 'alarm' */
  type?: string
  eventNo?: number
  /** Exact pin. */
  personPin?: string
}

export type ListQuery = Paging & PersonDateRange
export type RangeQuery = Paging & DateRange

export function transactionApi(core: ZkbioCore) {
  const e = transactionEndpoints
  const listQ = (q: ListQuery) => ({ personPin: q.personPin, ...rangeQuery(core, q), ...pagingQuery(q) })
  const rangeQ = (q: RangeQuery) => ({ ...rangeQuery(core, q), ...pagingQuery(q) })
  const doorFilter = (f: DoorTransactionFilter) => ({
    devSn: f.devSn,
    startTime: core.dateTime(f.startTime),
    endTime: core.dateTime(f.endTime),
    filter: f.filter,
    type: f.type,
    eventNo: f.eventNo === undefined ? undefined : String(f.eventNo),
    personPin: f.personPin,
    pageNo: String(f.pageNo),
    pageSize: String(f.pageSize),
  })
  return {
    device: (deviceSn: string, paging: Paging, opts?: CallOptions) =>
      core.call(e.device, { pathParams: { deviceSn }, query: pagingQuery(paging) }, opts),
    deviceV2: (deviceSn: string, q: RangeQuery, opts?: CallOptions) =>
      core.call(e.deviceV2, { pathParams: { deviceSn }, query: rangeQ(q) }, opts),
    list: (q: ListQuery, opts?: CallOptions) => core.call(e.list, { query: listQ(q) }, opts),
    listV2: (q: ListQuery, opts?: CallOptions) => core.call(e.listV2, { query: listQ(q) }, opts),
    /**
     * Rows new since the previous call of this session. `timestamp` is the session key: choose it once
     * and reuse it (see MonitorSession). Rows have no id and may repeat: de-duplicate.
     */
    monitor: (timestamp: number, opts?: CallOptions) => core.call(e.monitor, { query: { timestamp } }, opts),
    person: (pin: string, paging: Paging, opts?: CallOptions) =>
      core.call(e.person, { pathParams: { pin }, query: pagingQuery(paging) }, opts),
    personV2: (pin: string, q: ListQuery, opts?: CallOptions) =>
      core.call(e.personV2, { pathParams: { pin }, query: listQ(q) }, opts),
    firstInAndLastOut: (pin: string, q: RangeQuery, opts?: CallOptions) =>
      core.call(e.firstInAndLastOut, { pathParams: { pin }, query: rangeQ(q) }, opts),
    firstInAndLastOutV2: (pin: string, q: RangeQuery, opts?: CallOptions) =>
      core.call(e.firstInAndLastOutV2, { pathParams: { pin }, query: rangeQ(q) }, opts),
    getDoorTransactions: (f: DoorTransactionFilter, opts?: CallOptions) =>
      core.call(e.getDoorTransactions, { json: doorFilter(f) }, opts),
    getDoorTransactionsV2: (f: DoorTransactionFilter, opts?: CallOptions) =>
      core.call(e.getDoorTransactionsV2, { json: doorFilter(f) }, opts),
    getDoorTransactionDetail: (id: string, opts?: CallOptions) =>
      core.call(e.getDoorTransactionDetail, { json: { id } }, opts),
    getById: (id: string, opts?: CallOptions) => core.call(e.getById, { pathParams: { id } }, opts),
    /** Attendance transactions (2.21). */
    listAttTransaction: (q: ListQuery, opts?: CallOptions) =>
      core.call(e.listAttTransaction, { query: listQ(q) }, opts),
  }
}

export const eleTransactionEndpoints = defineEndpoints('eleTransaction', {
  list: {
    section: '2.19.1',
    method: 'GET',
    path: '/api/eleTransaction/list',
    effect: 'read',
    data: list(transactionSchema),
  },
  listV2: {
    section: '2.19.2',
    method: 'GET',
    path: '/api/v2/eleTransaction/list',
    effect: 'read',
    data: page(transactionSchema),
  },
} as const)

export function eleTransactionApi(core: ZkbioCore) {
  const e = eleTransactionEndpoints
  const q = (p: ListQuery) => ({ personPin: p.personPin, ...rangeQuery(core, p), ...pagingQuery(p) })
  return {
    list: (p: ListQuery, opts?: CallOptions) => core.call(e.list, { query: q(p) }, opts),
    listV2: (p: ListQuery, opts?: CallOptions) => core.call(e.listV2, { query: q(p) }, opts),
  }
}

export const psgTransactionEndpoints = defineEndpoints('psgTransaction', {
  device: {
    section: '2.34.1',
    method: 'GET',
    path: '/api/psgTransaction/device/{deviceSn}',
    effect: 'read',
    data: list(transactionSchema),
  },
  list: {
    section: '2.34.2',
    method: 'GET',
    path: '/api/psgTransaction/list',
    effect: 'read',
    data: list(transactionSchema),
  },
  monitor: {
    section: '2.34.3',
    method: 'GET',
    path: '/api/psgTransaction/monitor',
    effect: 'read',
    data: list(transactionSchema),
    noRetry: MONITOR_NO_RETRY,
  },
  person: {
    section: '2.34.4',
    method: 'GET',
    path: '/api/psgTransaction/person/{pin}',
    effect: 'read',
    data: list(transactionSchema),
  },
  deviceV2: {
    section: '2.34.5',
    method: 'GET',
    path: '/api/v2/psgTransaction/device/{deviceSn}',
    effect: 'read',
    data: page(transactionSchema),
  },
  listV2: {
    section: '2.34.6',
    method: 'GET',
    path: '/api/v2/psgTransaction/list',
    effect: 'read',
    data: page(transactionSchema),
  },
  personV2: {
    section: '2.34.7',
    method: 'GET',
    path: '/api/v2/psgTransaction/person/{pin}',
    effect: 'read',
    data: page(transactionSchema),
  },
} as const)

export function psgTransactionApi(core: ZkbioCore) {
  const e = psgTransactionEndpoints
  const listQ = (q: ListQuery) => ({ personPin: q.personPin, ...rangeQuery(core, q), ...pagingQuery(q) })
  const rangeQ = (q: RangeQuery) => ({ ...rangeQuery(core, q), ...pagingQuery(q) })
  return {
    device: (deviceSn: string, q: RangeQuery, opts?: CallOptions) =>
      core.call(e.device, { pathParams: { deviceSn }, query: rangeQ(q) }, opts),
    list: (q: ListQuery, opts?: CallOptions) => core.call(e.list, { query: listQ(q) }, opts),
    monitor: (timestamp: number, opts?: CallOptions) => core.call(e.monitor, { query: { timestamp } }, opts),
    person: (pin: string, q: RangeQuery, opts?: CallOptions) =>
      core.call(e.person, { pathParams: { pin }, query: rangeQ(q) }, opts),
    deviceV2: (deviceSn: string, q: RangeQuery, opts?: CallOptions) =>
      core.call(e.deviceV2, { pathParams: { deviceSn }, query: rangeQ(q) }, opts),
    listV2: (q: ListQuery, opts?: CallOptions) => core.call(e.listV2, { query: listQ(q) }, opts),
    personV2: (pin: string, q: RangeQuery, opts?: CallOptions) =>
      core.call(e.personV2, { pathParams: { pin }, query: rangeQ(q) }, opts),
  }
}
