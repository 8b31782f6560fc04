/**
 * Building blocks for tolerant-but-honest response schemas. Real servers send numbers as strings,
 * change key case between versions and leave fields out; those are accepted. What is never accepted
 * is a different SHAPE: a list that is not a list fails validation instead of becoming an empty list.
 */
import { z } from 'zod'

/** A string, or a number/boolean sent where a string was documented. */
export const str = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v))

/** A number, or a numeric string ("12", " 3 "). */
export const num = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
])

/** A boolean, or its usual spellings ("true", "1", 1, "yes"). */
export const bool = z.union([
  z.boolean(),
  z.number().transform((n) => n !== 0),
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((s) => ['true', 'false', '1', '0', 'yes', 'no', ''].includes(s))
    .transform((s) => s === 'true' || s === '1' || s === 'yes'),
])

/** Optional text field: missing and null both become null. */
export const optStr = str.nullish().transform((v) => v ?? null)
export const optNum = z
  .union([num, z.literal('')])
  .nullish()
  .transform((v) => (v === '' || v === undefined || v === null ? null : v))
export const optBool = bool.nullish().transform((v) => v ?? null)

/** Rename keys to the schema's spelling when only the case differs ('ID' -> 'id', 'DeviceId' -> 'deviceId'). */
export function canonicaliseKeys(value: unknown, keys: readonly string[]): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value
  const byLower = new Map(keys.map((k) => [k.toLowerCase(), k]))
  const source = value as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(source)) {
    const canonical = keys.includes(k) ? k : byLower.get(k.toLowerCase())
    // A case variant never overwrites the exact spelling when both are present.
    if (canonical && canonical !== k && !(canonical in source)) out[canonical] = v
    else out[k] = v
  }
  return out
}

/** An object record: keys matched case-insensitively, unknown keys kept (servers add fields). */
export function record<S extends z.ZodRawShape>(shape: S) {
  const keys = Object.keys(shape)
  return z.preprocess((v) => canonicaliseKeys(v, keys), z.looseObject(shape))
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
