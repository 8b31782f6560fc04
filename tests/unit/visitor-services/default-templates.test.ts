/**
 * The message templates a site has not changed (stored empty, or the old English default of earlier
 * versions) are the translated default in the desk's language at send time; a template an admin
 * edited goes out as written. (The kiosk's translated visit reason is tested in kiosk-service.test.ts.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createInviteService } from '../../../electron/main/invite/invite-service'
import { settingsShown, settingsStored } from '../../../electron/main/notify/default-texts'
import { createNotifyService } from '../../../electron/main/notify/notify-service'
import type { OutboxStore } from '../../../electron/main/notify/outbox-store'
import type { VisitRecord, Reservation } from '../../../electron/shared/contract/reception'
import { defaultSettings, type Settings } from '../../../electron/shared/settings'
import { followTestLanguage } from '../i18n/support/speak'

vi.mock('../../../electron/main/badge/visitor-qr', () => ({
  fetchVisitorQr: async () => ({ payload: '2#entry' }),
}))
vi.mock('../../../electron/main/zkbio/api/visitor', () => ({ visitorApi: () => ({}) }))

const { speak } = followTestLanguage()
afterEach(() => speak('en'))

/** The English defaults of Gatehouse before the templates were translated, as older settings hold them. */
const OLD_NOTICE_SUBJECT = '{visitor} is at reception'
const OLD_NOTICE_BODY = '{visitor} ({company}) has arrived at {desk} at {time} to see you.\n\n{site}'
const OLD_INVITATION_SUBJECT = 'Your visit to {site} on {date}'
const OLD_INVITATION_BODY =
  'Hello {visitor},\n\n{host} expects you on {date} at {site}, {address}.\nShow the QR code below at the entrance.\n'

const visit: VisitRecord = {
  id: 'v1',
  status: 'onSite',
  visitorPin: null,
  visitorName: 'Ana Ruiz',
  company: 'Acme',
  phone: '',
  certType: 3,
  certNumber: 'P1',
  hostPin: '1001',
  hostName: 'Luis Gómez',
  hostDepartment: '',
  reason: 'Reunión',
  visitorCount: 1,
  startTime: '2026-12-03 09:00:00',
  validUntil: '2026-12-03 17:00:00',
  checkedInAt: '2026-12-03T09:00:00.000Z',
  checkedOutAt: null,
  checkoutMode: null,
  hasPhoto: false,
  lastError: null,
  station: '',
}

function withNotice(change: Partial<Settings['visitorServices']['hostNotice']> = {}): Settings {
  const s = defaultSettings()
  s.siteName = 'Sede Central'
  s.visitorServices.deskName = 'Entrada norte'
  s.visitorServices.hostNotice = {
    ...s.visitorServices.hostNotice,
    teamsWebhookUrl: 'https://example.webhook.office.com/x',
    ...change,
  }
  return s
}

/** The subject and body queued for the host on an arrival. */
function noticeFor(settings: Settings): { subject: string; body: string } {
  const queued: { subject: string; body: string }[] = []
  const outbox = {
    enqueue: (_v: string, _c: string, subject: string, body: string) => queued.push({ subject, body }),
    due: () => [],
    forVisits: () => [],
  } as unknown as OutboxStore
  const notify = createNotifyService({
    outbox,
    settings: { get: () => settings },
    smtpSecret: { get: async () => null } as never,
    getVisit: () => visit,
    getPhoto: () => null,
    hostEmail: async () => null,
    emit: () => undefined,
    now: () => new Date(2026, 11, 3, 9, 5),
  })
  notify.arrival('v1')
  expect(queued).toHaveLength(1)
  return queued[0]!
}

describe('host notice templates', () => {
  it('a Spanish desk with the default templates tells the host in Spanish', () => {
    speak('es')
    expect(noticeFor(withNotice())).toEqual({
      subject: 'Ana Ruiz está en recepción',
      body: 'Ana Ruiz (Acme) ha llegado a Entrada norte a las 09:05 para verle.\n\nSede Central',
    })
  })

  it('the old English default stored by an earlier version counts as the default', () => {
    speak('es')
    const notice = noticeFor(
      withNotice({ subjectTemplate: OLD_NOTICE_SUBJECT, bodyTemplate: OLD_NOTICE_BODY }),
    )
    expect(notice.subject).toBe('Ana Ruiz está en recepción')
    expect(notice.body).toContain('ha llegado a Entrada norte')
  })

  it('a template the admin edited goes out as written, the other one translated', () => {
    speak('es')
    const notice = noticeFor(withNotice({ subjectTemplate: 'Visita: {visitor} ({reason})' }))
    expect(notice.subject).toBe('Visita: Ana Ruiz (Reunión)')
    expect(notice.body).toBe(
      'Ana Ruiz (Acme) ha llegado a Entrada norte a las 09:05 para verle.\n\nSede Central',
    )
    speak('zh-CN')
    expect(noticeFor(withNotice({ bodyTemplate: 'Hi {host}, {visitor} is here.' })).body).toBe(
      'Hi Luis Gómez, Ana Ruiz is here.',
    )
  })

  it('an English desk keeps the English words of before', () => {
    expect(noticeFor(withNotice())).toEqual({
      subject: 'Ana Ruiz is at reception',
      body: 'Ana Ruiz (Acme) has arrived at Entrada norte at 09:05 to see you.\n\nSede Central',
    })
  })
})

