/**
 * Tokens in the OS keychain through keytar (macOS Keychain, Windows Credential Manager, the Secret
 * Service on Linux: gnome-keyring or KeePassXC). keytar is a native module, loaded on first use so a
 * broken build can be reported as "no keychain" instead of crashing the app at start.
 */
import type { CredentialStore } from './credential-store'
import { KEYCHAIN_SERVICE } from './credential-store'

export interface KeytarLike {
  getPassword(service: string, account: string): Promise<string | null>
  setPassword(service: string, account: string, password: string): Promise<void>
  deletePassword(service: string, account: string): Promise<boolean>
}

/** The keychain could not be used at all (as opposed to "no token stored"). */
export class KeychainUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`The system keychain is not available: ${reason}`)
    this.name = 'KeychainUnavailableError'
  }
}

export interface KeytarStoreOptions {
  /** How keytar is loaded; tests may pass a module directly. */
  load?: () => Promise<KeytarLike>
  service?: string
  /** How long a keychain call may take before it counts as unavailable (default 20 s). */
  timeoutMs?: number
}

/**
 * A locked keyring whose unlock prompt never appears (no desktop session), or a Secret Service that
 * D-Bus is still trying to start, leaves libsecret waiting forever. Long enough for a person to type
 * the keyring password at a real prompt; short enough that Save never hangs for good.
 */
export const KEYCHAIN_TIMEOUT_MS = 20_000

async function loadKeytar(): Promise<KeytarLike> {
  const mod = (await import('keytar')) as unknown as { default?: KeytarLike } & KeytarLike
  return mod.default ?? mod
}

export interface KeytarStore extends CredentialStore {
  /** Checks the keychain answers (a read of an account that never exists). Never throws. */
  probe(): Promise<{ available: true } | { available: false; reason: string }>
}

export function createKeytarStore(options: KeytarStoreOptions = {}): KeytarStore {
  const service = options.service ?? KEYCHAIN_SERVICE
  let keytar: Promise<KeytarLike> | null = null
  const module = (): Promise<KeytarLike> => (keytar ??= (options.load ?? loadKeytar)())
  const timeoutMs = options.timeoutMs ?? KEYCHAIN_TIMEOUT_MS

  /** Every keytar failure means the keychain itself is unusable: no daemon, locked, no D-Bus. */
  const guard = async <T>(fn: (k: KeytarLike) => Promise<T>): Promise<T> => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `the keychain did not answer within ${Math.round(timeoutMs / 1000)} s; it may be locked and waiting for its password`,
            ),
          ),
        timeoutMs,
      )
    })
    try {
      return await Promise.race([module().then(fn), timeout])
    } catch (error) {
      throw new KeychainUnavailableError(describe(error))
    } finally {
      clearTimeout(timer)
    }
  }

  return {
    kind: 'keychain',
    get: (profileId) => guard((k) => k.getPassword(service, profileId)),
    set: (profileId, token) => guard((k) => k.setPassword(service, profileId, token)),
    delete: (profileId) => guard((k) => k.deletePassword(service, profileId)),
    async probe() {
      try {
        await guard((k) => k.getPassword(service, '__gatehouse_probe__'))
        return { available: true }
      } catch (error) {
        return {
          available: false,
          reason: error instanceof KeychainUnavailableError ? error.reason : describe(error),
        }
      }
    },
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  // libsecret's own words are cryptic; keep them for the log but say what they mean.
  if (/autolaunch D-Bus|DBUS_SESSION_BUS_ADDRESS|org\.freedesktop\.DBus|dbus/i.test(text)) {
    return `no D-Bus session or Secret Service daemon is running (${text})`
  }
  if (
    /org\.freedesktop\.secrets|secret service|No such interface|was not provided by any \.service files/i.test(
      text,
    )
  ) {
    return `no Secret Service daemon (gnome-keyring, KWallet's Secret Service or KeePassXC) is running (${text})`
  }
  if (/Cannot find module|was compiled against|NODE_MODULE_VERSION|dlopen/i.test(text)) {
    return `the keychain module could not be loaded (${text})`
  }
  return text
}
