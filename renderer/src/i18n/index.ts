/**
 * The renderer's vue-i18n, built from the same shared messages main uses. The language is main's
 * (the Settings choice or the operating system's), read at start and followed on every change: no
 * restart. Components call `useI18n().t` with a dotted key (namespace, then key).
 */
import { reactive } from 'vue'
import { isLanguage, textDirection, type Language, type LanguageChoice } from '@shared/i18n/languages'
import { gatehouse, unwrap } from '@/api/gatehouse'
import { createGatehouseI18n } from './create'
import { englishMessages, loadMessages } from './load-messages'

/** Starts with English: `applyLanguage` loads another language in use before it switches to it. */
export const i18n = createGatehouseI18n('en', { en: englishMessages })

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

/** The languages fetched so far. English is in from the start: the fallback, never a bare key. */
const loaded = new Set<Language>()
async function ensureMessages(language: Language): Promise<void> {
  if (language === 'en' || loaded.has(language)) return
  i18n.global.setLocaleMessage(language, await loadMessages(language))
  loaded.add(language)
}

let latestSwitch = 0
/** Whether a language has been switched to yet (the first screen waits for one). */
let applied = false
/**
 * Switches vue-i18n and the document (`lang`, `dir`) to a language, once its messages are loaded. Of
 * two switches close together the later one wins, whichever language loaded first.
 */
export async function applyLanguage(
  language: Language,
  choice: LanguageChoice = languageState.choice,
): Promise<void> {
  const turn = ++latestSwitch
  try {
    await ensureMessages(language)
  } catch {
    // A chunk of the app's own files that does not load: English rather than bare keys.
    language = 'en'
  }
  if (turn !== latestSwitch) return
  applied = true
  const direction = textDirection(language)
  Object.assign(languageState, { language, direction, choice })
  i18n.global.locale.value = language
  document.documentElement.lang = language
  document.documentElement.dir = direction
  // A reload starts in this language too, not in the one main named when it opened the window.
  const address = new URL(window.location.href)
  if (address.searchParams.get('lang') !== language) {
    address.searchParams.set('lang', language)
    window.history.replaceState(window.history.state, '', address)
  }
}

/**
 * Starts in main's language and follows it from then on. Resolves once the first screen can paint in it:
 * main puts the language in use in the page's address (`?lang=`), so that needs no round trip; main's
 * answer to `language.get` (the choice, or a change since the window opened) is applied when it comes.
 */
export async function followMainLanguage(): Promise<void> {
  gatehouse.on('language.changed', (state) => void applyLanguage(state.language, state.choice))
  const answered = unwrap(gatehouse.language.get()).then(
    (answer) => applyLanguage(answer.language, answer.choice),
    // Main always answers this public channel; if it somehow did not, English is still usable.
    () => (applied ? undefined : applyLanguage('en')),
  )
  const fromAddress = new URLSearchParams(window.location.search).get('lang')
  if (isLanguage(fromAddress)) {
    await applyLanguage(fromAddress)
    if (applied) return
  }
  await answered
}
