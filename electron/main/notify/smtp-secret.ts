import type { SmtpSettings } from '../../shared/visitor-services-settings'
import type { CredentialService } from '../credentials/credential-service'
import type { TokenTarget } from '../credentials/token-binding'

/** The keychain account of the SMTP password (service "Gatehouse", beside the API tokens). */
export const SMTP_PASSWORD_ACCOUNT = 'smtp-password'

/** The SMTP password lives in the OS keychain through the credential service, never in settings.json. */
export interface SmtpSecret {
  get(): Promise<string | null>
  set(password: string): Promise<void>
  clear(): Promise<void>
  has(): Promise<boolean>
}

/**
 * Bound to the mail server it was typed for, like an API token (credentials/token-binding.ts): after
 * the host, port or security changes, the stored password is not sent until it is typed again.
 */
export function smtpTarget(smtp: Pick<SmtpSettings, 'host' | 'port' | 'security'>): TokenTarget {
  const scheme = smtp.security === 'tls' ? 'smtps' : smtp.security === 'starttls' ? 'smtp+starttls' : 'smtp'
  return { url: `${scheme}://${smtp.host || 'unset'}:${smtp.port}`, tls: { mode: 'system' } }
}

export function createSmtpSecret(credentials: CredentialService, smtp: () => SmtpSettings): SmtpSecret {
  return {
    get: () => credentials.getToken(SMTP_PASSWORD_ACCOUNT, smtpTarget(smtp())),
    set: (password) => credentials.setToken(SMTP_PASSWORD_ACCOUNT, password, smtpTarget(smtp())),
    clear: () => credentials.deleteToken(SMTP_PASSWORD_ACCOUNT),
    has: () => credentials.hasToken(SMTP_PASSWORD_ACCOUNT, smtpTarget(smtp())),
  }
}
