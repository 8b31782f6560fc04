import { ApiError } from '../lib/errors.ts'
import { ok, pageSlice, paging, route, str, v2Page, type Ctx, type RouteEnv } from '../lib/http.ts'
import { DOOR_ALARM_CODE } from '../state/catalog.ts'
import { doorStateRow, remoteCloseDoor, remoteOpenDoor, type DoorStateRow } from '../state/doors.ts'
import type { Door } from '../state/model.ts'
import type { SiteState } from '../state/site.ts'

// Manual 2.11 Door Interface. Close accepts both the manual's remoteoff* and remoteClose* spellings.

const doorInfo = (d: Door) => ({ id: d.id, name: d.name, deviceId: d.deviceId })

/** 'doorStateArray' fault: rows as arrays [id, name, deviceId, connect, sensor, relay, alarm] of numeric codes. */
function asArray(state: SiteState, door: Door, row: DoorStateRow) {
  const sensor = row.connect !== '1' ? 0 : !door.hasSensor ? 1 : row.sensor.toLowerCase() === 'open' ? 3 : 2
  const relay = row.connect !== '1' ? 2 : row.relay === 'open' ? 1 : 0
  const alarm = row.connect !== '1' ? 13 : DOOR_ALARM_CODE[door.alarm]
  void state
  return [row.id, row.name, row.deviceId, Number(row.connect), sensor, relay, alarm]
}

function stateRows(ctx: Ctx, doors: Door[]) {
  const arrays = !!ctx.hasFault('doorStateArray')
  return doors.map((d) => {
    const row = doorStateRow(ctx.state, d)
    return arrays ? asArray(ctx.state, d, row) : row
  })
}

function interval(p: Record<string, unknown>): number {
  const text = str(p.interval)
  const n = Number(text)
  if (!text || !Number.isInteger(n) || n < 1 || n > 254) throw new ApiError(-45)
  return n
}

function doorById(ctx: Ctx): Door {
  const id = str(ctx.p.doorId)
  if (!id) throw new ApiError(-44)
  const door = ctx.state.doors.get(id)
  if (!door) throw new ApiError(-47)
  return door
}

function doorByName(ctx: Ctx): Door {
  const name = str(ctx.p.doorName)
  if (!name) throw new ApiError(-46)
  const door = ctx.state.doorByName.get(name)
  if (!door) throw new ApiError(-47)
  return door
}

export function registerDoorRoutes(env: RouteEnv): void {
  route(env, 'GET', '/api/door/allDoorState', (ctx) => ok(stateRows(ctx, [...ctx.state.doors.values()])))

  // unknown ids "fail quietly" on real servers (FIELD-NOTES): success with null data
  route(env, 'GET', '/api/door/doorStateById', (ctx) => {
    if (!str(ctx.p.doorId)) throw new ApiError(-44)
    const door = ctx.state.doors.get(str(ctx.p.doorId))
    return ok(door ? stateRows(ctx, [door])[0] : null)
  })

  // The manual shows one door object although a controller has several doors: the first door of
  // the device is returned, as printed (unverified against a real server).
  route(env, 'GET', '/api/door/doorStateBySn', (ctx) => {
    const sn = str(ctx.p.deviceSn ?? ctx.p.sn)
    if (!sn) throw new ApiError(-48)
    const device = ctx.state.deviceBySn.get(sn)
    const door = device && [...ctx.state.doors.values()].find((d) => d.deviceId === device.id)
    return ok(door ? stateRows(ctx, [door])[0] : null)
  })

  route(env, 'GET', '/api/door/get', (ctx) => {
    if (!str(ctx.p.id)) throw new ApiError(-44)
    const door = ctx.state.doors.get(str(ctx.p.id))
    return ok(door ? doorInfo(door) : null)
  })

  route(env, 'GET', '/api/door/list', (ctx) =>
    ok(pageSlice([...ctx.state.doors.values()], paging(ctx.p)).map(doorInfo)),
  )
  route(env, 'GET', '/api/v2/door/list', (ctx) =>
    ok(v2Page([...ctx.state.doors.values()], paging(ctx.p), doorInfo)),
  )

  route(env, 'POST', ['/api/door/remoteoffById', '/api/door/remoteCloseById'], (ctx) => {
    remoteCloseDoor(ctx.state, doorById(ctx))
    return ok()
  })
  route(env, 'POST', ['/api/door/remoteoffByName', '/api/door/remoteCloseByName'], (ctx) => {
    remoteCloseDoor(ctx.state, doorByName(ctx))
    return ok()
  })
  route(env, 'POST', '/api/door/remoteOpenById', (ctx) => {
    const door = doorById(ctx)
    remoteOpenDoor(ctx.state, door, interval(ctx.p))
    return ok()
  })
  route(env, 'POST', '/api/door/remoteOpenByName', (ctx) => {
    const door = doorByName(ctx)
    remoteOpenDoor(ctx.state, door, interval(ctx.p))
    return ok()
  })
}
