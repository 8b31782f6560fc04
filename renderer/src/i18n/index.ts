/**
 * The renderer's vue-i18n, built from the same shared messages main uses. The language is main's
 * (the Settings choice or the operating system's), read at start and followed on every change: no
 * restart. Components call `useI18n().t` with a dotted key (namespace, then key).
 */
import { reactive } from 'vue'
import { textDirection, type Language, type LanguageChoice } from '@shared/i18n/languages'
import { gatehouse, unwrap } from '@/api/gatehouse'
import { createGatehouseI18n } from './create'
import { loadMessages } from './load-messages'

/** Starts without messages: `applyLanguage` loads the language in use before it switches to it. */
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

const loaded = new Set<Language>()
async function ensureMessages(language: Language): Promise<void> {
  // English too: the fallback for a key a translation lacked would otherwise show as a bare key.
  const wanted: Language[] = language === 'en' ? ['en'] : [language, 'en']
  await Promise.all(
    wanted
      .filter((l) => !loaded.has(l))
      .map(async (l) => {
        i18n.global.setLocaleMessage(l, await loadMessages(l))
        loaded.add(l)
      }),
  )
}

let latestSwitch = 0
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
    if (!loaded.has(language)) language = 'en'
    await ensureMessages('en')
  }
  if (turn !== latestSwitch) return
  const direction = textDirection(language)
  Object.assign(languageState, { language, direction, choice })
  i18n.global.locale.value = language
  document.documentElement.lang = language
  document.documentElement.dir = direction
}

/** Reads main's language now and follows it from then on. Resolves once the first answer is in. */
export async function followMainLanguage(): Promise<void> {
  gatehouse.on('language.changed', (state) => void applyLanguage(state.language, state.choice))
  // English is fetched while main answers: it is the language in use or the fallback of the one in use.
  void ensureMessages('en').catch(() => undefined)
  try {
    const answer = await unwrap(gatehouse.language.get())
    await applyLanguage(answer.language, answer.choice)
  } catch {
    // Main always answers this public channel; if it somehow did not, English is still usable.
    await applyLanguage('en')
  }
}
