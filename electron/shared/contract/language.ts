import { z } from 'zod'
import { LANGUAGE_CHOICES, SUPPORTED } from '../i18n/languages'
import { channel, event } from './define'

export const languageState = z.object({
  /** The Settings choice: a language, or 'system' (the operating system's preferred languages). */
  choice: z.enum(LANGUAGE_CHOICES),
  /** The language in use now. */
  language: z.enum(SUPPORTED),
  direction: z.enum(['ltr', 'rtl']),
})
export type LanguageStateView = z.infer<typeof languageState>

export const languageChannels = {
  'language.get': channel(
    z.undefined(),
    languageState,
    'The language in use and the Settings choice (the sign-in screen needs it too).',
  ),
  'language.set': channel(
    z.object({ choice: z.enum(LANGUAGE_CHOICES) }).strict(),
    languageState,
    'Choose the language of this station, or follow the system; applies at once.',
  ),
} as const

export const languageEvents = {
  'language.changed': event(
    languageState,
    'The language in use or the choice changed; every window switches.',
  ),
} as const
