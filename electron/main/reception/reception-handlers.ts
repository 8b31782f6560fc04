import type { z } from 'zod'
import { AppError } from '../app/app-error'
import { translate } from '../i18n'
import type { receptionChannels } from '../../shared/contract/reception'
import type { HandlerContext } from '../ipc/validated-ipc-main'
import { operatorOf, type ReceptionDeps } from './context'
import type { BlockListCheck } from './block-list-check'
import type { DraftStore } from './draft-store'
import type { HostPhotos } from './host-photos'
import type { VisitorSearch } from './visitor-search'
import type { HostDirectory } from './host-directory'
import { ROLL_CALL_SERVER_WAIT_MS, type OnSiteService } from './onsite-service'
import { withVisitsRegisteredElsewhere } from './server-visit-merge'
import type { ServerVisitSync } from './server-visit-sync'
import type { ReplayWorker } from './pending-replay'
import type { RegistrationService } from './registration-service'
import type { ReservationService } from './reservation-service'
import type { ReservationStore } from './reservation-store'
import { rollCallHtml } from './roll-call-html'
import { publicVisit, type VisitStore } from './visit-store'
import type { FormOptions } from '../../shared/contract/reception'
import type { WaitingGroup } from './waiting-registrations'

type Channels = typeof receptionChannels
/** Same shape as Pick<Handlers, 'reception.*'> in validated-ipc-main once the contract merges it. */
export type ReceptionHandlers = {
  [C in keyof Channels]: (
    request: z.output<Channels[C]['request']>,
    context: HandlerContext,
  ) => Promise<z.output<Channels[C]['response']>> | z.output<Channels[C]['response']>
}

/** Printing lives with the badge code (electron/main/badge/print-html.ts); injected so tests can record it. */
export interface RollCallPrinter {
  print(html: string): Promise<void>
  savePdf(html: string, fileName: string): Promise<string | null>
}

export interface ReceptionParts {
  deps: ReceptionDeps
  hosts: HostDirectory
  visits: VisitStore
  reservations: ReservationStore
  drafts: DraftStore
  registration: RegistrationService
  reservationService: ReservationService
  onSite: OnSiteService
  replay: ReplayWorker
  formOptions: () => Promise<FormOptions>
  printer: RollCallPrinter
  /** Pending registrations per server (see waiting-registrations.ts). */
  waiting: () => WaitingGroup[]
  visitorSearch: VisitorSearch
  blockList: BlockListCheck
  hostPhotos: HostPhotos
  /** The server's open visits that no Gatehouse desk registered. */
  serverVisits: ServerVisitSync
}

export function createReceptionHandlers(p: ReceptionParts): ReceptionHandlers {
  return {
    'reception.hostSearch': ({ query, limit }) => {
      const started = performance.now()
      const hosts = p.hosts.search(query, limit)
      return { hosts, tookMs: Math.round((performance.now() - started) * 1000) / 1000 }
    },
    'reception.hostDirectoryStatus': () => p.hosts.status(),
    'reception.hostDirectoryRefresh': () => p.hosts.refresh(p.deps.server()),
    'reception.formOptions': () => p.formOptions(),
    'reception.findReturningVisitor': async ({ certType, certNumber }) => ({
      visitor: await p.registration.findReturningVisitor(certType, certNumber),
    }),
    'reception.searchVisitors': async ({ query, limit }) => ({
      visitors: await p.visitorSearch.search(query, limit),
    }),
    'reception.screenVisitor': ({ certType, certNumber, hostPin }) =>
      p.blockList.check(certType, certNumber, hostPin),
    'reception.hostPhoto': async ({ pin }) => ({ photoDataUrl: await p.hostPhotos.get(pin) }),
    'reception.registerVisitor': (input) => p.registration.register(input),
    'reception.listVisits': ({ filter, query }) => ({
      visits: withVisitsRegisteredElsewhere(
        p.visits.list(filter, query).map(publicVisit),
        p.serverVisits.elsewhere(),
        filter,
        query,
        p.deps.now?.() ?? new Date(),
      ),
      serverHistory: p.serverVisits.status(),
    }),
    'reception.getVisit': ({ visitId }) => {
      const visit = p.visits.get(visitId)
      return { visit: visit ? publicVisit(visit) : null }
    },
    'reception.checkOut': ({ visitIds }) => p.onSite.checkOut(visitIds),
    'reception.reconcile': () => p.onSite.reconcile(),
    'reception.retryPending': () => p.replay.runOnce({ ignoreBackoff: true }),
    'reception.waitingRegistrations': () => ({ groups: p.waiting() }),
    'reception.discardPending': async ({ visitId }) => {
      const visit = p.visits.get(visitId)
      if (!visit) return { discarded: false }
      if (visit.status !== 'pending' && visit.status !== 'failed') {
        throw new AppError('CONFLICT', translate('server.reception.discardOnlyUnsent'))
      }
      // A pending registration's first call may have reached the server: its visit there is closed.
      const { discarded, detail } = await p.onSite.discardPending(visitId)
      p.deps.audit.write({
        operator: operatorOf(p.deps),
        action: 'reception.discardPending',
        target: `visit:${visitId}`,
        result: 'ok',
        detail: `${visit.status}; ${detail}`,
      })
      p.deps.emit('reception.visitsChanged', { reason: 'failed' })
      return { discarded }
    },
    'reception.rollCall': () => p.onSite.rollCall({ freshWithinMs: ROLL_CALL_SERVER_WAIT_MS }),
    'reception.printRollCall': async ({ mode }) => {
      const roll = await p.onSite.rollCall({ freshWithinMs: ROLL_CALL_SERVER_WAIT_MS })
      const html = rollCallHtml(roll)
      const stamp = roll.generatedAt.slice(0, 16).replace(/[T:]/g, '-')
      let savedTo: string | null = null
      if (mode === 'print') await p.printer.print(html)
      else savedTo = await p.printer.savePdf(html, `roll-call-${stamp}.pdf`)
      const done = mode === 'print' || savedTo !== null
      p.deps.audit.write({
        operator: operatorOf(p.deps),
        action: mode === 'print' ? 'reception.printRollCall' : 'reception.saveRollCallPdf',
        target: 'roll-call',
        result: done ? 'ok' : 'info',
        detail: `${roll.entries.length} visit(s)${done ? '' : '; cancelled'}`,
      })
      return { done, savedTo, count: roll.entries.length }
    },
    'reception.listReservations': ({ includeClosed }) => ({
      reservations: p.reservations.list(includeClosed),
    }),
    'reception.addReservation': async (input) => ({ reservation: await p.reservationService.add(input) }),
    'reception.cancelReservation': async ({ reservationId }) => ({
      reservation: await p.reservationService.cancel(reservationId),
    }),
    'reception.loadDraft': () => ({ draft: p.drafts.load() }),
    'reception.saveDraft': (draft) => {
      p.drafts.save(draft)
      return { saved: true }
    },
    'reception.clearDraft': () => ({ cleared: p.drafts.clear() }),
  }
}
