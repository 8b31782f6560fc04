// Seeded pseudo-random numbers (mulberry32): the simulator never uses Math.random, so a seed
// reproduces the same site and the same scenario.
export class Prng {
  private s: number
  constructor(seed: number) {
    this.s = seed >>> 0 || 0x9e3779b9
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0
    let t = this.s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(min: number, maxInclusive: number): number {
    return min + Math.floor(this.next() * (maxInclusive - min + 1))
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  digits(n: number): string {
    let s = ''
    for (let i = 0; i < n; i++) s += String(this.int(0, 9))
    return s
  }
}

function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b)
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35)
  return (x ^ (x >>> 16)) >>> 0
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))
const hex32 = (x: number) => HEX[x >>> 24] + HEX[(x >>> 16) & 255] + HEX[(x >>> 8) & 255] + HEX[x & 255]
const namespaceHashes = new Map<string, number>()

function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/**
 * A 32-character hex id like the server's Hibernate UUIDs, derived from (seed, namespace, n) so that
 * ids stay stable for a seed even when entities are generated lazily or in another order.
 */
export function hexId(seed: number, namespace: string, n: number): string {
  let ns = namespaceHashes.get(namespace)
  if (ns === undefined) namespaceHashes.set(namespace, (ns = hashString(namespace)))
  const base = ns ^ Math.imul(seed, 0x27d4eb2d)
  const k = Math.imul(n + 1, 0x9e3779b9)
  return (
    '8a8a' +
    hex32(mix32(seed + 0x51)).slice(4) +
    hex32(mix32(base + k + 0x632be5ab)) +
    hex32(mix32(base + k + 0xc657cb56)) +
    hex32(mix32(base + k + 0x2983b101))
  )
}

export function stableHash(s: string): number {
  return mix32(hashString(s))
}
