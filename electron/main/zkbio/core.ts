/**
 * The call engine every endpoint function goes through: builds the URL (token last, as
 * `access_token`), sends it, interprets the answer, logs one redacted line per attempt, applies the
 * read-only retry policy, the close-path fallback and optional-endpoint detection.
 */
import { randomBytes } from 'node:crypto'
import { Capabilities, type CapabilitySnapshot, featureProblem, isNotFound } from './capabilities'
import { answerLimit } from './answer-limit'
import { fillPath, isRetryable, type EndpointDef } from './endpoint'
import { interpretResponse } from './envelope'
import { ZkbioError } from './errors'
import { redactingLogger, silentLogger, type ZkbioLogger } from './log'
import { redact, registerSecret } from '../security/redact'
import { DEFAULT_RETRY, withReadRetry, type RetryPolicy } from './retry'
import { localUtcOffsetMinutes, toServerDate, toServerDateTime, type UtcOffsetMinutes } from './server-time'
import { createTransport, type Transport } from './transport/http-transport'
import type { TlsTrust } from './transport/tls-trust'
import type { z } from 'zod'

export interface ZkbioClientOptions {
  /** e.g. 'https://10.0.0.5:8098' */
  baseUrl: string
  token: string
  tls?: TlsTrust
  /** Per call, unless the call says otherwise (default 15 s). */
  timeoutMs?: number
  /** Read retries (default 2 retries, jittered backoff); `false` disables them. */
  retry?: Partial<RetryPolicy> | false
  logger?: ZkbioLogger
  /** The server's UTC offset in minutes, for date parameters given as Date (default: the desk's). */
  serverUtcOffsetMinutes?: UtcOffsetMinutes
  /** What was learnt about this server before (persisted per profile). */
  capabilities?: Partial<CapabilitySnapshot>
}

export interface CallOptions {
  signal?: AbortSignal
  timeoutMs?: number
  /**
   * This call's read retries, over the client's policy (never more retries than the client allows): a
   * poll that judges the link within a deadline asks for shorter waits between its attempts.
   */
  retry?: Partial<RetryPolicy>
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[]

export interface MultipartFile {
  filename: string
  data: Buffer | Uint8Array
  contentType?: string
}

export interface CallArgs {
  pathParams?: Record<string, string | number>
  query?: Record<string, QueryValue>
  json?: unknown
  multipart?: Record<string, string | MultipartFile>
}

export class ZkbioCore {
  readonly transport: Transport
  readonly capabilities: Capabilities
  readonly serverUtcOffsetMinutes: UtcOffsetMinutes
  private readonly token: string
  private readonly timeoutMs: number
  private readonly retry: RetryPolicy
  private readonly logger: ZkbioLogger

  constructor(opts: ZkbioClientOptions) {
    if (!opts.token)
      throw new ZkbioError({
        kind: 'auth',
        endpoint: '',
        problem: { key: 'server.zkbio.request.noToken' },
      })
    this.token = opts.token
    registerSecret(opts.token)
    this.transport = createTransport({ baseUrl: opts.baseUrl, ...(opts.tls ? { tls: opts.tls } : {}) })
    this.timeoutMs = opts.timeoutMs ?? 15_000
    this.retry = opts.retry === false ? { ...DEFAULT_RETRY, retries: 0 } : { ...DEFAULT_RETRY, ...opts.retry }
    this.logger = redactingLogger(opts.logger ?? silentLogger)
    this.serverUtcOffsetMinutes = opts.serverUtcOffsetMinutes ?? localUtcOffsetMinutes()
    this.capabilities = new Capabilities(opts.capabilities)
  }

  close(): void {
    this.transport.close()
  }

  /** Date or server-format text -> 'yyyy-MM-dd HH:mm:ss' in the server's time. */
  dateTime(value: Date | string): string
  dateTime(value: Date | string | undefined | null): string | undefined
  dateTime(value: Date | string | undefined | null): string | undefined {
    if (value === undefined || value === null || value === '') return undefined
    return asDateParam(() => toServerDateTime(value, this.serverUtcOffsetMinutes))
  }

  date(value: Date | string | undefined | null): string | undefined {
    if (value === undefined || value === null || value === '') return undefined
    return asDateParam(() => toServerDate(value, this.serverUtcOffsetMinutes))
  }

  async call<S extends z.ZodType>(
    ep: EndpointDef<S>,
    args: CallArgs = {},
    opts: CallOptions = {},
  ): Promise<z.output<S>> {
    if (ep.optional) this.capabilities.require(ep.optional, ep.path)
    const preferred = this.capabilities.preferredPath(ep.id) ?? ep.path
    try {
      const result = await this.callPath(ep, preferred, args, opts)
      if (ep.optional) this.capabilities.set(ep.optional, true)
      if (ep.alternatePath) this.capabilities.rememberPath(ep.id, preferred)
      return result
    } catch (err) {
      if (ep.optional && isNotFound(err)) {
        this.capabilities.set(ep.optional, false)
        throw new ZkbioError({
          kind: 'unsupported',
          endpoint: ep.path,
          status: err.status,
          problem: featureProblem(ep.optional),
        })
      }
      if (ep.optional && err instanceof ZkbioError && err.kind === 'server')
        this.capabilities.set(ep.optional, true)
      // The other spelling of a close command. Safe for a command: a 404 means it was not executed.
      if (ep.alternatePath && isNotFound(err) && !this.capabilities.preferredPath(ep.id)) {
        const other = preferred === ep.path ? ep.alternatePath : ep.path
        const result = await this.callPath(ep, other, args, opts)
        this.capabilities.rememberPath(ep.id, other)
        return result
      }
      throw err
    }
  }

