/**
 * A message kept for later (a database row, a status main holds for minutes) is kept as its key and
 * parameters, not as text: it is translated where it is shown, so a language switch translates it
 * too. It travels as one string (`i18n:` + JSON), so the columns and contract fields that held the
 * text hold it unchanged. Texts written before (older rows) and texts nobody can translate (a
 * server's own words) stay as they are.
 *
 * `detail` is the raw technical text (a PostgreSQL or Node error) for IT: never part of the sentence,
 * shown only where a screen offers "technical details".
 */
import type { MessageParams } from './format-message'

export interface StoredMessage {
  key: string
  /** A parameter may itself be a stored message (a reason inside a sentence). */
  params?: Readonly<Record<string, string | number | StoredMessage>>
  detail?: string
}

const PREFIX = 'i18n:'

export function encodeStoredMessage(message: StoredMessage): string {
  return PREFIX + JSON.stringify(message)
}

const isStoredMessage = (value: unknown): value is StoredMessage =>
  !!value && typeof value === 'object' && typeof (value as { key?: unknown }).key === 'string'

/** The stored message in a text, or null for plain text (older rows, untranslatable words). */
export function decodeStoredMessage(text: string | null | undefined): StoredMessage | null {
  if (!text?.startsWith(PREFIX)) return null
  try {
    const value: unknown = JSON.parse(text.slice(PREFIX.length))
    return isStoredMessage(value) ? value : null
  } catch {
    return null
  }
}

/** The translation function of either side (main's `translate`, the renderer's `t`). */
export type TranslateKey = (key: string, params?: MessageParams) => string

/** A stored message in the reader's language now. */
export function translateStored(message: StoredMessage, t: TranslateKey): string {
  const params: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(message.params ?? {}))
    params[name] = isStoredMessage(value) ? translateStored(value, t) : value
  return t(message.key, params)
}

/** What a stored text says, in the reader's language now; plain text as it was written. */
export function showStoredText(text: string | null | undefined, t: TranslateKey): string {
  const message = decodeStoredMessage(text)
  return message ? translateStored(message, t) : (text ?? '')
}

/** The technical detail of a stored text, if it has one. */
export function storedDetail(text: string | null | undefined): string | null {
  return decodeStoredMessage(text)?.detail ?? null
}
