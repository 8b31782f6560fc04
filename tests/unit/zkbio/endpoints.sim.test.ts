// Every client function against the simulator over real HTTP: a success, the wrong-token refusal
// (302 to the login page) and, where the manual documents one, the server's refusal code. Driven by
// ALL_ENDPOINTS and checked against the simulator's table of the manual, so nothing is forgotten.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { MANUAL_ENDPOINTS } from '../../simulator/manual-endpoints'
import {
  ALL_ENDPOINTS,
  ZkbioError,
  type EndpointDef,
  type ZkbioClient,
} from '../../../electron/main/zkbio/index'
import { CASES, useFixtures } from './endpoint-cases'
import { discover, startWorld, type Fixtures, type SimWorld } from './sim-fixtures'

const rowMatches = (def: EndpointDef, row: { method: string; path: string }) =>
  def.method === row.method && (def.path === row.path || def.alternatePath === row.path)

function clientFunction(client: ZkbioClient, id: string): unknown {
  return id
    .split('.')
    .reduce<unknown>((obj, key) => (obj as Record<string, unknown> | undefined)?.[key], client)
}

const pathPattern = (template: string) => new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`)

describe('the client covers the manual', () => {
  it('has an endpoint for every row of the manual table (FIELD-NOTES rows and close aliases included)', () => {
    const missing = MANUAL_ENDPOINTS.filter((row) => !ALL_ENDPOINTS.some((def) => rowMatches(def, row)))
    expect(missing.map((r) => `${r.section} ${r.method} ${r.path}`)).toEqual([])
  })

  it('has no endpoint the table does not know', () => {
    const extra = ALL_ENDPOINTS.filter((def) => !MANUAL_ENDPOINTS.some((row) => rowMatches(def, row)))
    expect(extra.map((d) => d.id)).toEqual([])
  })

  it('uses the section of the table row for each endpoint', () => {
    for (const def of ALL_ENDPOINTS) {
      const row = MANUAL_ENDPOINTS.find((r) => r.method === def.method && r.path === def.path)!
      expect(def.section.replace('FIELD-NOTES', 'FN-visitor'), def.id).toBe(row.section)
    }
  })

  it('exposes a function on the client for every endpoint, and a test case for each', async () => {
    const world = await startWorld()
    try {
      for (const def of ALL_ENDPOINTS) {
        expect(typeof clientFunction(world.client, def.id), def.id).toBe('function')
        expect(CASES[def.id], `test case for ${def.id}`).toBeDefined()
      }
      expect(Object.keys(CASES).sort()).toEqual(ALL_ENDPOINTS.map((d) => d.id).sort())
    } finally {
      await world.close()
    }
  })
})

describe('every endpoint against the simulator', () => {
  let world: SimWorld
  let f: Fixtures
  let wrongToken: ZkbioClient

  beforeAll(async () => {
    world = await startWorld()
    f = await discover(world)
    useFixtures(f)
    wrongToken = world.makeClient({ token: 'not-the-token' })
  })
  afterAll(async () => world?.close())
  // A reset costs ~100-200 ms; only tests after a state change need one (refusals change nothing).
  let dirty = false
  beforeEach(async () => {
    if (dirty) await world.sim.control.reset()
    dirty = false
    await world.sim.control.clearRequests()
  })

  describe.each(ALL_ENDPOINTS.map((def) => [def.id, def] as const))('%s', (id, def) => {
    const c = CASES[id]!

    it('succeeds, on the documented method and path', async () => {
      // Conservative: any success may have written (some read cases create what they then read).
      dirty = true
      const result = await c.ok(world.client, f)
      c.check?.(result, f)
      const requests = await world.sim.control.requests()
      const allowed = [def.path, def.alternatePath].filter(Boolean).map((p) => pathPattern(p!))
      const hit = requests.some(
        (r) => r.method === def.method && r.status === 200 && allowed.some((re) => re.test(r.path)),
      )
      expect(hit).toBe(true)
      for (const r of requests) expect(r.query.access_token).toBe('***')
    })

    it('is refused with a wrong token as an auth error (302 to the login page)', async () => {
      const err = await c.ok(wrongToken, f).then(
        () => null,
        (e: unknown) => e,
      )
      expect(err).toBeInstanceOf(ZkbioError)
      expect((err as ZkbioError).kind).toBe('auth')
      expect((err as ZkbioError).endpoint).toMatch(/^\/api\//)
    })

    // Endpoints whose only documented refusal is the token check (plain lookups) have no third test.
    if (c.refuse)
      it(`is refused by the server with ${String(c.refuse.code)}`, async () => {
        const err = await c.refuse!.run(world.client, f).then(
          () => null,
          (e: unknown) => e,
        )
        expect(err).toBeInstanceOf(ZkbioError)
        const e = err as ZkbioError
        expect(e.kind).toBe('server')
        if (c.refuse!.code === 'ret') expect(e.serverCode).toBeUndefined()
        else expect(e.serverCode).toBe(c.refuse!.code)
        expect(e.message).not.toMatch(/undefined|null/)
      })
  })
})
