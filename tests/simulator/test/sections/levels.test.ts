// 2.1 access levels, 2.2 elevator levels, 2.32 entrance control levels, 2.16 visitor levels:
// the manual's example requests, their shapes and the appendix codes (-22 person, -24 level).
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { at, useSimulator } from './harness'
import { expectCode, expectMissing, expectOk, expectV2, level } from './shape'

const h = useSimulator()

const GROUPS = [
  { base: '2.1', module: 'accLevel' },
  { base: '2.2', module: 'eleLevel' },
  { base: '2.32', module: 'psgLevel' },
] as const

const UNKNOWN_LEVEL = 'ffffffffffffffffffffffffffffffff'
const UNKNOWN_PIN = '987654321987'

let knownPin = ''

beforeAll(async () => {
  const res = await h.api.post('/api/v2/person/getPersonList', undefined, { pageNo: 1, pageSize: 1 })
  const page = expectV2(res, z.object({ pin: z.string() }).loose(), at('2.13.9'))
  expect(page.data.length, 'the seeded site has persons').toBeGreaterThan(0)
  knownPin = page.data[0]!.pin
})

describe.each(GROUPS)('$base $module', ({ base, module }) => {
  const s = (n: number) => `${base}.${n}`
  let levels: { id: string; name: string }[] = []

  beforeAll(async () => {
    levels = expectOk(
      await h.api.get(`/api/${module}/list`, { pageNo: 1, pageSize: 20 }),
      z.array(level),
      at(s(4)),
    )
  })

  it(`${s(4)} list: level group array of {id, name}`, () => {
    expect(levels.length, at(s(4), 'seeded levels')).toBeGreaterThan(0)
  })

  it(`${s(7)} v2 list: paged {page,size,total,data,offset,lastPage}, same levels as the v1 list`, async () => {
    const page = expectV2(
      await h.api.get(`/api/v2/${module}/list`, { pageNo: 1, pageSize: 20 }),
      level,
      at(s(7)),
    )
    expect(page.total).toBeGreaterThanOrEqual(page.data.length)
    expect(page.data.length).toBeLessThanOrEqual(20)
    expect(page.data.map((l) => l.id)).toEqual(levels.map((l) => l.id))
  })

  it(`${s(2)} getById/{id} and ${s(3)} getByName/{name} return the listed level`, async () => {
    const first = levels[0]!
    const byId = expectOk(await h.api.get(`/api/${module}/getById/${first.id}`), level, at(s(2)))
    expect(byId).toMatchObject(first)
    const byName = expectOk(
      await h.api.get(`/api/${module}/getByName/${encodeURIComponent(first.name)}`),
      level,
      at(s(3)),
    )
    expect(byName).toMatchObject(first)
  })

  it(`${s(2)} getById of an unknown level: -24 (or a quiet null, FIELD-NOTES)`, async () => {
    expectMissing(await h.api.get(`/api/${module}/getById/${UNKNOWN_LEVEL}`), -24, at(s(2)))
  })

  it(`${s(6)} syncPerson then ${s(1)} deleteLevel for a known person and level: code 0`, async () => {
    const levelIds = levels[0]!.id
    expectOk(
      await h.api.post(`/api/${module}/syncPerson`, { pin: knownPin, levelIds }),
      z.unknown(),
      at(s(6)),
    )
    expectOk(
      await h.api.post(`/api/${module}/deleteLevel`, { pin: knownPin, levelIds }),
      z.unknown(),
      at(s(1)),
    )
  })

  it(`${s(5)} syncLevel of a known level: code 0`, async () => {
    expectOk(await h.api.post(`/api/${module}/syncLevel`, { levelId: levels[0]!.id }), z.unknown(), at(s(5)))
  })

  it.each([
    ['syncPerson', 6],
    ['deleteLevel', 1],
  ] as const)(
    `${base}.%s errors: unknown person -22, unknown level -24, empty pin/levels -42/-20/-43`,
    async (name, n) => {
      const path = `/api/${module}/${name}`
      const levelIds = levels[0]!.id
      expectCode(await h.api.post(path, { pin: UNKNOWN_PIN, levelIds }), -22, at(s(n), 'unknown pin'))
      expectCode(
        await h.api.post(path, { pin: knownPin, levelIds: UNKNOWN_LEVEL }),
        -24,
        at(s(n), 'unknown level'),
      )
      expectCode(await h.api.post(path, { levelIds }), [-42, -20], at(s(n), 'no pin'))
      expectCode(await h.api.post(path, { pin: knownPin }), [-42, -43], at(s(n), 'no levelIds'))
    },
  )

  it(`${s(5)} syncLevel errors: unknown level -24, no levelId -43`, async () => {
    expectCode(await h.api.post(`/api/${module}/syncLevel`, { levelId: UNKNOWN_LEVEL }), -24, at(s(5)))
    expectCode(await h.api.post(`/api/${module}/syncLevel`, {}), -43, at(s(5), 'no levelId'))
  })
})

describe('2.16 visLevel', () => {
  it('2.16.1 list: level group array of {id, name}', async () => {
    const levels = expectOk(
      await h.api.get('/api/visLevel/list', { pageNo: 1, pageSize: 20 }),
      z.array(level),
      at('2.16.1'),
    )
    expect(levels.length).toBeGreaterThan(0)
  })
})
