import { ApiError } from '../lib/errors.ts'
import { list, ok, pageSlice, paging, route, str, v2Page, type RouteEnv } from '../lib/http.ts'
import type { Level, Person } from '../state/model.ts'
import type { SiteState } from '../state/site.ts'

// Manual 2.1 access levels, 2.2 elevator levels, 2.32 entrance-control levels: one shape, three stores.

interface LevelKind {
  prefix: string
  levels: (s: SiteState) => Map<string, Level>
  personLevels: (p: Person) => string[]
}

const KINDS: LevelKind[] = [
  { prefix: 'accLevel', levels: (s) => s.accLevels, personLevels: (p) => p.accLevelIds },
  { prefix: 'eleLevel', levels: (s) => s.eleLevels, personLevels: (p) => p.eleLevelIds },
  { prefix: 'psgLevel', levels: (s) => s.psgLevels, personLevels: (p) => p.psgLevelIds },
]

const info = (l: Level) => ({ id: l.id, name: l.name })

export function registerLevelRoutes(env: RouteEnv): void {
  for (const kind of KINDS) {
    const base = `/api/${kind.prefix}`

    /** pin + levelIds checks shared by syncPerson and deleteLevel: -42, -22, -24 */
    const personAndLevels = (s: SiteState, p: Record<string, unknown>) => {
      const pin = str(p.pin)
      const ids = list(p.levelIds)
      if (!pin || !ids.length) throw new ApiError(-42)
      const person = s.activePerson(pin)
      if (!person) throw new ApiError(-22)
      for (const id of ids) if (!kind.levels(s).has(id)) throw new ApiError(-24)
      return { person, ids }
    }

    route(env, 'POST', `${base}/deleteLevel`, (ctx) => {
      const { person, ids } = personAndLevels(ctx.state, ctx.p)
      const own = kind.personLevels(person)
      for (const id of ids) {
        const i = own.indexOf(id)
        if (i >= 0) own.splice(i, 1)
      }
      return ok()
    })
    route(env, 'POST', `${base}/syncPerson`, (ctx) => {
      const { person, ids } = personAndLevels(ctx.state, ctx.p)
      const own = kind.personLevels(person)
      for (const id of ids) if (!own.includes(id)) own.push(id)
      return ok()
    })
    route(env, 'POST', `${base}/syncLevel`, (ctx) => {
      const id = str(ctx.p.levelId)
      if (!id) throw new ApiError(-43)
      if (!kind.levels(ctx.state).has(id)) throw new ApiError(-24)
      return ok()
    })
    // lookups of unknown ids "fail quietly" (FIELD-NOTES): success with null data
    route(env, 'GET', `${base}/getById/:id`, (ctx) => {
      const level = kind.levels(ctx.state).get(str(ctx.p.id))
      return ok(level ? info(level) : null)
    })
    route(env, 'GET', `${base}/getByName/:name`, (ctx) => {
      const name = str(ctx.p.name)
      const level = [...kind.levels(ctx.state).values()].find((l) => l.name === name)
      return ok(level ? info(level) : null)
    })
    route(env, 'GET', `${base}/list`, (ctx) =>
      ok(pageSlice([...kind.levels(ctx.state).values()], paging(ctx.p)).map(info)),
    )
    route(env, 'GET', `/api/v2/${kind.prefix}/list`, (ctx) =>
      ok(v2Page([...kind.levels(ctx.state).values()], paging(ctx.p), info)),
    )
  }
}
