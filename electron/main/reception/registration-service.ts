import { randomUUID } from 'node:crypto'
import { translateKey } from '../app/live-words'
import { AppError } from '../app/app-error'
import {
  checkRegistration,
  SERVER_CODE_FIELD,
  type RegistrationResult,
  type ReturningVisitor,
  type registrationInput,
} from '../../shared/contract/reception'
import type { z } from 'zod'
import { createLogger } from '../log'
import { formatServerDateTime } from '../zkbio/server-time'
import { storageErrorOf, storageKindOf, withStorageErrors } from '../app/storage-error'
import { auditSafely, messageOf, operatorOf, type ReceptionDeps } from './context'
import type { DraftStore } from './draft-store'
import type { ReservationStore } from './reservation-store'
import { isUnreachable, serverCodeOf, type RegistrationRequest } from './server-port'
import { lookUpVisitorPin } from './visitor-pin'
import { storedPending } from './stored-reason'
import { publicVisit, type VisitStore } from './visit-store'
import { translate } from '../i18n'

const log = createLogger('reception.register')

export type ParsedRegistration = z.output<typeof registrationInput>

/** The server has the visitor but the desk could not record that (a full disk, a locked database). */
export const serverHasItMessage = (): string => translate('server.errors.serverHasIt')

/** Kept with the pending visit: in the language of the moment it was saved. */

export function toServerRequest(input: ParsedRegistration): RegistrationRequest {
  return {
    persPersonPin: input.hostPin,
    certType: String(input.certType),
    certNum: input.certNumber,
    visEmpName: input.visitorName,
    visitEmpPhone: input.phone,
    company: input.company,
    visitReason: input.reason,
    visitorCount: String(input.visitorCount),
    startTime: input.startTime,
    endTime: input.endTime,
    cardNo: input.cardNo,
    visLevels: input.levelIds.join(','),
  }
}

/** A server refusal as an error the form shows at the right field. */
export function refusal(error: unknown): AppError | null {
  const code = serverCodeOf(error)
  if (code === undefined) return null
  const field = SERVER_CODE_FIELD[code] ?? null
  return new AppError('ZKBIO', messageOf(error), { serverCode: code, field, kind: 'server' })
}

export interface RegistrationService {
  register(input: ParsedRegistration): Promise<RegistrationResult>
  findReturningVisitor(certType: number, certNumber: string): Promise<ReturningVisitor | null>
}

