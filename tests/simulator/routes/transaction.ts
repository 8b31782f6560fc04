import { formatDateTime } from '../lib/dates.ts'
import { ApiError } from '../lib/errors.ts'
import {
  inRange,
  ok,
  pageSlice,
  paging,
  retOk,
  route,
  str,
  timeRange,
  v2Page,
  type Ctx,
  type RouteEnv,
} from '../lib/http.ts'
import { hexId, stableHash } from '../lib/prng.ts'
import type { SimEvent } from '../state/events.ts'
import { accMonitorRow, accRowV1, accRowV2, doorTransactionDetail, doorTransactionRow } from './rows.ts'

// Manual 2.18 Access Control transaction Interface.

/** person/{pin} endpoints: -22 for a pin the server never knew (left persons keep their history) */
export function knownPin(ctx: Ctx): string {
  const pin = str(ctx.p.pin)
  if (!ctx.state.persons.has(pin)) throw new ApiError(-22)
  return pin
}

function accEvents(ctx: Ctx, extra: (e: SimEvent) => boolean = () => true): SimEvent[] {
  const range = timeRange(ctx.p)
  const pin = str(ctx.p.personPin)
  return ctx.state.events.query('acc', (e) => inRange(e.time, range) && (!pin || e.pin === pin) && extra(e))
}

const LEVELS: Record<string, number> = { normal: 0, warning: 1, alarm: 2 }

/** Filters of getDoorTransactions (2.18.10/2.18.11); failures use the ret/msg envelope. */
function doorTransactions(ctx: Ctx) {
  const p = ctx.p
  const range = timeRange(p, 'startTime', 'endTime')
  const devSn = str(p.devSn ?? p.devsn)
  const filter = str(p.filter).toLowerCase()
  const type = str(p.type).toLowerCase()
  if (type && !(type in LEVELS)) throw new ApiError(-1, 'Event type error')
  const eventNo = str(p.eventNo)
  const personPin = str(p.personPin)
  const pageNo = str(p.pageNo) || '1'
  const pageSize = str(p.pageSize) || '20'
  const pg = paging({ pageNo, pageSize })
  const rows = ctx.state.events.query(
    'acc',
    (e) =>
      inRange(e.time, range) &&
      (!devSn || e.devSn === devSn) &&
      (!filter ||
        e.pin.toLowerCase().includes(filter) ||
        e.name.toLowerCase().includes(filter) ||
        e.lastName.toLowerCase().includes(filter)) &&
      (!type || e.eventLevel === LEVELS[type]) &&
      (eventNo === '' || String(e.eventNo) === eventNo) &&
      (!personPin || e.pin === personPin),
  )
  return { rows, pg }
}

/** First "in" and last "out" per person and day (2.18.8). */
function firstInLastOut(ctx: Ctx) {
  const pin = knownPin(ctx)
  const events = accEvents(ctx, (e) => e.pin === pin && e.readerState !== null && e.eventLevel === 0)
  const person = ctx.state.persons.get(pin)
  const days = new Map<string, { in?: SimEvent; out?: SimEvent }>()
  for (const e of events) {
    const day = formatDateTime(e.time).slice(0, 10)
    const d = days.get(day) ?? {}
    if (e.readerState === 0) d.in = e // events are newest first: the last assignment is the first in
    if (e.readerState === 1 && !d.out) d.out = e
    days.set(day, d)
  }
  return [...days.entries()].map(([day, d]) => ({
    id: hexId(ctx.state.seed, 'firstInLastOut', stableHash(`${pin}|${day}`)),
    pin,
    name: person?.name ?? '',
    lastName: person?.lastName ?? '',
    readerNameIn: d.in?.readerName ?? null,
    firstInTime: d.in ? formatDateTime(d.in.time) : null,
    readerNameOut: d.out?.readerName ?? null,
    lastOutTime: d.out ? formatDateTime(d.out.time) : null,
    deptCode: person?.deptCode ?? '',
    deptName: person ? ctx.state.deptName(person.deptCode) : '',
  }))
}

