import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, createReceptionFixture, walkIn, type ReceptionFixture } from './reception-fixture'

let f: ReceptionFixture

beforeAll(async () => {
  f = await createReceptionFixture({ operatorName: 'Desk 1' })
})
afterAll(() => f.close())

async function serverVisits(certNumber: string) {
  const snapshot = (await f.sim.control.snapshot()) as {
    registrations: { certNum: string; endTime: string | null; visEmpPin: string }[]
  }
  return snapshot.registrations.filter((r) => r.certNum === certNumber)
}

const failure = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (error) {
    return error as { code: string; message: string; details?: Record<string, unknown> }
  }
  throw new Error('expected a refusal')
}

describe('walk-in registration against the simulator', () => {
  it('registers, stores the visit on site with the server pin and the photo, and audits it', async () => {
    const photo = Buffer.from('jpeg bytes of a face').toString('base64')
    const input = walkIn({ photoBase64: photo })
    const result = await call(f, 'reception.registerVisitor', input)
    expect(result.outcome).toBe('registered')
    expect(result.visit.status).toBe('onSite')
    expect(result.visit.visitorPin).toMatch(/^8\d{8}$/)
    expect(result.visit.hasPhoto).toBe(true)
    expect(f.services.visitLookup.getPhoto(result.visit.id)).toBe(photo)

    const onServer = await serverVisits(input.certNumber)
    expect(onServer).toHaveLength(1)
    expect(onServer[0]?.endTime).toBeNull()
    expect(onServer[0]?.visEmpPin).toBe(result.visit.visitorPin)

    const audit = f.audit.list({ action: 'reception.register' })
    expect(audit[0]).toMatchObject({ operator: 'Desk 1', result: 'ok', target: `visit:${result.visit.id}` })
    expect(f.events.some((e) => e.name === 'reception.visitsChanged')).toBe(true)
  })

  it('answers the same submission twice with the same visit (double Enter)', async () => {
    const input = walkIn()
    const first = await call(f, 'reception.registerVisitor', input)
    const again = await call(f, 'reception.registerVisitor', input)
    expect(again.visit.id).toBe(first.visit.id)
    expect(await serverVisits(input.certNumber)).toHaveLength(1)
  })

  it('shows a blocklisted visitor’s refusal at the certificate field', async () => {
    await f.sim.control.blocklist('3', 'BLOCK1234')
    const error = await failure(call(f, 'reception.registerVisitor', walkIn({ certNumber: 'BLOCK1234' })))
    expect(error.details).toMatchObject({ serverCode: -254, field: 'certNumber' })
    expect(error.message).toMatch(/block list/i)
    expect(f.services.handlers['reception.listVisits']).toBeDefined()
    const listed = await call(f, 'reception.listVisits', { filter: 'all', query: 'BLOCK1234' })
    expect(listed.visits).toHaveLength(0)
  })

  it('puts an unknown host, a bad national ID and a second registration at their fields', async () => {
    const host = await failure(call(f, 'reception.registerVisitor', walkIn({ hostPin: '99999999' })))
    expect(host.details).toMatchObject({ serverCode: -253, field: 'hostPin' })
    const national = await failure(
      call(f, 'reception.registerVisitor', walkIn({ certType: 2, certNumber: '123456789012345678' })),
    )
    expect(national.details).toMatchObject({ serverCode: -251, field: 'certNumber' })
    const input = walkIn()
    await call(f, 'reception.registerVisitor', input)
    const twice = await failure(
      call(f, 'reception.registerVisitor', { ...input, clientRequestId: crypto.randomUUID() }),
    )
    expect(twice.details).toMatchObject({ serverCode: -255, field: 'certNumber' })
  })

  it('checks the rules before sending anything', async () => {
    const error = await failure(
      call(
        f,
        'reception.registerVisitor',
        walkIn({ startTime: '2030-01-01 10:00:00', endTime: '2030-01-01 09:00:00' }),
      ),
    )
    expect(error).toMatchObject({ code: 'BAD_REQUEST', details: { field: 'endTime' } })
  })

  it('recognises a returning visitor by certificate, locally and from the server', async () => {
    const input = walkIn({ visitorName: 'Grace Hopper', company: 'Navy' })
    await call(f, 'reception.registerVisitor', input)
    const local = await call(f, 'reception.findReturningVisitor', {
      certType: 3,
      certNumber: input.certNumber,
    })
    expect(local.visitor).toMatchObject({
      visitorName: 'Grace Hopper',
      company: 'Navy',
      hostPin: '1001',
      source: 'local',
    })

    const snapshot = (await f.sim.control.snapshot()) as {
      visitors: { certType: string; certNumber: string; name: string }[]
    }
    const seeded = snapshot.visitors.find((v) => v.certType === '4')
    expect(seeded).toBeDefined()
    const remote = await call(f, 'reception.findReturningVisitor', {
      certType: 4,
      certNumber: seeded!.certNumber,
    })
    expect(remote.visitor?.source).toBe('server')
    expect(remote.visitor?.visitorName).toContain(seeded!.name)
    const stranger = await call(f, 'reception.findReturningVisitor', {
      certType: 3,
      certNumber: 'NEVERSEEN1',
    })
    expect(stranger.visitor).toBeNull()
  })

  it('offers certificate types 2-8, server levels and defaults from now to the end of the day', async () => {
    const options = await call(f, 'reception.formOptions', undefined)
    expect(options.certTypes.map((t) => t.value)).toEqual([2, 3, 4, 5, 6, 7, 8])
    expect(options.levels.length).toBeGreaterThan(0)
    expect(options.levelsError).toBeNull()
    expect(options.defaultEndTime).toBe(`${options.serverNow.slice(0, 10)} 23:59:59`)
    expect(options.defaultStartTime.slice(0, 16)).toBe(options.serverNow.slice(0, 16))
  })
})
