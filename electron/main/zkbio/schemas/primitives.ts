/**
 * Building blocks for tolerant-but-honest response schemas. Real servers send numbers as strings,
 * change key case between versions and leave fields out; those are accepted. What is never accepted
 * is a different SHAPE: a list that is not a list fails validation instead of becoming an empty list.
 */
import { z } from 'zod'

// One transform per primitive instead of unions: validating 1,000-row pages of 25-field records is
// on the hot path (v2 paging of a 50,000-person site), and unions cost several times more.

function asText(v: unknown): string | undefined {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return undefined
}

function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v)
  return undefined
}

const BOOL_TEXT: Record<string, boolean> = {
  true: true,
  false: false,
  '1': true,
  '0': false,
  yes: true,
  no: false,
  '': false,
}

function asBool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v
  if (typeof v === 'number') return v !== 0
  if (typeof v === 'string') return BOOL_TEXT[v.trim().toLowerCase()]
  return undefined
}

/** A string, or a number/boolean sent where a string was documented. */
export const str = z.unknown().transform((v, ctx): string => {
  const out = asText(v)
  if (out === undefined) {
    ctx.addIssue({ code: 'custom', message: 'expected text' })
    return z.NEVER
  }
  return out
})

/** A number, or a numeric string ("12", " 3 "). */
export const num = z.unknown().transform((v, ctx): number => {
  const out = asNumber(v)
  if (out === undefined) {
    ctx.addIssue({ code: 'custom', message: 'expected a number' })
    return z.NEVER
  }
  return out
})

/** A boolean, or its usual spellings ("true", "1", 1, "yes"). */
export const bool = z.unknown().transform((v, ctx): boolean => {
  const out = asBool(v)
  if (out === undefined) {
    ctx.addIssue({ code: 'custom', message: 'expected true or false' })
    return z.NEVER
  }
  return out
})

/** Optional text field: missing and null both become null. */
export const optStr = z
  .unknown()
  // optional() keeps a missing key valid inside objects; the transform turns it into null.
  .optional()
  .transform((v, ctx): string | null => {
    if (v === null || v === undefined) return null
    const out = asText(v)
    if (out === undefined) {
      ctx.addIssue({ code: 'custom', message: 'expected text' })
      return z.NEVER
    }
    return out
  })

/** Optional number: missing, null and '' become null. */
export const optNum = z
  .unknown()
  // optional() keeps a missing key valid inside objects; the transform turns it into null.
  .optional()
  .transform((v, ctx): number | null => {
    if (v === null || v === undefined || v === '') return null
    const out = asNumber(v)
    if (out === undefined) {
      ctx.addIssue({ code: 'custom', message: 'expected a number' })
      return z.NEVER
    }
    return out
  })

export const optBool = z
  .unknown()
  // optional() keeps a missing key valid inside objects; the transform turns it into null.
  .optional()
  .transform((v, ctx): boolean | null => {
    if (v === null || v === undefined) return null
    const out = asBool(v)
    if (out === undefined) {
      ctx.addIssue({ code: 'custom', message: 'expected true or false' })
      return z.NEVER
    }
    return out
  })

/** Rename keys to the schema's spelling when only the case differs ('ID' -> 'id', 'DeviceId' -> 'deviceId'). */
export function keyCanonicaliser(keys: readonly string[]): (value: unknown) => unknown {
  const exact = new Set(keys)
  const byLower = new Map(keys.map((k) => [k.toLowerCase(), k]))
  return (value) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value
    const source = value as Record<string, unknown>
    // Fast path: the usual answer already spells every known key exactly.
    let needsCopy = false
    for (const k in source) {
      if (!exact.has(k) && byLower.has(k.toLowerCase())) {
        needsCopy = true
        break
      }
    }
    if (!needsCopy) return value
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(source)) {
      const canonical = exact.has(k) ? k : byLower.get(k.toLowerCase())
      // A case variant never overwrites the exact spelling when both are present.
      if (canonical && canonical !== k && !(canonical in source)) out[canonical] = v
      else out[k] = v
    }
    return out
  }
}

export function canonicaliseKeys(value: unknown, keys: readonly string[]): unknown {
  return keyCanonicaliser(keys)(value)
}

/** An object record: keys matched case-insensitively, unknown keys kept (servers add fields). */
export function record<S extends z.ZodRawShape>(shape: S) {
  return z.preprocess(keyCanonicaliser(Object.keys(shape)), z.looseObject(shape))
}

/** A list. Strict: anything but an array is a validation error. */
export function list<T extends z.ZodType>(item: T) {
  return z.array(item)
}

/** The v2 paging wrapper: {page, size, total, data: [...], offset, lastPage}. */
export function page<T extends z.ZodType>(item: T) {
  return record({
    page: optNum,
    size: optNum,
    total: num,
    data: z.array(item),
    offset: optNum,
    lastPage: optBool,
  }).transform((p) => ({
    items: p.data as z.output<T>[],
    /** As the server sent it (0-based in the manual's examples). */
    page: p.page,
    size: p.size,
    total: p.total,
    lastPage: p.lastPage,
  }))
}

export interface Page<T> {
  items: T[]
  page: number | null
  size: number | null
  total: number
  lastPage: boolean | null
}

/** Commands and writes answer `data: null` (or leave it out, or send something unimportant). */
export const anyData = z.unknown()

/** A base64 / payload string such as the dynamic QR code. Must be a non-empty string. */
export const payloadString = z.string().min(1)
