/**
 * Where API tokens live. One token per server profile, keyed by the profile id. The token never
 * leaves the main process: callers get it only to build the ZKBio client, never to send anywhere.
 */
export interface CredentialStore {
  /** 'keychain' (the OS keychain through keytar) or 'encrypted-file' (safeStorage fallback). */
  readonly kind: 'keychain' | 'encrypted-file'
  get(profileId: string): Promise<string | null>
  set(profileId: string, token: string): Promise<void>
  /** Returns whether a token was there. */
  delete(profileId: string): Promise<boolean>
}

/** The service name under which tokens are filed in the OS keychain (one account per profile id). */
export const KEYCHAIN_SERVICE = 'Gatehouse'
