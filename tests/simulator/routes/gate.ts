import { ApiError } from '../lib/errors.ts'
import { ok, pageSlice, paging, route, str, v2Page, type Ctx, type RouteEnv } from '../lib/http.ts'
import { gateStateRow, remoteOpenGate } from '../state/doors.ts'
import type { Gate } from '../state/model.ts'

// Manual 2.31 Entrance Control Gate Interface. State endpoints answer arrays even for one gate.

const gateInfo = (g: Gate) => ({ id: g.id, name: g.name, deviceId: g.deviceId })

function openType(ctx: Ctx): 1 | 2 {
  const text = str(ctx.p.openType)
  if (!text) throw new ApiError(-265)
  if (text !== '1' && text !== '2') throw new ApiError(-266)
  return Number(text) as 1 | 2
}

export function registerGateRoutes(env: RouteEnv): void {
  route(env, 'GET', '/api/psgGate/allGateState', (ctx) =>
    ok([...ctx.state.gates.values()].map((g) => gateStateRow(ctx.state, g))),
  )
  route(env, 'GET', '/api/psgGate/gateStateById', (ctx) => {
    const gate = ctx.state.gates.get(str(ctx.p.gateId))
    return ok(gate ? [gateStateRow(ctx.state, gate)] : [])
  })
  route(env, 'GET', '/api/psgGate/gateStateBySn', (ctx) => {
    const sn = str(ctx.p.deviceSn ?? ctx.p.sn)
    if (!sn) throw new ApiError(-200)
    const device = ctx.state.deviceBySn.get(sn)
    const gates = device ? [...ctx.state.gates.values()].filter((g) => g.deviceId === device.id) : []
    return ok(gates.map((g) => gateStateRow(ctx.state, g)))
  })
  route(env, 'GET', '/api/psgGate/getById', (ctx) => {
    const gate = ctx.state.gates.get(str(ctx.p.id))
    return ok(gate ? gateInfo(gate) : null)
  })
  route(env, 'GET', '/api/psgGate/list', (ctx) =>
    ok(pageSlice([...ctx.state.gates.values()], paging(ctx.p)).map(gateInfo)),
  )
  route(env, 'GET', '/api/v2/psgGate/list', (ctx) =>
    ok(v2Page([...ctx.state.gates.values()], paging(ctx.p), gateInfo)),
  )

  route(env, 'POST', '/api/psgGate/remoteOpenById', (ctx) => {
    const id = str(ctx.p.gateId)
    if (!id) throw new ApiError(-1, 'Gate id cannot be empty')
    const type = openType(ctx)
    const gate = ctx.state.gates.get(id)
    if (!gate) throw new ApiError(-1, 'The gate does not exist')
    remoteOpenGate(ctx.state, gate, type)
    return ok()
  })
  route(env, 'POST', '/api/psgGate/remoteOpenByName', (ctx) => {
    const name = str(ctx.p.gateName)
    if (!name) throw new ApiError(-1, 'Gate name cannot be empty')
    const type = openType(ctx)
    const gate = ctx.state.gateByName.get(name)
    if (!gate) throw new ApiError(-1, 'The gate does not exist')
    remoteOpenGate(ctx.state, gate, type)
    return ok()
  })
}
