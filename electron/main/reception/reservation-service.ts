import { AppError } from '../app/app-error'
import type { Reservation, reservationInput } from '../../shared/contract/reception'
import type { z } from 'zod'
import { formatServerDateTime } from '../zkbio/server-time'
import { operatorOf, type ReceptionDeps } from './context'
import { refusal } from './registration-service'
import { isUnreachable, serverCodeOf } from './server-port'
import type { ReservationStore } from './reservation-store'
import { translate } from '../i18n'

/** "No eligible visitor reservation information": the server no longer has it. */
const NO_SUCH_RESERVATION = -248

const unreachable = (): string => translate('server.refusals.reservation.unreachable')

export interface ReservationService {
  add(input: z.output<typeof reservationInput>): Promise<Reservation>
  cancel(id: string): Promise<Reservation>
}

export function createReservationService(deps: ReceptionDeps, store: ReservationStore): ReservationService {
  const audit = (action: string, target: string, result: 'ok' | 'failed', detail: string | null): void => {
    deps.audit.write({ operator: operatorOf(deps), action, target, result, detail })
  }

  return {
    async add(input) {
      const server = deps.server()
      if (input.visitEndDate <= input.visitDate) {
        throw new AppError('BAD_REQUEST', translate('server.refusals.reservation.endBeforeStart'), {
          field: 'visitEndDate',
        })
      }
      const serverNow = formatServerDateTime(deps.now?.() ?? new Date(), server.utcOffsetMinutes())
      if (input.visitEndDate <= serverNow) {
        throw new AppError('BAD_REQUEST', translate('server.refusals.reservation.visitOver'), {
          field: 'visitEndDate',
        })
      }
      try {
        await server.addReservation({
          persPersonPin: input.hostPin,
          certType: String(input.certType),
          certNum: input.certNumber,
          visitEmpName: input.visitorName,
          visitEmpPhone: input.phone,
          company: input.company,
          visitReason: input.reason,
          visitDate: input.visitDate,
          visitEndDate: input.visitEndDate,
        })
      } catch (error) {
        audit(
          'reception.reserve',
          `cert:${input.certType}`,
          'failed',
          serverCodeOf(error) !== undefined ? `server code ${serverCodeOf(error)}` : null,
        )
        const refused = refusal(error)
        if (refused) {
          // The reservation form names its time fields differently.
          const field = refused.details?.field === 'startTime' ? 'visitDate' : refused.details?.field
          throw new AppError(refused.code, refused.message, { ...refused.details, field: field ?? null })
        }
        if (isUnreachable(error)) throw new AppError('ZKBIO', unreachable(), { kind: 'network' })
        throw error
      }
      const reservation = store.add(input)
      audit('reception.reserve', `reservation:${reservation.id}`, 'ok', `host ${input.hostPin}`)
      return reservation
    },
    async cancel(id) {
      const reservation = store.get(id)
      if (!reservation) throw new AppError('NOT_FOUND', translate('server.refusals.reservation.gone'))
      if (reservation.status !== 'booked') return reservation
      const server = deps.server()
      try {
        await server.deleteReservation(
          String(reservation.certType),
          reservation.certNumber,
          reservation.visitDate,
        )
      } catch (error) {
        // Already gone on the server (deleted there, or it expired): the desk's list catches up.
        if (serverCodeOf(error) !== NO_SUCH_RESERVATION) {
          audit(
            'reception.cancelReservation',
            `reservation:${id}`,
            'failed',
            serverCodeOf(error) !== undefined ? `server code ${serverCodeOf(error)}` : null,
          )
          if (isUnreachable(error)) throw new AppError('ZKBIO', unreachable(), { kind: 'network' })
          throw refusal(error) ?? error
        }
      }
      audit('reception.cancelReservation', `reservation:${id}`, 'ok', null)
      return store.setStatus(id, 'cancelled') as Reservation
    },
  }
}
