import { createLogger } from '../log'
import { storageErrorOf, storageKindOf } from '../app/storage-error'
import { auditSafely, messageOf, operatorOf, type ReceptionDeps } from './context'
import { isUnreachable, serverCodeOf, type ReceptionServer, type RegistrationRequest } from './server-port'
import { storedRefusal, storedStillWaiting } from './stored-reason'
import { lookUpVisitorPin } from './visitor-pin'
import type { PendingSubmission, VisitStore } from './visit-store'

const log = createLogger('reception.replay')

/** Server code for "Registration has been completed. Please do not register again". */
export const ALREADY_REGISTERED = -255

const CHECK_EVERY_MS = 5_000
const MAX_BACKOFF_MS = 60_000

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 2_000 * 2 ** Math.max(0, attempts - 1))
}

/** "Visitor unregistered, cannot be sign-out" / "Visitor information doesn't exist": nothing open. */
const NOT_CHECKED_IN = -256
const NO_SUCH_VISITOR = -257

/**
 * Whether the server's visit history has this registration open (same certificate and host, started
 * today or later, no end time); null when the server cannot list visits. Throws what the call throws.
 */
export async function serverHasOpenVisit(
  server: ReceptionServer,
  request: RegistrationRequest,
): Promise<boolean | null> {
  const history = await server.listVisits({ certNumber: request.certNum, pageNo: 1, pageSize: 50 })
  if (!history) return null
  return history.some(
    (v) =>
      v.certNumber === request.certNum &&
      v.endTime === null &&
      v.hostPin === request.persPersonPin &&
      v.startTime >= request.startTime.slice(0, 10),
  )
}

/**
 * How a withdraw marker ended: 'notOnServer' the registration never made it (or is no longer open),
 * 'closed' the server had it open and took the exit, 'alreadyOut' it had it but the visitor was out
 * by the time the exit came; 'down' (unreachable) and 'failed' (exit refused) keep the marker.
 */
export type WithdrawOutcome = 'notOnServer' | 'closed' | 'alreadyOut' | 'down' | 'failed'

/**
 * Settles a withdraw marker (a pending registration checked out or discarded before the server
 * confirmed it): never registers it; asks the server's visit history, and if the server has the visit
 * open (or cannot list visits) sends the exit, the same call as any check-out. `audit` records what
 * happened to the server's visit. The caller holds the marker (`visits.claim`).
 */
export async function settleWithdrawn(
  deps: ReceptionDeps,
  visits: VisitStore,
  server: ReceptionServer,
  item: PendingSubmission,
  audit: (result: 'ok' | 'failed', detail: string) => void,
): Promise<WithdrawOutcome> {
  let open: boolean | null
  try {
    open = await serverHasOpenVisit(server, item.request)
  } catch (error) {
    if (storageKindOf(error)) throw storageErrorOf(error)
    if (isUnreachable(error)) {
      deps.reportFailure?.(error)
      return 'down'
    }
    open = null // the history could not be read: the exit tells
  }
  if (open === false) {
    visits.settleWithdrawn(item.visitId)
    audit('ok', 'registration withdrawn; the server had no open visit for it')
    return 'notOnServer'
  }
  try {
    await server.checkOutVisitor(item.request.certType, item.request.certNum)
    deps.reportSuccess?.()
    visits.settleWithdrawn(item.visitId)
    audit('ok', 'registration withdrawn; it had reached the server: exit sent')
    return 'closed'
  } catch (error) {
    if (storageKindOf(error)) throw storageErrorOf(error)
    const code = serverCodeOf(error)
    if (code === NOT_CHECKED_IN || code === NO_SUCH_VISITOR) {
      visits.settleWithdrawn(item.visitId)
      audit('ok', `registration withdrawn; the server had no open visit for it (${code})`)
      return open ? 'alreadyOut' : 'notOnServer'
    }
    if (isUnreachable(error)) {
      deps.reportFailure?.(error)
      return 'down'
    }
    audit(
      'failed',
      `withdrawn registration: exit refused, ${code !== undefined ? `server code ${code}` : messageOf(error).slice(0, 200)}`,
    )
    return 'failed'
  }
}

