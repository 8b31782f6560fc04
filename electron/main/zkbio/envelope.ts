/**
 * Turns one HTTP answer into data or a typed error. Real servers answer in more ways than the manual
 * shows (FIELD-NOTES "Envelopes"): two JSON envelopes, 302 to a login page, Spring's error body, proxy
 * HTML pages, truncated JSON. Each has its own error kind; none becomes an empty result.
 */
import type { z } from 'zod'
import type { StoredMessage } from '../../shared/i18n/stored-message'
import { ZkbioError } from './errors'
import { canonicaliseKeys } from './schemas/primitives'
import type { TransportResponse } from './transport/http-transport'

const ENVELOPE_KEYS = [
  'code',
  'message',
  'msg',
  'data',
  'ret',
  'success',
  'i18nArgs',
  'page',
  'pageSize',
  'total',
]

const API_ACCESS_ABNORMAL = /api access abnormal/i

export interface InterpretOptions {
  /** Endpoint path without query (for errors). */
  endpoint: string
  /** Picks what is validated from the envelope; default: its `data`. */
  select?: (envelope: Record<string, unknown>) => unknown
  schema: z.ZodType
}

export function interpretResponse(res: TransportResponse, opts: InterpretOptions): unknown {
  const { endpoint } = opts
  const status = res.status
  const text = res.body.toString('utf8')
  const contentType = String(res.headers['content-type'] ?? '').toLowerCase()

  if (status >= 300 && status < 400) {
    const location = String(res.headers.location ?? '')
    if (/login|signin|auth/i.test(location) || status === 302) {
      throw new ZkbioError({
        kind: 'auth',
        endpoint,
        status,
        detail: `redirected to ${location || '(no location)'}`,
        problem: { key: 'server.zkbio.answer.loginRedirect' },
      })
    }
    throw new ZkbioError({ kind: 'http', endpoint, status, detail: `redirect to ${location}` })
  }

  // The licence refusal may come as an envelope message or as bare text; a JSON answer is only
  // judged by its message fields so a record that merely mentions the phrase is not mistaken for it.
  const looksJson = /^\s*[{[]/.test(text)
  if (!looksJson && API_ACCESS_ABNORMAL.test(text)) throw apiAccessAbnormal(endpoint, status)
  if (status === 401 || status === 403) {
    throw new ZkbioError({ kind: 'auth', endpoint, status, detail: snippet(text) })
  }

  const trimmed = text.trimStart()
  if (contentType.includes('text/html') || trimmed.startsWith('<')) {
    if (/<input[^>]+type=["']?password/i.test(text) || /login/i.test(titleOf(text))) {
      throw new ZkbioError({
        kind: 'auth',
        endpoint,
        status,
        detail: 'login page instead of data',
        problem: { key: 'server.zkbio.answer.loginPage' },
      })
    }
    throw new ZkbioError({
      kind: 'html',
      endpoint,
      status,
      detail: `${status} ${titleOf(text) || snippet(text)}`,
      ...(status >= 500
        ? { problem: { key: 'server.zkbio.answer.gatewayFailing', params: { status } } }
        : {}),
    })
  }

  if (trimmed === '') {
    if (status >= 400) throw new ZkbioError({ kind: 'http', endpoint, status, problem: httpProblem(status) })
    throw new ZkbioError({ kind: 'malformedJson', endpoint, status, detail: 'empty body' })
  }

  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (err) {
    if (status >= 400) {
      throw new ZkbioError({
        kind: 'http',
        endpoint,
        status,
        detail: snippet(text),
        problem: httpProblem(status),
      })
    }
    throw new ZkbioError({ kind: 'malformedJson', endpoint, status, detail: (err as Error).message })
  }

  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    if (status >= 400) throw new ZkbioError({ kind: 'http', endpoint, status, problem: httpProblem(status) })
    throw new ZkbioError({ kind: 'validation', endpoint, status, detail: 'answer is not a JSON object' })
  }
  const envelope = canonicaliseKeys(body, ENVELOPE_KEYS) as Record<string, unknown>

  for (const field of [envelope.message, envelope.msg]) {
    if (typeof field === 'string' && API_ACCESS_ABNORMAL.test(field))
      throw apiAccessAbnormal(endpoint, status)
  }

  if (isSpringError(envelope)) {
    const springStatus = typeof envelope.status === 'number' ? envelope.status : status
    const detail = `${String(envelope.error ?? '')} ${String(envelope.message ?? '')}`.trim()
    // Spring also wraps internal failures (500): that is a server-side HTTP error, worth a retry for reads.
    if (Math.max(status, springStatus) >= 500) {
      throw new ZkbioError({
        kind: 'http',
        endpoint,
        status: Math.max(status, springStatus),
        detail,
        problem: httpProblem(Math.max(status, springStatus)),
      })
    }
    throw new ZkbioError({ kind: 'springError', endpoint, status: springStatus, detail })
  }

  if ('code' in envelope) {
    const code = Number(envelope.code)
    const serverText = stringOrUndefined(envelope.message) ?? stringOrUndefined(envelope.msg)
    if (!Number.isFinite(code)) {
      throw new ZkbioError({ kind: 'validation', endpoint, status, detail: 'envelope code is not a number' })
    }
    if (code < 0)
      throw new ZkbioError({ kind: 'server', endpoint, status, serverCode: code, detail: serverText })
    if (status >= 400) throw new ZkbioError({ kind: 'http', endpoint, status, problem: httpProblem(status) })
    // A positive code has never been seen; it counts as success only if the data validates.
    return validate(envelope, opts, status, code > 0 ? code : undefined)
  }

  if ('ret' in envelope) {
    const ret = String(envelope.ret).toLowerCase()
    const ok = ret === 'ok' || (ret !== 'fail' && envelope.success === true)
    if (!ok) {
      throw new ZkbioError({
        kind: 'server',
        endpoint,
        status,
        detail: stringOrUndefined(envelope.msg) ?? stringOrUndefined(envelope.message),
      })
    }
    if (status >= 400) throw new ZkbioError({ kind: 'http', endpoint, status, problem: httpProblem(status) })
    return validate(envelope, opts, status, undefined)
  }

  if (status >= 400) throw new ZkbioError({ kind: 'http', endpoint, status, problem: httpProblem(status) })
  throw new ZkbioError({ kind: 'validation', endpoint, status, detail: 'no code/ret envelope in the answer' })
}

function validate(
  envelope: Record<string, unknown>,
  opts: InterpretOptions,
  status: number,
  positiveCode: number | undefined,
): unknown {
  const selected = opts.select ? opts.select(envelope) : envelope.data
  const parsed = opts.schema.safeParse(selected)
  if (parsed.success) return parsed.data
  const where = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(data)'}: ${i.message}`)
    .join('; ')
  if (positiveCode !== undefined) {
    throw new ZkbioError({
      kind: 'server',
      endpoint: opts.endpoint,
      status,
      serverCode: positiveCode,
      detail: where,
    })
  }
  throw new ZkbioError({ kind: 'validation', endpoint: opts.endpoint, status, detail: where })
}

function apiAccessAbnormal(endpoint: string, status: number): ZkbioError {
  return new ZkbioError({
    kind: 'auth',
    endpoint,
    status,
    detail: 'API access abnormal',
    problem: { key: 'server.zkbio.answer.apiAccessAbnormal' },
  })
}

function isSpringError(b: Record<string, unknown>): boolean {
  return 'timestamp' in b && 'status' in b && ('error' in b || 'path' in b) && !('code' in b) && !('ret' in b)
}

function stringOrUndefined(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined
}

function titleOf(html: string): string {
  return /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() ?? ''
}

function snippet(text: string): string {
  return text.replace(/\s+/g, ' ').slice(0, 160)
}

function httpProblem(status: number): StoredMessage {
  if (status === 404) return { key: 'server.zkbio.answer.notFound' }
  if (status >= 500) return { key: 'server.zkbio.answer.serverFailing', params: { status } }
  return { key: 'server.zkbio.answer.unexpectedStatus', params: { status } }
}
