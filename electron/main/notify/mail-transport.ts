/**
 * Sending one e-mail over SMTP with nodemailer. STARTTLS is required (not just attempted) when chosen,
 * TLS from the first byte for 'tls', plain only when the admin chose 'none'. Every failure becomes a
 * plain sentence that names the step (reach, secure, sign in, address, message) and never the password.
 */
import type { SmtpSettings } from '../../shared/visitor-services-settings'
import { redact } from '../security/redact'

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

export class MailError extends Error {
  constructor(message: string) {
    super(message)
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

/** A nodemailer failure as one sentence a receptionist can act on (or pass to IT). */
export function explainMailError(error: unknown, smtp: SmtpSettings): string {
  const e = (error ?? {}) as SmtpLikeError
  const server = `${smtp.host}:${smtp.port}`
  const said = e.response ? ` The server said: ${e.response.slice(0, 200)}` : ''
  let text: string
  switch (e.code) {
    case 'EAUTH':
      text = `The mail server ${server} refused the user name or password.${said}`
      break
    case 'ETLS':
      text = `A secure connection (TLS) to the mail server ${server} could not be made: ${e.message ?? ''}`
      break
    case 'EENVELOPE':
      text = `The mail server refused the address.${said}`
      break
    case 'EMESSAGE':
      text = `The mail server refused the message.${said}`
      break
    case 'ECONNECTION':
    case 'ETIMEDOUT':
    case 'ESOCKET':
    case 'EDNS':
      text = `The mail server ${server} could not be reached (${e.message ?? e.code}).`
      break
    default:
      text = `The e-mail could not be sent: ${e.message ?? String(error)}`
  }
  return redact(text)
}

export async function sendMail(
  smtp: SmtpSettings,
  password: string | null,
  message: MailMessage,
): Promise<string> {
  if (!smtp.host) throw new MailError('No mail server is set up (Settings › Visitor services › E-mail).')
  if (!smtp.from) throw new MailError('No sender address is set up (Settings › Visitor services › E-mail).')
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
