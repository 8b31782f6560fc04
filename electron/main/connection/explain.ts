/**
 * Turns a ZKBio failure into what the admin or the receptionist reads: what happened and what to do.
 * The client's messages are already plain and redacted; this adds the step-specific advice.
 */
import { ZkbioError } from '../zkbio/errors'
import { redact } from '../security/redact'

export const CERTIFICATE_CHANGED =
  "The server's certificate has changed since you trusted it. This happens when the ZKBio server was reinstalled or its certificate renewed, but it is also what an attacker intercepting the connection would look like, so Gatehouse refuses to send the token."
export const CERTIFICATE_CHANGED_ACTION =
  'Ask the ZKBio administrator whether the certificate was replaced and compare the new fingerprint with the one shown on the server. Only then open the profile, choose "Forget trusted certificate" and test again to trust the new one.'

export function isApiAccessAbnormal(error: unknown): boolean {
  return error instanceof ZkbioError && /api access abnormal/i.test(`${error.detail ?? ''} ${error.message}`)
}

export function isCertificateChanged(error: unknown): boolean {
  return error instanceof ZkbioError && error.kind === 'tlsPinMismatch'
}

/** One sentence for the status bar: never the token, never a stack trace. */
export function plainError(error: unknown): string {
  if (isCertificateChanged(error)) return CERTIFICATE_CHANGED
  if (error instanceof ZkbioError) return redact(error.message)
  if (error && typeof error === 'object' && 'toIpcError' in error && error instanceof Error) {
    return redact(error.message)
  }
  return 'Gatehouse could not talk to the ZKBio server because of an unexpected problem. It will try again.'
}

/** What to do about a failure of the token/licence call, by kind. */
export function adviceFor(error: ZkbioError): string {
  switch (error.kind) {
    case 'network':
      return 'Check the address and port, that the ZKBio server is running, and that no firewall blocks this computer.'
    case 'timeout':
      return 'The server may be overloaded or the network slow. Try again; if it persists, check the server.'
    case 'html':
      return 'A proxy or gateway in front of the ZKBio server answered instead of the server. Check that the server behind it is running, or use the server address directly.'
    case 'springError':
      return 'The address answers but has no ZKBio API at this path. Check the address: use the server root (for example https://192.168.1.10:8098), not a page inside it.'
    case 'malformedJson':
    case 'validation':
      return 'Try again. If it keeps happening, the server version may not be supported; report it with the server version.'
    case 'tls':
      return 'Check the certificate settings of this profile (trusted fingerprint or CA file).'
    case 'tlsPinMismatch':
      return CERTIFICATE_CHANGED_ACTION
    case 'auth':
      return 'Copy the API token again from ZKBio CVSecurity (System > API Authorization, the client you added for Gatehouse) and paste it here.'
    default:
      return 'Try again. If it keeps happening, check the server and this profile.'
  }
}
