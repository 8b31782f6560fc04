/**
 * Finds out which optional endpoints a server has, with harmless reads (a lookup of a document number
 * nobody has). A 404 / Spring error means absent; an answer, even a refusal with a server code, means
 * present. Commands are never probed: the close-path spelling is learnt on first use instead.
 */
import type { ZkbioClient } from './client'
import type { CapabilitySnapshot } from './capabilities'
import type { OptionalFeature } from './endpoint'
import { ZkbioError } from './errors'

const PROBE_DOCUMENT = 'GATEHOUSE-PROBE-0'

export interface CapabilityReport {
  snapshot: CapabilitySnapshot
  /** Probes that failed for another reason (network, auth...): their feature stays 'unknown'. */
  errors: Partial<Record<OptionalFeature, ZkbioError>>
}

export async function detectCapabilities(
  client: ZkbioClient,
  opts: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<CapabilityReport> {
  const callOpts = {
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
  }
  const { registration, visitors } = client.visitor
  const probes: Record<OptionalFeature, () => Promise<unknown>> = {
    visitorList: () =>
      visitors.getVisitorList({ certNumbers: PROBE_DOCUMENT, pageNo: 1, pageSize: 1 }, callOpts),
    visitorQrByCertNumber: () =>
      registration.getQrCodeByCertNumber({ certNumber: PROBE_DOCUMENT, certType: 8 }, callOpts),
    visitTransactions: () =>
      registration.getTransactionListV2({ certNum: PROBE_DOCUMENT, pageNo: 1, pageSize: 1 }, callOpts),
    visitorQrByPinQuery: () => registration.getQrCodeByPin(PROBE_DOCUMENT, callOpts),
  }
  const errors: CapabilityReport['errors'] = {}
  await Promise.all(
    (Object.keys(probes) as OptionalFeature[]).map(async (feature) => {
      try {
        await probes[feature]()
      } catch (err) {
        // 'unsupported' and 'server' already updated the capabilities inside the call engine.
        if (err instanceof ZkbioError && (err.kind === 'unsupported' || err.kind === 'server')) return
        if (err instanceof ZkbioError) errors[feature] = err
        else throw err
      }
    }),
  )
  return { snapshot: client.capabilities.snapshot(), errors }
}
