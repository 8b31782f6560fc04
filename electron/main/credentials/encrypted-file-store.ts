/**
 * The consented fallback for computers without a keychain: tokens encrypted with Electron's
 * `safeStorage` (DPAPI / Keychain key / KWallet or libsecret key) in one file in the user-data folder.
 * There is no plain-text mode: if safeStorage cannot encrypt, or only has Linux's fixed-key
 * 'basic_text' backend (no better than plain text), this store refuses to exist.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { CredentialStore } from './credential-store'
import { translate } from '../i18n'

/** The part of Electron's `safeStorage` used here (the harness and tests provide their own). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean
  encryptString(plainText: string): Buffer
  decryptString(encrypted: Buffer): string
  /** Linux only in Electron; undefined elsewhere. */
  getSelectedStorageBackend?(): string
}

export const ENCRYPTED_TOKENS_FILE = 'credentials.enc.json'

interface FileShape {
  version: 1
  /** profile id -> base64 of the safeStorage ciphertext. */
  tokens: Record<string, string>
}

/** Why safeStorage cannot be used (in the current language: Settings shows it), or null when it can. */
export function safeStorageProblem(safeStorage: SafeStorageLike | null | undefined): string | null {
  if (!safeStorage) return translate('server.errors.keyProblem.notInBuild')
  if (!safeStorage.isEncryptionAvailable()) return translate('server.errors.keyProblem.noSystemKey')
  const backend = safeStorage.getSelectedStorageBackend?.()
  if (backend === 'basic_text' || backend === 'unknown')
    return translate('server.errors.keyProblem.builtInKey')
  return null
}

export function createEncryptedFileStore(filePath: string, safeStorage: SafeStorageLike): CredentialStore {
  const problem = safeStorageProblem(safeStorage)
  if (problem) throw new Error(`Encrypted token file refused: ${problem}`)

  const read = (): FileShape => {
    if (!existsSync(filePath)) return { version: 1, tokens: {} }
    const parsed = JSON.parse(readFileSync(filePath, 'utf8')) as Partial<FileShape>
    const tokens: Record<string, string> = {}
    for (const [id, value] of Object.entries(parsed.tokens ?? {}))
      if (typeof value === 'string') tokens[id] = value
    return { version: 1, tokens }
  }
  const write = (data: FileShape): void => {
    mkdirSync(dirname(filePath), { recursive: true })
    const temp = `${filePath}.${process.pid}.tmp`
    // Owner-only, written aside then renamed, so a crash never leaves half a file.
    writeFileSync(temp, JSON.stringify(data), { mode: 0o600 })
    renameSync(temp, filePath)
  }

  return {
    kind: 'encrypted-file',
    async get(profileId) {
      const cipher = read().tokens[profileId]
      return cipher === undefined ? null : safeStorage.decryptString(Buffer.from(cipher, 'base64'))
    },
    async set(profileId, token) {
      const data = read()
      data.tokens[profileId] = safeStorage.encryptString(token).toString('base64')
      write(data)
    },
    async delete(profileId) {
      const data = read()
      if (!(profileId in data.tokens)) return false
      delete data.tokens[profileId]
      write(data)
      return true
    },
  }
}
