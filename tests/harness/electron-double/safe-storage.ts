/**
 * `safeStorage`: unavailable by default (like a Linux box without a keyring), so main's fallback path
 * is what tests exercise unless they call `setEncryptionAvailable(true)`. When available it encrypts
 * reversibly (AES-256-GCM with a per-process key): ciphertext never equals the plaintext.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

const key = randomBytes(32)
let available = process.env.GATEHOUSE_HARNESS_SAFE_STORAGE === '1'
let plainText = false

export function setEncryptionAvailable(value: boolean): void {
  available = value
}

export const safeStorage = {
  isEncryptionAvailable: (): boolean => available,
  isAsyncEncryptionAvailable: async (): Promise<boolean> => available,
  getSelectedStorageBackend: (): string => (available ? 'gnome_libsecret' : 'basic_text'),
  setUsePlainTextEncryption: (value: boolean): void => {
    plainText = value
  },
  encryptString(text: string): Buffer {
    if (!available && !plainText) {
      throw new Error(
        'Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.',
      )
    }
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', key, iv)
    const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
    return Buffer.concat([Buffer.from('v10'), iv, cipher.getAuthTag(), body])
  },
  decryptString(encrypted: Buffer): string {
    if (!available && !plainText) {
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString. Decryption is not available.',
      )
    }
    if (encrypted.subarray(0, 3).toString() !== 'v10') {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
    }
    const iv = encrypted.subarray(3, 15)
    const tag = encrypted.subarray(15, 31)
    const decipher = createDecipheriv('aes-256-gcm', key, iv)
    decipher.setAuthTag(tag)
    return Buffer.concat([decipher.update(encrypted.subarray(31)), decipher.final()]).toString('utf8')
  },
}
