/**
 * The visitor services around reception, built once at start-up (index.ts):
 *   host notices on arrival (notify/), invitations (invite/), the self sign-in kiosk (kiosk/).
 * They reach reception only through its public handlers and lookups, so reception's own code does not
 * know about them: a registration goes through `receptionHandlers` here, which queues the host notice.
 */
import type { BrowserWindow } from 'electron'
import { AppError } from './app/app-error'
import { createBadgeService } from './badge/badge-service'
import { htmlToPdf, safeFileName, savePdfWithDialog } from './badge/print-html'
import { createEventSink } from './ipc/event-sink'
import type { Handlers } from './ipc/validated-ipc-main'
import { createLogger } from './log'
import { createInvitationStore } from './invite/invitation-store'
import { createInviteService } from './invite/invite-service'
import { createAgreementStore } from './kiosk/agreement-store'
import { createKioskService } from './kiosk/kiosk-service'
import { createKioskWindow } from './kiosk/kiosk-window'
import { createNotifyService } from './notify/notify-service'
import { createOutboxStore } from './notify/outbox-store'
import { createSmtpSecret } from './notify/smtp-secret'
import type { ReceptionServices } from './reception/index'
import { createReservationStore } from './reception/reservation-store'
import { zkbioReceptionServer } from './reception/zkbio-reception-server'
import type { CoreServices } from './services'
import type { SettingsDomain } from './settings/settings-domain'
import { personApi } from './zkbio/api/person'
import { focusWindow } from './window/main-window'
import { currentLanguage, translate } from './i18n'
import { settingsShown, settingsStored } from './notify/default-texts'

const log = createLogger('visitor-services')

type ServiceChannels = Extract<
  keyof Handlers,
  `notify.${string}` | `invite.${string}` | `kiosk.${string}` | `kioskDesk.${string}`
>

export interface VisitorServicesOptions {
  core: CoreServices
  settingsDomain: Pick<SettingsDomain, 'connection' | 'credentials'>
  reception: Pick<ReceptionServices, 'handlers' | 'hosts' | 'visitLookup'>
  getMainWindow(): BrowserWindow | null
  preloadPath: string
  iconPath: string
  devServerUrl?: string
}

