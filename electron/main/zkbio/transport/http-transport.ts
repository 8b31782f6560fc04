/**
 * Moves bytes to and from the ZKBio server with `node:http`/`node:https`, which behave the same in
 * plain Node (tests) and in Electron's main process. One keep-alive agent per client for reads; writes
 * and commands use a fresh connection each, so a command never rides an idle socket the server may
 * have just closed (which would leave "did the door open?" unanswerable).
 */
import http from 'node:http'
import https from 'node:https'
import { describeLimit } from '../answer-limit'
import { ZkbioError } from '../errors'
import { redact } from '../../security/redact'
import { PinnedHttpsAgent } from './pinned-agent'
import { socketErrorToZkbio } from './node-errors'
import type { TlsTrust } from './tls-trust'

export interface TransportOptions {
  /** e.g. 'https://10.0.0.5:8098' (a path prefix such as '/zkbio' behind a proxy is kept). */
  baseUrl: string
  tls?: TlsTrust
  /** Largest body accepted; photos travel as base64, so this is generous. */
  maxBodyBytes?: number
  maxSockets?: number
}

export interface TransportRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Path and query relative to the base URL, e.g. '/api/door/list?pageNo=1&access_token=...'. */
  pathAndQuery: string
  /** Endpoint path without query, for errors. */
  endpoint: string
  headers?: Record<string, string>
  body?: string | Buffer
  timeoutMs: number
  signal?: AbortSignal
  /** Use a new connection instead of the keep-alive pool (writes and commands). */
  freshConnection?: boolean
  /** Largest answer for this request (per endpoint kind, answer-limit.ts); at most the transport's own. */
  maxBodyBytes?: number
}

export interface TransportResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

export interface Transport {
  readonly baseUrl: URL
  request(req: TransportRequest): Promise<TransportResponse>
  close(): void
}

const DEFAULT_MAX_BODY = 256 * 1024 * 1024

export function createTransport(options: TransportOptions): Transport {
  const baseUrl = new URL(options.baseUrl)
  if (baseUrl.protocol !== 'http:' && baseUrl.protocol !== 'https:') {
    throw new ZkbioError({
      kind: 'validation',
      endpoint: '',
      problem: { key: 'server.zkbio.request.badScheme' },
    })
  }
  const secure = baseUrl.protocol === 'https:'
  const trust: TlsTrust = options.tls ?? { mode: 'system' }
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY
  const makeAgent = (keepAlive: boolean): http.Agent => {
    const common = { keepAlive, maxSockets: options.maxSockets ?? 8, scheduling: 'lifo' as const }
    if (!secure) return new http.Agent(common)
    if (trust.mode === 'fingerprint') return new PinnedHttpsAgent(trust.fingerprint256, common)
    if (trust.mode === 'ca') return new https.Agent({ ...common, ca: trust.caPem })
    return new https.Agent(common)
  }
  const pooled = makeAgent(true)
  const fresh = makeAgent(false)
  const prefix = baseUrl.pathname.replace(/\/+$/, '')

  return {
    baseUrl,
    close() {
      pooled.destroy()
      fresh.destroy()
    },
    request(req) {
      return new Promise<TransportResponse>((resolve, reject) => {
        if (req.signal?.aborted) {
          reject(new ZkbioError({ kind: 'aborted', endpoint: req.endpoint }))
          return
        }
        let finished = false
        const finish = (fn: () => void) => {
          if (finished) return
          finished = true
          clearTimeout(timer)
          req.signal?.removeEventListener('abort', onAbort)
          fn()
        }
        const fail = (err: ZkbioError) => {
          finish(() => reject(err))
          request.destroy()
        }
        const headers: Record<string, string> = { accept: 'application/json, */*;q=0.5', ...req.headers }
        // An explicit length (0 for a bodyless POST) instead of chunked encoding, which some servers reject.
        if (req.body !== undefined || req.method !== 'GET') {
          headers['content-length'] = String(req.body === undefined ? 0 : Buffer.byteLength(req.body))
        }
        const lib = secure ? https : http
        const request = lib.request({
          protocol: baseUrl.protocol,
          hostname: baseUrl.hostname.replace(/^\[|\]$/g, ''),
          port: baseUrl.port || (secure ? 443 : 80),
          method: req.method,
          path: prefix + req.pathAndQuery,
          headers,
          agent: req.freshConnection ? fresh : pooled,
        })
        const timer = setTimeout(
          () =>
            fail(
              new ZkbioError({
                kind: 'timeout',
                endpoint: req.endpoint,
                detail: `after ${req.timeoutMs} ms`,
              }),
            ),
          req.timeoutMs,
        )
        const onAbort = () => fail(new ZkbioError({ kind: 'aborted', endpoint: req.endpoint }))
        req.signal?.addEventListener('abort', onAbort, { once: true })

        request.on('error', (err) => finish(() => reject(socketErrorToZkbio(err, req.endpoint))))
        request.on('response', (res) => {
          const chunks: Buffer[] = []
          let size = 0
          const limit = Math.min(maxBody, req.maxBodyBytes ?? maxBody)
          // Stops the read at once (the socket is destroyed): nothing past the limit is buffered.
          const tooLarge = () =>
            fail(
              new ZkbioError({
                kind: 'validation',
                endpoint: req.endpoint,
                status: res.statusCode,
                problem: { key: 'server.zkbio.answer.tooLarge', params: { limit: describeLimit(limit) } },
                detail: `answer over ${limit} bytes`,
              }),
            )
          const announced = Number(res.headers['content-length'])
          if (Number.isFinite(announced) && announced > limit) {
            res.resume()
            tooLarge()
            return
          }
          res.on('data', (chunk: Buffer) => {
            size += chunk.length
            if (size > limit) {
              tooLarge()
              return
            }
            chunks.push(chunk)
          })
          res.on('error', (err) => finish(() => reject(socketErrorToZkbio(err, req.endpoint))))
          // 'aborted' without 'end': the server cut the body short (truncated answer).
          res.on('aborted', () =>
            finish(() =>
              reject(
                new ZkbioError({
                  kind: 'network',
                  endpoint: req.endpoint,
                  status: res.statusCode,
                  detail: 'connection closed before the answer was complete',
                }),
              ),
            ),
          )
          res.on('end', () =>
            finish(() =>
              resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
            ),
          )
        })
        request.end(req.body)
      })
    },
  }
}

/** For log lines: method and redacted path. */
export function describeRequest(req: Pick<TransportRequest, 'method' | 'pathAndQuery'>): string {
  return `${req.method} ${redact(req.pathAndQuery)}`
}
