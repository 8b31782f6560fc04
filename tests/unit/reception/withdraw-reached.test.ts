import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { translate } from '../../../electron/main/i18n'
import { call, createReceptionFixture, walkIn, type ReceptionFixture } from './reception-fixture'

// A registration whose first call reached the server but whose answer never came is stored as
// pending. When that visitor leaves (or the receptionist discards it) before the replay settled it,
// the server's visit must be closed, not forgotten: its QR and access would stay valid all day.

let f: ReceptionFixture

beforeAll(async () => {
  f = await createReceptionFixture()
})
afterAll(() => f.close())

const ADD_PATH = '/api/visRegistration/add'
const EXIT_PATH = '/api/visRegistration/exit'
const HISTORY_PATH = '/api/v2/visRegistration/getTransactionList'

async function serverVisits(certNumber: string) {
  const snapshot = (await f.sim.control.snapshot()) as {
    registrations: { certNum: string; endTime: string | null }[]
  }
  return snapshot.registrations.filter((r) => r.certNum === certNumber)
}

/**
 * Registers a walk-in whose first call times out (a `stall` longer than the client's 3 s timeout) and
 * then records on the server what that lost call did: the visit open, as the lost call registered it.
 * The simulator drops a request whose client gave up (a stalled one, and a late one whose body is
 * never read), so the server's side of the lost call is written through the control API. The replay
 * rounds the pending registration starts meet dropped connections on the visit history (else they
 * would settle it before the visitor leaves), so the visit is still pending afterwards.
 */
async function registerTimedOut(name: string) {
  const input = walkIn({ visitorName: name })
  await f.sim.control.addFault({ endpoint: ADD_PATH, kind: 'stall', times: 1 })
  await f.sim.control.addFault({ endpoint: HISTORY_PATH, kind: 'reset' })
  try {
    const result = await call(f, 'reception.registerVisitor', input)
    expect(result.outcome).toBe('pending')
    // Whatever round the registration started is over once this one is (down: nothing settled).
    await f.sim.control.setOnline(false)
    expect(await f.services.replayNow()).toEqual({ replayed: 0, remaining: 1 })
  } finally {
    await f.sim.control.clearFaults()
    await f.sim.control.setOnline(true)
  }
  const sent = (await f.sim.control.requests()).filter((r) => r.path === ADD_PATH)
  expect(sent.at(-1)?.status).toBe(0) // the add reached the server and was never answered
  // What the lost call did: the server has the visitor on site.
  await f.sim.control.registerVisit({ certNumber: input.certNumber, name, hostPin: input.hostPin })
  const stored = await call(f, 'reception.listVisits', { filter: 'pending' })
  const visit = stored.visits.find((v) => v.certNumber === input.certNumber)
  expect(visit?.status).toBe('pending')
  return { input, visitId: visit!.id }
}

const markers = () => (f.db.prepare('SELECT COUNT(*) AS n FROM reception_pending').get() as { n: number }).n

const auditOf = (visitId: string) =>
  f.audit.list({ action: 'reception.checkOut' }).filter((e) => e.target === `visit:${visitId}`)

