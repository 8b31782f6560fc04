/**
 * Declarative description of one server endpoint. Every client function is a thin typed wrapper over
 * one of these, so the facts that matter for safety (read or command, retryable or not, optional or
 * not) are stated once per endpoint and enforced in one place (`core.ts`, `retry.ts`).
 */
import type { z } from 'zod'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

/**
 * read: fetches data, may be retried.
 * write: changes stored data (persons, visitors...): never retried automatically.
 * command: acts on hardware (door, gate, floor): never retried automatically.
 */
export type Effect = 'read' | 'write' | 'command'

/** Optional server features (FIELD-NOTES: v1.2 endpoints and path spellings). */
export type OptionalFeature =
  'visitorList' | 'visitorQrByCertNumber' | 'visitTransactions' | 'visitorQrByPinQuery'

export interface EndpointSpec<S extends z.ZodType = z.ZodType> {
  /** Manual section ('2.11.8') or 'FIELD-NOTES'. */
  section: string
  method: HttpMethod
  /** Path with `{param}` placeholders, e.g. '/api/person/get/{pin}'. */
  path: string
  effect: Effect
  /** Schema of the envelope's data (or of what `select` picks). */
  data: S
  select?: (envelope: Record<string, unknown>) => unknown
  /** Other spelling tried once when the server answers 404 for `path` (close commands). */
  alternatePath?: string
  /** Present only on newer servers; a 404 then means 'unsupported'. */
  optional?: OptionalFeature
  /** Why a read must not be retried (e.g. monitor sessions advance on the server). */
  noRetry?: string
  /** Size class of the answer when the path alone does not tell (see answer-limit.ts). */
  answer?: 'list' | 'media' | 'record'
  /** The printed path is known to be doubtful (FIELD-NOTES). */
  unverified?: string
}

export interface EndpointDef<S extends z.ZodType = z.ZodType> extends EndpointSpec<S> {
  /** Client function path, e.g. 'door.remoteOpenById' => client.door.remoteOpenById. */
  id: string
}

export type EndpointSpecs = Record<string, EndpointSpec>
export type Defined<T extends EndpointSpecs> = { [K in keyof T]: T[K] & { id: string } }

export function defineEndpoints<T extends EndpointSpecs>(module: string, specs: T): Defined<T> {
  const out = {} as Record<string, EndpointDef>
  for (const [key, spec] of Object.entries(specs)) out[key] = { ...spec, id: `${module}.${key}` }
  return out as Defined<T>
}

/** The path with its placeholders filled in (each value URL-encoded). */
export function fillPath(path: string, params: Record<string, string | number> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params[name]
    if (value === undefined || value === '') throw new Error(`Missing path parameter ${name} for ${path}`)
    return encodeURIComponent(String(value))
  })
}

export function isRetryable(ep: Pick<EndpointSpec, 'effect' | 'noRetry'>): boolean {
  return ep.effect === 'read' && !ep.noRetry
}
