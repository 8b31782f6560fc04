import { AppError } from '../app/app-error'
import { stationNameOf } from '../app/station-name'
import type { CheckOutResult, RollCallEntry, ServerHistoryStatus } from '../../shared/contract/reception'
import { dateTimeText } from '../app/time-words'
import { translate } from '../i18n'
import { createLogger } from '../log'
import { messageOf, operatorOf, type ReceptionDeps } from './context'
import { settleWithdrawn, type WithdrawOutcome } from './pending-replay'
import { isUnreachable, serverCodeOf, type ReceptionServer } from './server-port'
import { SERVER_VISIT_PREFIX } from './server-visit-merge'
import type { ServerVisitStore } from './server-visit-store'
import type { ServerVisitSync } from './server-visit-sync'
import type { VisitStore } from './visit-store'

const log = createLogger('reception.onsite')

/** "Visitor unregistered, cannot be sign-out": the server already has them out. */
const NOT_CHECKED_IN = -256
const RECONCILE_CONCURRENCY = 4
/** The roll call asks the server afresh, but an evacuation never waits longer than this for it. */
export const ROLL_CALL_SERVER_WAIT_MS = 4_000

export interface RollCall {
  generatedAt: string
  siteName: string
  entries: RollCallEntry[]
  serverHistory: ServerHistoryStatus
  serverNote: string | null
}

/** For people: how fresh the server's part of a list is, in the current language. */
export function serverHistoryNote(history: ServerHistoryStatus): string | null {
  const asOf = history.asOf ? dateTimeText(history.asOf) : null
  switch (history.state) {
    case 'ok':
      return asOf ? translate('server.rollCall.historyAsOf', { time: asOf }) : null
    case 'unsupported':
      return translate('server.rollCall.historyUnsupported')
    case 'failed':
    case 'never':
      return asOf
        ? translate('server.rollCall.historyStale', { time: asOf })
        : translate('server.rollCall.historyNotYet')
    default:
      return null
  }
}

/** How long a check-out of a pending visit waits for the server to settle it (see withdrawSoon). */
const WITHDRAW_WAIT_MS = 3_000

export interface OnSiteService {
  checkOut(visitIds: readonly string[], mode?: 'manual' | 'automatic'): Promise<CheckOutResult>
  /**
   * Discards a pending or failed registration. One that may have reached the server is withdrawn like
   * a check-out (never sent again; the server's visit closed now or by the replay). `detail` for the
   * audit.
   */
  discardPending(visitId: string): Promise<{ discarded: boolean; detail: string }>
  reconcile(): Promise<{
    supported: boolean
    checkedOutByServer: number
    message: string | null
    serverHistory: ServerHistoryStatus
  }>
  /** With `freshWithinMs` the server's visit history is asked first, for at most that long. */
  rollCall(options?: { freshWithinMs?: number }): Promise<RollCall>
  /** Checks out everyone still on site once the configured end-of-day time has passed. */
  autoCheckoutTick(): Promise<number>
  start(): void
  stop(): void
}

/** Today's date at HH:mm desk time, or null when auto check-out is off. */
export function autoCheckoutDue(at: string | null, now: Date): Date | null {
  if (!at) return null
  const [h, m] = at.split(':').map(Number)
  const due = new Date(now)
  due.setHours(h ?? 0, m ?? 0, 0, 0)
  return due
}