export interface ReplayWorker {
  /**
   * Sends every due submission now; resolves with what was sent and what is left. One run at a time:
   * asked with ignoreBackoff during a run, it runs again once that run ends.
   */
  runOnce(options?: { ignoreBackoff?: boolean }): Promise<{ replayed: number; remaining: number }>
  start(): void
  stop(): void
}

/**
 * Sends registrations stored while the server was unreachable (or interrupted by a crash or a full
 * disk), oldest first, only to the server they were typed for, WITHOUT duplicates:
 * the first attempt may have reached the server even though its answer never came back. So before
 * re-sending, ask whether the server already has the visitor on site (visit history, where the server
 * has it); and when re-sending, treat -255 "already registered" as the success it is.
 */
export function createReplayWorker(deps: ReceptionDeps, visits: VisitStore): ReplayWorker {
  let running: Promise<{ replayed: number; remaining: number }> | null = null
  let timer: ReturnType<typeof setInterval> | null = null
  const now = (): Date => deps.now?.() ?? new Date()

  const alreadyOnServer = async (server: ReceptionServer, item: PendingSubmission): Promise<boolean> => {
    try {
      return (await serverHasOpenVisit(server, item.request)) === true
    } catch (error) {
      if (isUnreachable(error)) throw error
      return false
    }
  }

  const confirm = async (server: ReceptionServer, item: PendingSubmission, how: string): Promise<void> => {
    const visit = visits.get(item.visitId)
    const lookup = visit ? await lookUpVisitorPin(server, visit.certType, visit.certNumber) : { pin: null }
    visits.setConfirmed(item.visitId, lookup.pin, now())
    auditSafely(deps, {
      operator: operatorOf(deps),
      action: 'reception.replay',
      target: `visit:${item.visitId}`,
      result: 'ok',
      detail: how,
    })
    log.info('pending registration confirmed', { visitId: item.visitId, how })
  }

  /** A withdraw marker: closes the server's visit if it has one; never registers. */
  const settleOne = async (
    server: ReceptionServer,
    item: PendingSubmission,
  ): Promise<'settled' | 'down' | 'kept'> => {
    // A check-out settling it right now holds it; one settled since the round began has no marker.
    if (!visits.claim(item.visitId)) return 'kept'
    try {
      const marker = visits.withdrawn(item.visitId)
      if (!marker) return 'kept'
      const outcome = await settleWithdrawn(deps, visits, server, marker, (result, detail) => {
        // A refused exit is retried with backoff: audited the first time, not every round after.
        if (result === 'failed' && marker.attempts > 0) return
        auditSafely(deps, {
          operator: operatorOf(deps),
          action: 'reception.checkOut',
          target: `visit:${item.visitId}`,
          result,
          detail: `${detail} (replay)`,
        })
      })
      if (outcome === 'down' || outcome === 'failed') {
        const attempts = marker.attempts + 1
        visits.setPendingError(item.visitId, null, attempts, new Date(now().getTime() + backoffMs(attempts)))
        return outcome === 'down' ? 'down' : 'kept'
      }
      return 'settled'
    } finally {
      visits.release(item.visitId)
    }
  }

  const replayOne = async (
    server: ReceptionServer,
    item: PendingSubmission,
  ): Promise<'sent' | 'down' | 'refused' | 'withdrawn'> => {
    // The round's list was read at its start: a visitor checked out (or discarded) since then is no
    // longer pending and must never be sent. Checked again after the history call, which waits. While
    // the round has it, a check-out leaves the marker to the replay (it holds the visit).
    if (!visits.isPending(item.visitId) || !visits.claim(item.visitId)) return 'withdrawn'
    try {
      return await sendOne(server, item)
    } finally {
      visits.release(item.visitId)
    }
  }

  const sendOne = async (
    server: ReceptionServer,
    item: PendingSubmission,
  ): Promise<'sent' | 'down' | 'refused' | 'withdrawn'> => {
    try {
      if (await alreadyOnServer(server, item)) {
        await confirm(server, item, 'server already had the visit')
        return 'sent'
      }
      if (!visits.isPending(item.visitId)) return 'withdrawn'
      await server.registerVisitor(item.request)
      await confirm(server, item, 'sent')
      return 'sent'
    } catch (error) {
      // The desk could not write (full disk, locked database): the submission stays as it is and the
      // next round asks the server's visit history first, so it is neither lost nor sent twice.
      if (storageKindOf(error)) throw storageErrorOf(error)
      if (serverCodeOf(error) === ALREADY_REGISTERED) {
        await confirm(server, item, 'server answered already registered (-255)')
        return 'sent'
      }
      if (isUnreachable(error)) {
        const attempts = item.attempts + 1
        visits.setPendingError(
          item.visitId,
          storedStillWaiting(attempts, error),
          attempts,
          new Date(now().getTime() + backoffMs(attempts)),
        )
        return 'down'
      }
      const message = messageOf(error)
      visits.setFailed(item.visitId, storedRefusal(error))
      auditSafely(deps, {
        operator: operatorOf(deps),
        action: 'reception.replay',
        target: `visit:${item.visitId}`,
        result: 'failed',
        detail:
          serverCodeOf(error) !== undefined ? `server code ${serverCodeOf(error)}` : message.slice(0, 200),
      })
      return 'refused'
    }
  }

  const run = async (ignoreBackoff: boolean): Promise<{ replayed: number; remaining: number }> => {
    // Only what was typed for the active server (same profile, same address and TLS trust): a
    // registration for site A is never sent to site B, whatever profile is selected now.
    const identity = deps.serverIdentity ? deps.serverIdentity() : undefined
    if (identity === null) return { replayed: 0, remaining: visits.pendingCount() }
    const due = visits.pending(ignoreBackoff ? undefined : now(), identity)
    if (due.length === 0) return { replayed: 0, remaining: visits.pendingCount() }
    let server: ReceptionServer
    try {
      server = deps.server()
    } catch {
      return { replayed: 0, remaining: visits.pendingCount() }
    }
    let replayed = 0
    let changed = false
    let refused = false
    try {
      for (const item of due) {
        const outcome = item.withdrawn ? await settleOne(server, item) : await replayOne(server, item)
        if (outcome === 'down') break // the server is still away: the rest waits for the next round
        if (outcome === 'withdrawn' || outcome === 'kept') continue
        changed = true
        if (outcome === 'sent') replayed++
        if (outcome === 'refused') refused = true
      }
    } finally {
      // Only withdraw markers settled: a discarded visit may have gone from the list.
      const reason = replayed > 0 ? 'replayed' : refused ? 'failed' : 'checkedOut'
      if (changed) deps.emit('reception.visitsChanged', { reason })
    }
    return { replayed, remaining: visits.pendingCount() }
  }

  type Outcome = { replayed: number; remaining: number }
  const begin = (ignoreBackoff: boolean): Promise<Outcome> => {
    running = run(ignoreBackoff).finally(() => {
      running = null
    })
    return running
  }
  // A retry asked for during a round (the server is back, the receptionist pressed Retry) may need
  // more than that round does: the round may have met the server still away just before it came back,
  // or skipped what waits out its backoff. So it gets a round of its own right after, one for all who
  // ask meanwhile, and its answer counts what both rounds sent. A plain timer tick is content with the
  // round in progress.
  let followUp: { ignoreBackoff: boolean; outcome: Promise<Outcome> } | null = null
  const runOnce: ReplayWorker['runOnce'] = (options = {}) => {
    const ignoreBackoff = options.ignoreBackoff ?? false
    if (!running) return begin(ignoreBackoff)
    if (followUp) {
      followUp.ignoreBackoff ||= ignoreBackoff
      return followUp.outcome
    }
    if (!ignoreBackoff) return running
    const after = async (first: Outcome | null): Promise<Outcome> => {
      followUp = null
      const second = await begin(next.ignoreBackoff)
      return { replayed: (first?.replayed ?? 0) + second.replayed, remaining: second.remaining }
    }
    const next: { ignoreBackoff: boolean; outcome: Promise<Outcome> } = {
      ignoreBackoff,
      outcome: running.then(after, () => after(null)),
    }
    followUp = next
    return next.outcome
  }

  return {
    runOnce,
    start() {
      if (timer) return
      timer = setInterval(() => {
        if (visits.pendingCount() + visits.withdrawnCount() > 0)
          runOnce().catch((error) => log.error('replay failed', { error: String(error) }))
      }, CHECK_EVERY_MS)
      timer.unref?.()
    },
    stop() {
      if (timer) clearInterval(timer)
      timer = null
    },
  }
}
