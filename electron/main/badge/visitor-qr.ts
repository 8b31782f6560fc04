/**
 * Getting a visitor's dynamic QR payload from whatever this server offers (FIELD-NOTES, Visitors):
 *  - pin known: the manual's `visRegistration/getQrCode/{pin}`, else v1.2's `getQrCode?pin=`;
 *  - pin unknown: v1.2's `v2/visRegistration/getQrCodeByCertNumber`, else find the pin (reception's
 *    lookup, which asks the visitor list / visit records and stores it) and use it as above.
 * A route the server lacks is remembered (the client's capabilities) and skipped next time.
 */
import { AppError } from '../app/app-error'
import { FEATURE_MESSAGES, isNotFound, type Capabilities } from '../zkbio/capabilities'
import { ZkbioError } from '../zkbio/errors'
import type { visitorApi, VisitorCertType } from '../zkbio/api/visitor'
import type { QrSource } from '../../shared/contract/badge'

type Registration = ReturnType<typeof visitorApi>['registration']

/** The part of the ZKBio client the QR needs. */
export interface QrClient {
  capabilities: Pick<Capabilities, 'status'>
  visitor: { registration: Pick<Registration, 'getQrCode' | 'getQrCodeByPin' | 'getQrCodeByCertNumber'> }
}

export interface QrVisit {
  visitorPin: string | null
  certType: number
  certNumber: string
  phone: string
}

export interface VisitorQrResult {
  payload: string
  source: QrSource
}

/** A route the server does not have: a 404 on the path, or the client's 'unsupported'. */
function isMissingRoute(error: unknown): boolean {
  return (error instanceof ZkbioError && error.kind === 'unsupported') || isNotFound(error)
}

/** Per client, the pin route that answered last time, so a missing route costs one 404 per session. */
const preferredPinRoute = new WeakMap<object, 'pinPath' | 'pinQuery'>()

async function qrByPin(client: QrClient, pin: string): Promise<VisitorQrResult | null> {
  const reg = client.visitor.registration
  const order: ('pinPath' | 'pinQuery')[] =
    preferredPinRoute.get(client) === 'pinQuery' ? ['pinQuery', 'pinPath'] : ['pinPath', 'pinQuery']
  for (const source of order) {
    if (source === 'pinQuery' && client.capabilities.status('visitorQrByPinQuery') === 'no') continue
    try {
      const payload = source === 'pinPath' ? await reg.getQrCode(pin) : await reg.getQrCodeByPin(pin)
      preferredPinRoute.set(client, source)
      return { payload, source }
    } catch (error) {
      if (!isMissingRoute(error)) throw error
    }
  }
  return null
}

async function qrByCertNumber(client: QrClient, visit: QrVisit): Promise<VisitorQrResult | null> {
  if (client.capabilities.status('visitorQrByCertNumber') === 'no') return null
  try {
    const payload = await client.visitor.registration.getQrCodeByCertNumber({
      certNumber: visit.certNumber,
      certType: visit.certType as VisitorCertType,
      ...(visit.phone ? { phone: visit.phone } : {}),
    })
    return { payload, source: 'certNumber' }
  } catch (error) {
    if (isMissingRoute(error)) return null
    throw error
  }
}

/**
 * The visitor's current QR payload. `resolvePin` is asked only when the pin is unknown and the server
 * cannot give the QR from the ID document. Server refusals (unknown visitor...) and network errors
 * pass through as they are; a server with no route at all gives AppError('UNSUPPORTED').
 */
export async function fetchVisitorQr(
  client: QrClient,
  visit: QrVisit,
  resolvePin: () => Promise<string | null>,
): Promise<VisitorQrResult> {
  if (visit.visitorPin) {
    const byPin = await qrByPin(client, visit.visitorPin)
    if (byPin) return byPin
  }
  const byCert = await qrByCertNumber(client, visit)
  if (byCert) return byCert
  if (!visit.visitorPin) {
    const pin = await resolvePin()
    if (pin) {
      const byPin = await qrByPin(client, pin)
      if (byPin) return byPin
    }
  }
  throw new AppError('UNSUPPORTED', FEATURE_MESSAGES.visitorQr)
}
