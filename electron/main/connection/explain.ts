/**
 * Turns a ZKBio failure into what the admin or the receptionist reads: what happened and what to do.
 * The client's messages are already plain and redacted; this adds the step-specific advice.
 */
import { ZkbioError } from '../zkbio/errors'
import { translate } from '../i18n'
import { redact } from '../security/redact'

/** Said in the current language each time (server.connection.*). */
export const certificateChanged = (): string => translate('server.connection.certificateChanged')
export const certificateChangedAction = (): string => translate('server.connection.certificateChangedAction')

export function isApiAccessAbnormal(error: unknown): boolean {
  return error instanceof ZkbioError && /api access abnormal/i.test(`${error.detail ?? ''} ${error.message}`)
}

export function isCertificateChanged(error: unknown): boolean {
  return error instanceof ZkbioError && error.kind === 'tlsPinMismatch'
}

/** One sentence for the status bar: never the token, never a stack trace. */
export function plainError(error: unknown): string {
  if (isCertificateChanged(error)) return certificateChanged()
  if (error instanceof ZkbioError) return redact(error.message)
  if (error && typeof error === 'object' && 'toIpcError' in error && error instanceof Error) {
    return redact(error.message)
  }
  return translate('server.connection.unexpected')
}

/** What to do about a failure of the token/licence call, by kind. */
export function adviceFor(error: ZkbioError): string {
  switch (error.kind) {
    case 'network':
    case 'timeout':
    case 'html':
    case 'springError':
    case 'tls':
    case 'auth':
      return translate(`server.connection.advice.${error.kind}`)
    case 'malformedJson':
    case 'validation':
      return translate('server.connection.advice.malformed')
    case 'tlsPinMismatch':
      return certificateChangedAction()
    default:
      return translate('server.connection.advice.other')
  }
}
