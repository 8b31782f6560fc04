import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Method, RouteTable } from './router.ts'
import type { SiteState } from '../state/site.ts'
import type { Fault } from './faults.ts'
import { isDateOnly, parseDateTime } from './dates.ts'
import { ApiError } from './errors.ts'

// Shared plumbing of every /api route: parameters from path, query and body in one bag, the two
// envelopes, paging with its error codes, date ranges. Routes never repeat these checks.

export interface SimRequestData {
  faults: Fault[]
}

export interface Ctx {
  /** path params, then query, then body fields (JSON body, its "content" wrapper, or form fields) */
  p: Record<string, unknown>
  body: unknown
  state: SiteState
  req: FastifyRequest
  reply: FastifyReply
  faults: Fault[]
  hasFault(kind: Fault['kind']): Fault | undefined
}

export type Handler = (ctx: Ctx) => unknown

export type ApiHandler = (
  req: FastifyRequest,
  reply: FastifyReply,
  pathParams: Record<string, string>,
) => Promise<unknown>

export interface RouteEnv {
  table: RouteTable<ApiHandler>
  state(): SiteState
  requestData(req: FastifyRequest): SimRequestData
}

export const ok = (data: unknown = null) => ({ code: 0, message: 'success', data })
export const fail = (code: number, message: string) => ({ code, message, data: null })

/** The getDoorTransactions family envelope (manual 2.18.10-2.18.12). */
export const retOk = (data: unknown, extra: Record<string, unknown> = {}) => ({
  ret: 'ok',
  msg: 'operation succeed',
  data,
  i18nArgs: null,
  ...extra,
  success: true,
})
export const retFail = (msg: string) => ({ ret: 'fail', msg, data: null, i18nArgs: null, success: false })

export function str(v: unknown): string {
  if (v === undefined || v === null) return ''
  if (Array.isArray(v)) return v.map(String).join(',')
  return String(v).trim()
}

/** "a,b" or ["a","b"] -> ['a','b'] */
export function list(v: unknown): string[] {
  if (v === undefined || v === null || v === '') return []
  const items = Array.isArray(v) ? v.map(String) : String(v).split(',')
  return items.map((s) => s.trim()).filter(Boolean)
}

function bodyFields(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body) || Buffer.isBuffer(body)) return {}
  const b = body as Record<string, unknown>
  // 2.18.11/2.18.12 print the body wrapped in "content": accept both
  if (b.content && typeof b.content === 'object' && !Array.isArray(b.content))
    return { ...b, ...(b.content as object) }
  return b
}

export function params(req: FastifyRequest): Record<string, unknown> {
  return {
    ...bodyFields(req.body),
    ...(req.query as Record<string, unknown>),
  }
}

export interface Paging {
  pageNo: number
  pageSize: number
}

/** -92 missing, -90 not positive (or not a number), -91 over 1000 (appendix + FIELD-NOTES). */
export function paging(p: Record<string, unknown>): Paging {
  const noText = str(p.pageNo)
  const sizeText = str(p.pageSize)
  if (!noText || !sizeText) throw new ApiError(-92)
  const pageNo = Number(noText)
  const pageSize = Number(sizeText)
  if (!Number.isInteger(pageNo) || !Number.isInteger(pageSize) || pageNo <= 0 || pageSize <= 0)
    throw new ApiError(-90)
  if (pageSize > 1000) throw new ApiError(-91)
  return { pageNo, pageSize }
}

export function pageSlice<T>(items: readonly T[], pg: Paging): T[] {
  const from = (pg.pageNo - 1) * pg.pageSize
  return items.slice(from, from + pg.pageSize)
}

/** v2 list wrapper: page is 0-based while pageNo is 1-based (FIELD-NOTES). */
export function v2Page<T, R>(items: readonly T[], pg: Paging, map: (t: T) => R) {
  const offset = (pg.pageNo - 1) * pg.pageSize
  return v2Wrap(items.length, items.slice(offset, offset + pg.pageSize).map(map), pg)
}

/** v2 wrapper around a page already cut (lists that are never materialised whole). */
export function v2Wrap<R>(total: number, pageRows: R[], pg: Paging) {
  const offset = (pg.pageNo - 1) * pg.pageSize
  return {
    page: pg.pageNo - 1,
    size: pg.pageSize,
    total,
    data: pageRows,
    offset,
    lastPage: offset + pg.pageSize >= total,
  }
}

export interface TimeRange {
  from?: number
  to?: number
}

/** Optional start/end filters: -100 bad format, -101 start after end. A bare end date covers the day. */
export function timeRange(p: Record<string, unknown>, startKey = 'startDate', endKey = 'endDate'): TimeRange {
  const startText = str(p[startKey])
  const endText = str(p[endKey])
  const range: TimeRange = {}
  if (startText) {
    range.from = parseDateTime(startText)
    if (range.from === undefined) throw new ApiError(-100)
  }
  if (endText) {
    const to = parseDateTime(endText)
    if (to === undefined) throw new ApiError(-100)
    range.to = isDateOnly(endText) ? to + 86_399_999 : to + 999
  }
  if (range.from !== undefined && range.to !== undefined && range.from > range.to) throw new ApiError(-101)
  return range
}

export function inRange(time: number, r: TimeRange): boolean {
  return (r.from === undefined || time >= r.from) && (r.to === undefined || time <= r.to)
}

/**
 * Registers a handler on one or more paths. Handlers return the full envelope (usually via ok());
 * an ApiError becomes the code/message failure envelope, or ret/msg when `ret` is set.
 */
export function route(
  env: RouteEnv,
  method: Method | Method[],
  paths: string | string[],
  handler: Handler,
  opts: { ret?: boolean } = {},
): void {
  const wrapped: ApiHandler = async (req, reply, pathParams) => {
    const data = env.requestData(req)
    const ctx: Ctx = {
      p: { ...params(req), ...pathParams },
      body: req.body,
      state: env.state(),
      req,
      reply,
      faults: data.faults,
      hasFault: (kind) => data.faults.find((f) => f.kind === kind),
    }
    try {
      return await handler(ctx)
    } catch (e) {
      if (e instanceof ApiError) return opts.ret ? retFail(e.message) : fail(e.code, e.message)
      throw e
    }
  }
  for (const url of Array.isArray(paths) ? paths : [paths]) {
    for (const m of Array.isArray(method) ? method : [method]) env.table.add(m, url, wrapped)
  }
}
