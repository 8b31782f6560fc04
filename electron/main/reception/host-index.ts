import type { Host } from '../../shared/contract/reception'

/**
 * In-memory search over the host cache, built for 50,000 persons and one query per keystroke.
 *
 * Every word of a host's name, pin and department becomes a token; all tokens live in one sorted array,
 * so "every token starting with X" is a binary search plus a contiguous range. A query of several
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

interface Entry {
  token: string
  host: number
}

export interface HostIndex {
  readonly size: number
  search(query: string, limit?: number): Host[]
  get(pin: string): Host | undefined
}

const NAME_RANK = 0
const PIN_RANK = 1
const DEPT_RANK = 2

export function buildHostIndex(hosts: readonly Host[]): HostIndex {
  const list = hosts.slice()
  const byPin = new Map<string, number>()
  const tokensOf: string[][] = []
  const entries: Entry[] = []
  const nameTokenCount: number[] = []
  list.forEach((host, i) => {
    byPin.set(host.pin, i)
    const nameTokens = tokenise(host.name)
    const all = [...nameTokens, normalise(host.pin), ...tokenise(host.departmentName), normalise(host.departmentCode)]
    const unique = [...new Set(all.filter((t) => t.length > 0))]
    tokensOf.push(unique)
    nameTokenCount.push(nameTokens.length)
    for (const token of unique) entries.push({ token, host: i })
  })
  entries.sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : a.host - b.host))
  const tokens = entries.map((e) => e.token)

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
  const range = (prefix: string): [number, number] => {
    const start = lowerBound(prefix)
    // Every token starting with `prefix` sorts before prefix + the highest code unit.
    const end = lowerBound(prefix + '\uffff')
    return [start, end]
  }

  /** How well host i matches: exact pin first, then name matches, then department. Lower is better. */
  const rank = (i: number, queryTokens: string[]): number => {
    const host = list[i] as Host
    if (queryTokens.length === 1 && normalise(host.pin) === queryTokens[0]) return -1
    const own = tokensOf[i] as string[]
    const nameTokens = own.slice(0, nameTokenCount[i])
    if (queryTokens.every((q) => nameTokens.some((t) => t.startsWith(q)))) return NAME_RANK
    if (queryTokens.some((q) => normalise(host.pin).startsWith(q))) return PIN_RANK
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
      const ranges = queryTokens.map((q) => ({ q, r: range(q) })).sort((a, b) => a.r[1] - a.r[0] - (b.r[1] - b.r[0]))
      const [first, ...rest] = ranges
      if (!first || first.r[1] === first.r[0]) return []
      const seen = new Set<number>()
      const matches: number[] = []
      // Enough candidates to rank well without walking a huge range for a one-letter query.
      const wanted = limit * 10
      for (let k = first.r[0]; k < first.r[1] && matches.length < wanted; k++) {
        const i = (entries[k] as Entry).host
        if (seen.has(i)) continue
        seen.add(i)
        const own = tokensOf[i] as string[]
        if (rest.every(({ q }) => own.some((t) => t.startsWith(q)))) matches.push(i)
      }
      return matches
        .map((i) => ({ i, r: rank(i, queryTokens) }))
        .sort((a, b) => {
          if (a.r !== b.r) return a.r - b.r
          const ha = list[a.i] as Host
          const hb = list[b.i] as Host
          // Typing digits means a pin: list those in pin order; words list in name order.
          return a.r === PIN_RANK ? ha.pin.localeCompare(hb.pin, 'en', { numeric: true }) : ha.name.localeCompare(hb.name)
        })
        .slice(0, limit)
        .map(({ i }) => list[i] as Host)
    },
  }
}
