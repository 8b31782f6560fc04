import { createI18n } from 'vue-i18n'
import type { Language } from '@shared/i18n/languages'
import { messages, type Messages } from '@shared/i18n/messages/index'

/** A vue-i18n instance on the shared messages (the desk's app and the visitor kiosk each have one). */
export function createGatehouseI18n(locale: Language = 'en') {
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
