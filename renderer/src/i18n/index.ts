/**
 * The renderer's vue-i18n, built from the same shared messages main uses. The language is main's
 * (the Settings choice or the operating system's), read at start and followed on every change: no
 * restart. Components call `useI18n().t` with a dotted key (namespace, then key).
 */
import { reactive } from 'vue'
import { textDirection, type Language, type LanguageChoice } from '@shared/i18n/languages'
import { gatehouse, unwrap } from '@/api/gatehouse'
import { createGatehouseI18n } from './create'

export const i18n = createGatehouseI18n()

/** What the whole renderer knows about the language: the one in use, its direction, the choice. */
export const languageState = reactive<{
  language: Language
  direction: 'ltr' | 'rtl'
  choice: LanguageChoice
}>({
  language: 'en',
  direction: 'ltr',
  choice: 'system',
})

/** Switches vue-i18n and the document (`lang`, `dir`) to a language. */
export function applyLanguage(language: Language, choice: LanguageChoice = languageState.choice): void {
  const direction = textDirection(language)
  Object.assign(languageState, { language, direction, choice })
  i18n.global.locale.value = language
  document.documentElement.lang = language
  document.documentElement.dir = direction
}

/** Reads main's language now and follows it from then on. Resolves once the first answer is in. */
export async function followMainLanguage(): Promise<void> {
  gatehouse.on('language.changed', (state) => applyLanguage(state.language, state.choice))
  try {
    const state = await unwrap(gatehouse.language.get())
    applyLanguage(state.language, state.choice)
  } catch {
    // Main always answers this public channel; if it somehow did not, English is still usable.
    applyLanguage('en')
  }
}
