import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verdictOf } from '../../../electron/main/reception/block-list-check'
import { createReceptionFixture, type ReceptionFixture } from './reception-fixture'

const ctx = {} as never
let f: ReceptionFixture
let hostPin: string
let n = 0
const cert = (p = 'WL') => `${p}${Date.now().toString(36).toUpperCase()}${++n}`

beforeAll(async () => {
  f = await createReceptionFixture()
  hostPin = (await f.sim.control.snapshot()).samplePins[0] as string
})
afterAll(async () => {
  await f?.close()
})

describe('block-list check as soon as the ID number is typed', () => {
  it('maps the server’s answers', () => {
    expect(verdictOf(-254).status).toBe('blocked')
    expect(verdictOf(-255).status).toBe('onSite')
    expect(verdictOf(-24).status).toBe('notBlocked')
    expect(verdictOf(-251).status).toBe('unknown')
    expect(verdictOf(undefined).status).toBe('unknown')
  })

  it('finds a blocklisted passport before anything else is filled, and registers nobody', async () => {
    const h = f.services.handlers
    const barred = cert('BAR')
    await f.sim.control.blocklist('3', barred)
    const before = (await f.sim.control.snapshot()).registrations.length
    expect(await h['reception.screenVisitor']({ certType: 3, certNumber: barred }, ctx)).toMatchObject({
      status: 'blocked',
      message: expect.stringContaining('block list'),
    })
    const clear = cert('OK')
    expect(await h['reception.screenVisitor']({ certType: 3, certNumber: clear, hostPin }, ctx)).toEqual({
      status: 'notBlocked',
      message: null,
    })
    // The seeded block-list entry of the simulator, without a host chosen yet.
    expect((await h['reception.screenVisitor']({ certType: 3, certNumber: 'X0000000' }, ctx)).status).toBe(
      'blocked',
    )
    const snapshot = await f.sim.control.snapshot()
    expect(snapshot.registrations.length).toBe(before)
    expect(snapshot.visitors.some((v) => v.certNumber === clear || v.certNumber === barred)).toBe(false)
  })
})

describe('returning visitors found while typing', () => {
  it('by name, company, phone and ID number, from this desk and from the server’s visitor list', async () => {
    const h = f.services.handlers
    const certNumber = cert('RET')
    await h['reception.registerVisitor'](
      {
        hostPin,
        hostName: 'Host',
        hostDepartment: '',
        visitorName: 'Siobhán O’Neill',
        certType: 3,
        certNumber,
        phone: '+353 87 123 4567',
        company: 'Harbour Freight',
        reason: 'Meeting',
        visitorCount: 1,
        startTime: '2020-01-01 00:00:00',
        endTime: '2099-12-31 23:59:59',
        cardNo: '',
        levelIds: [],
        photoBase64: null,
        clientRequestId: crypto.randomUUID(),
      } as never,
      ctx,
    )
    for (const query of ['siobh', 'Harbour', '1234567', certNumber.slice(-5)]) {
      const { visitors } = await h['reception.searchVisitors']({ query, limit: 6 }, ctx)
      expect(visitors[0], query).toMatchObject({
        certNumber,
        visitorName: 'Siobhán O’Neill',
        source: 'local',
      })
    }
    // A visitor only the server knows (seeded past visitors), by name.
    const seeded = (await f.sim.control.snapshot()).visitors[0] as { name: string; certNumber: string }
    const { visitors } = await h['reception.searchVisitors']({ query: seeded.name, limit: 20 }, ctx)
    expect(visitors.some((v) => v.certNumber === seeded.certNumber && v.source === 'server')).toBe(true)
  })

  it('the host’s photo comes from the server as a data URL', async () => {
    // 85 % of the simulator's persons have a portrait: among six, some have.
    const pins = (await f.sim.control.snapshot()).samplePins.slice(0, 6)
    const photos = await Promise.all(
      pins.map(async (pin) => (await f.services.handlers['reception.hostPhoto']({ pin }, ctx)).photoDataUrl),
    )
    expect(photos.filter((p) => p !== null).length).toBeGreaterThan(0)
    for (const p of photos) if (p) expect(p).toMatch(/^data:image\/(png|jpeg);base64,/)
  })
})
