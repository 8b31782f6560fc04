/**
 * Main's texts whose key is built at run time (`server.storage.${code}`), and records of sentences that
 * are looked up in the current language each time one is read: callers keep `STORAGE_MESSAGES.DISK_FULL`
 * and get the words of the moment, so a language change applies at once.
 */
import type { MessageParams } from '../../shared/i18n/format-message'
import type { MessageKey } from '../../shared/i18n/translate'
import { translate } from '../i18n'

/** `translate` for a key put together at run time (the messages unit test proves every such key exists). */
export function translateKey(key: string, params?: MessageParams): string {
  return translate(key as MessageKey, params)
}

export function liveWords<K extends string>(prefix: string, keys: readonly K[]): Readonly<Record<K, string>> {
  const words = {} as Record<K, string>
  for (const key of keys)
    Object.defineProperty(words, key, { enumerable: true, get: () => translateKey(`${prefix}.${key}`) })
  return Object.freeze(words)
}
