import { createI18n } from 'vue-i18n'
import type { Language } from '@shared/i18n/languages'
import type { Messages } from '@shared/i18n/messages/index'

/**
 * A vue-i18n instance on the shared messages. The desk's app starts it with English and loads another
 * language in use (./index.ts); the visitor kiosk passes all five, since a visitor picks theirs on its
 * first screen.
 */
export function createGatehouseI18n(
  locale: Language = 'en',
  messages: Partial<Record<Language, Messages>> = {},
) {
  return createI18n<[Messages], Language, false>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: messages as Record<Language, Messages>,
    // A missing key is a bug the key-completeness test catches; no console noise at run time.
    missingWarn: false,
    fallbackWarn: false,
  })
}