export function registerTransactionRoutes(env: RouteEnv): void {
  route(env, 'GET', '/api/transaction/device/:deviceSn', (ctx) => {
    const pg = paging(ctx.p)
    const sn = str(ctx.p.deviceSn)
    return ok(
      pageSlice(
        accEvents(ctx, (e) => e.devSn === sn),
        pg,
      ).map(accRowV1),
    )
  })
  route(env, 'GET', '/api/v2/transaction/device/:deviceSn', (ctx) => {
    const pg = paging(ctx.p)
    const sn = str(ctx.p.deviceSn)
    return ok(
      v2Page(
        accEvents(ctx, (e) => e.devSn === sn),
        pg,
        accRowV2,
      ),
    )
  })
  route(env, 'GET', '/api/transaction/list', (ctx) => {
    const pg = paging(ctx.p)
    return ok(pageSlice(accEvents(ctx), pg).map(accRowV1))
  })
  route(env, 'GET', '/api/v2/transaction/list', (ctx) => {
    const pg = paging(ctx.p)
    return ok(v2Page(accEvents(ctx), pg, accRowV2))
  })
  route(env, 'GET', '/api/transaction/monitor', (ctx) => {
    const rows = ctx.state.events.monitor(
      'acc',
      str(ctx.p.timestamp),
      Date.now(),
      !!ctx.hasFault('repeatMonitorRows'),
    )
    return ok(rows.map(accMonitorRow))
  })
  route(env, 'GET', '/api/transaction/person/:pin', (ctx) => {
    const pg = paging(ctx.p)
    const pin = knownPin(ctx)
    return ok(
      pageSlice(
        accEvents(ctx, (e) => e.pin === pin),
        pg,
      ).map(accRowV1),
    )
  })
  route(env, 'GET', '/api/v2/transaction/person/:pin', (ctx) => {
    const pg = paging(ctx.p)
    const pin = knownPin(ctx)
    return ok(
      v2Page(
        accEvents(ctx, (e) => e.pin === pin),
        pg,
        accRowV2,
      ),
    )
  })
  route(env, 'GET', '/api/transaction/firstInAndLastOut/:pin', (ctx) => {
    const pg = paging(ctx.p)
    return ok(pageSlice(firstInLastOut(ctx), pg))
  })
  route(env, 'GET', '/api/v2/transaction/firstInAndLastOut/:pin', (ctx) => {
    const pg = paging(ctx.p)
    return ok(v2Page(firstInLastOut(ctx), pg, (r) => r))
  })
  route(
    env,
    'POST',
    '/api/transaction/getDoorTransactions',
    (ctx) => {
      const { rows, pg } = doorTransactions(ctx)
      return retOk(pageSlice(rows, pg).map(doorTransactionRow), {
        page: pg.pageNo,
        pageSize: pg.pageSize,
        total: rows.length,
      })
    },
    { ret: true },
  )
  route(
    env,
    'POST',
    '/api/v2/transaction/getDoorTransactions',
    (ctx) => {
      const { rows, pg } = doorTransactions(ctx)
      // eventLevel is a string in this family (FIELD-NOTES), although the v2 example prints a number
      return retOk(v2Page(rows, pg, (e) => ({ ...accRowV2(e), eventLevel: String(e.eventLevel) })))
    },
    { ret: true },
  )
  route(
    env,
    'POST',
    '/api/transaction/getDoorTransactionDetail',
    (ctx) => {
      const id = str(ctx.p.id)
      if (!id) throw new ApiError(-1, 'Event id cannot be empty')
      const event = ctx.state.events.byId(id)
      if (!event || event.kind !== 'acc') throw new ApiError(-1, 'The event does not exist')
      return retOk(doorTransactionDetail(event))
    },
    { ret: true },
  )
  route(env, 'GET', '/api/transaction/getById/:id', (ctx) => {
    const event = ctx.state.events.byId(str(ctx.p.id))
    return ok(event && event.kind === 'acc' ? accRowV2(event) : null)
  })
}
