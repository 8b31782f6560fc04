import type { Handlers } from '../ipc/validated-ipc-main'
import { createBadgeService, type BadgeDeps } from './badge-service'

export type { BadgeDeps, BadgeVisitLookup } from './badge-service'

type BadgeHandlers = Pick<
  Handlers,
  'badge.details' | 'badge.qr' | 'badge.print' | 'badge.savePdf' | 'badge.printers' | 'badge.enrolPhoto'
>

export function createBadgeHandlers(deps: BadgeDeps): BadgeHandlers {
  const badge = createBadgeService(deps)
  return {
    'badge.details': ({ visitId }) => badge.details(visitId),
    'badge.qr': ({ visitId }) => badge.qr(visitId),
    'badge.print': ({ visitId, layout, showDialog }) => badge.print(visitId, layout, showDialog),
    'badge.savePdf': ({ visitId, layout }) => badge.savePdf(visitId, layout),
    'badge.printers': async () => ({ printers: await badge.printers() }),
    'badge.enrolPhoto': ({ pin, photoBase64 }) => badge.enrolPhoto(pin, photoBase64),
  }
}
