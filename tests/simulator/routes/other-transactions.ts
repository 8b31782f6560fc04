import { ApiError } from '../lib/errors.ts'
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
import { formatDateTime } from '../lib/dates.ts'
import { snapshotBase64 } from '../lib/images.ts'
import type { EventKind } from '../state/events.ts'
import { accRowV1, hepRow } from './rows.ts'

// Manual 2.19 elevator, 2.20 parking, 2.21 attendance and 2.26 temperature transactions.

function events(ctx: Ctx, kind: EventKind) {
  const range = timeRange(ctx.p)
  const pin = str(ctx.p.personPin)
  return ctx.state.events.query(kind, (e) => inRange(e.time, range) && (!pin || e.pin === pin))
}

export function registerOtherTransactionRoutes(env: RouteEnv): void {
  route(env, 'GET', '/api/eleTransaction/list', (ctx) => {
    const pg = paging(ctx.p)
    return ok(pageSlice(events(ctx, 'ele'), pg).map(accRowV1))
  })
  route(env, 'GET', '/api/v2/eleTransaction/list', (ctx) => {
    const pg = paging(ctx.p)
    return ok(v2Page(events(ctx, 'ele'), pg, accRowV1))
  })
  route(env, 'GET', '/api/transaction/listAttTransaction', (ctx) => {
    const pg = paging(ctx.p)
    return ok(pageSlice(events(ctx, 'att'), pg).map(accRowV1))
  })
  route(env, 'GET', '/api/hep/transaction/list', (ctx) => {
    const pg = paging(ctx.p)
    return ok(pageSlice(events(ctx, 'hep'), pg).map((e) => hepRow(e)))
  })
  route(env, 'GET', '/api/hep/transaction/monitor', (ctx) => {
    const rows = ctx.state.events.monitor(
      'hep',
      str(ctx.p.timestamp),
      Date.now(),
      !!ctx.hasFault('repeatMonitorRows'),
    )
    return ok(rows.map((e) => hepRow(e, true)))
  })

  // 2.20: titles say parkTransaction/..., printed URLs say v2/parkTransaction/...: both served.
  route(env, 'GET', '/api/parkTransaction/getParkRecordPicture', (ctx) => {
    const recordId = str(ctx.p.recordId)
    const recordType = str(ctx.p.recordType)
    if (!recordId) throw new ApiError(-1, 'recordId cannot be empty')
    if (recordType !== '1' && recordType !== '2') throw new ApiError(-220)
    const record = ctx.state.parkRecords.find((r) => r.id === recordId)
    return ok(record ? snapshotBase64() : null)
  })
  const park = (direction: 'in' | 'out') => (ctx: Ctx) => {
    const pg = paging(ctx.p)
    const range = timeRange(ctx.p)
    const car = str(ctx.p.carNumber)
    const rows = ctx.state.parkRecords
      .filter(
        (r) => r.direction === direction && inRange(r.time, range) && (!car || r.carNumber.includes(car)),
      )
      .sort((a, b) => b.time - a.time)
    return ok(
      pageSlice(rows, pg).map((r) => ({
        id: r.id,
        parkAreaName: r.parkAreaName,
        name: r.name,
        carNumber: r.carNumber,
        carTypeName: r.carTypeName,
        channelName: r.channelName,
        channelState: r.channelState,
        eventType: r.eventType,
        [direction === 'in' ? 'checkInTime' : 'checkOutTime']: formatDateTime(r.time),
      })),
    )
  }
  route(
    env,
    'GET',
    ['/api/parkTransaction/listParkRecordin', '/api/v2/parkTransaction/listParkRecordin'],
    park('in'),
  )
  route(
    env,
    'GET',
    ['/api/parkTransaction/listParkRecordout', '/api/v2/parkTransaction/listParkRecordout'],
    park('out'),
  )
}
