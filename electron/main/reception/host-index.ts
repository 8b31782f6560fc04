import type { Host } from '../../shared/contract/reception'

/**
 * In-memory search over the host cache, built for 50,000 persons and one query per keystroke.
 *
 * Every word of a host's name, pin and department becomes a token; the distinct tokens live in one sorted
 * array with the hosts carrying each, so "every token starting with X" is a binary search plus a
 * contiguous range. A query of several
 * words takes the word with the smallest range and checks the others against that host's own tokens.
 * A search never scans the whole directory, whatever the size.
 */

/** Lower case, accents stripped, so 'José' is found by 'jose'. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

export function tokenise(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
}

export interface HostIndex {
  readonly size: number
  search(query: string, limit?: number): Host[]
  get(pin: string): Host | undefined
}

// One collator for every comparison: creating one per localeCompare call costs more than the search.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

const NAME_RANK = 0
const PIN_RANK = 1
const DEPT_RANK = 2

export function buildHostIndex(hosts: readonly Host[]): HostIndex {
  const list = hosts.slice()
  const byPin = new Map<string, number>()
  const tokensOf: string[][] = []
  const nameTokenCount: number[] = []
  const pinKey: string[] = []
  // token -> hosts carrying it. Names repeat a lot, so there are far fewer distinct tokens than hosts.
  const postings = new Map<string, number[]>()
  list.forEach((host, i) => {
    byPin.set(host.pin, i)
    const nameTokens = tokenise(host.name)
    pinKey.push(normalise(host.pin))
    const all = [
      ...nameTokens,
      pinKey[i] as string,
      ...tokenise(host.departmentName),
      normalise(host.departmentCode),
    ]
    const unique = [...new Set(all.filter((t) => t.length > 0))]
    tokensOf.push(unique)
    nameTokenCount.push(nameTokens.length)
    for (const token of unique) {
      const hostsOf = postings.get(token)
      if (hostsOf) hostsOf.push(i)
      else postings.set(token, [i])
    }
  })
  const tokens = [...postings.keys()].sort()
  const hostsOfToken = tokens.map((t) => postings.get(t) as number[])
  postings.clear()

  /** First index whose token is >= prefix. */
  const lowerBound = (prefix: string): number => {
    let lo = 0
    let hi = tokens.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((tokens[mid] as string) < prefix) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const range = (prefix: string): [number, number] => [lowerBound(prefix), lowerBound(prefix + '\uffff')]
  /** How many hosts a token range covers, to pick the most selective word. */
  const weight = ([start, end]: [number, number]): number => {
    let n = 0
    for (let k = start; k < end && n < 100_000; k++) n += (hostsOfToken[k] as number[]).length
    return n
  }

  /** How well host i matches: exact pin first, then name matches, then department. Lower is better. */
  const rank = (i: number, queryTokens: string[]): number => {
    const pin = pinKey[i] as string
    if (queryTokens.length === 1 && pin === queryTokens[0]) return -1
    const own = tokensOf[i] as string[]
    const names = nameTokenCount[i] as number
    if (queryTokens.every((q) => own.some((t, k) => k < names && t.startsWith(q)))) return NAME_RANK
    if (queryTokens.some((q) => pin.startsWith(q))) return PIN_RANK
    return DEPT_RANK
  }

  return {
    size: list.length,
    get: (pin) => {
      const i = byPin.get(pin)
      return i === undefined ? undefined : list[i]
    },
    search(query, limit = 20) {
      const queryTokens = [...new Set(tokenise(query))]
      if (queryTokens.length === 0) return []
      // The rarest word drives the search; the others filter its candidates.
      const ranges = queryTokens
        .map((q) => {
          const r = range(q)
          return { q, r, w: weight(r) }
        })
        .sort((a, b) => a.w - b.w)
      const [first, ...rest] = ranges
      if (!first || first.w === 0) return []
      const seen = new Set<number>()
      const matches: number[] = []
      // Enough candidates to rank well without walking a huge range for a one-letter query.
      const wanted = limit * 10
      walk: for (let k = first.r[0]; k < first.r[1]; k++) {
        for (const i of hostsOfToken[k] as number[]) {
          if (seen.has(i)) continue
          seen.add(i)
          const own = tokensOf[i] as string[]
          if (rest.every(({ q }) => own.some((t) => t.startsWith(q)))) matches.push(i)
          if (matches.length >= wanted) break walk
        }
      }
      return matches
        .map((i) => ({ i, r: rank(i, queryTokens) }))
        .sort((a, b) => {
          if (a.r !== b.r) return a.r - b.r
          const ha = list[a.i] as Host
          const hb = list[b.i] as Host
          // Typing digits means a pin: list those in pin order; words list in name order.
          return a.r === PIN_RANK ? collator.compare(ha.pin, hb.pin) : collator.compare(ha.name, hb.name)
        })
        .slice(0, limit)
        .map(({ i }) => list[i] as Host)
    },
  }
}
