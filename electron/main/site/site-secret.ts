import type { SiteSettings } from '../../shared/settings'
import type { CredentialService } from '../credentials/credential-service'
import type { TokenTarget } from '../credentials/token-binding'

/** The keychain account of the site database password (service "Gatehouse", beside the API tokens). */
export const SITE_PASSWORD_ACCOUNT = 'site-database-password'

/**
 * Bound to the database it was typed for, like an API token (credentials/token-binding.ts): after the
 * host, port, database, user or TLS trust changes, the stored password is not sent until typed again.
 */
export function siteTarget(
  site: Pick<SiteSettings, 'host' | 'port' | 'database' | 'user' | 'tls'>,
): TokenTarget {
  const scheme = site.tls.mode === 'off' ? 'postgres-plain' : 'postgres-tls'
  const user = encodeURIComponent(site.user || 'unset')
  const url = `${scheme}://${user}@${site.host || 'unset'}:${site.port}/${encodeURIComponent(site.database || 'unset')}`
  return { url, tls: site.tls.mode === 'off' ? { mode: 'system' } : site.tls }
}

export interface SiteSecret {
  get(site: SiteSettings): Promise<string | null>
  set(site: SiteSettings, password: string): Promise<void>
  clear(): Promise<void>
  has(site: SiteSettings): Promise<boolean>
}

export function createSiteSecret(credentials: CredentialService): SiteSecret {
  return {
    get: (site) => credentials.getToken(SITE_PASSWORD_ACCOUNT, siteTarget(site)),
    set: (site, password) => credentials.setToken(SITE_PASSWORD_ACCOUNT, password, siteTarget(site)),
    clear: () => credentials.deleteToken(SITE_PASSWORD_ACCOUNT),
    has: (site) => credentials.hasToken(SITE_PASSWORD_ACCOUNT, siteTarget(site)),
  }
}
