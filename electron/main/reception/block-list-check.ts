/**
 * The block-list check made as soon as the ID number is typed, before the rest of the form is filled.
 *
 * The manual has no call that reads the visitor block list. The only place the server tells is its
 * refusal -254 ("User in the block list") to visRegistration/add and visReservation/add; the
 * simulator keeps the list as certificate type + number and checks it there, after the request's own
 * fields and the host, and before "already on site" (-255), the visitor levels (-24) and the card (-23).
 * So the check is a registration the server cannot accept: the typed certificate, a recognisable
 * name, a window that ended yesterday and a visitor level id no server has. The server answers
 *   -254  on the block list          -> 'blocked'
 *   -255  already registered, on site -> 'onSite'
 *   -24   got past the block list     -> 'notBlocked'
 *   other refusals, faults            -> 'unknown' (the real registration will still be checked)
 * Should a server ever accept it, the registration is checked out at once, the check is switched off
 * for that server, and the audit log says so: it never leaves a visitor registered.
 */
import { formatServerDateTime } from '../zkbio/server-time'
import { createLogger } from '../log'
import { translate } from '../i18n'
import type { ScreeningResult } from '../../shared/contract/reception'
import { messageOf, operatorOf, type ReceptionDeps } from './context'
import { serverCodeOf, type ReceptionServer, type RegistrationRequest } from './server-port'

const log = createLogger('reception.blocklist')

/** A visitor level id in the server's format (32 hex, FIELD-NOTES) that no server issues. */
export const NO_SUCH_LEVEL_ID = '0'.repeat(32)
export const CHECK_NAME = 'Block-list check'

/** The verdicts' sentences, in the current language: the server's own refusal -254, and "on site". */
export const blockedMessage = (): string => translate('server.code.n254')
export const onSiteMessage = (): string => translate('server.reception.onSite')

export function checkRequest(
  certType: number,
  certNumber: string,
  hostPin: string,
  serverNow: Date,
  offsetMinutes: number,
): RegistrationRequest {
  const yesterday = new Date(serverNow.getTime() - 86_400_000)
  const day = formatServerDateTime(yesterday, offsetMinutes).slice(0, 10)
  return {
    persPersonPin: hostPin,
    certType: String(certType),
    certNum: certNumber,
    visEmpName: CHECK_NAME,
    visitEmpPhone: '',
    company: '',
    visitReason: CHECK_NAME,
    visitorCount: '1',
    startTime: `${day} 00:00:00`,
    endTime: `${day} 00:00:59`,
    cardNo: '',
    visLevels: NO_SUCH_LEVEL_ID,
  }
}

export function verdictOf(code: number | undefined): ScreeningResult {
  if (code === -254) return { status: 'blocked', message: blockedMessage() }
  if (code === -255) return { status: 'onSite', message: onSiteMessage() }
  if (code === -24) return { status: 'notBlocked', message: null }
  return { status: 'unknown', message: null }
}

export interface BlockListCheck {
  check(certType: number, certNumber: string, hostPin?: string): Promise<ScreeningResult>
}

export function createBlockListCheck(deps: ReceptionDeps): BlockListCheck {
  /** Servers (by client object) that accepted a check: never asked again. */
  const unsafe = new WeakSet<object>()
  const anyHost = new WeakMap<object, string>()
  const cache = new Map<string, { at: number; result: ScreeningResult }>()
  const CACHE_MS = 60_000

  async function hostFor(server: ReceptionServer, hostPin: string | undefined): Promise<string | null> {
    if (hostPin) return hostPin
    const known = anyHost.get(server)
    if (known) return known
    const page = await server.listPersons(1, 1)
    const pin = page.persons[0]?.pin ?? null
    if (pin) anyHost.set(server, pin)
    return pin
  }

  return {
    async check(certType, certNumber, hostPin) {
      const key = `${certType}:${certNumber}`
      const cached = cache.get(key)
      if (cached && Date.now() - cached.at < CACHE_MS && cached.result.status !== 'unknown')
        return cached.result
      let server: ReceptionServer
      try {
        server = deps.server()
      } catch {
        return { status: 'unknown', message: null }
      }
      if (unsafe.has(server)) return { status: 'unknown', message: null }
      try {
        const host = await hostFor(server, hostPin)
        if (!host) return { status: 'unknown', message: null }
        const now = deps.now?.() ?? new Date()
        const request = checkRequest(certType, certNumber, host, now, server.utcOffsetMinutes())
        try {
          await server.registerVisitor(request)
        } catch (error) {
          const result = verdictOf(serverCodeOf(error))
          if (serverCodeOf(error) !== undefined) deps.reportSuccess?.()
          cache.set(key, { at: Date.now(), result })
          return result
        }
        // Accepted: undo at once and stop asking this server.
        unsafe.add(server)
        let undone = 'checked out again'
        try {
          await server.checkOutVisitor(request.certType, request.certNum)
        } catch (error) {
          undone = `check-out failed: ${messageOf(error)}`
        }
        deps.audit.write({
          operator: operatorOf(deps),
          action: 'reception.blockListCheck',
          target: `cert:${certType}`,
          result: 'failed',
          detail: `the server accepted the block-list check registration (${undone}); check switched off`,
        })
        log.warn('server accepted a block-list check; switched off', { undone })
        return { status: 'unknown', message: null }
      } catch (error) {
        log.info('block-list check could not run', { error: messageOf(error) })
        return { status: 'unknown', message: null }
      }
    },
  }
}
