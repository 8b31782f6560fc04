/**
 * The one place the connection code meets the ZKBio client: builds a client for a profile and offers
 * the two calls the connection needs (a light health check and capability detection). Everything
 * else in the app uses the client itself through `connection.client()`.
 */
import type { TlsTrust } from '../../shared/settings'
import type { CapabilitySnapshot } from '../zkbio/capabilities'
import { ZkbioCore, type ZkbioClientOptions } from '../zkbio/core'
import { doorEndpoints } from '../zkbio/api/door'
import { visRegistrationEndpoints, visVisitorEndpoints } from '../zkbio/api/visitor'
import { ZkbioError } from '../zkbio/errors'
import { createLogger } from '../log'
import { formatLogEntry, type ZkbioLogger } from '../zkbio/log'

export type ZkbioClient = ZkbioCore

export interface ServerLinkOptions {
  url: string
  token: string
  tls: TlsTrust
  serverUtcOffsetMinutes?: number | null
  /** What was learnt before about this server. */
  capabilities?: Partial<CapabilitySnapshot>
  timeoutMs?: number
  logger?: ZkbioLogger
}

export interface ServerLink {
  readonly client: ZkbioClient
  /** One cheap read that needs a valid token and a working API licence. */
  ping(signal?: AbortSignal): Promise<void>
  /** Asks for each optional endpoint with harmless parameters; the client records what exists. */
  detectCapabilities(signal?: AbortSignal): Promise<CapabilitySnapshot>
  capabilities(): CapabilitySnapshot
  close(): void
}

export type ServerLinkFactory = (options: ServerLinkOptions) => ServerLink

const zkbioLog = createLogger('zkbio')

/** The client's request lines into main's log (already redacted by the client, and again by the logger). */
export const mainLogBridge: ZkbioLogger = {
  log(level, entry) {
    const line = formatLogEntry(entry)
    if (level === 'error' || level === 'warn') zkbioLog.warn(line)
    else zkbioLog.debug(line)
  },
}

/** A value no real visitor has: the probes must find nothing and change nothing. */
const PROBE = 'gatehouse-capability-probe'

export const createServerLink: ServerLinkFactory = (options) => {
  const clientOptions: ZkbioClientOptions = {
    baseUrl: options.url,
    token: options.token,
    tls: options.tls.mode === 'ca' ? { mode: 'ca', caPem: options.tls.caPem } : options.tls,
    timeoutMs: options.timeoutMs ?? 10_000,
    ...(options.serverUtcOffsetMinutes != null
      ? { serverUtcOffsetMinutes: options.serverUtcOffsetMinutes }
      : {}),
    ...(options.capabilities ? { capabilities: options.capabilities } : {}),
    logger: options.logger ?? mainLogBridge,
  }
  const core = new ZkbioCore(clientOptions)

  /** A 'server' refusal (the visitor does not exist) still proves the endpoint exists. */
  const probe = async (call: () => Promise<unknown>): Promise<void> => {
    try {
      await call()
    } catch (error) {
      if (!(error instanceof ZkbioError)) throw error
      if (error.kind === 'unsupported' || error.kind === 'server' || error.kind === 'validation') return
      throw error
    }
  }

  return {
    client: core,
    async ping(signal) {
      // The first page of one door: tiny, and every Gatehouse site needs the door API anyway.
      // Retries off: the health loop has its own backoff and must learn of an outage promptly.
      await core.call(
        { ...doorEndpoints.listV2, noRetry: 'health check: the connection loop retries' },
        { query: { pageNo: 1, pageSize: 1 } },
        signal ? { signal } : {},
      )
    },
    async detectCapabilities(signal) {
      const opts = signal ? { signal } : {}
      // One at a time: a small server should not get four requests at once from a health check.
      await probe(() =>
        core.call(
          visVisitorEndpoints.getVisitorList,
          { query: { certNumbers: PROBE, pageNo: 1, pageSize: 1 } },
          opts,
        ),
      )
      await probe(() =>
        core.call(
          visRegistrationEndpoints.getTransactionListV2,
          { query: { certNum: PROBE, pageNo: 1, pageSize: 1 } },
          opts,
        ),
      )
      await probe(() =>
        core.call(
          visRegistrationEndpoints.getQrCodeByCertNumber,
          { query: { certNumber: PROBE, certType: 8 } },
          opts,
        ),
      )
      await probe(() => core.call(visRegistrationEndpoints.getQrCodeByPin, { query: { pin: PROBE } }, opts))
      return core.capabilities.snapshot()
    },
    capabilities: () => core.capabilities.snapshot(),
    close: () => core.close(),
  }
}
