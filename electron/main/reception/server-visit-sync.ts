import { AppError } from '../app/app-error'
import { createLogger } from '../log'
import { formatServerDateTime, parseServerDateTime } from '../zkbio/server-time'
import type { ReceptionDeps } from './context'
import { isUnreachable } from './server-port'
import {
  isOpenOnServer,
  pageEndsHistoryOfInterest,
  registeredElsewhere,
  serverVisitKey,
  type OpenServerVisit,
} from './server-visit-merge'
import type { ServerVisitStore } from './server-visit-store'

const log = createLogger('reception.serverVisits')

/** One page of the server's visit history; the v2 lists take a few hundred rows comfortably. */
export const SERVER_VISIT_PAGE_SIZE = 200
/** At most this many pages per fetch (40,000 visits): a bound on a server that never stops paging. */
export const SERVER_VISIT_MAX_PAGES = 200
/** A newest-first history stops being read once a whole page ended this long ago. */
const HISTORY_OF_INTEREST_MS = 2 * 86_400_000

/**
 * - never: not asked yet; ok: the last fetch was complete (asOf);
 * - unsupported: the server has no visit history (older than v1.2);
 * - failed: the last try failed (asOf tells how old what is shown is); notConfigured: no server.
 */
export type ServerHistoryState = 'never' | 'ok' | 'unsupported' | 'failed' | 'notConfigured'

export interface ServerHistoryStatus {
  state: ServerHistoryState
  /** The last complete fetch (ISO), or null. */
  asOf: string | null
  /** How many open visits the server lists that no Gatehouse desk registered. */
  elsewhere: number
}

export interface ServerVisitSync {
  /**
   * Pages through the server's visit history and keeps its open visits. One fetch at a time (a caller
   * arriving meanwhile shares it). With `timeoutMs` the answer comes by then at the latest, with what
   * is known; the fetch carries on and is kept when it ends.
   */
  refresh(options?: { timeoutMs?: number }): Promise<ServerHistoryStatus>
  status(): ServerHistoryStatus
  /** The server's open visits that no Gatehouse visit covers (see server-visit-merge.ts). */
  elsewhere(): OpenServerVisit[]
  /** How long the last complete fetch took and how many records it read (for the logs and figures). */
  lastFetch(): { ms: number; records: number; pages: number } | null
}

export function createServerVisitSync(deps: ReceptionDeps, store: ServerVisitStore): ServerVisitSync {
  const now = (): Date => deps.now?.() ?? new Date()
  let state: ServerHistoryState = store.asOf() ? 'ok' : 'never'
  let inFlight: Promise<ServerHistoryStatus> | null = null
  let last: { ms: number; records: number; pages: number } | null = null

  const elsewhere = (): OpenServerVisit[] =>
    registeredElsewhere(store.list(), store.ownVisitsOfCachedVisitors())
  const status = (): ServerHistoryStatus => ({ state, asOf: store.asOf(), elsewhere: elsewhere().length })

  const fetchAll = async (): Promise<ServerHistoryStatus> => {
    let server
    try {
      server = deps.server()
    } catch (error) {
      if (error instanceof AppError) {
        state = 'notConfigured'
        return status()
      }
      throw error
    }
    const started = performance.now()
    const offset = server.utcOffsetMinutes()
    const olderThan = formatServerDateTime(new Date(now().getTime() - HISTORY_OF_INTEREST_MS), offset)
    const open: OpenServerVisit[] = []
    let records = 0
    let pages = 0
    try {
      for (let pageNo = 1; pageNo <= SERVER_VISIT_MAX_PAGES; pageNo++) {
        const page = await server.listVisits({ pageNo, pageSize: SERVER_VISIT_PAGE_SIZE })
        if (page === null) {
          state = 'unsupported'
          return status()
        }
        pages++
        records += page.length
        for (const v of page) {
          if (!isOpenOnServer(v) || !v.certNumber) continue
          open.push({
            key: serverVisitKey(v),
            visitorPin: v.visitorPin,
            visitorName: v.visitorName || v.certNumber,
            company: v.company ?? '',
            phone: v.phone ?? '',
            certType: v.certType,
            certNumber: v.certNumber,
            hostPin: v.hostPin,
            hostName: v.hostName ?? '',
            hostDepartment: v.hostDepartment ?? '',
            reason: v.reason ?? '',
            visitorCount: v.visitorCount ?? 1,
            startTime: v.startTime,
            checkedInAt: (parseServerDateTime(v.startTime, offset) ?? now()).toISOString(),
          })
        }
        if (page.length < SERVER_VISIT_PAGE_SIZE || pageEndsHistoryOfInterest(page, olderThan)) break
      }
    } catch (error) {
      if (isUnreachable(error)) deps.reportFailure?.(error)
      state = 'failed'
      log.warn('server visit history could not be fetched', { error: String(error) })
      return status()
    }
    deps.reportSuccess?.()
    const before = new Set(elsewhere().map((v) => v.key))
    // The same record listed twice (a page boundary moving while paging) is kept once.
    store.replaceAll([...new Map(open.map((v) => [v.key, v])).values()], now())
    state = 'ok'
    last = { ms: Math.round(performance.now() - started), records, pages }
    const after = elsewhere()
    if (after.length !== before.size || after.some((v) => !before.has(v.key))) {
      deps.emit('reception.visitsChanged', { reason: 'reconciled' })
    }
    log.debug('server visit history fetched', { ...last, open: open.length, elsewhere: after.length })
    return status()
  }

  return {
    refresh(options = {}) {
      inFlight ??= fetchAll().finally(() => {
        inFlight = null
      })
      const running = inFlight
      if (options.timeoutMs === undefined) return running
      return new Promise<ServerHistoryStatus>((resolve) => {
        const timer = setTimeout(() => {
          // Too slow for the roll call: it goes out with what is known, marked as such.
          const known = status()
          resolve({ ...known, state: known.state === 'unsupported' ? known.state : 'failed' })
        }, options.timeoutMs)
        running.then(
          (result) => {
            clearTimeout(timer)
            resolve(result)
          },
          () => {
            clearTimeout(timer)
            resolve({ ...status(), state: 'failed' })
          },
        )
      })
    },
    status,
    elsewhere,
    lastFetch: () => last,
  }
}
