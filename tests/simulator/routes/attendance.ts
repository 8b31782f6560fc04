import { formatDate, parseDateTime } from '../lib/dates.ts'
import { ApiError } from '../lib/errors.ts'
import { decodeBase64Image, imageInfo } from '../lib/images.ts'
import { list, ok, pageSlice, paging, route, str, type Ctx, type RouteEnv } from '../lib/http.ts'
import type { FormPart } from '../lib/multipart.ts'
import type { Area } from '../state/model.ts'

// Manual 2.7/2.8 attendance areas and their persons, 2.23 attendance applications, 2.24 and 2.27
// attendance/FaceKiosk person settings, 2.28 FaceKiosk areas.

const areaRow = (a: Area) => ({ id: a.id, code: a.code, name: a.name })

/** code + pins checks shared by the four area-person endpoints: -83, -80, -81, -82, -22 */
function areaAndPins(ctx: Ctx, areas: Map<string, Area>, checkPersons: boolean) {
  const code = str(ctx.p.code)
  if (!code) throw new ApiError(-83)
  const area = areas.get(code)
  if (!area) throw new ApiError(-80)
  const pins = list(ctx.p.pins)
  if (!pins.length) throw new ApiError(-81)
  if (pins.length > 500) throw new ApiError(-82)
  if (checkPersons) for (const pin of pins) if (!ctx.state.activePerson(pin)) throw new ApiError(-22)
  return { area, pins }
}

function person(ctx: Ctx) {
  const pin = str(ctx.p.personPin)
  if (!pin) throw new ApiError(-20)
  const p = ctx.state.activePerson(pin)
  if (!p) throw new ApiError(-22)
  return p
}

function time(value: unknown): number {
  const ms = parseDateTime(str(value))
  if (ms === undefined) throw new ApiError(-100)
  return ms
}

function period(ctx: Ctx): [string, string, number] {
  const start = time(ctx.p.startDatetime)
  const end = time(ctx.p.endDatetime)
  if (start > end) throw new ApiError(-101)
  return [str(ctx.p.startDatetime), str(ctx.p.endDatetime), end - start]
}

function isPart(v: unknown): v is FormPart {
  return !!v && typeof v === 'object' && Buffer.isBuffer((v as FormPart).data)
}

