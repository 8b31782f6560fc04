import { formatDateTime } from '../lib/dates.ts'
import { ApiError } from '../lib/errors.ts'
import { list, ok, pageSlice, paging, route, str, v2Page, type Ctx, type RouteEnv } from '../lib/http.ts'
import type { Registration, Visitor } from '../state/model.ts'
import { qrPayload } from '../state/qr.ts'
import type { SiteState } from '../state/site.ts'
import { addReservation, deleteReservation, exitVisitor, registerVisitor } from '../state/visitors.ts'

// Manual 2.15 reservations, 2.16 visitor levels, 2.17 registration/check-out, plus the newer (v1.2)
// visitor endpoints of FIELD-NOTES that expose the visitor pin and the dynamic QR.

export const qrSecret = (state: SiteState) => `zkbio-sim-qr-${state.seed}`

export function visitorQr(state: SiteState, visitor: Visitor): string {
  return qrPayload(qrSecret(state), 'visitor', visitor.pin, state.now())
}

function qrForPin(ctx: Ctx, pin: string) {
  if (!pin) throw new ApiError(-257)
  const visitor = ctx.state.visitors.get(pin)
  if (!visitor) throw new ApiError(-257)
  return ok(visitorQr(ctx.state, visitor))
}

function visitorRow(v: Visitor) {
  return {
    pin: v.pin,
    certType: v.certType,
    certNumber: v.certNumber,
    name: v.name,
    lastName: v.lastName,
    company: v.company,
    phone: v.phone,
    email: v.email,
    enabled: v.enabled,
  }
}

function registrationRow(state: SiteState, r: Registration) {
  const host = state.persons.get(r.hostPin)
  return {
    id: r.id,
    visEmpPin: r.visitorPin,
    visEmpName: r.visitorName,
    certType: r.certType,
    certNum: r.certNumber,
    company: r.company,
    phone: r.phone,
    visitReason: r.visitReason,
    visitorCount: r.visitorCount,
    startTime: formatDateTime(r.enterAt),
    endTime: r.exitAt === null ? null : formatDateTime(r.exitAt),
    persPersonPin: r.hostPin,
    persPersonName: host ? `${host.name} ${host.lastName}`.trim() : '',
    visitedEmpDept: host ? state.deptName(host.deptCode) : '',
    cardNo: r.cardNo,
  }
}

export function registerVisitorRoutes(env: RouteEnv): void {
  route(env, 'POST', '/api/visReservation/add', (ctx) => {
    addReservation(ctx.state, ctx.p)
    return ok()
  })
  route(env, 'POST', '/api/visReservation/del', (ctx) => {
    deleteReservation(ctx.state, ctx.p)
    return ok()
  })
  route(env, 'GET', '/api/visLevel/list', (ctx) =>
    ok(pageSlice([...ctx.state.visLevels.values()], paging(ctx.p)).map((l) => ({ id: l.id, name: l.name }))),
  )
  route(env, 'POST', '/api/visRegistration/add', (ctx) => {
    registerVisitor(ctx.state, ctx.p)
    return ok()
  })
  route(env, 'POST', '/api/visRegistration/exit', (ctx) => {
    exitVisitor(ctx.state, ctx.p)
    return ok()
  })
  route(env, 'POST', '/api/visRegistration/getQrCode/:pin', (ctx) => qrForPin(ctx, str(ctx.p.pin)))
  route(env, 'POST', '/api/visRegistration/getQrCode', (ctx) => qrForPin(ctx, str(ctx.p.pin)))

  route(env, 'POST', '/api/visVisitor/getVisitorList', (ctx) => {
    const pg = paging(ctx.p)
    const certs = list(ctx.p.certNumbers)
    const names = list(ctx.p.names).map((n) => n.toLowerCase())
    const rows = [...ctx.state.visitors.values()].filter(
      (v) =>
        (!certs.length || certs.includes(v.certNumber)) &&
        (!names.length || names.some((n) => `${v.name} ${v.lastName}`.toLowerCase().includes(n))),
    )
    return ok(pageSlice(rows, pg).map(visitorRow))
  })
  route(env, 'POST', '/api/v2/visRegistration/getQrCodeByCertNumber', (ctx) => {
    const certNumber = str(ctx.p.certNumber ?? ctx.p.certNum)
    const certType = str(ctx.p.certType)
    const phone = str(ctx.p.phone)
    if (!certNumber && !phone) throw new ApiError(-242)
    const visitor = [...ctx.state.visitors.values()].find(
      (v) =>
        (!certNumber || v.certNumber === certNumber) &&
        (!certType || v.certType === certType) &&
        (!phone || v.phone === phone),
    )
    if (!visitor) throw new ApiError(-257)
    return ok(visitorQr(ctx.state, visitor))
  })
  route(env, 'POST', '/api/v2/visRegistration/getTransactionList', (ctx) => {
    const pg = paging(ctx.p)
    const certNum = str(ctx.p.certNum ?? ctx.p.certNumber)
    const phone = str(ctx.p.phone)
    const rows = ctx.state.registrations
      .filter((r) => (!certNum || r.certNumber === certNum) && (!phone || r.phone === phone))
      .sort((a, b) => b.enterAt - a.enterAt)
    return ok(v2Page(rows, pg, (r) => registrationRow(ctx.state, r)))
  })
}

export { registrationRow, visitorRow }
