import { ApiError } from '../lib/errors.ts'
import { ok, route, str, type RouteEnv } from '../lib/http.ts'
import type { SiteState } from '../state/site.ts'

// Manual 2.4 Card Interface and 2.5 Department Interface.

function isAncestor(s: SiteState, ancestor: string, code: string): boolean {
  for (
    let c = s.departments.get(code)?.parentCode, guard = 0;
    c && guard < 100;
    c = s.departments.get(c)?.parentCode, guard++
  ) {
    if (c === ancestor) return true
  }
  return false
}

export function registerCardDepartmentRoutes(env: RouteEnv): void {
  route(env, 'GET', '/api/card/getCards/:pin', (ctx) => {
    const person = ctx.state.activePerson(str(ctx.p.pin))
    if (!person) throw new ApiError(-22)
    const cards = []
    if (person.cardNo) cards.push({ pin: person.pin, cardNo: person.cardNo, cardType: '0' })
    for (const c of person.supplyCards) cards.push({ pin: person.pin, cardNo: c, cardType: '1' })
    return ok(cards)
  })
  route(env, 'POST', '/api/card/set', (ctx) => {
    const s = ctx.state
    const pin = str(ctx.p.pin)
    if (!pin) throw new ApiError(-20)
    const cardNo = str(ctx.p.cardNo)
    if (!cardNo) throw new ApiError(-1, 'The card number cannot be empty')
    const person = s.activePerson(pin)
    if (!person) throw new ApiError(-22)
    const owner = s.cardOwner(cardNo)
    if ((owner && owner !== pin) || person.supplyCards.includes(cardNo)) throw new ApiError(-23)
    if (str(ctx.p.cardType) === '1') {
      person.supplyCards.push(cardNo)
    } else {
      person.cardNo = cardNo
    }
    s.persons.noteCard(cardNo, pin)
    return ok()
  })

  route(env, 'POST', '/api/department/add', (ctx) => {
    const s = ctx.state
    const name = str(ctx.p.name)
    const code = str(ctx.p.code)
    const parentCode = str(ctx.p.parentCode)
    if (!name || !code) throw new ApiError(-10)
    if (parentCode && !s.departments.has(parentCode)) throw new ApiError(-13)
    if (parentCode && (parentCode === code || isAncestor(s, code, parentCode))) throw new ApiError(-14)
    for (const d of s.departments.values()) if (d.name === name && d.code !== code) throw new ApiError(-12)
    s.departments.set(code, { code, name, parentCode })
    return ok()
  })
  route(env, 'DELETE', '/api/department/delete/:code', (ctx) => {
    const s = ctx.state
    const code = str(ctx.p.code)
    if (!s.departments.has(code)) throw new ApiError(-13)
    const inUse =
      [...s.departments.values()].some((d) => d.parentCode === code) ||
      [...s.persons.values()].some((p) => p.deptCode === code)
    if (inUse) throw new ApiError(-15)
    s.departments.delete(code)
    return ok()
  })
  route(env, 'GET', '/api/department/get/:code', (ctx) => {
    const d = ctx.state.departments.get(str(ctx.p.code))
    if (!d) throw new ApiError(-13)
    return ok({ name: d.name, code: d.code, parentCode: d.parentCode })
  })
}