describe('a pending visit whose first call reached the server', () => {
  it('is closed on the server at once when the visitor checks out and the server answers', async () => {
    const { input, visitId } = await registerTimedOut('Timed-out Tom')
    expect(await serverVisits(input.certNumber)).toMatchObject([{ endTime: null }])

    const out = await call(f, 'reception.checkOut', { visitIds: [visitId] })
    // A normal check-out for the receptionist: not "had not reached the server".
    expect(out.results).toEqual([{ visitId, ok: true, message: null }])

    const onServer = await serverVisits(input.certNumber)
    expect(onServer).toHaveLength(1)
    expect(onServer[0]?.endTime).not.toBeNull()
    expect((await call(f, 'reception.getVisit', { visitId })).visit?.status).toBe('checkedOut')
    expect(auditOf(visitId)).toEqual([
      expect.objectContaining({
        result: 'ok',
        detail: expect.stringMatching(/reached the server: exit sent/),
      }),
    ])
    expect(markers()).toBe(0)

    // Nothing is left for the replay: never registered again.
    expect(await f.services.replayNow()).toEqual({ replayed: 0, remaining: 0 })
    expect(await serverVisits(input.certNumber)).toHaveLength(1)
  }, 20_000)

  it('does not hold the check-out while the server hangs: answered within seconds, settled behind it', async () => {
    const { input, visitId } = await registerTimedOut('Hung Hannah')
    // The server takes the connection but does not answer the visit-history question for a while.
    await f.sim.control.addFault({ endpoint: HISTORY_PATH, kind: 'latency', ms: 2_500, times: 1 })
    await f.sim.control.addFault({ endpoint: EXIT_PATH, kind: 'latency', ms: 2_000, times: 1 })
    try {
      const started = performance.now()
      const out = await call(f, 'reception.checkOut', { visitIds: [visitId] })
      // The check-out waits 3 s at most (WITHDRAW_WAIT_MS); waiting for the settling would take the
      // server's 4.5 s of delays and more. The rest is the machine's: a fresh clone's run, with the
      // soak and the other test files beside it, answered in 3.94 s.
      expect(performance.now() - started).toBeLessThan(4_300)
      expect(out.results).toEqual([
        { visitId, ok: true, message: translate('server.rollCall.checkOutWithdrawnUnsettled') },
      ])
      expect((await call(f, 'reception.getVisit', { visitId })).visit?.status).toBe('checkedOut')
      // Behind the answer, the exit still goes to the server and the marker is dropped.
      await expect
        .poll(async () => (await serverVisits(input.certNumber))[0]?.endTime ?? null, { timeout: 8_000 })
        .not.toBeNull()
      await expect.poll(markers, { timeout: 2_000 }).toBe(0)
    } finally {
      await f.sim.control.clearFaults()
    }
  }, 30_000)

  it('keeps a withdraw marker across a restart while the server is down, and the replay closes the visit', async () => {
    const { input, visitId } = await registerTimedOut('Offline Otto')
    await f.sim.control.setOnline(false)
    try {
      const out = await call(f, 'reception.checkOut', { visitIds: [visitId] })
      expect(out.results).toEqual([
        { visitId, ok: true, message: translate('server.rollCall.checkOutWithdrawnUnsettled') },
      ])
      expect(out.results[0]?.message).not.toBe(translate('server.rollCall.checkOutWithdrawn'))
      // Still down: a round keeps the marker and sends nothing.
      expect(await f.services.replayNow()).toEqual({ replayed: 0, remaining: 0 })
      expect(markers()).toBe(1)

      f.restart()
      expect(markers()).toBe(1)
      expect((await call(f, 'reception.getVisit', { visitId })).visit?.status).toBe('checkedOut')
    } finally {
      await f.sim.control.setOnline(true)
    }
    await f.sim.control.clearRequests()

    expect(await f.services.replayNow()).toEqual({ replayed: 0, remaining: 0 })
    const onServer = await serverVisits(input.certNumber)
    expect(onServer).toHaveLength(1)
    expect(onServer[0]?.endTime).not.toBeNull()
    const sent = (await f.sim.control.requests()).map((r) => r.path)
    expect(sent).toContain(EXIT_PATH)
    expect(sent).not.toContain(ADD_PATH)
    expect(markers()).toBe(0)
    expect(auditOf(visitId).map((e) => e.detail)).toContainEqual(
      expect.stringMatching(/reached the server: exit sent \(replay\)/),
    )

    // Another round: still closed, never registered again.
    expect(await f.services.replayNow()).toEqual({ replayed: 0, remaining: 0 })
    expect(await serverVisits(input.certNumber)).toHaveLength(1)
    expect((await call(f, 'reception.getVisit', { visitId })).visit?.status).toBe('checkedOut')
  }, 20_000)

  it('is closed on the server when the receptionist discards it, and the visit goes', async () => {
    const { input, visitId } = await registerTimedOut('Discarded Dora')
    expect(await call(f, 'reception.discardPending', { visitId })).toEqual({ discarded: true })
    const onServer = await serverVisits(input.certNumber)
    expect(onServer).toHaveLength(1)
    expect(onServer[0]?.endTime).not.toBeNull()
    expect((await call(f, 'reception.getVisit', { visitId })).visit).toBeNull()
    expect(markers()).toBe(0)
    expect(
      f.audit.list({ action: 'reception.discardPending' }).find((e) => e.target === `visit:${visitId}`)
        ?.detail,
    ).toMatch(/exit sent/)
  }, 20_000)
})

describe('a pending visit that never reached the server', () => {
  it('is simply withdrawn at check-out: nothing registered, no exit sent', async () => {
    await f.sim.control.setOnline(false)
    const input = walkIn({ visitorName: 'Never-sent Nina' })
    const result = await call(f, 'reception.registerVisitor', input)
    expect(result.outcome).toBe('pending')
    // Whatever round the registration started is over once this one is (still down: nothing sent).
    expect(await f.services.replayNow()).toEqual({ replayed: 0, remaining: 1 })
    await f.sim.control.setOnline(true)
    await f.sim.control.clearRequests()

    const out = await call(f, 'reception.checkOut', { visitIds: [result.visit.id] })
    expect(out.results).toEqual([
      { visitId: result.visit.id, ok: true, message: translate('server.rollCall.checkOutWithdrawn') },
    ])
    const sent = (await f.sim.control.requests()).map((r) => r.path)
    expect(sent).not.toContain(ADD_PATH)
    expect(sent).not.toContain(EXIT_PATH)
    expect(markers()).toBe(0)

    expect(await f.services.replayNow()).toEqual({ replayed: 0, remaining: 0 })
    expect(await serverVisits(input.certNumber)).toHaveLength(0)
    expect((await call(f, 'reception.getVisit', { visitId: result.visit.id })).visit?.status).toBe(
      'checkedOut',
    )
  })
})