export function createRegistrationService(
  deps: ReceptionDeps,
  visits: VisitStore,
  reservations: ReservationStore,
  drafts: DraftStore,
  onPending: () => void,
): RegistrationService {
  const now = (): Date => deps.now?.() ?? new Date()

  const audit = (
    action: string,
    target: string,
    result: 'ok' | 'failed' | 'info',
    detail: string | null,
  ): void => {
    auditSafely(deps, { operator: operatorOf(deps), action, target, result, detail })
  }

  /**
   * Whether the desk's saved form is the visitor just registered. Kiosk sign-ins and invitation
   * check-ins register through here too and must not wipe what a receptionist is half-way typing.
   */
  const draftIsFor = (certType: number, certNumber: string): boolean => {
    const values = drafts.load()?.values
    return (
      values?.certType === certType &&
      typeof values.certNumber === 'string' &&
      values.certNumber.trim() === certNumber.trim()
    )
  }

  /** Follow-up writes: the visit itself is stored; failing here must not turn success into an error. */
  const finish = (visitId: string, input: ParsedRegistration): void => {
    try {
      if (input.reservationId) reservations.setStatus(input.reservationId, 'arrived', visitId)
      // The form clears its draft itself after a desk registration; this also covers a form closed
      // before the answer came. A kiosk or invitation registration of someone else keeps the draft.
      if (draftIsFor(input.certType, input.certNumber)) drafts.clear()
    } catch (error) {
      log.error('could not update the reservation or clear the draft', { visitId, error })
    }
    deps.emit('reception.visitsChanged', { reason: 'registered' })
  }

  /** Drops the local record of a registration the server refused (it never happened). */
  const forget = (visitId: string): void => {
    try {
      visits.remove(visitId)
    } catch (error) {
      log.error('could not remove a refused registration; it stays as pending', { visitId, error })
    }
  }

  return {
    async register(input) {
      const earlier = visits.byClientRequestId(input.clientRequestId)
      if (earlier) {
        // The same submission again (double Enter, a retry after a slow answer or a full disk): answer
        // what happened; a registration still pending is settled by the replay, which asks the
        // server's visit history before sending anything again.
        if (earlier.status === 'pending') onPending()
        return {
          visit: publicVisit(earlier),
          outcome: earlier.status === 'pending' ? 'pending' : 'registered',
          pinNotice: null,
        }
      }
      const server = deps.server()
      const serverNow = formatServerDateTime(now(), server.utcOffsetMinutes())
      const problems = checkRegistration(input, serverNow, (word) => translateKey(`reception.rules.${word}`))
      const [field, message] = Object.entries(problems)[0] ?? []
      if (field && message) throw new AppError('BAD_REQUEST', message, { field })
      if (visits.openByCert(input.certType, input.certNumber).some((v) => v.status === 'pending')) {
        // Saved earlier (server away, or the disk filled after the server took it): settle it now.
        onPending()
        throw new AppError('CONFLICT', translate('server.errors.alreadyPending'), { field: 'certNumber' })
      }

      const request = toServerRequest(input)
      const visit = {
        id: randomUUID(),
        visitorPin: null,
        visitorName: input.visitorName,
        company: input.company,
        phone: input.phone,
        certType: input.certType,
        certNumber: input.certNumber,
        hostPin: input.hostPin,
        hostName: input.hostName,
        hostDepartment: input.hostDepartment,
        reason: input.reason,
        visitorCount: input.visitorCount,
        startTime: input.startTime,
        validUntil: input.endTime,
        checkedInAt: now().toISOString(),
        cardNo: input.cardNo,
        levelIds: input.levelIds,
        clientRequestId: input.clientRequestId,
        reservationId: input.reservationId ?? null,
      }

      // The desk writes first: the visit is stored as "sending" before the server hears of it, so a
      // full disk stops here (nothing sent, the form keeps what was typed) and a crash during the call
      // leaves a record the replay settles by asking the server's visit history before sending again.
      const stored = withStorageErrors(() =>
        visits.insert({ ...visit, status: 'pending' }, input.photoBase64, request, {
          server: deps.serverIdentity?.() ?? null,
          station: deps.station ?? '',
          phase: 'sending',
        }),
      )

      try {
        await server.registerVisitor(request)
        deps.reportSuccess?.()
      } catch (error) {
        visits.sendingDone(stored.id)
        const refused = refusal(error)
        if (refused) {
          forget(stored.id)
          audit(
            'reception.register',
            `cert:${input.certType}`,
            'failed',
            `server code ${serverCodeOf(error)}`,
          )
          throw refused
        }
        if (!isUnreachable(error)) {
          forget(stored.id)
          throw error
        }
        deps.reportFailure?.(error)
        try {
          visits.setQueued(stored.id)
          visits.setPendingError(stored.id, storedPending(), 0, now())
        } catch (writeError) {
          // Still stored as pending (phase 'sending'): the replay picks it up after a restart.
          log.error('could not mark a registration as waiting', { visitId: stored.id, error: writeError })
        }
        audit('reception.register', `visit:${stored.id}`, 'info', 'server unreachable; stored as pending')
        log.warn('registration stored as pending', { visitId: stored.id })
        finish(stored.id, input)
        onPending()
        return { visit: publicVisit(visits.get(stored.id) ?? stored), outcome: 'pending', pinNotice: null }
      }

      visits.sendingDone(stored.id)
      try {
        visits.setConfirmed(stored.id, null, now())
      } catch (error) {
        const kind = storageKindOf(error)
        if (!kind) throw error
        // The server has the visitor; the desk's record stays "sending" until the disk has room again.
        log.error('the server registered the visitor but the desk could not record it', {
          visitId: stored.id,
          error,
        })
        throw new AppError(kind, serverHasItMessage(), { visitId: stored.id, serverHasIt: true })
      }
      const lookup = await lookUpVisitorPin(server, input.certType, input.certNumber)
      if (lookup.pin) {
        try {
          visits.setVisitorPin(stored.id, lookup.pin)
        } catch (error) {
          log.warn('could not store the visitor PIN', {
            visitId: stored.id,
            error: storageErrorOf(error) ?? error,
          })
        }
      }
      audit('reception.register', `visit:${stored.id}`, 'ok', `host ${input.hostPin}`)
      finish(stored.id, input)
      return {
        visit: publicVisit(visits.get(stored.id) ?? stored),
        outcome: 'registered',
        pinNotice: lookup.notice,
      }
    },

    async findReturningVisitor(certType, certNumber) {
      const local = visits.latestByCert(certType, certNumber)
      if (local) {
        return {
          visitorName: local.visitorName,
          company: local.company,
          phone: local.phone,
          hostPin: local.hostPin,
          hostName: local.hostName,
          hostDepartment: local.hostDepartment,
          reason: local.reason,
          lastVisitAt: local.checkedInAt,
          source: 'local',
        }
      }
      try {
        const found = await deps.server().findVisitorsByCert(certNumber)
        const match = found?.find((v) => v.certNumber === certNumber && Number(v.certType) === certType)
        if (!match) return null
        return {
          visitorName: match.name,
          company: match.company,
          phone: match.phone,
          hostPin: null,
          hostName: null,
          hostDepartment: null,
          reason: null,
          lastVisitAt: null,
          source: 'server',
        }
      } catch {
        // Offline or not configured: the local records are all we have.
        return null
      }
    },
  }
}
