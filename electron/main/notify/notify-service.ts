/**
 * Tells the host that their visitor arrived, in the background: the arrival writes one outbox row per
 * channel (e-mail, Teams, Slack) with the message fixed at that moment; a worker sends due rows, backs
 * off after a failure and gives up after `maxAttempts`. Registration never waits for it.
 */
import type { EmitEvent } from '../ipc/event-sink'
import { createLogger } from '../log'
import type { SmtpSecret } from './smtp-secret'
import type { Settings } from '../../shared/settings'
import type { HostNotice, NoticeChannel } from '../../shared/contract/notify'
import type { VisitRecord } from '../../shared/contract/reception'
import { DeliveryError, deliveryProblem, storedDeliveryProblem } from './delivery-error'
import { sendMail, type MailMessage } from './mail-transport'
import { publicNotice, type OutboxItem, type OutboxStore } from './outbox-store'
import { escapeHtml, fillTemplate, noticeTime, textToHtml } from './templates'
import { currentLanguage, translate } from '../i18n'
import { textFor } from './default-texts'
import { postWebhook, slackPayload, teamsPayload } from './webhooks'

const log = createLogger('notify')
/** Wait before attempt 2, 3, 4...; the last value repeats. */
export const RETRY_DELAYS_MS = [15_000, 60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000]
const TICK_MS = 5_000

export interface NotifyDeps {
  outbox: OutboxStore
  settings: { get(): Settings }
  smtpSecret: SmtpSecret
  getVisit(visitId: string): VisitRecord | null
  getPhoto(visitId: string): string | null
  /** The host's e-mail address from the server's person record (null: the record has none). */
  hostEmail(hostPin: string): Promise<string | null>
  emit: EmitEvent
  now?: () => Date
  send?: (
    smtp: Settings['visitorServices']['smtp'],
    password: string | null,
    m: MailMessage,
  ) => Promise<string>
}

export interface NotifyService {
  /** The visitor is here: queue the host's notices (nothing when no channel is set up). */
  arrival(visitId: string, desk?: string): void
  runOnce(): Promise<number>
  forVisits(visitIds: readonly string[]): HostNotice[]
  retry(visitId: string): Promise<HostNotice[]>
  start(): void
  stop(): void
}

export function arrivalValues(
  visit: VisitRecord,
  settings: Settings,
  at: Date,
  desk?: string,
): Record<string, string> {
  return {
    visitor: visit.visitorName,
    company: visit.company || '—',
    host: visit.hostName,
    desk:
      desk ||
      settings.visitorServices.deskName ||
      settings.operatorName ||
      translate('server.hostNotice.defaultDesk'),
    time: noticeTime(at),
    site: settings.siteName,
    reason: visit.reason,
  }
}