export function createVisitorServices(o: VisitorServicesOptions) {
  const { core } = o
  const connection = o.settingsDomain.connection
  const smtpSecret = createSmtpSecret(
    o.settingsDomain.credentials,
    () => core.settings.get().visitorServices.smtp,
  )
  const server = () => zkbioReceptionServer(connection.client())
  let kioskWindow: BrowserWindow | null = null
  const kioskEmit = createEventSink(() =>
    kioskWindow && !kioskWindow.isDestroyed() ? [kioskWindow.webContents] : [],
  )

  const notify = createNotifyService({
    outbox: createOutboxStore(core.db),
    settings: core.settings,
    smtpSecret,
    getVisit: (id) => o.reception.visitLookup.getVisit(id),
    getPhoto: (id) => o.reception.visitLookup.getPhoto(id),
    // person/get has no e-mail (manual 2.13.3); the v2 person list (2.13.9) carries it.
    async hostEmail(pin) {
      const page = await personApi(connection.client()).getPersonListV2({
        pins: [pin],
        pageNo: 1,
        pageSize: 1,
      })
      const person = page.items.find((p) => p.pin === pin)
      return person?.email?.trim() || null
    },
    emit: core.emit,
  })

  const arrived = (visitId: string, desk?: string): void => {
    try {
      notify.arrival(visitId, desk)
    } catch (error) {
      // A host notice never stands in the way of a registration.
      log.error('could not queue the host notice', { visitId, error: String(error) })
    }
  }

  const registerVisitor = o.reception.handlers['reception.registerVisitor']
  const register = async (input: Parameters<typeof registerVisitor>[0], desk?: string) => {
    const result = await registerVisitor(input, { senderId: -1 })
    arrived(result.visit.id, desk)
    return result
  }
  const reservationsChanged = (reservationId: string | null) => core.emit('invite.changed', { reservationId })
  const { 'reception.addReservation': addReservation, 'reception.cancelReservation': cancelReservation } =
    o.reception.handlers
  const receptionHandlers: typeof o.reception.handlers = {
    ...o.reception.handlers,
    'reception.registerVisitor': (input) => register(input),
    // The expected list and the invitations follow the desk's bookings.
    'reception.addReservation': async (input, context) => {
      const result = await addReservation(input, context)
      reservationsChanged(result.reservation.id)
      return result
    },
    'reception.cancelReservation': async (input, context) => {
      const result = await cancelReservation(input, context)
      reservationsChanged(result.reservation.id)
      return result
    },
  }

  const badge = createBadgeService({
    client: () => connection.client(),
    settings: core.settings,
    audit: core.audit,
    visits: o.reception.visitLookup,
    getMainWindow: o.getMainWindow,
    reportSuccess: () => connection.reportSuccess(),
    reportFailure: (error) => connection.reportFailure(error),
  })
  const printBadge = async (visitId: string) => {
    const out = await badge.print(visitId)
    return { printed: out.printed, message: out.message }
  }
  const operator = () => core.settings.get().operatorName || 'reception desk'

  const invite = createInviteService({
    invitations: createInvitationStore(core.db),
    reservations: createReservationStore(core.db),
    registration: { register: (input) => register(input) },
    settings: core.settings,
    smtpSecret,
    client: () => connection.client(),
    server,
    printBadge,
    audit: (action, target, result, detail) =>
      core.audit.write({ operator: operator(), action, target, result, detail }),
  })

  const agreements = createAgreementStore(core.db)
  const kiosk = createKioskService({
    hosts: o.reception.hosts,
    settings: core.settings,
    register: (input, desk) => register(input, desk),
    qr: async (visitId) => (await badge.qr(visitId)).payload,
    printBadge,
    agreements,
    htmlToPdf: (html) => htmlToPdf(html, { pageSize: 'A4' }),
    serverUtcOffsetMinutes: () => server().utcOffsetMinutes(),
    onActivity: (activity) => core.emit('kioskDesk.activity', activity),
  })

  const kioskOpen = () => kioskWindow !== null && !kioskWindow.isDestroyed()
  // Texts the site has not changed are shown as the default in the desk's language and stored empty,
  // so they keep following the language (notify/default-texts.ts).
  const settingsView = async () => ({
    settings: settingsShown(core.settings.get().visitorServices, currentLanguage()),
    hasSmtpPassword: await smtpSecret.has(),
  })

  const handlers: Pick<Handlers, ServiceChannels> = {
    'notify.getSettings': settingsView,
    async 'notify.saveSettings'({ settings, smtpPassword }) {
      try {
        core.settings.update({ visitorServices: settingsStored(settings) })
      } catch {
        throw new AppError('BAD_REQUEST', translate('server.refusals.settings.notValid'))
      }
      if (smtpPassword !== undefined) {
        if (smtpPassword === '') await smtpSecret.clear().catch(() => undefined)
        else await smtpSecret.set(smtpPassword)
      }
      core.audit.write({
        operator: operator(),
        action: 'settings.visitorServices',
        target: 'visitor-services',
        result: 'ok',
        detail: smtpPassword === undefined ? null : 'SMTP password changed',
      })
      return settingsView()
    },
    'notify.forVisits': ({ visitIds }) => ({ notices: notify.forVisits(visitIds) }),
    'notify.retry': async ({ visitId }) => ({ notices: await notify.retry(visitId) }),

    'invite.send': async ({ reservationId, email }) => ({
      invitation: await invite.send(reservationId, email),
    }),
    'invite.list': () => ({ invitations: invite.list() }),
    'invite.expected': () => invite.expected(),
    'invite.checkIn': async ({ reservationId }) => {
      const result = await invite.checkIn(reservationId)
      reservationsChanged(reservationId)
      return result
    },

    'kioskDesk.open'() {
      if (kioskOpen()) {
        focusWindow(kioskWindow)
        return { open: true }
      }
      kioskWindow = createKioskWindow({
        preloadPath: o.preloadPath,
        iconPath: o.iconPath,
        ...(o.devServerUrl ? { devServerUrl: o.devServerUrl } : {}),
      })
      kioskWindow.on('closed', () => {
        kioskWindow = null
        kiosk.takeOver()
      })
      core.audit.write({
        operator: operator(),
        action: 'kiosk.open',
        target: 'kiosk',
        result: 'ok',
        detail: null,
      })
      return { open: true }
    },
    'kioskDesk.close'() {
      if (kioskOpen()) kioskWindow?.close()
      return { open: false }
    },
    'kioskDesk.status': () => ({
      open: kioskOpen(),
      activity: kiosk.activity(),
      lastArrival: kiosk.lastArrival(),
    }),
    'kioskDesk.takeOver'() {
      const activity = kiosk.takeOver()
      kioskEmit('kiosk.takenOver', { message: translate('server.refusals.kiosk.takenOver') })
      focusWindow(o.getMainWindow())
      return { activity }
    },
    'kioskDesk.agreement'({ visitId }) {
      const found = agreements.get(visitId)
      return { signedAt: found?.signedAt ?? null, bytes: found?.pdf.length ?? 0 }
    },
    async 'kioskDesk.saveAgreement'({ visitId }) {
      const found = agreements.get(visitId)
      if (!found) throw new AppError('NOT_FOUND', translate('server.refusals.settings.noAgreement'))
      const visit = o.reception.visitLookup.getVisit(visitId)
      const filePath = await savePdfWithDialog(
        found.pdf,
        safeFileName('agreement', visit?.visitorName ?? 'visitor', found.signedAt.slice(0, 10)),
        o.getMainWindow(),
      )
      return { saved: filePath !== null, filePath }
    },

    'kiosk.config': () => kiosk.config(),
    'kiosk.hostSearch': ({ query }) => kiosk.hostSearch(query),
    'kiosk.progress': ({ stage, visitorName, hostRef }) => kiosk.progress(stage, visitorName, hostRef),
    'kiosk.signIn': (request) => kiosk.signIn(request),
    'kiosk.qr': () => kiosk.qr(),
    'kiosk.finish': () => kiosk.finish(),
  }

  return {
    handlers,
    receptionHandlers,
    kioskSenderId: (): number | null => (kioskOpen() ? (kioskWindow?.webContents.id ?? null) : null),
    start: () => notify.start(),
    stop() {
      notify.stop()
    },
    notify,
  }
}
