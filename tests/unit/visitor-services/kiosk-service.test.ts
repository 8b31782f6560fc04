import { afterEach, describe, expect, it } from 'vitest'
import { AppError } from '../../../electron/main/app/app-error'
import { createKioskService, seeReception } from '../../../electron/main/kiosk/kiosk-service'
import type { KioskActivity } from '../../../electron/shared/contract/kiosk'
import type { Host } from '../../../electron/shared/contract/reception'
import { defaultSettings } from '../../../electron/shared/settings'
import { followTestLanguage } from '../i18n/support/speak'
import { signInRequest } from './support/kiosk-sign-in'

const { speak } = followTestLanguage()
afterEach(() => speak('en'))

const hosts: Host[] = [
  { pin: '1001', name: 'Ana Lopez', departmentCode: 'D1', departmentName: 'Finance', phone: '555' },
  { pin: '1002', name: 'Bo Finance', departmentCode: 'D2', departmentName: 'Sales', phone: '556' },
  { pin: '2001', name: 'Anaïs Dubois', departmentCode: 'D1', departmentName: 'Finance', phone: '557' },
]

const plain = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()

function kiosk(
  register: () => Promise<never> | Promise<unknown> = async () => ({}),
  agreement: { agreementStandard: boolean; agreementText: string } = {
    agreementStandard: true,
    agreementText: '',
  },
) {
  const settings = defaultSettings()
  Object.assign(settings.visitorServices.kiosk, agreement)
  const activity: KioskActivity[] = []
  /** The HTML of every signed agreement turned into a PDF. */
  const agreements: string[] = []
  const service = createKioskService({
    // The directory matches names, pins and departments alike, accents ignored, as reception's does.
    hosts: {
      search: (q: string) =>
        hosts.filter((h) => [h.name, h.pin, h.departmentName].some((f) => plain(f).includes(plain(q)))),
      get: (pin: string) => hosts.find((h) => h.pin === pin),
    },
    settings: { get: () => settings },
    register: register as never,
    qr: async () => '2#payload',
    printBadge: async () => ({ printed: true, message: 'ok' }),
    agreements: { save: () => undefined, get: () => null },
    htmlToPdf: async (html: string) => {
      agreements.push(html)
      return Buffer.from('%PDF')
    },
    serverUtcOffsetMinutes: () => 0,
    onActivity: (a) => activity.push(a),
  })
  return { service, activity, agreements }
}

