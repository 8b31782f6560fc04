import type { CredentialService } from '../credentials/credential-service'

/** The keychain account of the SMTP password (service "Gatehouse", beside the API tokens). */
export const SMTP_PASSWORD_ACCOUNT = 'smtp-password'

/** The SMTP password lives in the OS keychain through the credential service, never in settings.json. */
export interface SmtpSecret {
  get(): Promise<string | null>
  set(password: string): Promise<void>
  clear(): Promise<void>
  has(): Promise<boolean>
}

export function createSmtpSecret(credentials: CredentialService): SmtpSecret {
  return {
    get: () => credentials.getToken(SMTP_PASSWORD_ACCOUNT),
    set: (password) => credentials.setToken(SMTP_PASSWORD_ACCOUNT, password),
    clear: () => credentials.deleteToken(SMTP_PASSWORD_ACCOUNT),
    has: () => credentials.hasToken(SMTP_PASSWORD_ACCOUNT),
  }
}
