/**
 * Picks where tokens are kept and says so in plain words. The OS keychain when it answers; otherwise,
 * and only with the admin's recorded consent, a safeStorage-encrypted file; never plain text.
 * Every token read or written here is registered with main's redactor at once, so from the moment it
 * exists in main's memory it is masked in log lines and error texts.
 */
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../app/app-error'
import { createLogger } from '../log'
import { registerSecret } from '../security/redact'
import type { CredentialStore } from './credential-store'
import { KEYCHAIN_SERVICE } from './credential-store'
import {
  createEncryptedFileStore,
  ENCRYPTED_TOKENS_FILE,
  safeStorageProblem,
  type SafeStorageLike,
} from './encrypted-file-store'
import { KeychainUnavailableError, type KeytarStore } from './keytar-store'
import { bindingOf, decodeBoundToken, encodeBoundToken, type TokenTarget } from './token-binding'
import { translate } from '../i18n'

export type { TokenTarget } from './token-binding'

/** Said when a stored token is asked for another address or certificate than it was saved for. */
export const tokenNotForServerMessage = (): string => translate('server.errors.tokenNotForServer')

const log = createLogger('credentials')

export type CredentialBackend = 'keychain' | 'encrypted-file' | 'none'

export interface CredentialStatus {
  backend: CredentialBackend
  keychainAvailable: boolean
  /** The encrypted-file fallback could be used (safeStorage has a real key). */
  fallbackAvailable: boolean
  fallbackConsent: boolean
  /** What the admin reads in Settings and in the wizard. */
  message: string
}

export interface CredentialService {
  status(): Promise<CredentialStatus>
  /**
   * The stored token for sending to `target`, or null. Throws AppError('TOKEN_NOT_FOR_SERVER') when
   * the token was saved for another address or TLS trust (it is never handed out for a server it was
   * not typed for), AppError('KEYCHAIN_UNAVAILABLE') when nowhere is usable.
   */
  getToken(profileId: string, target: TokenTarget): Promise<string | null>
  /** Stores the token bound to the server it was typed for. */
  setToken(profileId: string, token: string, target: TokenTarget): Promise<void>
  deleteToken(profileId: string): Promise<void>
  /** A token is stored (and, given a target, may be sent there). */
  hasToken(profileId: string, target?: TokenTarget): Promise<boolean>
  /** Forget what was learnt about the keychain (e.g. after the admin started a keyring). */
  recheck(): void
  /**
   * A token given for this run only (development and tests: the simulator's token from the
   * environment). Held in memory, never written anywhere, gone when the app quits.
   */
  holdForSession(profileId: string, token: string, target: TokenTarget): void
  /** Consent withdrawn: delete the encrypted token file. Returns whether there was one. */
  deleteFallbackFile(): boolean
}

export interface CredentialServiceDeps {
  keychain: KeytarStore
  userDataDir: string
  safeStorage: SafeStorageLike | null
  /** settings.credentialFallbackConsent, read at each use so a change applies at once. */
  fallbackConsent: () => boolean
}

/** Registers a token with main's one redactor (security/redact.ts). */
export function registerToken(token: string): void {
  registerSecret(token)
}

