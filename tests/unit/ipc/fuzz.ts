/**
 * Random payloads for IPC fuzzing: plain junk, plus objects that use a channel's own keys with random
 * values (so validation is exercised past the first "expected object" check). Seeded: a failure
 * reproduces.
 */
import type { z } from 'zod'

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function randomString(rand: () => number): string {
  const pool = ['', 'a', '0', '-1', '1e309', 'null', '<script>', '../../etc/passwd', 'é漢字🙂', ' ', '\u0000']
  if (rand() < 0.5) return pool[Math.floor(rand() * pool.length)]!
  const length = rand() < 0.1 ? 5000 : Math.floor(rand() * 40)
  let out = ''
  for (let i = 0; i < length; i++) out += String.fromCharCode(32 + Math.floor(rand() * 95))
  return out
}

export function randomValue(rand: () => number, depth = 0): unknown {
  const pick = Math.floor(rand() * (depth > 2 ? 7 : 9))
  switch (pick) {
    case 0:
      return undefined
    case 1:
      return null
    case 2:
      return rand() < 0.5
    case 3:
      return [0, -1, 1, 1.5, Number.MAX_SAFE_INTEGER, -1e12, 1e308, Number.NaN][Math.floor(rand() * 8)]
    case 4:
    case 5:
      return randomString(rand)
    case 6:
      return { __proto__: { polluted: true }, constructor: 'x' }
    case 7:
      return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1))
    default: {
      const obj: Record<string, unknown> = {}
      for (let i = 0; i < Math.floor(rand() * 4); i++) obj[randomString(rand)] = randomValue(rand, depth + 1)
      return obj
    }
  }
}

/** Keys of an object schema (unwrapping optional/default), or none. */
function objectKeys(schema: z.ZodType): string[] {
  const def = (schema as unknown as { def?: { type?: string; shape?: object; innerType?: z.ZodType } }).def
  if (!def) return []
  if (def.type === 'object' && def.shape) return Object.keys(def.shape)
  if (def.innerType) return objectKeys(def.innerType)
  return []
}

export function fuzzPayloads(schema: z.ZodType, count: number, seed: number): unknown[] {
  const rand = seededRandom(seed)
  const keys = objectKeys(schema)
  return Array.from({ length: count }, (_, i) => {
    if (keys.length && i % 2 === 0) {
      const obj: Record<string, unknown> = {}
      for (const key of keys) if (rand() < 0.85) obj[key] = randomValue(rand, 1)
      return obj
    }
    return randomValue(rand)
  })
}
