/**
 * The one place the connection code meets the ZKBio client: builds a client for a profile and offers
 * the two calls the connection needs (a light health check and capability detection). Everything
 * else in the app uses the client itself through `connection.client()`.
 */
import type { TlsTrust } from '../../shared/settings'
import type { CapabilitySnapshot } from '../zkbio/capabilities'
import { doorEndpoints } from '../zkbio/api/door'
import { createZkbioClient, type ZkbioClient } from '../zkbio/client'
import type { ZkbioClientOptions, ZkbioCore } from '../zkbio/core'
import { detectCapabilities } from '../zkbio/detect-capabilities'
import { createLogger } from '../log'
import { formatLogEntry, type ZkbioLogger } from '../zkbio/log'

/** The call engine features build their module APIs on (`connection.client()`). */
export type ConnectionClient = ZkbioCore

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
  readonly client: ConnectionClient
  /** The typed client, one property per manual module, on the same call engine. */
  readonly api: ZkbioClient
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
    // A refusal with a server code (e.g. -257 "no such visitor" to a capability probe) is an answer the
    // caller interprets and reports in its own words; only faults (network, TLS, auth...) are warnings.
    const refusal = entry.event === 'request' && entry.errorKind === 'server'
    if ((level === 'error' || level === 'warn') && !refusal) zkbioLog.warn(line)
    else zkbioLog.debug(line)
  },
}

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
  const api = createZkbioClient(clientOptions)
  const core = api.core

  return {
    client: core,
    api,
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
      const report = await detectCapabilities(api, signal ? { signal } : {})
      return report.snapshot
    },
    capabilities: () => core.capabilities.snapshot(),
    close: () => core.close(),
  }
}
