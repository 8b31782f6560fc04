/**
 * Invitations before a visit and the one-click check-in on the day. The QR in the e-mail is the one
 * the server gives for this visitor right now (fetched exactly as the badge fetches it), drawn as a PNG
 * shown inline; the .ics puts the visit in the visitor's calendar.
 */
import { randomUUID } from 'node:crypto'
import QRCode from 'qrcode'
import { AppError } from '../app/app-error'
import { fetchVisitorQr, type QrClient } from '../badge/visitor-qr'
import { createLogger } from '../log'
import { MailError, sendMail, type MailMessage } from '../notify/mail-transport'
import type { SmtpSecret } from '../notify/smtp-secret'
import { escapeHtml, fillTemplate, textToHtml } from '../notify/templates'
import type { RegistrationService } from '../reception/registration-service'
import type { ReservationStore } from '../reception/reservation-store'
import type { ReceptionServer } from '../reception/server-port'
import { lookUpVisitorPin } from '../reception/visitor-pin'
import { visitorApi } from '../zkbio/api/visitor'
import type { ZkbioCore } from '../zkbio/core'
import { formatServerDateTime, parseServerDateTime } from '../zkbio/server-time'
import type { ExpectedVisit, Invitation } from '../../shared/contract/invite'
import { registrationInput, type Reservation } from '../../shared/contract/reception'
import type { Settings } from '../../shared/settings'
import { buildIcs } from './ics'
import type { InvitationStore } from './invitation-store'
import { currentLanguage, translate } from '../i18n'
import { textFor } from '../notify/default-texts'
import type { Language } from '../../shared/i18n/languages'

const log = createLogger('invite')

export interface InviteDeps {
  invitations: InvitationStore
  reservations: Pick<ReservationStore, 'get' | 'list'>
  registration: Pick<RegistrationService, 'register'>
  settings: { get(): Settings }
  smtpSecret: SmtpSecret
  client(): ZkbioCore
  server(): ReceptionServer
  /** Prints the visit's badge (badge service); resolves with a sentence for the receptionist. */
  printBadge(visitId: string): Promise<{ printed: boolean; message: string }>
  audit(action: string, target: string, result: 'ok' | 'failed', detail: string | null): void
  now?: () => Date
  send?: (
    smtp: Settings['visitorServices']['smtp'],
    password: string | null,
    m: MailMessage,
  ) => Promise<string>
}

