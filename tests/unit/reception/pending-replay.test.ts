import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { translatorFor } from '../../../electron/shared/i18n/translate'
import { decodeStoredMessage, showStoredText } from '../../../electron/shared/i18n/stored-message'
import { call, createReceptionFixture, walkIn, type ReceptionFixture } from './reception-fixture'

let f: ReceptionFixture
/** A visit's kept reason as a reader of a language sees it (main keeps it as a message key). */
const reads = (stored: string | null | undefined, language: 'en' | 'es' = 'en') =>
  showStoredText(stored, translatorFor(language) as (key: string, params?: object) => string)

beforeAll(async () => {
  f = await createReceptionFixture()
})
afterAll(() => f.close())

async function serverVisits(certNumber: string) {
  const snapshot = (await f.sim.control.snapshot()) as {
    registrations: { certNum: string; endTime: string | null }[]
  }
  return snapshot.registrations.filter((r) => r.certNum === certNumber)
}

describe('registration while the server is down', () => {
  it('stores it as pending, keeps it across a restart, and replays it once the server is back, once', async () => {
    await f.sim.control.setOnline(false)
    const photo = Buffer.from('photo taken while offline').toString('base64')
    const input = walkIn({ visitorName: 'Offline Olga', photoBase64: photo })
    const result = await call(f, 'reception.registerVisitor', input)
    expect(result.outcome).toBe('pending')
    expect(result.visit.status).toBe('pending')
    // Kept as a key, so the on-site list says it in the language of whoever reads it.
    expect(decodeStoredMessage(result.visit.lastError)).toEqual({ key: 'server.errors.pending' })
    expect(reads(result.visit.lastError)).toMatch(/cannot be reached/)
    expect(reads(result.visit.lastError, 'es')).toMatch(/no se puede contactar|no está disponible|servidor/i)

    // Still down: a replay round keeps it pending and sends nothing.
    expect(await f.services.replayNow()).toEqual({ replayed: 0, remaining: 1 })
    const pending = await call(f, 'reception.listVisits', { filter: 'pending' })
    expect(pending.visits.map((v) => v.id)).toEqual([result.visit.id])

    // The app is closed and opened again in between: nothing is lost.
    f.restart()
    const afterRestart = await call(f, 'reception.getVisit', { visitId: result.visit.id })
    expect(afterRestart.visit).toMatchObject({
      status: 'pending',
      visitorName: 'Offline Olga',
      hasPhoto: true,
    })

    await f.sim.control.setOnline(true)
    expect(await f.services.replayNow()).toEqual({ replayed: 1, remaining: 0 })
    const replayed = await call(f, 'reception.getVisit', { visitId: result.visit.id })
    expect(replayed.visit).toMatchObject({ status: 'onSite', lastError: null })
    expect(replayed.visit?.visitorPin).toMatch(/^8\d{8}$/)
    expect(f.services.visitLookup.getPhoto(result.visit.id)).toBe(photo)
    expect(await serverVisits(input.certNumber)).toHaveLength(1)

    // Another round sends nothing more.
    expect(await f.services.replayNow()).toEqual({ replayed: 0, remaining: 0 })
    expect(await serverVisits(input.certNumber)).toHaveLength(1)
    expect(f.audit.list({ action: 'reception.replay' })[0]).toMatchObject({
      result: 'ok',
      target: `visit:${result.visit.id}`,
    })
  })

  it('does not register twice when the first attempt reached the server but its answer was lost', async () => {
    await f.sim.control.setOnline(false)
    const input = walkIn({ visitorName: 'Lost Answer' })
    const result = await call(f, 'reception.registerVisitor', input)
    expect(result.outcome).toBe('pending')
    await f.sim.control.setOnline(true)
    // What the lost attempt did on the server: the visitor is already registered there.
    await f.core.call(
      {
        id: 'test.add',
        section: '2.17.1',
        method: 'POST',
        path: '/api/visRegistration/add',
        effect: 'write',
        data: (await import('zod')).z.unknown(),
      },
      {
        json: {
          persPersonPin: input.hostPin,
          certType: '3',
          certNum: input.certNumber,
          visEmpName: input.visitorName,
          visitReason: 'Meeting',
          visitorCount: '1',
          startTime: input.startTime,
          endTime: input.endTime,
        },
      },
    )
    expect(await serverVisits(input.certNumber)).toHaveLength(1)

    expect(await f.services.replayNow()).toEqual({ replayed: 1, remaining: 0 })
    const visit = (await call(f, 'reception.getVisit', { visitId: result.visit.id })).visit
    expect(visit?.status).toBe('onSite')
    expect(visit?.visitorPin).toMatch(/^8\d{8}$/)
    expect(await serverVisits(input.certNumber)).toHaveLength(1)
  })

  it('on a server without visit history, re-sends and takes -255 "already registered" as success', async () => {
    await f.sim.control.addFault({
      endpoint: '/api/v2/visRegistration/getTransactionList',
      kind: 'springError',
    })
    try {
      await f.sim.control.setOnline(false)
      const input = walkIn({ visitorName: 'Old Server' })
      const result = await call(f, 'reception.registerVisitor', input)
      expect(result.outcome).toBe('pending')
      await f.sim.control.setOnline(true)
      // The lost first attempt had reached the server.
      const { z } = await import('zod')
      await f.core.call(
        {
          id: 'test.add',
          section: '2.17.1',
          method: 'POST',
          path: '/api/visRegistration/add',
          effect: 'write',
          data: z.unknown(),
        },
        {
          json: {
            persPersonPin: input.hostPin,
            certType: '3',
            certNum: input.certNumber,
            visEmpName: input.visitorName,
            visitReason: 'Meeting',
            visitorCount: '1',
            startTime: input.startTime,
            endTime: input.endTime,
          },
        },
      )
      await f.sim.control.clearRequests()
      expect(await f.services.replayNow()).toEqual({ replayed: 1, remaining: 0 })
      const requests = (await f.sim.control.requests()) as { path: string; status: number }[]
      expect(requests.filter((r) => r.path === '/api/visRegistration/add')).toHaveLength(1)
      const visit = (await call(f, 'reception.getVisit', { visitId: result.visit.id })).visit
      expect(visit?.status).toBe('onSite')
      expect(visit?.visitorPin).toMatch(/^8\d{8}$/)
      expect(await serverVisits(input.certNumber)).toHaveLength(1)
      expect(f.audit.list({ action: 'reception.replay' })[0]?.detail).toMatch(/-255/)
    } finally {
      await f.sim.control.clearFaults()
    }
  })

  it('a retry asked for while a round still waits on the server runs after it, so the server coming back is not missed', async () => {
    await f.sim.control.setOnline(false)
    const input = walkIn({ visitorName: 'Back Soon' })
    expect((await call(f, 'reception.registerVisitor', input)).outcome).toBe('pending')
    // Whatever round the registration started is over once this one is (still down: nothing sent).
    expect(await f.services.replayNow()).toEqual({ replayed: 0, remaining: 1 })
    await f.sim.control.setOnline(true)
    // A round that began while the server was away: its request gets no answer (the client gives up
    // after 3 s), so the round ends with the registration still waiting, in backoff.
    await f.sim.control.addFault({
      endpoint: '/api/visRegistration/add',
      kind: 'stall',
      times: 1,
    })
    try {
      const round = f.services.replayNow()
      // Meanwhile the server answers again, and "online again" asks for a round at once.
      const retry = f.services.replayNow()
      expect(await round).toEqual({ replayed: 0, remaining: 1 })
      // Not the round above's outcome: a round of its own, which sends the registration now.
      expect(await retry).toEqual({ replayed: 1, remaining: 0 })
      expect(await serverVisits(input.certNumber)).toHaveLength(1)
    } finally {
      await f.sim.control.clearFaults()
    }
  })

  it('marks a replay the server refuses as failed with its message, and can discard it', async () => {
    await f.sim.control.setOnline(false)
    const input = walkIn({ certNumber: 'LATERBLOCK1' })
    const result = await call(f, 'reception.registerVisitor', input)
    expect(result.outcome).toBe('pending')
    await f.sim.control.blocklist('3', 'LATERBLOCK1')
    await f.sim.control.setOnline(true)
    expect(await f.services.replayNow()).toEqual({ replayed: 0, remaining: 0 })
    const visit = (await call(f, 'reception.getVisit', { visitId: result.visit.id })).visit
    expect(visit?.status).toBe('failed')
    expect(reads(visit?.lastError)).toMatch(/block list/i)
    expect(decodeStoredMessage(visit?.lastError)?.key).toMatch(/^server\.code\.n\d+$/)
    expect(await serverVisits(input.certNumber)).toHaveLength(0)
    expect(await call(f, 'reception.discardPending', { visitId: result.visit.id })).toEqual({
      discarded: true,
    })
  })

  it('refuses to queue the same visitor twice while the first is still pending', async () => {
    await f.sim.control.setOnline(false)
    const input = walkIn()
    await call(f, 'reception.registerVisitor', input)
    await expect(
      call(f, 'reception.registerVisitor', { ...input, clientRequestId: crypto.randomUUID() }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'certNumber' } })
    await f.sim.control.setOnline(true)
    expect((await f.services.replayNow()).remaining).toBe(0)
    expect(await serverVisits(input.certNumber)).toHaveLength(1)
  })
})
