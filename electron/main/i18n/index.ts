/**
 * The language of every text main produces for people (notifications, badges, roll call, CSV headers,
 * error messages, audit texts). The language is the Settings choice, or the operating system's first
 * preferred language Gatehouse speaks. `onLanguageChange` lets main's own texts switch at once.
 *
 * A module-level state on purpose: main has one language at a time, and every domain can call
 * `translate` without threading a service through. Before `startLanguage` runs (unit tests), English.
 */
import type { Settings } from '../../shared/settings'
import {
  resolveLanguage,
  textDirection,
  type Language,
  type LanguageChoice,
} from '../../shared/i18n/languages'
import type { MessageParams } from '../../shared/i18n/format-message'
import { translatorFor, type MessageKey } from '../../shared/i18n/translate'

export interface LanguageState {
  /** What Settings says: a language or 'system'. */
  choice: LanguageChoice
  /** The language in use. */
  language: Language
  direction: 'ltr' | 'rtl'
}

interface SettingsSource {
  get(): Pick<Settings, 'language'>
  onChange(listener: (settings: Pick<Settings, 'language'>) => void): () => void
}

let state: LanguageState = { choice: 'system', language: 'en', direction: 'ltr' }
let current = translatorFor('en')
let systemPreferred: () => readonly string[] = () => []
const listeners = new Set<(state: LanguageState) => void>()

function apply(choice: LanguageChoice): void {
  const language = resolveLanguage(choice, systemPreferred())
  const changed = language !== state.language || choice !== state.choice
  state = { choice, language, direction: textDirection(language) }
  current = translatorFor(language)
  if (changed) for (const listener of listeners) listener(state)
}

/**
 * Follows the settings from now on. `preferredSystemLanguages` is Electron's
 * `app.getPreferredSystemLanguages` (asked again on every change, so 'system' follows the OS).
 */
export function startLanguage(
  settings: SettingsSource,
  preferredSystemLanguages: () => readonly string[],
): () => void {
  systemPreferred = preferredSystemLanguages
  apply(settings.get().language)
  return settings.onChange((s) => apply(s.language))
}

export const currentLanguage = (): Language => state.language
export const languageState = (): LanguageState => state

/** A text for people in the current language. */
export function translate(key: MessageKey, params?: MessageParams): string {
  return current(key, params)
}

/** Called whenever the language in use (or the choice) changes. Returns an unsubscribe. */
export function onLanguageChange(listener: (state: LanguageState) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
