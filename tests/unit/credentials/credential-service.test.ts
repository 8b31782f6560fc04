import { mkdtempSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { AppError } from '../../../electron/main/app/app-error'
import { createCredentialService } from '../../../electron/main/credentials/credential-service'
import {
  createEncryptedFileStore,
  ENCRYPTED_TOKENS_FILE,
  type SafeStorageLike,
} from '../../../electron/main/credentials/encrypted-file-store'
import { createKeytarStore, type KeytarStore } from '../../../electron/main/credentials/keytar-store'
import { addLogSink, createLogger, type LogRecord } from '../../../electron/main/log'
import { redact } from '../../../electron/main/security/redact'
import {
  safeStorage as harnessSafeStorage,
  setEncryptionAvailable,
} from '../../harness/electron-double/safe-storage'
import { keychainWithoutDaemon } from '../settings/helpers'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-cred-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  setEncryptionAvailable(false)
})

const newToken = () => `tok-${randomBytes(12).toString('hex')}`

function service(opts: {
  consent: boolean
  safeStorage: SafeStorageLike | null
  keychain?: KeytarStore
  dir?: string
}) {
  let consent = opts.consent
  const dir = opts.dir ?? tempDir()
  const svc = createCredentialService({
    keychain: opts.keychain ?? keychainWithoutDaemon(),
    userDataDir: dir,
    safeStorage: opts.safeStorage,
    fallbackConsent: () => consent,
  })
  return { svc, dir, setConsent: (v: boolean) => (consent = v) }
}

/** Linux without any keyring: Electron's only backend is a fixed key. */
const basicTextStorage: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'basic_text',
  encryptString: (s) => Buffer.from(s),
  decryptString: (b) => b.toString(),
}

/** The server the tokens in these tests are typed for. */
const HQ = { url: 'https://10.0.0.5:8098', tls: { mode: 'system' as const } }

describe('no keychain on this computer', () => {
  test('without consent: says so plainly, offers the fallback, stores nothing anywhere', async () => {
    setEncryptionAvailable(true)
    const { svc, dir } = service({ consent: false, safeStorage: harnessSafeStorage })
    const status = await svc.status()
    expect(status).toMatchObject({
      backend: 'none',
      keychainAvailable: false,
      fallbackAvailable: true,
      fallbackConsent: false,
    })
    expect(status.message).toMatch(/^This computer has no system keychain/)
    expect(status.message).toMatch(/If you allow it.*encrypted/)
    const error = await svc.setToken('p1', newToken(), HQ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('KEYCHAIN_UNAVAILABLE')
    expect((error as AppError).message).toMatch(/no system keychain/)
    expect(existsSync(join(dir, ENCRYPTED_TOKENS_FILE))).toBe(false)
    expect(await svc.hasToken('p1')).toBe(false)
  })

  test('with consent: tokens go to an owner-only encrypted file and come back', async () => {
    setEncryptionAvailable(true)
    const { svc, dir } = service({ consent: true, safeStorage: harnessSafeStorage })
    const token = newToken()
    expect((await svc.status()).backend).toBe('encrypted-file')
    await svc.setToken('p1', token, HQ)
    expect(await svc.getToken('p1', HQ)).toBe(token)
    expect(await svc.hasToken('p1')).toBe(true)
    const file = join(dir, ENCRYPTED_TOKENS_FILE)
    const text = readFileSync(file, 'utf8')
    expect(text).not.toContain(token)
    expect(text).not.toContain(Buffer.from(token).toString('base64'))
    expect(statSync(file).mode & 0o777).toBe(0o600)
    await svc.deleteToken('p1')
    expect(await svc.getToken('p1', HQ)).toBeNull()
  })

  test('withdrawing consent stops using the file at once', async () => {
    setEncryptionAvailable(true)
    const { svc, setConsent } = service({ consent: true, safeStorage: harnessSafeStorage })
    await svc.setToken('p1', newToken(), HQ)
    setConsent(false)
    await expect(svc.getToken('p1', HQ)).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' })
  })

  test.each([
    ['safeStorage has no key', () => harnessSafeStorage],
    ['only the fixed-key basic_text backend', () => basicTextStorage],
    ['no safeStorage at all', () => null],
  ])('refuses plain text even with consent: %s', async (_name, storage) => {
    const { svc, dir } = service({ consent: true, safeStorage: storage() })
    const status = await svc.status()
    expect(status.backend).toBe('none')
    expect(status.fallbackAvailable).toBe(false)
    expect(status.message).toMatch(/never stores the token in plain text/)
    await expect(svc.setToken('p1', newToken(), HQ)).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' })
    expect(existsSync(join(dir, ENCRYPTED_TOKENS_FILE))).toBe(false)
  })

  test('the encrypted file store itself refuses to exist without real encryption', () => {
    expect(() => createEncryptedFileStore(join(tempDir(), 'x.json'), basicTextStorage)).toThrow(/plain text/)
  })
})

describe('tokens are registered with the redactors as soon as main holds them', () => {
  test('a token read from the store is masked in log lines and client error texts', async () => {
    setEncryptionAvailable(true)
    const { svc, dir } = service({ consent: true, safeStorage: harnessSafeStorage })
    const token = newToken()
    await svc.setToken('p1', token, HQ)
    // A fresh service (as after a restart) reading it back registers it again.
    const { svc: again } = service({ consent: true, safeStorage: harnessSafeStorage, dir })
    expect(await again.getToken('p1', HQ)).toBe(token)
    const records: LogRecord[] = []
    const off = addLogSink((r) => records.push(r))
    createLogger('test').warn(`server said ${token} was bad`, { echoed: `x${token}y` })
    off()
    expect(JSON.stringify(records)).not.toContain(token)
    expect(redact(`error page echoing ${token}`)).not.toContain(token)
  })
})

const realKeychain = createKeytarStore()
const keychainProbe = await realKeychain.probe()

describe('with the real system keychain', () => {
  test.skipIf(!keychainProbe.available)(
    `keychain is preferred, and a token left in the consented file moves into it${keychainProbe.available ? '' : ' (skipped: no Secret Service)'}`,
    async () => {
      setEncryptionAvailable(true)
      const dir = tempDir()
      const profileId = `test-${randomBytes(6).toString('hex')}`
      const token = newToken()
      // Earlier, without a keyring, with consent: the token went to the encrypted file.
      await createEncryptedFileStore(join(dir, ENCRYPTED_TOKENS_FILE), harnessSafeStorage).set(
        profileId,
        token,
      )
      const { svc } = service({ consent: true, safeStorage: harnessSafeStorage, keychain: realKeychain, dir })
      try {
        const status = await svc.status()
        expect(status.backend).toBe('keychain')
        expect(status.message).toMatch(/system keychain/)
        expect(await svc.getToken(profileId, HQ)).toBe(token)
        expect(await realKeychain.get(profileId)).toContain(JSON.stringify(token))
        expect(readFileSync(join(dir, ENCRYPTED_TOKENS_FILE), 'utf8')).not.toContain(profileId)
      } finally {
        await realKeychain.delete(profileId)
      }
    },
  )
})
