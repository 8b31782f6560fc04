import {
  inRange,
  ok,
  pageSlice,
  paging,
  route,
  str,
  timeRange,
  v2Page,
  type Ctx,
  type RouteEnv,
} from '../lib/http.ts'
import type { SimEvent } from '../state/events.ts'
import { psgRow } from './rows.ts'
import { knownPin } from './transaction.ts'

// Manual 2.34 Entrance Control Device transaction Interface.

function psgEvents(ctx: Ctx, extra: (e: SimEvent) => boolean = () => true): SimEvent[] {
  const range = timeRange(ctx.p)
  const pin = str(ctx.p.personPin)
  return ctx.state.events.query('psg', (e) => inRange(e.time, range) && (!pin || e.pin === pin) && extra(e))
}

const row = (e: SimEvent) => psgRow(e)

export function registerPsgTransactionRoutes(env: RouteEnv): void {
  route(env, 'GET', '/api/psgTransaction/device/:deviceSn', (ctx) => {
    const pg = paging(ctx.p)
    const sn = str(ctx.p.deviceSn)
    return ok(
      pageSlice(
        psgEvents(ctx, (e) => e.devSn === sn),
        pg,
      ).map(row),
    )
  })
  route(env, 'GET', '/api/v2/psgTransaction/device/:deviceSn', (ctx) => {
    const pg = paging(ctx.p)
    const sn = str(ctx.p.deviceSn)
    return ok(
      v2Page(
        psgEvents(ctx, (e) => e.devSn === sn),
        pg,
        row,
      ),
    )
  })
  route(env, 'GET', '/api/psgTransaction/list', (ctx) => {
    const pg = paging(ctx.p)
    return ok(pageSlice(psgEvents(ctx), pg).map(row))
  })
  route(env, 'GET', '/api/v2/psgTransaction/list', (ctx) => {
    const pg = paging(ctx.p)
    return ok(v2Page(psgEvents(ctx), pg, row))
  })
  // monitor rows carry id null, logId and eventNo (FIELD-NOTES)
  route(env, 'GET', '/api/psgTransaction/monitor', (ctx) => {
    const rows = ctx.state.events.monitor(
      'psg',
      str(ctx.p.timestamp),
      Date.now(),
      !!ctx.hasFault('repeatMonitorRows'),
    )
    return ok(rows.map((e) => psgRow(e, null)))
  })
  route(env, 'GET', '/api/psgTransaction/person/:pin', (ctx) => {
    const pg = paging(ctx.p)
    const pin = knownPin(ctx)
    return ok(
      pageSlice(
        psgEvents(ctx, (e) => e.pin === pin),
        pg,
      ).map(row),
    )
  })
  route(env, 'GET', '/api/v2/psgTransaction/person/:pin', (ctx) => {
    const pg = paging(ctx.p)
    const pin = knownPin(ctx)
    return ok(
      v2Page(
        psgEvents(ctx, (e) => e.pin === pin),
        pg,
        row,
      ),
    )
  })
}