describe('invitation templates', () => {
  const reservation: Reservation = {
    id: 'r1',
    status: 'booked',
    hostPin: '1001',
    hostName: 'Luis Gómez',
    hostDepartment: '',
    visitorName: 'Ana Ruiz',
    certType: 3,
    certNumber: 'P1',
    phone: '',
    company: 'Acme',
    reason: 'Reunión',
    visitDate: '2026-12-03 09:00:00',
    visitEndDate: '2026-12-03 11:00:00',
    createdAt: '2026-12-01T08:00:00.000Z',
    visitId: null,
  }

  async function invitationFor(invitations: Partial<Settings['visitorServices']['invitations']> = {}) {
    const s = defaultSettings()
    s.siteName = 'Sede Central'
    s.visitorServices.invitations = {
      ...s.visitorServices.invitations,
      siteAddress: 'Calle Mayor 1',
      ...invitations,
    }
    const sent: { subject: string; text: string }[] = []
    const invite = createInviteService({
      invitations: {
        calendarIdentity: () => ({ uid: 'uid-1', sequence: 0 }),
        record: () => ({}),
      } as never,
      reservations: { get: () => reservation, list: () => [reservation] },
      registration: { register: async () => ({}) as never },
      settings: { get: () => s },
      smtpSecret: { get: async () => null } as never,
      client: () => ({ capabilities: { status: () => 'yes' } }) as never,
      server: () => ({ utcOffsetMinutes: () => 60 }) as never,
      printBadge: async () => ({ printed: true, message: '' }),
      audit: () => undefined,
      send: async (_smtp, _password, m) => {
        sent.push({ subject: m.subject, text: m.text })
        return 'ok'
      },
    })
    await invite.send('r1', 'ana@example.com')
    return sent[0]!
  }

  it('a Spanish desk invites in Spanish (the old English default counts as the default)', async () => {
    speak('es')
    for (const templates of [
      {},
      { subjectTemplate: OLD_INVITATION_SUBJECT, bodyTemplate: OLD_INVITATION_BODY },
      { subjectTemplate: '', bodyTemplate: '' },
    ]) {
      const mail = await invitationFor(templates)
      expect(mail.subject).toBe('Su visita a Sede Central el jueves, 3 de diciembre de 2026, 09:00')
      expect(mail.text).toContain('Hola, Ana Ruiz:\n\nLuis Gómez le espera el jueves, 3 de diciembre de 2026')
      expect(mail.text).toContain('en Sede Central, Calle Mayor 1.')
      expect(mail.text).not.toMatch(/Hello|expects you|Show the QR/)
    }
  })

  it('an edited invitation goes out as written', async () => {
    speak('es')
    const mail = await invitationFor({
      subjectTemplate: 'Bienvenida, {visitor}',
      bodyTemplate: 'Te esperamos.',
    })
    expect(mail.subject).toBe('Bienvenida, Ana Ruiz')
    expect(mail.text.startsWith('Te esperamos.\n')).toBe(true)
  })
})

describe('Settings', () => {
  it('shows the texts the site has not changed as the default in the desk language, and stores them empty', () => {
    speak('es')
    const stored = defaultSettings().visitorServices
    stored.hostNotice.subjectTemplate = OLD_NOTICE_SUBJECT // an upgraded site
    stored.invitations.bodyTemplate = 'Our own words, {visitor}.'
    stored.kiosk.deskName = 'Self sign-in kiosk'
    const shown = settingsShown(stored, 'es')
    expect(shown.hostNotice.subjectTemplate).toBe('{visitor} está en recepción')
    expect(shown.hostNotice.bodyTemplate).toBe(
      '{visitor} ({company}) ha llegado a {desk} a las {time} para verle.\n\n{site}',
    )
    expect(shown.invitations.subjectTemplate).toBe('Su visita a {site} el {date}')
    expect(shown.invitations.bodyTemplate).toBe('Our own words, {visitor}.')
    expect(shown.kiosk.deskName).toBe('Quiosco de autorregistro')
    // Saved back unchanged (even after the language changed meanwhile), the defaults stay defaults.
    const saved = settingsStored({ ...shown, hostNotice: { ...shown.hostNotice, email: true } })
    expect(saved.hostNotice).toMatchObject({ email: true, subjectTemplate: '', bodyTemplate: '' })
    expect(saved.invitations).toMatchObject({
      subjectTemplate: '',
      bodyTemplate: 'Our own words, {visitor}.',
    })
    expect(saved.kiosk.deskName).toBe('')
    expect(settingsShown(saved, 'zh-CN').hostNotice.subjectTemplate).toBe('{visitor} 已到达前台')
  })
})