export function createOnSiteService(
  deps: ReceptionDeps,
  visits: VisitStore,
  serverVisits: { store: ServerVisitStore; sync: ServerVisitSync },
): OnSiteService {
  const now = (): Date => deps.now?.() ?? new Date()
  let timer: ReturnType<typeof setInterval> | null = null
  let lastAutoDay = ''

  type ExitResult = { visitId: string; ok: boolean; message: string | null }
  type Mode = 'manual' | 'automatic'

  /** One audit line for a check-out of `target` (a visit of ours or one registered elsewhere). */
  const auditExit =
    (target: string, mode: Mode, prefix = '') =>
    (result: 'ok' | 'failed', detail: string): void => {
      deps.audit.write({
        operator: mode === 'automatic' ? 'automatic check-out' : operatorOf(deps),
        action: mode === 'automatic' ? 'reception.autoCheckOut' : 'reception.checkOut',
        target,
        result,
        detail: `${prefix}${detail}`,
      })
    }

  /**
   * The server's exit for a certificate, the same for every visit: done (or already done: -256) ends
   * the visit here through `leave`; a refusal or an outage is audited and said, never retried here.
   */
  const serverExit = async (
    server: ReceptionServer,
    visitId: string,
    certificate: { certType: string; certNumber: string },
    mode: Mode,
    leave: () => void,
    write: (result: 'ok' | 'failed', detail: string) => void,
  ): Promise<ExitResult> => {
    try {
      await server.checkOutVisitor(certificate.certType, certificate.certNumber)
      deps.reportSuccess?.()
      leave()
      write('ok', mode)
      return { visitId, ok: true, message: null }
    } catch (error) {
      if (serverCodeOf(error) === NOT_CHECKED_IN) {
        leave()
        write('ok', 'server had already checked the visitor out (-256)')
        return { visitId, ok: true, message: translate('server.rollCall.checkOutAlreadyByServer') }
      }
      if (isUnreachable(error)) deps.reportFailure?.(error)
      const code = serverCodeOf(error)
      write('failed', code !== undefined ? `server code ${code}` : messageOf(error).slice(0, 200))
      return { visitId, ok: false, message: messageOf(error) }
    }
  }

  /**
   * A visitor someone else registered on the server leaves through our list: the same exit call as
   * any visit (certificate type + number), audited; the row goes at once, before the next fetch.
   */
  const exitServerVisit = async (
    zkbio: ReceptionServer | null,
    key: string,
    mode: Mode,
  ): Promise<ExitResult> => {
    const visit = serverVisits.store.get(key)
    if (!visit) return { visitId: key, ok: false, message: translate('server.rollCall.noLongerListed') }
    if (!zkbio) return { visitId: key, ok: false, message: translate('server.rollCall.checkOutNoServer') }
    return serverExit(
      zkbio,
      key,
      visit,
      mode,
      () => serverVisits.store.remove(key),
      auditExit(`server-visit:${key}`, mode, 'registered elsewhere; '),
    )
  }

  const serverOrNull = (): ReceptionServer | null => {
    try {
      return deps.server()
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      return null
    }
  }

  /**
   * A pending visit just withdrawn (checked out or discarded): its first call may have reached the
   * server, so its marker is settled now when this desk can (see `settleWithdrawn`). 'unknown': left
   * to the replay (no server, another server active now, or a registration call holds the visit).
   */
  const withdrawNow = async (
    server: ReceptionServer | null,
    visitId: string,
    write: (result: 'ok' | 'failed', detail: string) => void,
  ): Promise<WithdrawOutcome | 'unknown'> => {
    const marker = visits.withdrawn(visitId)
    if (!marker || !server) return 'unknown'
    // Only to the server the registration was typed for, as the replay does.
    const identity = deps.serverIdentity ? deps.serverIdentity() : undefined
    if (
      identity === null ||
      (identity &&
        (marker.server?.profileId !== identity.profileId || marker.server.binding !== identity.binding))
    )
      return 'unknown'
    if (!visits.claim(visitId)) return 'unknown'
    try {
      return await settleWithdrawn(deps, visits, server, marker, write)
    } finally {
      visits.release(visitId)
    }
  }

  /**
   * `withdrawNow`, but the receptionist waits at most a few seconds: a server that hangs (rather than
   * refusing) would hold the check-out for its timeouts and retries. The settling goes on behind, and
   * the replay takes over if it fails.
   */
  const withdrawSoon = (
    server: ReceptionServer | null,
    visitId: string,
    write: (result: 'ok' | 'failed', detail: string) => void,
  ): Promise<WithdrawOutcome | 'unknown'> => {
    const settling = withdrawNow(server, visitId, write).catch((error: unknown) => {
      log.error('settling a withdrawn registration failed', { visitId, error: messageOf(error) })
      return 'unknown' as const
    })
    let timer: ReturnType<typeof setTimeout> | undefined
    const waited = new Promise<'unknown'>((resolve) => {
      timer = setTimeout(() => resolve('unknown'), WITHDRAW_WAIT_MS)
      timer.unref?.()
    })
    return Promise.race([settling, waited]).finally(() => clearTimeout(timer))
  }

  const withdrawnMessage = (outcome: WithdrawOutcome | 'unknown'): string | null => {
    switch (outcome) {
      case 'notOnServer':
        return translate('server.rollCall.checkOutWithdrawn')
      case 'closed':
        return null
      case 'alreadyOut':
        return translate('server.rollCall.checkOutAlreadyByServer')
      default:
        return translate('server.rollCall.checkOutWithdrawnUnsettled')
    }
  }

  const exitOne = async (
    server: ReceptionServer | null,
    visitId: string,
    mode: Mode,
  ): Promise<ExitResult> => {
    if (visitId.startsWith(SERVER_VISIT_PREFIX)) return exitServerVisit(server, visitId, mode)
    const visit = visits.get(visitId)
    if (!visit) return { visitId, ok: false, message: translate('server.rollCall.checkOutVisitGone') }
    if (visit.status === 'checkedOut')
      return { visitId, ok: true, message: translate('server.rollCall.checkOutAlready') }
    const write = auditExit(`visit:${visitId}`, mode)
    if (visit.status === 'failed') {
      // The server refused it: never registered, nothing to tell the server.
      visits.checkOut(visitId, mode, now())
      write('ok', 'refused by the server; registration withdrawn')
      return { visitId, ok: true, message: translate('server.rollCall.checkOutWithdrawn') }
    }
    if (visit.status === 'pending') {
      // Leaving means the registration is never sent again; but its first call may have reached the
      // server (an answer that never came), so the server's visit is closed if it has one.
      visits.checkOut(visitId, mode, now())
      const outcome = await withdrawSoon(server, visitId, write)
      if (outcome === 'unknown' || outcome === 'down')
        write(
          'ok',
          'not confirmed by the server; registration withdrawn, its server visit closed by the replay',
        )
      return { visitId, ok: true, message: withdrawnMessage(outcome) }
    }
    if (!server) return { visitId, ok: false, message: translate('server.rollCall.checkOutNoServer') }
    return serverExit(
      server,
      visitId,
      { certType: String(visit.certType), certNumber: visit.certNumber },
      mode,
      () => visits.checkOut(visitId, mode, now()),
      write,
    )
  }

  const checkOut: OnSiteService['checkOut'] = async (visitIds, mode = 'manual') => {
    const server = serverOrNull()
    const results = []
    // One at a time: the server applies exits per certificate and a desk checks out a handful at once.
    for (const id of [...new Set(visitIds)]) results.push(await exitOne(server, id, mode))
    if (results.some((r) => r.ok)) {
      deps.emit('reception.visitsChanged', { reason: mode === 'automatic' ? 'autoCheckout' : 'checkedOut' })
    }
    return { results }
  }

  return {
    checkOut,
    async discardPending(visitId) {
      const removed = visits.discard(visitId, now())
      if (removed !== 'withdrawn') return { discarded: removed === 'removed', detail: 'nothing sent' }
      let detail = 'not confirmed by the server; its server visit closed by the replay'
      const outcome = await withdrawSoon(serverOrNull(), visitId, (_result, said) => {
        detail = said
      })
      log.info('pending registration discarded', { visitId, outcome })
      return { discarded: true, detail }
    },
    async reconcile() {
      const zkbio = deps.server()
      // The whole history first: visitors registered elsewhere join the list, those who left it go.
      const serverHistory = await serverVisits.sync.refresh()
      const open = visits.list('onSite').filter((v) => v.status === 'onSite')
      let supported = true
      let changed = 0
      let next = 0
      const worker = async (): Promise<void> => {
        while (supported && next < open.length) {
          const visit = open[next++]
          if (!visit) break
          const history = await zkbio.listVisits({ certNumber: visit.certNumber, pageNo: 1, pageSize: 50 })
          if (history === null) {
            supported = false
            return
          }
          const mine = history.filter((h) => h.certNumber === visit.certNumber)
          if (!visit.visitorPin) {
            const pin = mine.find((h) => h.visitorPin)?.visitorPin
            if (pin) visits.setVisitorPin(visit.id, pin)
          }
          // Out on the server (exit reader, another desk): every visit of this visitor since ours began
          // has an end time. Older visits say nothing about today, whatever order the server lists them in.
          const since = visit.startTime.slice(0, 10)
          const current = mine.filter((h) => h.startTime >= since)
          if (current.length > 0 && current.every((h) => h.endTime !== null)) {
            visits.checkOut(visit.id, 'manual', now())
            deps.audit.write({
              operator: 'server',
              action: 'reception.checkOut',
              target: `visit:${visit.id}`,
              result: 'info',
              detail: 'checked out on the server; local record reconciled',
            })
            changed++
          }
        }
      }
      await Promise.all(Array.from({ length: RECONCILE_CONCURRENCY }, worker))
      if (changed > 0) deps.emit('reception.visitsChanged', { reason: 'reconciled' })
      supported &&= serverHistory.state !== 'unsupported'
      return {
        supported,
        checkedOutByServer: changed,
        message: supported ? null : translate('server.rollCall.historyUnsupported'),
        serverHistory: serverVisits.sync.status(),
      }
    },
    async rollCall(options = {}) {
      const serverHistory =
        options.freshWithinMs !== undefined
          ? await serverVisits.sync.refresh({ timeoutMs: options.freshWithinMs })
          : serverVisits.sync.status()
      const own: RollCallEntry[] = visits.list('onSite').map((v) => ({
        visitId: v.id,
        visitorName: v.visitorName,
        company: v.company,
        hostName: v.hostName,
        checkedInAt: v.checkedInAt,
        status: v.status,
        visitorCount: v.visitorCount,
        photoBase64: v.hasPhoto ? visits.photo(v.id) : null,
        station: v.station,
      }))
      const elsewhere: RollCallEntry[] = serverVisits.sync.elsewhere().map((s) => ({
        visitId: s.key,
        visitorName: s.visitorName,
        company: s.company,
        hostName: s.hostName || s.hostPin,
        checkedInAt: s.checkedInAt,
        status: 'onSite',
        visitorCount: s.visitorCount,
        photoBase64: null,
        station: '',
        registeredElsewhere: true,
      }))
      const entries = [...own, ...elsewhere].sort((a, b) => b.checkedInAt.localeCompare(a.checkedInAt))
      return {
        generatedAt: now().toISOString(),
        siteName: deps.settings.get().siteName,
        entries,
        serverHistory,
        serverNote: serverHistoryNote(serverHistory),
      }
    },
    async autoCheckoutTick() {
      const current = now()
      const due = autoCheckoutDue(deps.settings.get().autoCheckoutAt, current)
      if (!due || current < due) return 0
      const day = current.toDateString()
      if (lastAutoDay === day) return 0
      // In site mode every desk sees every desk's visitors: each desk checks out only its own ('' is a
      // visit registered here before site mode), or every desk would call the server for each visit.
      const station = stationNameOf(deps.settings.get())
      const open = visits
        .list('onSite')
        .filter(
          (v) =>
            v.status === 'onSite' &&
            v.checkedInAt < due.toISOString() &&
            (v.station === '' || v.station === station),
        )
      if (open.length === 0) {
        lastAutoDay = day
        return 0
      }
      const { results } = await checkOut(
        open.map((v) => v.id),
        'automatic',
      )
      const done = results.filter((r) => r.ok).length
      // Anyone the server could not check out is tried again on the next tick, the same evening.
      if (done === results.length) lastAutoDay = day
      log.info('automatic check-out', { done, of: results.length })
      return done
    },
    start() {
      if (timer) return
      timer = setInterval(() => {
        this.autoCheckoutTick().catch((error) =>
          log.error('automatic check-out failed', { error: String(error) }),
        )
      }, 60_000)
      timer.unref?.()
    },
    stop() {
      if (timer) clearInterval(timer)
      timer = null
    },
  }
}
