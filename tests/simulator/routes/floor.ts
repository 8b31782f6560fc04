import { ApiError } from '../lib/errors.ts'
import { ok, pageSlice, paging, route, str, v2Page, type Ctx, type RouteEnv } from '../lib/http.ts'
import { remoteCloseFloor, remoteOpenFloor } from '../state/doors.ts'
import type { Floor } from '../state/model.ts'

// Manual 2.12 Floor interface. Close accepts remoteoffById and remoteCloseById (FIELD-NOTES).

const info = (f: Floor) => ({ id: f.id, floorNo: f.floorNo, name: f.name, deviceId: f.deviceId })

function floorOf(ctx: Ctx): Floor {
  const id = str(ctx.p.floorId)
  if (!id) throw new ApiError(-201)
  const floor = ctx.state.floors.get(id)
  if (!floor) throw new ApiError(-1, 'The floor does not exist')
  return floor
}

export function registerFloorRoutes(env: RouteEnv): void {
  route(env, 'GET', '/api/floor/list', (ctx) =>
    ok(pageSlice([...ctx.state.floors.values()], paging(ctx.p)).map(info)),
  )
  route(env, 'GET', '/api/v2/floor/list', (ctx) =>
    ok(v2Page([...ctx.state.floors.values()], paging(ctx.p), info)),
  )
  route(env, 'POST', ['/api/floor/remoteoffById', '/api/floor/remoteCloseById'], (ctx) => {
    remoteCloseFloor(ctx.state, floorOf(ctx))
    return ok()
  })
  route(env, 'POST', '/api/floor/remoteOpenById', (ctx) => {
    const floorId = str(ctx.p.floorId)
    if (!floorId) throw new ApiError(-201)
    const text = str(ctx.p.interval)
    if (!text) throw new ApiError(-202)
    const seconds = Number(text)
    if (!Number.isInteger(seconds) || seconds <= 0) throw new ApiError(-203)
    if (seconds > 254) throw new ApiError(-45)
    remoteOpenFloor(ctx.state, floorOf(ctx), seconds)
    return ok()
  })
}
