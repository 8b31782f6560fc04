/**
 * "Enrol photo": an employee's webcam photo sent to the server with person/updatePersonnelPhoto. The
 * server judges the picture; its refusals (-27 invalid, -262 not qualified, -5001 too small, -5002 no
 * face, -5003 several faces) are a verdict to show, not a failure of the app.
 */
import type { EnrolVerdict } from '../../shared/contract/badge'
import { ZkbioError } from '../zkbio/errors'
import { translate } from '../i18n'

export interface PhotoEnrolClient {
  person: { updatePersonnelPhoto(pin: string, personPhoto: string): Promise<unknown> }
}

/** Said in the current language each time. */
export const enrolAcceptedMessage = (): string => translate('server.badge.enrolAccepted')

/** A JPEG starts with FF D8 FF; anything else is refused before it costs a server round trip. */
export function isJpegBase64(base64: string): boolean {
  return base64.startsWith('/9j/')
}

export async function enrolPersonPhoto(
  client: PhotoEnrolClient,
  pin: string,
  photoBase64: string,
): Promise<EnrolVerdict> {
  try {
    await client.person.updatePersonnelPhoto(pin, photoBase64)
    return { accepted: true, serverCode: null, message: enrolAcceptedMessage() }
  } catch (error) {
    if (error instanceof ZkbioError && error.kind === 'server') {
      return { accepted: false, serverCode: error.serverCode ?? null, message: error.message }
    }
    throw error
  }
}
