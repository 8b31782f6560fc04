/**
 * ONE error type for everything that can go wrong talking to ZKBio. `kind` is what code branches on;
 * `message` is what a receptionist reads. Nothing here ever carries the token: every text is passed
 * through `redact` on the way in.
 */
import type { IpcError } from '../../shared/result'
import { describeServerCode } from './error-codes'
import { liveWords } from '../app/live-words'
import { translate } from '../i18n'
import { translateStored, type StoredMessage, type TranslateKey } from '../../shared/i18n/stored-message'
import { redact } from '../security/redact'

export const ZKBIO_ERROR_KINDS = [
  'network',
  'timeout',
  'tls',
  'tlsPinMismatch',
  'auth',
  'http',
  'html',
  'springError',
  'malformedJson',
  'server',
  'validation',
  'unsupported',
  'aborted',
] as const
export type ZkbioErrorKind = (typeof ZKBIO_ERROR_KINDS)[number]

/** Sentences for the kinds that have no server text of their own, in the current language. */
const KIND_MESSAGES = liveWords<ZkbioErrorKind>('server.zkbio', ZKBIO_ERROR_KINDS)

interface ZkbioErrorFields {
  kind: ZkbioErrorKind
  /** Path without query string, e.g. '/api/door/remoteOpenById'. */
  endpoint: string
  status?: number
  serverCode?: number
  /** Technical detail for logs (server text, Node error code); redacted. */
  detail?: string
  cause?: unknown
}

/**
 * The default sentence for the kind may be replaced by a `problem` (a message key with parameters:
 * said in the current language, and kept so it can be said again in a reader's language), or by a
 * `message` the thrower wrote itself (said as written; `problem` is then null). Not both.
 */
export type ZkbioErrorInit = ZkbioErrorFields &
  ({ problem?: StoredMessage; message?: undefined } | { message?: string; problem?: undefined })

/** Shape that may cross to the renderer. */
export interface ZkbioErrorJson {
  code: string
  message: string
  kind: ZkbioErrorKind
  endpoint: string
  status?: number
  serverCode?: number
}

export class ZkbioError extends Error {
  readonly kind: ZkbioErrorKind
  readonly endpoint: string
  readonly status: number | undefined
  readonly serverCode: number | undefined
  readonly detail: string | undefined
  /**
   * The message as key and parameters (stored-message.ts), to keep and translate later; null when
   * the thrower wrote its own sentence.
   */
  readonly problem: StoredMessage | null

  constructor(init: ZkbioErrorInit) {
    super(
      redact(
        init.message ??
          (init.problem
            ? translateStored(init.problem, translate as TranslateKey)
            : defaultMessage(init.kind, init.serverCode, init.detail)),
      ),
    )
    this.problem = init.problem
      ? redactProblem(init.problem)
      : init.message === undefined
        ? redactProblem(defaultProblem(init.kind, init.serverCode, init.detail))
        : null
    this.name = 'ZkbioError'
    this.kind = init.kind
    this.endpoint = stripQuery(redact(init.endpoint))
    this.status = init.status
    this.serverCode = init.serverCode
    this.detail = init.detail === undefined ? undefined : redact(init.detail)
    // The cause may hold a request object with the full URL; keep only a redacted summary.
    if (init.cause instanceof Error) {
      Object.defineProperty(this, 'cause', {
        value: redact(`${init.cause.name}: ${init.cause.message}`),
        enumerable: false,
      })
    }
  }

  /** Machine code, e.g. 'ZKBIO_TIMEOUT', 'ZKBIO_TLS_PIN_MISMATCH'. */
  get code(): string {
    return `ZKBIO_${this.kind.replace(/([A-Z])/g, '_$1').toUpperCase()}`
  }

  /** Worth retrying for a read: the server may answer next time. */
  get transient(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true
    if ((this.kind === 'http' || this.kind === 'html') && this.status !== undefined && this.status >= 500)
      return true
    return false
  }

  toJSON(): ZkbioErrorJson {
    const out: ZkbioErrorJson = {
      code: this.code,
      message: this.message,
      kind: this.kind,
      endpoint: this.endpoint,
    }
    if (this.status !== undefined) out.status = this.status
    if (this.serverCode !== undefined) out.serverCode = this.serverCode
    return out
  }

  /** The IPC result error (see electron/shared/result.ts). */
  toIpcError(): IpcError & { kind: ZkbioErrorKind; serverCode?: number } {
    const details: Record<string, string | number | boolean | null> = {
      kind: this.kind,
      zkbioCode: this.code,
      endpoint: this.endpoint,
      status: this.status ?? null,
      serverCode: this.serverCode ?? null,
    }
    const out: IpcError & { kind: ZkbioErrorKind; serverCode?: number } = {
      code: this.kind === 'unsupported' ? 'UNSUPPORTED' : 'ZKBIO',
      message: this.message,
      kind: this.kind,
      details,
    }
    if (this.serverCode !== undefined) out.serverCode = this.serverCode
    return out
  }

  override toString(): string {
    return `ZkbioError[${this.kind}] ${this.endpoint}${this.status ? ` HTTP ${this.status}` : ''}${
      this.serverCode !== undefined ? ` code ${this.serverCode}` : ''
    }: ${this.message}`
  }
}

export function isZkbioError(e: unknown): e is ZkbioError {
  return e instanceof ZkbioError
}

/**
 * The sentence for an error as a message key with parameters, so what keeps it for later (a waiting
 * registration's reason) can say it in the reader's language when shown.
 */
function defaultProblem(
  kind: ZkbioErrorKind,
  serverCode: number | undefined,
  detail: string | undefined,
): StoredMessage {
  if (kind === 'server' && serverCode !== undefined) {
    if (describeServerCode(serverCode)) return { key: `server.code.n${-serverCode}` }
    const text = detail?.trim()
    return text
      ? { key: 'server.zkbio.refusedWithTextAndCode', params: { text, code: serverCode } }
      : { key: 'server.zkbio.refusedWithCode', params: { code: serverCode } }
  }
  if (kind === 'server' && detail?.trim())
    return { key: 'server.zkbio.refusedWithText', params: { text: detail.trim() } }
  return { key: `server.zkbio.${kind}` }
}

function defaultMessage(
  kind: ZkbioErrorKind,
  serverCode: number | undefined,
  detail: string | undefined,
): string {
  if (kind === 'server' && serverCode !== undefined) {
    const known = describeServerCode(serverCode)
    if (known) return known.message
  }
  if (kind !== 'server') return KIND_MESSAGES[kind]
  return translateStored(defaultProblem(kind, serverCode, detail), translate as TranslateKey)
}

/** The server's own words inside a problem pass through `redact` too, as the message does. */
function redactProblem(problem: StoredMessage): StoredMessage {
  if (!problem.params) return problem
  const params: Record<string, string | number | StoredMessage> = {}
  for (const [name, value] of Object.entries(problem.params))
    params[name] =
      typeof value === 'string' ? redact(value) : typeof value === 'number' ? value : redactProblem(value)
  return { ...problem, params }
}

function stripQuery(path: string): string {
  const q = path.indexOf('?')
  return q === -1 ? path : path.slice(0, q)
}
