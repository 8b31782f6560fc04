import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createKioskService } from '../../../electron/main/kiosk/kiosk-service'
import { signInRequest } from '../visitor-services/support/kiosk-sign-in'
import { call, createReceptionFixture, walkIn, type ReceptionFixture } from './reception-fixture'

/**
 * The desk's half-typed registration form (its draft) against registrations from elsewhere: a kiosk
 * sign-in goes through reception's registration too, as visitor services wires it.
 */
let f: ReceptionFixture

beforeAll(async () => {
  f = await createReceptionFixture()
})
afterAll(() => f.close())

const halfTyped = (certNumber: string) => ({
  values: { visitorName: 'Half Typed', certType: 3, certNumber, company: 'Still Typing Ltd' },
  savedAt: new Date().toISOString(),
})

function kiosk() {
  const host = {
    pin: '1001',
    name: 'Host One',
    departmentCode: '1',
    departmentName: 'Head Office',
    phone: '',
  }
  return createKioskService({
    hosts: { search: () => [host], get: (pin: string) => (pin === host.pin ? host : undefined) },
    settings: { get: () => f.settings },
    // What visitor services does: the kiosk registers through reception's handler.
    register: (input) => call(f, 'reception.registerVisitor', input),
    qr: async () => '2#payload',
    printBadge: async () => ({ printed: true, message: 'ok' }),
    agreements: { save: () => undefined, get: () => null },
    htmlToPdf: async () => Buffer.from('%PDF'),
    serverUtcOffsetMinutes: () => -new Date().getTimezoneOffset(),
    onActivity: () => {},
  })
}

describe('the desk’s registration draft', () => {
  it('survives a kiosk sign-in of another visitor', async () => {
    const draft = halfTyped('DRAFT001')
    await call(f, 'reception.saveDraft', draft)
    const service = kiosk()
    const [host] = service.hostSearch('host').hosts
    await service.signIn(signInRequest(host!.ref, { visitorName: 'Kiosk Kim', certNumber: 'KIOSKDRAFT1' }))
    expect(
      (await call(f, 'reception.listVisits', { filter: 'onSite', query: 'Kiosk Kim' })).visits,
    ).toHaveLength(1)
    expect((await call(f, 'reception.loadDraft', undefined)).draft).toEqual(draft)
  })

  it('is cleared once the desk registers the visitor it holds', async () => {
    const input = walkIn({ visitorName: 'Half Typed' })
    await call(f, 'reception.saveDraft', halfTyped(input.certNumber))
    expect((await call(f, 'reception.registerVisitor', input)).outcome).toBe('registered')
    expect((await call(f, 'reception.loadDraft', undefined)).draft).toBeNull()
  })
})
