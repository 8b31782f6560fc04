/**
 * Retries for reads only. The guard is structural: `withReadRetry` refuses any endpoint not declared
 * 'read', so a door, gate or floor command (or a write) cannot be retried by accident, whatever the
 * caller asks for.
 */
import type { EndpointDef } from './endpoint'
import { isRetryable } from './endpoint'
import { ZkbioError } from './errors'

export interface RetryPolicy {
  /** Extra attempts after the first one (default 2). */
  retries: number
  /** First delay; doubles each time (default 300 ms). */
  baseDelayMs: number
  /** Upper bound of one delay (default 3000 ms). */
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 2, baseDelayMs: 300, maxDelayMs: 3000 }

export class RetryNotAllowedError extends Error {
  constructor(endpointId: string) {
    super(`Endpoint ${endpointId} is not a retryable read; it must never be retried automatically.`)
    this.name = 'RetryNotAllowedError'
  }
}

/** Full jitter: a random delay between 0 and the exponential cap, so many desks do not retry in step. */
export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
  return Math.round(cap / 2 + (random() * cap) / 2)
}

export function isTransient(err: unknown): boolean {
  return err instanceof ZkbioError && err.transient
}

export async function withReadRetry<T>(
  ep: Pick<EndpointDef, 'id' | 'effect' | 'noRetry'>,
  policy: RetryPolicy,
  attemptFn: (attempt: number) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  if (!isRetryable(ep)) throw new RetryNotAllowedError(ep.id)
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptFn(attempt)
    } catch (err) {
      if (attempt > policy.retries || !isTransient(err) || signal?.aborted) throw err
      await sleep(backoffDelay(attempt, policy), signal)
    }
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms)
    function done() {
      clearTimeout(t)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })
}
