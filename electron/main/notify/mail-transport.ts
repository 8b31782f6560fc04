/**
 * Sending one e-mail over SMTP with nodemailer. STARTTLS is required (not just attempted) when chosen,
 * TLS from the first byte for 'tls', plain only when the admin chose 'none'. Every failure becomes a
 * plain sentence that names the step (reach, secure, sign in, address, message) and never the password.
 */
import type { SmtpSettings } from '../../shared/visitor-services-settings'
import type { StoredMessage } from '../../shared/i18n/stored-message'
import { DeliveryError, deliveryProblem } from './delivery-error'

export interface MailAttachment {
  filename: string
  content: Buffer
  contentType: string
  /** Set for inline images referenced as `cid:` in the HTML. */
  cid?: string
}

export interface MailMessage {
  to: string
  subject: string
  text: string
  html?: string
  attachments?: MailAttachment[]
  /** An iCalendar invitation (also added as a text/calendar alternative, as mail clients expect). */
  calendar?: { filename: string; content: string; method: 'REQUEST' | 'PUBLISH' }
}

/** An e-mail that could not be sent: its problem is a stored message (delivery-error.ts). */
export class MailError extends DeliveryError {
  constructor(problem: StoredMessage) {
    super(problem)
    this.name = 'MailError'
  }
}

export function transportOptions(smtp: SmtpSettings, password: string | null) {
  return {
    host: smtp.host,
    port: smtp.port,
    secure: smtp.security === 'tls',
    requireTLS: smtp.security === 'starttls',
    ignoreTLS: smtp.security === 'none',
    ...(smtp.username ? { auth: { user: smtp.username, pass: password ?? '' } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
    tls: { rejectUnauthorized: true, minVersion: 'TLSv1.2' as const },
  }
}

interface SmtpLikeError {
  code?: string
  responseCode?: number
  response?: string
  message?: string
}

/**
 * A nodemailer failure as one sentence a receptionist can act on (or pass to IT): the step that failed
 * (reach, secure, sign in, address, message); the mail server's own answer is the technical detail.
 */
export function explainMailError(error: unknown, smtp: SmtpSettings): StoredMessage {
  const e = (error ?? {}) as SmtpLikeError
  const server = `${smtp.host}:${smtp.port}`
  const said = e.response?.slice(0, 200)
  switch (e.code) {
    case 'EAUTH':
      return deliveryProblem('server.delivery.mailAuth', { server }, said)
    case 'ETLS':
      return deliveryProblem('server.delivery.mailTls', { server }, e.message)
    case 'EENVELOPE':
      return deliveryProblem('server.delivery.mailAddress', undefined, said)
    case 'EMESSAGE':
      return deliveryProblem('server.delivery.mailMessage', undefined, said)
    case 'ECONNECTION':
    case 'ETIMEDOUT':
    case 'ESOCKET':
    case 'EDNS':
      return deliveryProblem('server.delivery.mailUnreachable', { server }, e.message ?? e.code)
    default:
      return deliveryProblem('server.delivery.mailFailed', undefined, e.message ?? String(error))
  }
}

export async function sendMail(
  smtp: SmtpSettings,
  password: string | null,
  message: MailMessage,
): Promise<string> {
  if (!smtp.host) throw new MailError(deliveryProblem('server.delivery.mailNoServer'))
  if (!smtp.from) throw new MailError(deliveryProblem('server.delivery.mailNoSender'))
  // Loaded on the first e-mail: nodemailer costs about half a second of start-up otherwise.
  const { default: nodemailer } = await import('nodemailer')
  const transport = nodemailer.createTransport(transportOptions(smtp, password))
  try {
    const info = await transport.sendMail({
      from: smtp.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.html ? { html: message.html } : {}),
      ...(message.attachments
        ? {
            attachments: message.attachments.map((a) => ({
              filename: a.filename,
              content: a.content,
              contentType: a.contentType,
              ...(a.cid ? { cid: a.cid, contentDisposition: 'inline' as const } : {}),
            })),
          }
        : {}),
      ...(message.calendar
        ? {
            icalEvent: {
              filename: message.calendar.filename,
              method: message.calendar.method,
              content: message.calendar.content,
            },
          }
        : {}),
    })
    return String(info.messageId ?? '')
  } catch (error) {
    if (error instanceof MailError) throw error
    throw new MailError(explainMailError(error, smtp))
  } finally {
    transport.close()
  }
}
