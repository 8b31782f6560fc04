import { randomUUID } from 'node:crypto'
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
import { messageOf, operatorOf, type ReceptionDeps } from './context'
import type { DraftStore } from './draft-store'
import type { ReservationStore } from './reservation-store'
import { isUnreachable, serverCodeOf, type RegistrationRequest } from './server-port'
import { lookUpVisitorPin } from './visitor-pin'
import { publicVisit, type VisitStore } from './visit-store'

const log = createLogger('reception.register')

export type ParsedRegistration = z.output<typeof registrationInput>

export const PENDING_MESSAGE =
  'The server cannot be reached. The registration is saved on this computer and will be sent automatically when the server is back.'

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
    deps.audit.write({ operator: operatorOf(deps), action, target, result, detail })
  }

  const finish = (visitId: string, reservationId: string | undefined): void => {
    if (reservationId) reservations.setStatus(reservationId, 'arrived', visitId)
    drafts.clear()
    deps.emit('reception.visitsChanged', { reason: 'registered' })
  }

  return {
    async register(input) {
      const earlier = visits.byClientRequestId(input.clientRequestId)
      if (earlier) {
        // The same submission again (double Enter, a retry after a slow answer): answer what happened.
        return {
          visit: publicVisit(earlier),
          outcome: earlier.status === 'pending' ? 'pending' : 'registered',
          pinNotice: null,
        }
      }
      const server = deps.server()
      const serverNow = formatServerDateTime(now(), server.utcOffsetMinutes())
      const problems = checkRegistration(input, serverNow)
      const [field, message] = Object.entries(problems)[0] ?? []
      if (field && message) throw new AppError('BAD_REQUEST', message, { field })
      if (visits.openByCert(input.certType, input.certNumber).some((v) => v.status === 'pending')) {
        throw new AppError(
          'CONFLICT',
          'This visitor is already waiting to be sent to the server; it will be registered when the server is back.',
          { field: 'certNumber' },
        )
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

      try {
        await server.registerVisitor(request)
        deps.reportSuccess?.()
      } catch (error) {
        const refused = refusal(error)
        if (refused) {
          audit(
            'reception.register',
            `cert:${input.certType}`,
            'failed',
            `server code ${serverCodeOf(error)}`,
          )
          throw refused
        }
        if (!isUnreachable(error)) throw error
        deps.reportFailure?.(error)
        const stored = visits.insert({ ...visit, status: 'pending' }, input.photoBase64, request)
        visits.setPendingError(stored.id, PENDING_MESSAGE, 0, now())
        audit('reception.register', `visit:${stored.id}`, 'info', 'server unreachable; stored as pending')
        log.warn('registration stored as pending', { visitId: stored.id })
        finish(stored.id, input.reservationId)
        onPending()
        return { visit: publicVisit(visits.get(stored.id) ?? stored), outcome: 'pending', pinNotice: null }
      }

      const stored = visits.insert({ ...visit, status: 'onSite' }, input.photoBase64)
      const lookup = await lookUpVisitorPin(server, input.certType, input.certNumber)
      if (lookup.pin) visits.setVisitorPin(stored.id, lookup.pin)
      audit('reception.register', `visit:${stored.id}`, 'ok', `host ${input.hostPin}`)
      finish(stored.id, input.reservationId)
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
