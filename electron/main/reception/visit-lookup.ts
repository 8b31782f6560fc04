import type { VisitRecord } from '../../shared/contract/reception'
import type { ReceptionDeps } from './context'
import { lookUpVisitorPin } from './visitor-pin'
import { publicVisit, type VisitStore } from './visit-store'

/** What the badge code reads from reception (see /work/notes/reception-interface.md). */
export interface VisitLookup {
  getVisit(visitId: string): VisitRecord | null
  /** Base64 JPEG without a `data:` prefix, or null. */
  getPhoto(visitId: string): string | null
  /** The server visitor pin, looked up (and stored) if still unknown; null when none can be found. */
  resolveVisitorPin(visitId: string): Promise<string | null>
}

export function createVisitLookup(deps: ReceptionDeps, visits: VisitStore): VisitLookup {
  return {
    getVisit(visitId) {
      const visit = visits.get(visitId)
      return visit ? publicVisit(visit) : null
    },
    getPhoto: (visitId) => visits.photo(visitId),
    async resolveVisitorPin(visitId) {
      const visit = visits.get(visitId)
      if (!visit || visit.status === 'pending') return null
      if (visit.visitorPin) return visit.visitorPin
      const { pin } = await lookUpVisitorPin(deps.server(), visit.certType, visit.certNumber)
      if (pin) visits.setVisitorPin(visitId, pin)
      return pin
    },
  }
}
