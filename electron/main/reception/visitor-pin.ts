import { createLogger } from '../log'
import { translate } from '../i18n'
import type { ReceptionServer } from './server-port'

const log = createLogger('reception.pin')

export interface PinLookup {
  pin: string | null
  /** Plain reason when no pin could be found (in the current language), else null. */
  notice: string | null
}

/**
 * The documented answer to visRegistration/add has no pin (FIELD-NOTES). Newer servers offer a visitor
 * list by certificate and a visit history; try them in that order. Never throws: the registration has
 * already succeeded, the pin only serves the badge.
 */
export async function lookUpVisitorPin(
  server: ReceptionServer,
  certType: number,
  certNumber: string,
): Promise<PinLookup> {
  let offered = false
  try {
    const visitors = await server.findVisitorsByCert(certNumber)
    if (visitors) {
      offered = true
      const match =
        visitors.find((v) => v.certNumber === certNumber && Number(v.certType) === certType) ??
        visitors.find((v) => v.certNumber === certNumber)
      if (match?.pin) return { pin: match.pin, notice: null }
    }
  } catch (error) {
    log.warn('visitor list lookup failed', { error: String(error) })
  }
  try {
    const visits = await server.listVisits({ certNumber, pageNo: 1, pageSize: 50 })
    if (visits) {
      offered = true
      const mine = visits.filter((v) => v.certNumber === certNumber && v.visitorPin)
      const open = mine.find((v) => v.endTime === null) ?? mine[0]
      if (open) return { pin: open.visitorPin, notice: null }
    }
  } catch (error) {
    log.warn('visit history lookup failed', { error: String(error) })
  }
  return {
    pin: null,
    notice: translate(offered ? 'server.reception.pinNotListedYet' : 'server.reception.noPinLookup'),
  }
}