describe('kiosk service', () => {
  it('finds hosts by name words only, accents ignored, and gives out names and opaque refs', () => {
    const { service } = kiosk()
    expect(service.hostSearch('finance').hosts.map((h) => h.name)).toEqual(['Bo Finance'])
    expect(service.hostSearch('1001').hosts).toEqual([])
    const anas = service.hostSearch('anai').hosts
    expect(anas.map((h) => h.name)).toEqual(['Anaïs Dubois'])
    expect(Object.keys(anas[0]!).sort()).toEqual(['name', 'ref'])
    expect(anas[0]!.ref).not.toContain('2001')
  })

  it('a server refusal tells the visitor to see the receptionist, not why', async () => {
    const { service } = kiosk(async () => {
      throw new AppError(
        'ZKBIO',
        'This visitor is on the block list and cannot be registered. Call security.',
      )
    })
    const [ana] = service.hostSearch('ana lopez').hosts
    const signIn = service.signIn(signInRequest(ana!.ref))
    await expect(signIn).rejects.toThrow(seeReception())
  })

  it('refuses a sign-in without the signed agreement', async () => {
    const { service } = kiosk()
    const [ana] = service.hostSearch('ana lopez').hosts
    await expect(
      service.signIn(signInRequest(ana!.ref, { signaturePngBase64: null, agreementAccepted: false })),
    ).rejects.toThrow('Please sign the visitor agreement.')
  })

  it('thanks the visitor, and words the signed agreement, in the language they picked', async () => {
    const { service, agreements } = kiosk(async () => ({ visit: { id: 'v1' }, outcome: 'registered' }))
    const [ana] = service.hostSearch('ana lopez').hosts
    const done = await service.signIn(signInRequest(ana!.ref, { language: 'ar', visitorName: 'ليلى' }))
    expect(done.message).toBe('مرحبًا بك يا ليلى. يُرجى أخذ بطاقتك من الطابعة.')
    expect(agreements[0]).toContain('dir="rtl"')
    expect(agreements[0]).toContain('<title>اتفاقية الزائر</title>')
    expect(agreements[0]).toContain('<td>المضيف</td>')
    expect(agreements[0]).not.toMatch(/>(Visitor|Host|Signed|Signature:)</)
    // The standard agreement, as the visitor read it on the kiosk: in Arabic.
    expect(agreements[0]).toContain('سأحافظ على سرية كل ما أراه أو أسمعه أثناء زيارتي')
    expect(agreements[0]).not.toContain('I will keep confidential')
  })

  it("a site's own agreement is signed as written; with none, the kiosk asks for no signature", async () => {
    const own = kiosk(async () => ({ visit: { id: 'v1' }, outcome: 'registered' }), {
      agreementStandard: false,
      agreementText: 'No photos on the factory floor.',
    })
    expect(own.service.config()).toMatchObject({
      agreementStandard: false,
      agreementText: 'No photos on the factory floor.',
    })
    const [ana] = own.service.hostSearch('ana lopez').hosts
    await own.service.signIn(signInRequest(ana!.ref, { language: 'es' }))
    expect(own.agreements[0]).toContain('No photos on the factory floor.')

    const none = kiosk(async () => ({ visit: { id: 'v2' }, outcome: 'registered' }), {
      agreementStandard: false,
      agreementText: '',
    })
    expect(none.service.config()).toMatchObject({ agreementStandard: false, agreementText: '' })
    const [bo] = none.service.hostSearch('bo finance').hosts
    await none.service.signIn(signInRequest(bo!.ref, { signaturePngBase64: null, agreementAccepted: false }))
    expect(none.agreements).toHaveLength(0)
  })

  it("gives the visit reason and the desk in the desk's language, whatever the visitor reads", async () => {
    speak('es')
    const registered: { reason: string; desk: string }[] = []
    const { service } = kiosk((async (input: { reason: string }, desk: string) => {
      registered.push({ reason: input.reason, desk })
      return { visit: { id: 'v1' }, outcome: 'registered' }
    }) as never)
    const [ana] = service.hostSearch('ana lopez').hosts
    // The visitor reads the kiosk in English; the desk's on-site list and the host notice are Spanish.
    await service.signIn(signInRequest(ana!.ref, { language: 'en' }))
    // The desk the host notice names for a kiosk arrival, too.
    expect(registered).toEqual([{ reason: 'Visita', desk: 'Quiosco de autorregistro' }])
  })

  it('keeps the last arrival after the kiosk goes back to its welcome screen, until the next one', async () => {
    const { service, activity } = kiosk(async () => ({ visit: { id: 'v1' }, outcome: 'registered' }))
    expect(service.lastArrival()).toBeNull()
    const [ana] = service.hostSearch('ana lopez').hosts
    service.progress('details', 'Kim Kiosk', ana!.ref)
    expect(service.lastArrival()).toBeNull()
    await service.signIn(signInRequest(ana!.ref, { visitorName: 'Kim Kiosk' }))
    service.finish()
    expect(activity.map((a) => a.stage)).toEqual(['details', 'done', 'welcome'])
    expect(service.activity()).toMatchObject({ stage: 'welcome' })
    expect(service.lastArrival()).toMatchObject({
      stage: 'done',
      visitorName: 'Kim Kiosk',
      hostName: 'Ana Lopez',
      visitId: 'v1',
    })
    // The next visitor's sign-in in progress does not replace it; their arrival does.
    service.progress('host', 'Lee Next')
    expect(service.lastArrival()).toMatchObject({ visitorName: 'Kim Kiosk' })
    const [bo] = service.hostSearch('bo finance').hosts
    await service.signIn(signInRequest(bo!.ref, { visitorName: 'Lee Next' }))
    expect(service.lastArrival()).toMatchObject({ visitorName: 'Lee Next', hostName: 'Bo Finance' })
  })
})
