/**
 * Kiosk wording: the shared `kiosk` messages (electron/shared/i18n/messages/<lang>/kiosk.ts), in the
 * language the visitor picked. The kiosk is its own small app without vue-i18n; it fills the same
 * messages with the same rules as main does.
 */
import { formatMessage } from '@shared/i18n/format-message'
import { isLanguage, textDirection } from '@shared/i18n/languages'
import type { Messages } from '@shared/i18n/messages/index'
import { messageFor } from '@shared/i18n/translate'

export type MessageKey = keyof Messages['kiosk']

export function translate(language: string, key: MessageKey, values: Record<string, string> = {}): string {
  const message = messageFor(isLanguage(language) ? language : 'en', `kiosk.${key}`) ?? key
  return formatMessage(message, values)
}

export const directionOf = (language: string): 'ltr' | 'rtl' =>
  isLanguage(language) ? textDirection(language) : 'ltr'

/** An ID document type's name: the desk's own words (reception.form.certType<N>), not a kiosk copy. */
export function certTypeLabel(language: string, value: number): string {
  const key = `reception.form.certType${value}`
  return messageFor(isLanguage(language) ? language : 'en', key) ?? String(value)
}
