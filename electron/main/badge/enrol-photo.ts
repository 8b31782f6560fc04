/**
 * "Enrol photo": an employee's webcam photo sent to the server with person/updatePersonnelPhoto. The
 * server judges the picture; its refusals (-27 invalid, -262 not qualified, -5001 too small, -5002 no
 * face, -5003 several faces) are a verdict to show, not a failure of the app.
 */
import type { EnrolVerdict } from '../../shared/contract/badge'
import { ZkbioError } from '../zkbio/errors'

export interface PhotoEnrolClient {
  person: { updatePersonnelPhoto(pin: string, personPhoto: string): Promise<unknown> }
}

export const ENROL_ACCEPTED_MESSAGE = 'The server accepted the photo. It is now on the employee’s record.'

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
    return { accepted: true, serverCode: null, message: ENROL_ACCEPTED_MESSAGE }
  } catch (error) {
    if (error instanceof ZkbioError && error.kind === 'server') {
      return { accepted: false, serverCode: error.serverCode ?? null, message: error.message }
    }
    throw error
  }
}
