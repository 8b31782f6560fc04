/**
 * A real SMTP server (smtp-server) and a real HTTP receiver for webhooks, started by a test on
 * loopback: what Gatehouse sends is read back as a mail client (mailparser) or a chat service would.
 */
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface LocalSmtp {
  port: number
  messages: ParsedMail[]
  /** Raw RFC 5322 text of each message, as received. */
  raw: string[]
  logins: { username: string; password: string }[]
  close(): Promise<void>
}

/**
 * `rejectLogin`: the server refuses every sign-in (535), as a mail server with a wrong password does.
 * No STARTTLS here (a test certificate would not be trusted): the desk is set to security "none".
 */
export async function startSmtp(
  options: { username?: string; password?: string; rejectLogin?: boolean } = {},
) {
  const messages: ParsedMail[] = []
  const raw: string[] = []
  const logins: { username: string; password: string }[] = []
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: !options.username,
    logger: false,
    onAuth(auth, _session, callback) {
      logins.push({ username: auth.username ?? '', password: auth.password ?? '' })
      if (options.rejectLogin || auth.username !== options.username || auth.password !== options.password) {
        const error = new Error('Authentication credentials invalid') as Error & { responseCode: number }
        error.responseCode = 535
        callback(error)
        return
      }
      callback(null, { user: auth.username })
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const text = Buffer.concat(chunks)
        raw.push(text.toString('utf8'))
        simpleParser(text).then(
          (mail) => {
            messages.push(mail)
            callback()
          },
          (error: Error) => callback(error),
        )
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const port = (server.server.address() as AddressInfo).port
  return {
    port,
    messages,
    raw,
    logins,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  } satisfies LocalSmtp
}

export interface WebhookCall {
  path: string
  contentType: string
  body: unknown
}

export async function startWebhookReceiver() {
  const calls: WebhookCall[] = []
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    })
  const server = createServer((req, res) => {
    void read(req).then((text) => {
      let body: unknown = text
      try {
        body = JSON.parse(text)
      } catch {
        // kept as text
      }
      calls.push({ path: req.url ?? '', contentType: String(req.headers['content-type'] ?? ''), body })
      // Teams Workflows answer 202 Accepted; Slack answers 200 "ok".
      if (req.url?.startsWith('/teams')) res.writeHead(202).end()
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('ok')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** RFC 5545 checks a calendar client relies on: CRLF only, folded lines of at most 75 octets, one VEVENT with UID/DTSTAMP/DTSTART. */
export function checkIcs(
  text: string,
): { ok: true; fields: Record<string, string> } | { ok: false; problem: string } {
  if (/[^\r]\n/.test(text) || !text.endsWith('\r\n'))
    return { ok: false, problem: 'lines must end with CRLF' }
  const physical = text.slice(0, -2).split('\r\n')
  const tooLong = physical.find((l) => Buffer.byteLength(l, 'utf8') > 75)
  if (tooLong) return { ok: false, problem: `line longer than 75 octets: ${tooLong}` }
  const logical = text
    .replace(/\r\n[ \t]/g, '')
    .slice(0, -2)
    .split('\r\n')
  if (logical[0] !== 'BEGIN:VCALENDAR' || logical.at(-1) !== 'END:VCALENDAR')
    return { ok: false, problem: 'not a VCALENDAR' }
  const fields: Record<string, string> = {}
  for (const line of logical) {
    const colon = line.indexOf(':')
    const name = line.slice(0, colon).split(';')[0] as string
    fields[name] ??= line.slice(colon + 1)
  }
  for (const required of ['VERSION', 'PRODID', 'UID', 'DTSTAMP', 'DTSTART']) {
    if (!fields[required]) return { ok: false, problem: `${required} missing` }
  }
  if (fields.VERSION !== '2.0') return { ok: false, problem: 'VERSION must be 2.0' }
  for (const stamp of ['DTSTAMP', 'DTSTART', 'DTEND']) {
    if (fields[stamp] && !/^\d{8}T\d{6}Z$/.test(fields[stamp] as string))
      return { ok: false, problem: `${stamp} is not a UTC date-time` }
  }
  return { ok: true, fields }
}

/** Undoes RFC 5545 TEXT escaping. */
export const unescapeIcsText = (s: string): string => s.replace(/\\n/gi, '\n').replace(/\\([;,\\])/g, '$1')
