import { createLogger } from '../log'
import { storageErrorOf, storageKindOf } from '../app/storage-error'
import { auditSafely, messageOf, operatorOf, type ReceptionDeps } from './context'
import { isUnreachable, serverCodeOf, type ReceptionServer } from './server-port'
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
      const history = await server.listVisits({ certNumber: item.request.certNum, pageNo: 1, pageSize: 50 })
      if (!history) return false
      return history.some(
        (v) =>
          v.certNumber === item.request.certNum &&
          v.endTime === null &&
          v.hostPin === item.request.persPersonPin &&
          v.startTime >= item.request.startTime.slice(0, 10),
      )
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

  const replayOne = async (
    server: ReceptionServer,
    item: PendingSubmission,
  ): Promise<'sent' | 'down' | 'refused' | 'withdrawn'> => {
    // The round's list was read at its start: a visitor checked out (or discarded) since then has no
    // pending row any more and must never be sent. Checked again after the history call, which waits.
    if (!visits.isPending(item.visitId)) return 'withdrawn'
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
    try {
      for (const item of due) {
        const outcome = await replayOne(server, item)
        if (outcome === 'down') break // the server is still away: the rest waits for the next round
        if (outcome === 'withdrawn') continue
        changed = true
        if (outcome === 'sent') replayed++
      }
    } finally {
      if (changed) deps.emit('reception.visitsChanged', { reason: replayed > 0 ? 'replayed' : 'failed' })
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
        if (visits.pendingCount() > 0)
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
