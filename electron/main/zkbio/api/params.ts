/** Parameter shapes shared by many endpoints. */
import type { ZkbioCore } from '../core'
import { ZkbioError } from '../errors'

export interface Paging {
  /** 1-based. */
  pageNo: number
  /** 1..1000. */
  pageSize: number
}

/** A Date (converted to the server's local time) or text already as 'yyyy-MM-dd HH:mm:ss'. */
export type DateTimeInput = Date | string

export interface DateRange {
  startDate?: DateTimeInput
  endDate?: DateTimeInput
}

export interface PersonDateRange extends DateRange {
  personPin?: string
}

export const pagingQuery = (p: Paging) => ({ pageNo: p.pageNo, pageSize: p.pageSize })

export const rangeQuery = (core: ZkbioCore, r: DateRange) => ({
  startDate: core.dateTime(r.startDate),
  endDate: core.dateTime(r.endDate),
})

/** Comma-separated id lists may be given as arrays. */
export const csv = (v: string | readonly string[]): string => (typeof v === 'string' ? v : v.join(','))

/**
 * FIELD-NOTES: ids are 32-character hex strings, and a placeholder such as `1` "fails quietly" on
 * real servers (answered as success, nothing happens). For hardware commands that would tell a guard
 * a door opened when it did not, so the id is checked before anything is sent.
 */
export function requireServerId(value: string, what: 'door' | 'gate' | 'floor', endpoint: string): string {
  if (!/^[0-9a-f]{32}$/i.test(value.trim())) {
    throw new ZkbioError({
      kind: 'validation',
      endpoint,
      problem: { key: `server.zkbio.request.badId.${what}` },
    })
  }
  return value.trim()
}