export function createNotifyService(deps: NotifyDeps): NotifyService {
  const now = deps.now ?? (() => new Date())
  const send = deps.send ?? sendMail
  let timer: ReturnType<typeof setInterval> | null = null
  let running: Promise<number> | null = null

  const channelsOn = (s: Settings): NoticeChannel[] => {
    const n = s.visitorServices.hostNotice
    return [
      ...(n.email ? (['email'] as const) : []),
      ...(n.teamsWebhookUrl ? (['teams'] as const) : []),
      ...(n.slackWebhookUrl ? (['slack'] as const) : []),
    ]
  }

  async function deliver(item: OutboxItem, visit: VisitRecord, s: Settings): Promise<string | null> {
    const notice = s.visitorServices.hostNotice
    const facts = [
      { title: translate('server.hostNotice.visitor'), value: visit.visitorName },
      { title: translate('server.hostNotice.company'), value: visit.company },
      { title: translate('server.hostNotice.host'), value: visit.hostName },
    ]
    if (item.channel === 'teams') {
      await postWebhook(
        'Teams',
        notice.teamsWebhookUrl,
        teamsPayload({ title: item.subject, text: item.body, facts }),
      )
      return null
    }
    if (item.channel === 'slack') {
      await postWebhook(
        'Slack',
        notice.slackWebhookUrl,
        slackPayload({ title: item.subject, text: item.body, facts }),
      )
      return null
    }
    let to: string | null
    try {
      to = await deps.hostEmail(visit.hostPin)
    } catch (error) {
      throw new DeliveryError(
        deliveryProblem('server.delivery.hostEmailUnreadable', undefined, (error as Error).message),
      )
    }
    if (!to)
      throw new DeliveryError(
        visit.hostName
          ? deliveryProblem('server.delivery.hostNoEmail', { host: visit.hostName })
          : deliveryProblem('server.delivery.hostNoEmailUnnamed'),
      )
    const photo = deps.getPhoto(visit.id)
    const photoAlt = escapeHtml(translate('server.hostNotice.photoAlt'))
    const html = `${textToHtml(item.body)}${photo ? `\n<p><img src="cid:visitor-photo@gatehouse" alt="${photoAlt}" width="240"></p>` : ''}`
    await send(s.visitorServices.smtp, await deps.smtpSecret.get(), {
      to,
      subject: item.subject,
      text: item.body,
      html,
      ...(photo
        ? {
            attachments: [
              {
                filename: 'visitor.jpg',
                content: Buffer.from(photo, 'base64'),
                contentType: 'image/jpeg',
                cid: 'visitor-photo@gatehouse',
              },
            ],
          }
        : {}),
    })
    return to
  }

  async function attempt(item: OutboxItem): Promise<void> {
    const s = deps.settings.get()
    const visit = deps.getVisit(item.visitId)
    if (!visit) return
    let recipient: string | null = null
    try {
      recipient = await deliver(item, visit, s)
      deps.outbox.markSent(item.id, recipient, now())
      log.info('host notice sent', { visitId: item.visitId, channel: item.channel })
    } catch (error) {
      // Kept as a stored message: the on-site list says why in its reader's language.
      const message = storedDeliveryProblem(error)
      const attempts = item.attempts + 1
      const giveUp = attempts >= s.visitorServices.hostNotice.maxAttempts
      const delay = RETRY_DELAYS_MS[Math.min(attempts - 1, RETRY_DELAYS_MS.length - 1)] ?? 60_000
      deps.outbox.markAttemptFailed(
        item.id,
        message,
        giveUp ? null : new Date(now().getTime() + delay),
        recipient,
      )
      log.warn('host notice not sent', { visitId: item.visitId, channel: item.channel, attempts, giveUp })
    }
    deps.emit('notify.changed', { visitId: item.visitId })
  }

  async function runOnce(): Promise<number> {
    if (running) return running
    running = (async () => {
      let done = 0
      for (const item of deps.outbox.due(now())) {
        await attempt(item)
        done++
      }
      return done
    })().finally(() => {
      running = null
    })
    return running
  }

  const kick = (): void => {
    void runOnce().catch((error) => log.error('notice worker failed', { error: String(error) }))
  }

  return {
    arrival(visitId, desk) {
      const s = deps.settings.get()
      const channels = channelsOn(s)
      const visit = deps.getVisit(visitId)
      if (!visit || channels.length === 0) return
      const at = now()
      const values = arrivalValues(visit, s, at, desk)
      // A template the site has not changed is the desk's language (the language of `values` too).
      const { subjectTemplate, bodyTemplate } = s.visitorServices.hostNotice
      const subject = fillTemplate(textFor('noticeSubject', subjectTemplate, currentLanguage()), values)
      const body = fillTemplate(textFor('noticeBody', bodyTemplate, currentLanguage()), values)
      for (const channel of channels) deps.outbox.enqueue(visitId, channel, subject, body, at)
      deps.emit('notify.changed', { visitId })
      kick()
    },
    runOnce,
    forVisits: (ids) => deps.outbox.forVisits(ids).map(publicNotice),
    async retry(visitId) {
      deps.outbox.retryNow(visitId, now())
      await runOnce()
      // A run already in progress may have missed the rows just made due.
      await runOnce()
      return deps.outbox.forVisits([visitId]).map(publicNotice)
    },
    start() {
      if (timer) return
      timer = setInterval(kick, TICK_MS)
      timer.unref?.()
      kick()
    },
    stop() {
      if (timer) clearInterval(timer)
      timer = null
    },
  }
}
