/**
 * Main's language for a test file: main follows a settings stub from here on, and `speak` switches it
 * as a Settings change would (every listener hears it at once). Files reset to English after each test.
 */
import { startLanguage } from '../../../../electron/main/i18n/index'
import type { LanguageChoice } from '../../../../electron/shared/i18n/languages'

export function followTestLanguage(): { speak: (choice: LanguageChoice) => void; stop: () => void } {
  let language: { language: LanguageChoice } = { language: 'en' }
  const listeners = new Set<(s: { language: LanguageChoice }) => void>()
  const stop = startLanguage(
    {
      get: () => language,
      onChange(listener) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
    },
    () => ['en-US'],
  )
  const speak = (choice: LanguageChoice) => {
    language = { language: choice }
    for (const l of listeners) l(language)
  }
  return { speak, stop }
}
