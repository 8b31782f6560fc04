import { ApiError } from '../lib/errors.ts'
import { ok, route, str, type Ctx, type RouteEnv } from '../lib/http.ts'

// Manual 2.25 Person BioTemplate Interface. "personId" is the person's pin in the examples.
// 2.25.2 prints DELETE /api/bioTemplate/getFgListByPin/{pin}: kept as printed (unverified, FIELD-NOTES).

function templateNo(value: unknown): string {
  const text = str(value)
  if (!/^\d$/.test(text)) throw new ApiError(-33)
  return text
}

function personPin(ctx: Ctx, value: unknown): string {
  const pin = str(value)
  if (!pin) throw new ApiError(-20)
  if (!ctx.state.activePerson(pin)) throw new ApiError(-22)
  return pin
}

export function registerBioTemplateRoutes(env: RouteEnv): void {
  route(env, 'POST', '/api/bioTemplate/add', (ctx) => {
    const pin = personPin(ctx, ctx.p.personId ?? ctx.p.pin)
    const validType = str(ctx.p.validType)
    if (validType !== '1' && validType !== '3') throw new ApiError(-32)
    const no = templateNo(ctx.p.templateNo)
    const template = str(ctx.p.template)
    if (!template) throw new ApiError(-1, 'The template cannot be empty')
    const s = ctx.state
    const list = s.bioTemplates.get(pin) ?? []
    if (list.some((t) => t.templateNo === no)) throw new ApiError(-31)
    list.push({
      id: s.bioTemplateCounter++,
      pin,
      validType: Number(validType),
      bioType: 1,
      version: '10',
      template,
      templateNo: no,
      templateNoIndex: 0,
    })
    s.bioTemplates.set(pin, list)
    return ok()
  })
  route(env, 'DELETE', '/api/bioTemplate/getFgListByPin/:pin', (ctx) => {
    const pin = personPin(ctx, ctx.p.pin)
    const no = templateNo(ctx.p.templateNo)
    const list = ctx.state.bioTemplates.get(pin) ?? []
    const i = list.findIndex((t) => t.templateNo === no)
    if (i < 0) throw new ApiError(-34)
    list.splice(i, 1)
    return ok()
  })
  // printed as /api/bioTemplate/deleteById/*?pin=: any last segment, or none
  route(env, 'DELETE', ['/api/bioTemplate/deleteById/*', '/api/bioTemplate/deleteById'], (ctx) => {
    const pin = personPin(ctx, ctx.p.pin)
    ctx.state.bioTemplates.delete(pin)
    return ok()
  })
  route(env, 'GET', '/api/bioTemplate/getFgListByPin/:pin', (ctx) => {
    const pin = personPin(ctx, ctx.p.pin)
    return ok(
      (ctx.state.bioTemplates.get(pin) ?? []).map((t) => ({
        id: t.id,
        personId: t.pin,
        validType: t.validType,
        bioType: t.bioType,
        version: t.version,
        template: t.template,
        templateNo: t.templateNo,
        templateNoIndex: t.templateNoIndex,
      })),
    )
  })
}