export function registerAttendanceRoutes(env: RouteEnv): void {
  route(env, 'GET', '/api/attAreaPerson/area/get/:code', (ctx) => {
    const area = ctx.state.attAreas.get(str(ctx.p.code))
    if (!area) throw new ApiError(-80)
    return ok(areaRow(area))
  })
  route(env, 'GET', '/api/attAreaPerson/area/list', (ctx) =>
    ok(pageSlice([...ctx.state.attAreas.values()], paging(ctx.p)).map(areaRow)),
  )
  route(env, 'DELETE', '/api/attAreaPerson/delete', (ctx) => {
    const { area, pins } = areaAndPins(ctx, ctx.state.attAreas, false)
    for (const pin of pins) area.pins.delete(pin)
    return ok()
  })
  route(env, 'POST', '/api/attAreaPerson/set', (ctx) => {
    const { area, pins } = areaAndPins(ctx, ctx.state.attAreas, true)
    for (const pin of pins) area.pins.add(pin)
    return ok()
  })

  route(env, 'POST', '/api/insAreaPerson/delAreaPerson', (ctx) => {
    const { area, pins } = areaAndPins(ctx, ctx.state.insAreas, false)
    for (const pin of pins) area.pins.delete(pin)
    return ok()
  })
  route(env, 'POST', '/api/insAreaPerson/setAreaPerson', (ctx) => {
    const { area, pins } = areaAndPins(ctx, ctx.state.insAreas, true)
    for (const pin of pins) area.pins.add(pin)
    return ok()
  })
  route(env, 'GET', '/api/insAreaPerson/getAreaList', (ctx) =>
    ok(pageSlice([...ctx.state.insAreas.values()], paging(ctx.p)).map(areaRow)),
  )

  route(env, 'POST', '/api/attApply/applySign', (ctx) => {
    const p = person(ctx)
    time(ctx.p.signDatetime)
    ctx.state.applications.push({
      id: ctx.state.newId('attApply'),
      kind: 'sign',
      personPin: p.pin,
      remark: str(ctx.p.remark),
      start: str(ctx.p.signDatetime),
      end: str(ctx.p.signDatetime),
    })
    return ok()
  })
  route(env, 'POST', '/api/attApply/applyOvertime', (ctx) => {
    const p = person(ctx)
    const [start, end] = period(ctx)
    ctx.state.applications.push({
      id: ctx.state.newId('attApply'),
      kind: 'overtime',
      personPin: p.pin,
      remark: str(ctx.p.remark),
      start,
      end,
    })
    return ok()
  })
  const leaveType = (ctx: Ctx) => {
    const no = str(ctx.p.leaveTypeNo)
    if (!ctx.state.leaveTypes.some((t) => t.leaveTypeNo === no))
      throw new ApiError(-1, 'The leave type does not exist')
    return no
  }
  route(env, 'POST', '/api/attApply/applyLeave', (ctx) => {
    const p = person(ctx)
    const [start, end] = period(ctx)
    const leaveTypeNo = leaveType(ctx)
    ctx.state.applications.push({
      id: ctx.state.newId('attApply'),
      kind: 'leave',
      personPin: p.pin,
      remark: str(ctx.p.remark),
      start,
      end,
      leaveTypeNo,
      leaveImagePath: str(ctx.p.leaveImagePath),
    })
    return ok()
  })
  route(env, 'GET', '/api/attApply/getLeaveTypeList', (ctx) => ok(ctx.state.leaveTypes))
  // JSON {base64Image} as printed; a multipart file is accepted too
  route(env, 'POST', '/api/attApply/uploadLeaveImage', (ctx) => {
    const raw = ctx.p.base64Image ?? ctx.p.file
    const buf = isPart(raw) ? raw.data : typeof raw === 'string' && raw ? decodeBase64Image(raw) : undefined
    if (!buf) throw new ApiError(-1, 'The picture cannot be empty')
    if (!imageInfo(buf)) throw new ApiError(-27)
    const now = ctx.state.now()
    const path = `/fileresource/att/leave/image/${formatDate(now)}/${now}.jpg`
    ctx.state.uploadedImages.set(path, buf.toString('base64'))
    return ok(path)
  })
  // The manual's example answers data null; the duration (hours, one decimal) is returned instead
  // because that is what the endpoint is for (unverified against a real server).
  route(env, 'POST', '/api/attApply/getApplyTimeLong', (ctx) => {
    person(ctx)
    const [, , ms] = period(ctx)
    if (ctx.p.leaveTypeNo !== undefined) leaveType(ctx)
    return ok(Math.round(ms / 360_000) / 10)
  })

  route(env, 'POST', '/api/attPerson/editAttPerson', (ctx) => {
    const p = person(ctx)
    const perDevAuth = ctx.p.perDevAuth === undefined ? p.perDevAuth : Number(ctx.p.perDevAuth)
    if (![0, 2, 6, 14].includes(perDevAuth)) throw new ApiError(-1, 'perDevAuth must be 0, 2, 6 or 14')
    const verifyMode = ctx.p.verifyMode === undefined ? p.verifyMode : Number(ctx.p.verifyMode)
    if (!Number.isInteger(verifyMode) || verifyMode < 0 || verifyMode > 29)
      throw new ApiError(-1, 'verifyMode must be 0..29')
    p.perDevAuth = perDevAuth
    p.verifyMode = verifyMode
    if (ctx.p.isAttendance !== undefined)
      p.isAttendance = ctx.p.isAttendance === true || ctx.p.isAttendance === 'true'
    return ok()
  })
  route(env, 'POST', '/api/attPerson/editInsPerson', (ctx) => {
    const p = person(ctx)
    const category = ctx.p.category === undefined ? p.insCategory : Number(ctx.p.category)
    if (![0, 1, 2].includes(category)) throw new ApiError(-1, 'category must be 0, 1 or 2')
    const perDevAuth = ctx.p.perDevAuth === undefined ? p.perDevAuth : Number(ctx.p.perDevAuth)
    if (![0, 14].includes(perDevAuth)) throw new ApiError(-1, 'perDevAuth must be 0 or 14')
    p.insCategory = category
    p.perDevAuth = perDevAuth
    return ok()
  })
}