  private async callPath<S extends z.ZodType>(
    ep: EndpointDef<S>,
    pathTemplate: string,
    args: CallArgs,
    opts: CallOptions,
  ): Promise<z.output<S>> {
    let path: string
    try {
      path = fillPath(pathTemplate, args.pathParams)
    } catch {
      // Caught before anything is sent: an empty id would otherwise call a different endpoint.
      throw new ZkbioError({
        kind: 'validation',
        endpoint: pathTemplate,
        problem: { key: 'server.zkbio.request.missingValue' },
      })
    }
    const pathAndQuery = `${path}?${this.buildQuery(args.query)}`
    const { body, headers } = encodeBody(args)
    const attempt = async (attemptNo: number): Promise<z.output<S>> => {
      const started = performance.now()
      let status: number | null = null
      try {
        const res = await this.transport.request({
          method: ep.method,
          pathAndQuery,
          endpoint: path,
          headers,
          ...(body !== undefined ? { body } : {}),
          timeoutMs: opts.timeoutMs ?? this.timeoutMs,
          ...(opts.signal ? { signal: opts.signal } : {}),
          freshConnection: ep.effect !== 'read',
          maxBodyBytes: answerLimit(ep),
        })
        status = res.status
        const data = interpretResponse(res, {
          endpoint: path,
          schema: ep.data,
          ...(ep.select ? { select: ep.select } : {}),
        }) as z.output<S>
        this.logRequest(ep, pathAndQuery, status, started, attemptNo)
        return data
      } catch (err) {
        const e =
          err instanceof ZkbioError
            ? err
            : new ZkbioError({ kind: 'network', endpoint: path, cause: err, detail: String(err) })
        this.logRequest(ep, pathAndQuery, e.status ?? status, started, attemptNo, e)
        throw e
      }
    }
    const policy = opts.retry
      ? {
          ...this.retry,
          ...opts.retry,
          retries: Math.min(this.retry.retries, opts.retry.retries ?? this.retry.retries),
        }
      : this.retry
    if (isRetryable(ep) && policy.retries > 0) return withReadRetry(ep, policy, attempt, opts.signal)
    return attempt(1)
  }

  private buildQuery(query: CallArgs['query'] = {}): string {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null) continue
      params.append(key, Array.isArray(value) ? value.join(',') : String(value))
    }
    // FIELD-NOTES: always `access_token`, even where the manual prints `acc_token`.
    params.append('access_token', this.token)
    return params.toString()
  }

  private logRequest(
    ep: EndpointDef,
    pathAndQuery: string,
    status: number | null,
    started: number,
    attempt: number,
    error?: ZkbioError,
  ): void {
    const entry = {
      event: 'request' as const,
      endpoint: ep.id,
      method: ep.method,
      path: redact(pathAndQuery),
      status,
      ms: Math.round(performance.now() - started),
      attempt,
      ...(error ? { errorKind: error.kind } : {}),
      ...(error?.serverCode !== undefined ? { serverCode: error.serverCode } : {}),
    }
    const level = !error ? 'info' : error.kind === 'server' || error.kind === 'aborted' ? 'warn' : 'error'
    this.logger.log(level, entry)
  }
}

function asDateParam(convert: () => string): string {
  try {
    return convert()
  } catch {
    throw new ZkbioError({
      kind: 'validation',
      endpoint: '',
      problem: { key: 'server.zkbio.request.badDateTime' },
    })
  }
}

function encodeBody(args: CallArgs): { body: string | Buffer | undefined; headers: Record<string, string> } {
  if (args.multipart) {
    const boundary = `----gatehouse${randomBytes(12).toString('hex')}`
    const parts: Buffer[] = []
    for (const [name, value] of Object.entries(args.multipart)) {
      if (typeof value === 'string') {
        parts.push(
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
        )
      } else {
        const filename = value.filename.replace(/["\r\n]/g, '_')
        parts.push(
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\n` +
              `Content-Type: ${value.contentType ?? 'application/octet-stream'}\r\n\r\n`,
          ),
          Buffer.from(value.data),
          Buffer.from('\r\n'),
        )
      }
    }
    parts.push(Buffer.from(`--${boundary}--\r\n`))
    return {
      body: Buffer.concat(parts),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    }
  }
  if (args.json !== undefined) {
    return { body: JSON.stringify(args.json), headers: { 'content-type': 'application/json;charset=UTF-8' } }
  }
  return { body: undefined, headers: {} }
}
