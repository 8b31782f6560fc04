/** Temperature and mask transactions (2.26). The monitor, like the access monitor, is never retried. */
import type { CallOptions, ZkbioCore } from '../core'
import { defineEndpoints } from '../endpoint'
import { list } from '../schemas/primitives'
import { hepTransactionSchema } from '../schemas/records'
import { pagingQuery, rangeQuery } from './params'
import { MONITOR_NO_RETRY, type ListQuery } from './transaction'

export const hepEndpoints = defineEndpoints('hep', {
  list: {
    section: '2.26.1',
    method: 'GET',
    path: '/api/hep/transaction/list',
    effect: 'read',
    data: list(hepTransactionSchema),
  },
  monitor: {
    section: '2.26.2',
    method: 'GET',
    path: '/api/hep/transaction/monitor',
    effect: 'read',
    data: list(hepTransactionSchema),
    noRetry: MONITOR_NO_RETRY,
  },
} as const)

export function hepApi(core: ZkbioCore) {
  const e = hepEndpoints
  return {
    list: (q: ListQuery, opts?: CallOptions) =>
      core.call(
        e.list,
        { query: { personPin: q.personPin, ...rangeQuery(core, q), ...pagingQuery(q) } },
        opts,
      ),
    monitor: (timestamp: number, opts?: CallOptions) => core.call(e.monitor, { query: { timestamp } }, opts),
  }
}
