/**
 * Walks paged lists. v2 lists say their total, so after page 1 the remaining pages are fetched with a
 * bounded number in flight (the server is shared with the whole site) and yielded in order. v1 lists
 * have no total: they are walked one page at a time until a short page.
 */
import type { Page } from './schemas/primitives'

export interface PageRequest {
  pageNo: number
  pageSize: number
}

export interface PageCallOptions {
  signal?: AbortSignal
}

export interface FetchAllOptions {
  /** 1..1000 (the server's limit, FIELD-NOTES); default 1000. */
  pageSize?: number
  /** Pages in flight at once after the first; default 3. */
  concurrency?: number
  signal?: AbortSignal
  /** Safety stop for a server whose total keeps growing; default 10,000 pages. */
  maxPages?: number
}

export const MAX_PAGE_SIZE = 1000

function checkPageSize(pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}`)
  }
  return pageSize
}

/** Yields each page's items, in page order. */
export async function* fetchAllPages<T>(
  fetchPage: (req: PageRequest, opts: PageCallOptions) => Promise<Page<T>>,
  options: FetchAllOptions = {},
): AsyncGenerator<T[], void, undefined> {
  const pageSize = checkPageSize(options.pageSize ?? MAX_PAGE_SIZE)
  const concurrency = Math.max(1, options.concurrency ?? 3)
  const maxPages = options.maxPages ?? 10_000
  // One controller for the whole walk: an error or an early `break` cancels the pages in flight.
  const controller = new AbortController()
  const onParentAbort = () => controller.abort()
  options.signal?.addEventListener('abort', onParentAbort, { once: true })
  if (options.signal?.aborted) controller.abort()
  const signal = controller.signal

  const inFlight = new Map<number, Promise<Page<T>>>()
  try {
    const first = await fetchPage({ pageNo: 1, pageSize }, { signal })
    yield first.items
    if (first.lastPage === true || first.items.length === 0) return
    const totalPages = Math.min(maxPages, Math.ceil(first.total / pageSize))
    let next = 2
    const launch = () => {
      while (inFlight.size < concurrency && next <= totalPages) {
        const pageNo = next++
        const p = fetchPage({ pageNo, pageSize }, { signal })
        p.catch(() => {}) // handled when awaited in order
        inFlight.set(pageNo, p)
      }
    }
    for (let pageNo = 2; pageNo <= totalPages; pageNo++) {
      launch()
      const page = await inFlight.get(pageNo)!
      inFlight.delete(pageNo)
      yield page.items
      if (page.items.length === 0) return
    }
  } finally {
    options.signal?.removeEventListener('abort', onParentAbort)
    if (inFlight.size > 0) controller.abort()
  }
}

/** All items of a v2 list. */
export async function collectAllPages<T>(
  fetchPage: (req: PageRequest, opts: PageCallOptions) => Promise<Page<T>>,
  options: FetchAllOptions = {},
): Promise<T[]> {
  const all: T[] = []
  for await (const items of fetchAllPages(fetchPage, options)) all.push(...items)
  return all
}

/** v1 lists (plain arrays, no total): page after page until a short one. */
export async function* walkListPages<T>(
  fetchPage: (req: PageRequest, opts: PageCallOptions) => Promise<T[]>,
  options: Omit<FetchAllOptions, 'concurrency'> = {},
): AsyncGenerator<T[], void, undefined> {
  const pageSize = checkPageSize(options.pageSize ?? MAX_PAGE_SIZE)
  const maxPages = options.maxPages ?? 10_000
  for (let pageNo = 1; pageNo <= maxPages; pageNo++) {
    const items = await fetchPage({ pageNo, pageSize }, options.signal ? { signal: options.signal } : {})
    if (items.length > 0) yield items
    if (items.length < pageSize) return
  }
}