export function createCredentialService(deps: CredentialServiceDeps): CredentialService {
  const filePath = join(deps.userDataDir, ENCRYPTED_TOKENS_FILE)
  let keychainState: Promise<{ available: true } | { available: false; reason: string }> | null = null
  let fileStore: CredentialStore | null = null
  /** Session tokens, as stored envelopes (bound like stored ones). */
  const sessionTokens = new Map<string, string>()

  const keychainCheck = () => (keychainState ??= deps.keychain.probe())
  const fallbackProblem = (): string | null => safeStorageProblem(deps.safeStorage)
  const encryptedFile = (): CredentialStore =>
    (fileStore ??= createEncryptedFileStore(filePath, deps.safeStorage!))

  const describeStatus = async (): Promise<CredentialStatus> => {
    const keychain = await keychainCheck()
    const problem = fallbackProblem()
    const consent = deps.fallbackConsent()
    const base = {
      keychainAvailable: keychain.available,
      fallbackAvailable: problem === null,
      fallbackConsent: consent,
    }
    if (keychain.available) {
      return {
        ...base,
        backend: 'keychain',
        message: translate('server.errors.inKeychain', { service: KEYCHAIN_SERVICE }),
      }
    }
    const noKeychain = translate('server.errors.noKeychain')
    if (problem !== null) {
      return {
        ...base,
        backend: 'none',
        message: translate('server.errors.noKey', { noKeychain, problem }),
      }
    }
    if (!consent) {
      return {
        ...base,
        backend: 'none',
        message: translate('server.errors.askConsent', { noKeychain }),
      }
    }
    return {
      ...base,
      backend: 'encrypted-file',
      message: translate('server.errors.encryptedFile', { noKeychain, file: ENCRYPTED_TOKENS_FILE }),
    }
  }

  /** The store to use now, or an AppError saying plainly why there is none. */
  const activeStore = async (): Promise<CredentialStore> => {
    const status = await describeStatus()
    if (status.backend === 'keychain') return deps.keychain
    if (status.backend === 'encrypted-file') return encryptedFile()
    throw new AppError('KEYCHAIN_UNAVAILABLE', status.message, {
      fallbackAvailable: status.fallbackAvailable,
      fallbackConsent: status.fallbackConsent,
    })
  }

  /** A keytar call that failed mid-way (daemon stopped): re-probe next time, and say so plainly. */
  const withStore = async <T>(fn: (store: CredentialStore) => Promise<T>): Promise<T> => {
    const store = await activeStore()
    try {
      return await fn(store)
    } catch (error) {
      if (error instanceof KeychainUnavailableError) {
        log.warn('the keychain stopped answering', { reason: error.reason })
        keychainState = null
        const status = await describeStatus()
        throw new AppError('KEYCHAIN_UNAVAILABLE', status.message, {
          fallbackAvailable: status.fallbackAvailable,
        })
      }
      throw error
    }
  }

  /** The stored value (an envelope, or a plain token from before bindings), or null. */
  const readStored = async (profileId: string): Promise<string | null> => {
    const held = sessionTokens.get(profileId)
    if (held !== undefined) return held
    return withStore(async (store) => {
      const found = await store.get(profileId)
      if (found !== null || store.kind !== 'keychain' || fallbackProblem() !== null) return found
      // A keyring that appeared after tokens went to the consented file: move the token over.
      if (!existsSync(filePath)) return null
      const moved = await encryptedFile().get(profileId)
      if (moved === null) return null
      await store.set(profileId, moved)
      await encryptedFile().delete(profileId)
      log.info('moved a token from the encrypted file into the system keychain', { profileId })
      return moved
    })
  }

  return {
    status: describeStatus,
    async getToken(profileId, target) {
      const stored = await readStored(profileId)
      if (stored === null) return null
      const { token, binding } = decodeBoundToken(stored)
      registerToken(token)
      if (binding === null) {
        // Stored before bindings existed: bind it now to the server the active profile names.
        if (!sessionTokens.has(profileId))
          await withStore((store) => store.set(profileId, encodeBoundToken(token, target)))
        log.info('bound a stored API token to its server', { profileId })
        return token
      }
      if (binding !== bindingOf(target)) {
        log.warn('refused to hand out a token for another server than it was saved for', { profileId })
        throw new AppError('TOKEN_NOT_FOR_SERVER', tokenNotForServerMessage(), { field: 'token' })
      }
      return token
    },
    async setToken(profileId, token, target) {
      registerToken(token)
      sessionTokens.delete(profileId)
      await withStore((store) => store.set(profileId, encodeBoundToken(token, target)))
      log.info('stored the API token', { profileId })
    },
    async deleteToken(profileId) {
      sessionTokens.delete(profileId)
      await withStore((store) => store.delete(profileId))
      log.info('deleted the API token', { profileId })
    },
    async hasToken(profileId, target) {
      try {
        const stored = await readStored(profileId)
        if (stored === null) return false
        if (!target) return true
        const { binding } = decodeBoundToken(stored)
        return binding === null || binding === bindingOf(target)
      } catch (error) {
        if (error instanceof AppError && error.code === 'KEYCHAIN_UNAVAILABLE') return false
        throw error
      }
    },
    recheck() {
      keychainState = null
    },
    deleteFallbackFile() {
      fileStore = null
      if (!existsSync(filePath)) return false
      rmSync(filePath, { force: true })
      log.info('deleted the encrypted token file: consent was withdrawn')
      return true
    },
    holdForSession(profileId, token, target) {
      registerToken(token)
      sessionTokens.set(profileId, encodeBoundToken(token, target))
    },
  }
}
