/**
 * A pending registration belongs to the server it was typed for (audit finding 2): queued offline for
 * site A, a restart, site B added and selected, "retry": B's server received A's visitor. Two real
 * simulators over HTTP play the two sites.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ZkbioCore } from '../../../electron/main/zkbio/core'
import { startSimulator, type RunningSimulator } from '../../simulator/index'
import { call, createReceptionFixture, walkIn, type ReceptionFixture } from './reception-fixture'

let f: ReceptionFixture
let siteB: RunningSimulator
let coreB: ZkbioCore

beforeAll(async () => {
  f = await createReceptionFixture()
  f.settings.profiles[0]!.name = 'Site A'
  siteB = await startSimulator({ port: 0, quiet: true })
  coreB = new ZkbioCore({ baseUrl: siteB.url, token: siteB.token, timeoutMs: 3_000 })
})
afterAll(async () => {
  coreB.close()
  await siteB.close()
  await f.close()
})

/** Lets the replay round that a pending registration starts finish while the server is still down. */
const settle = () => f.services.replayNow()

async function registrationsFor(sim: RunningSimulator, certNumber: string) {
  const snapshot = (await sim.control.snapshot()) as { registrations: { certNum: string }[] }
  return snapshot.registrations.filter((r) => r.certNum === certNumber)
}

describe('pending registrations go only to their own server', () => {
  it('queued for site A, restart, site B selected, retry: B receives nothing; back on A it is sent', async () => {
    await f.sim.control.setOnline(false)
    const input = walkIn({ visitorName: 'Site A Visitor' })
    const result = await call(f, 'reception.registerVisitor', input)
    expect(result.outcome).toBe('pending')
    await settle()
    await f.sim.control.setOnline(true)

    f.restart()
    f.useServer(
      { id: 'site-b', name: 'Site B', url: siteB.url, tls: { mode: 'system' }, serverUtcOffsetMinutes: null },
      coreB,
    )
    await siteB.control.clearRequests()
    const retried = await call(f, 'reception.retryPending', undefined)
    expect(retried.replayed).toBe(0)
    const requestsToB = (await siteB.control.requests()) as { path: string }[]
    expect(requestsToB.filter((r) => r.path.startsWith('/api/visRegistration'))).toEqual([])
    expect(await registrationsFor(siteB, input.certNumber)).toHaveLength(0)

    const waiting = await call(f, 'reception.waitingRegistrations', undefined)
    expect(waiting.groups).toEqual([
      expect.objectContaining({
        profileName: 'Site A',
        count: 1,
        forActiveServer: false,
        message: expect.stringMatching(/^1 registration waits for Site A\./),
      }),
    ])

    // Site A in use again: it is sent there, once.
    f.useServer(f.settings.profiles[0]!, f.core)
    expect((await call(f, 'reception.retryPending', undefined)).replayed).toBe(1)
    expect(await registrationsFor(f.sim, input.certNumber)).toHaveLength(1)
    expect(await registrationsFor(siteB, input.certNumber)).toHaveLength(0)
    expect((await call(f, 'reception.waitingRegistrations', undefined)).groups).toEqual([])
  })

  it('records the station and the server with the pending registration', async () => {
    await f.sim.control.setOnline(false)
    const result = await call(f, 'reception.registerVisitor', walkIn({ visitorName: 'Station Check' }))
    await settle()
    await f.sim.control.setOnline(true)
    const row = f.db
      .prepare(
        'SELECT profile_id, profile_name, server_url, server_binding, station, phase FROM reception_pending WHERE visit_id = ?',
      )
      .get(result.visit.id) as Record<string, string>
    expect(row).toMatchObject({
      profile_id: 'sim',
      profile_name: 'Site A',
      server_url: f.sim.url,
      phase: 'queued',
    })
    expect(row.server_binding).toContain(f.sim.url)
    expect(row.station.length).toBeGreaterThan(0)
    await call(f, 'reception.retryPending', undefined)
  })

  it('a profile whose address changed does not receive what was typed for the old address', async () => {
    await f.sim.control.setOnline(false)
    const input = walkIn({ visitorName: 'Moved Server' })
    await call(f, 'reception.registerVisitor', input)
    await settle()
    await f.sim.control.setOnline(true)
    // Same profile id, now pointing at site B's address.
    const moved = { ...f.settings.profiles[0]!, url: siteB.url }
    f.settings.profiles = [moved, ...f.settings.profiles.slice(1)]
    f.useServer(moved, coreB)
    expect((await call(f, 'reception.retryPending', undefined)).replayed).toBe(0)
    expect(await registrationsFor(siteB, input.certNumber)).toHaveLength(0)
    const waiting = await call(f, 'reception.waitingRegistrations', undefined)
    expect(waiting.groups[0]?.message).toMatch(/earlier address or certificate/)
  })
})