/** "Thursday 3 December 2026, 09:00": the visitor's date in words, in the invitation's language. */
export function visitDateText(serverText: string, language: Language = 'en'): string {
  const [date = '', time = ''] = serverText.split(' ')
  const [y, m, d] = date.split('-').map(Number)
  const day = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
  const words = day.toLocaleDateString(language === 'en' ? 'en-GB' : language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
  return `${words}, ${time.slice(0, 5)}`
}

export function createInviteService(deps: InviteDeps) {
  const now = deps.now ?? (() => new Date())
  const send = deps.send ?? sendMail

  function reservationOrThrow(id: string): Reservation {
    const r = deps.reservations.get(id)
    if (!r) throw new AppError('NOT_FOUND', translate('server.refusals.reservation.gone'))
    return r
  }

  async function currentQr(r: Reservation): Promise<string> {
    const core = deps.client()
    const client: QrClient = { capabilities: core.capabilities, visitor: visitorApi(core) }
    const server = deps.server()
    const found = await fetchVisitorQr(
      client,
      { visitorPin: null, certType: r.certType, certNumber: r.certNumber, phone: r.phone },
      async () => (await lookUpVisitorPin(server, r.certType, r.certNumber)).pin,
    )
    return found.payload
  }

  async function send_(reservationId: string, email: string): Promise<Invitation> {
    const r = reservationOrThrow(reservationId)
    if (r.status !== 'booked') throw new AppError('CONFLICT', translate('server.refusals.invite.onlyBooked'))
    const s = deps.settings.get()
    const vs = s.visitorServices
    const identity = deps.invitations.calendarIdentity(reservationId)
    let payload: string
    try {
      payload = await currentQr(r)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new AppError('ZKBIO', translate('server.refusals.invite.qrFailed', { reason }))
    }
    const offset = deps.server().utcOffsetMinutes()
    const start = parseServerDateTime(r.visitDate, offset)
    const end = parseServerDateTime(r.visitEndDate, offset)
    if (!start || !end) throw new AppError('BAD_REQUEST', translate('server.refusals.invite.noValidDate'))
    const site = s.siteName || translate('server.invitation.ourSite')
    // An invitation has no language of its own: it is written in the desk's, as its fixed words are.
    const language = currentLanguage()
    const values = {
      visitor: r.visitorName,
      host: r.hostName,
      date: visitDateText(r.visitDate, language),
      site,
      address: vs.invitations.siteAddress,
      reason: r.reason,
    }
    const subject = fillTemplate(
      textFor('invitationSubject', vs.invitations.subjectTemplate, language),
      values,
    )
    const body = fillTemplate(textFor('invitationBody', vs.invitations.bodyTemplate, language), values)
    const png = await QRCode.toBuffer(payload, {
      type: 'png',
      errorCorrectionLevel: 'M',
      margin: 4,
      width: 320,
    })
    const ics = buildIcs({
      uid: identity.uid,
      sequence: identity.sequence,
      stamp: now(),
      start,
      end,
      summary: r.hostName
        ? translate('server.invitation.summaryWithHost', { site, host: r.hostName })
        : translate('server.invitation.summary', { site }),
      description: [
        body,
        translate('server.invitation.host', { host: r.hostName }),
        translate('server.invitation.reason', { reason: r.reason }),
      ].join('\n'),
      location: [site, vs.invitations.siteAddress].filter(Boolean).join(', '),
      organizer: vs.smtp.from ? { name: site, email: vs.smtp.from.replace(/^.*<|>.*$/g, '') } : null,
      attendee: { name: r.visitorName, email },
    })
    try {
      await send(vs.smtp, await deps.smtpSecret.get(), {
        to: email,
        subject,
        // A blank line before the code, whether or not the site's own template ends with a newline.
        text: `${body.trimEnd()}\n\n${translate('server.invitation.entryCode', { code: payload })}\n`,
        html: `${textToHtml(body)}\n<p><img src="cid:entry-qr@gatehouse" alt="${escapeHtml(translate('server.invitation.qrAlt'))}" width="240" height="240"></p>`,
        attachments: [
          { filename: 'entry-qr.png', content: png, contentType: 'image/png', cid: 'entry-qr@gatehouse' },
          {
            filename: 'visit.ics',
            content: Buffer.from(ics, 'utf8'),
            contentType: 'text/calendar; charset=utf-8; method=REQUEST',
          },
        ],
      })
    } catch (error) {
      const message =
        error instanceof MailError
          ? error.message
          : translate('server.refusals.invite.notSent', { error: String(error) })
      deps.invitations.record(reservationId, email, { error: message }, identity)
      deps.audit('invite.send', `reservation:${reservationId}`, 'failed', null)
      throw new AppError('BAD_REQUEST', message)
    }
    const invitation = deps.invitations.record(reservationId, email, { sentAt: now() }, identity)
    deps.audit('invite.send', `reservation:${reservationId}`, 'ok', null)
    log.info('invitation sent', { reservationId })
    return invitation
  }

  function expected(): { day: string; visits: ExpectedVisit[] } {
    const day = formatServerDateTime(now(), deps.server().utcOffsetMinutes()).slice(0, 10)
    const visits = deps.reservations
      .list(false)
      .filter((r) => r.visitDate.slice(0, 10) <= day && r.visitEndDate.slice(0, 10) >= day)
      .map((reservation) => ({ reservation, invitation: deps.invitations.get(reservation.id) }))
    return { day, visits }
  }

  async function checkIn(reservationId: string) {
    const r = reservationOrThrow(reservationId)
    if (r.status !== 'booked')
      throw new AppError('CONFLICT', translate('server.refusals.invite.alreadyArrived'))
    const s = deps.settings.get()
    const nowText = formatServerDateTime(now(), deps.server().utcOffsetMinutes())
    const endOfDay = `${nowText.slice(0, 10)} 23:59:00`
    const end = r.visitEndDate > nowText ? r.visitEndDate : endOfDay
    const input = registrationInput.parse({
      hostPin: r.hostPin,
      hostName: r.hostName,
      hostDepartment: r.hostDepartment,
      visitorName: r.visitorName,
      certType: r.certType,
      certNumber: r.certNumber,
      phone: r.phone,
      company: r.company,
      reason: r.reason,
      visitorCount: 1,
      startTime: nowText,
      endTime: end,
      levelIds: s.badge.defaultVisitorLevelIds,
      reservationId,
      clientRequestId: randomUUID(),
    })
    const result = await deps.registration.register(input)
    if (result.outcome === 'pending') {
      return {
        visitId: result.visit.id,
        outcome: 'pending' as const,
        badgePrinted: false,
        message: translate('server.refusals.invite.checkedInPending', { name: r.visitorName }),
      }
    }
    try {
      const printed = await deps.printBadge(result.visit.id)
      return {
        visitId: result.visit.id,
        outcome: 'registered' as const,
        badgePrinted: printed.printed,
        message: translate('server.refusals.invite.checkedIn', {
          name: r.visitorName,
          badge: printed.message,
        }),
      }
    } catch (error) {
      return {
        visitId: result.visit.id,
        outcome: 'registered' as const,
        badgePrinted: false,
        message: translate('server.refusals.invite.checkedInNoBadge', {
          name: r.visitorName,
          error: error instanceof Error ? error.message : String(error),
        }),
      }
    }
  }

  return { send: send_, list: () => deps.invitations.list(), expected, checkIn }
}

export type InviteService = ReturnType<typeof createInviteService>
