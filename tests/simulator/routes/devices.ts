import { ApiError } from '../lib/errors.ts'
import { ok, pageSlice, paging, route, str, v2Page, type Ctx, type RouteEnv } from '../lib/http.ts'
import type { Device, DeviceModule } from '../state/model.ts'

// Manual 2.9 (access), 2.10 (elevator), 2.22 (attendance), 2.29 (FaceKiosk), 2.30 (entrance control).
// v1 rows say "state", v2 rows and the newer endpoints say "status", as printed.

function row(d: Device, stateKey: 'state' | 'status') {
  const base: Record<string, unknown> = {
    id: d.id,
    sn: d.sn,
    name: d.name,
    type: d.type,
    [stateKey]: d.enabled ? '1' : '0',
    module: d.module,
  }
  if (d.module === 'psg') base.gateType = String(d.gateType ?? 0)
  return base
}

const devicesOf = (ctx: Ctx, module: DeviceModule) =>
  [...ctx.state.devices.values()].filter((d) => d.module === module)

function bySn(ctx: Ctx, module: DeviceModule, missingCode: number) {
  const sn = str(ctx.p.sn)
  if (!sn) throw new ApiError(missingCode)
  const device = ctx.state.deviceBySn.get(sn)
  return device && device.module === module ? device : undefined
}

export function registerDeviceRoutes(env: RouteEnv): void {
  route(env, 'GET', '/api/device/accList', (ctx) =>
    ok(pageSlice(devicesOf(ctx, 'acc'), paging(ctx.p)).map((d) => row(d, 'state'))),
  )
  route(env, 'GET', ['/api/device/getAcc', '/api/device/getAcc/:sn'], (ctx) => {
    const d = bySn(ctx, 'acc', -48)
    return ok(d ? row(d, 'state') : null)
  })
  // printed as /api/device/accList; the title says v2/device/list (FIELD-NOTES)
  route(env, 'GET', '/api/v2/device/list', (ctx) =>
    ok(v2Page(devicesOf(ctx, 'acc'), paging(ctx.p), (d) => row(d, 'status'))),
  )

  route(env, 'GET', '/api/eleDevice/eleList', (ctx) =>
    ok(pageSlice(devicesOf(ctx, 'ele'), paging(ctx.p)).map((d) => row(d, 'state'))),
  )
  route(env, 'GET', ['/api/eleDevice/getEle', '/api/eleDevice/getEle/:sn'], (ctx) => {
    const d = bySn(ctx, 'ele', -200)
    return ok(d ? row(d, 'state') : null)
  })
  route(env, 'GET', '/api/v2/eleDevice/eleList', (ctx) =>
    ok(v2Page(devicesOf(ctx, 'ele'), paging(ctx.p), (d) => row(d, 'status'))),
  )

  route(env, 'GET', '/api/device/getAtt', (ctx) => {
    const d = bySn(ctx, 'att', -200)
    return ok(d ? row(d, 'status') : null)
  })
  route(env, 'GET', '/api/device/attAdDeviceList', (ctx) =>
    ok(pageSlice(devicesOf(ctx, 'ins'), paging(ctx.p)).map((d) => row(d, 'status'))),
  )

  route(env, 'GET', '/api/psgDevice/list', (ctx) =>
    ok(pageSlice(devicesOf(ctx, 'psg'), paging(ctx.p)).map((d) => row(d, 'state'))),
  )
  route(env, 'GET', '/api/psgDevice/getBySn', (ctx) => {
    const d = bySn(ctx, 'psg', -200)
    return ok(d ? row(d, 'status') : null)
  })
  route(env, 'GET', '/api/v2/psgDevice/list', (ctx) =>
    ok(v2Page(devicesOf(ctx, 'psg'), paging(ctx.p), (d) => row(d, 'status'))),
  )
}
