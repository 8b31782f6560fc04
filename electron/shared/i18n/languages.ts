/**
 * The languages Gatehouse speaks, and how one is chosen from the operating system's preferences.
 * English is the source language: every other language has exactly its keys (messages/).
 */
export const SUPPORTED = ['en', 'es', 'zh-CN', 'pt-BR', 'ar'] as const
export type Language = (typeof SUPPORTED)[number]

/** Settings may name a language or follow the operating system. */
export const LANGUAGE_CHOICES = ['system', ...SUPPORTED] as const
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number]

/** Each language named in itself, so a person who cannot read the current one still finds theirs. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'Español',
  'zh-CN': '简体中文',
  'pt-BR': 'Português (Brasil)',
  ar: 'العربية',
}

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (SUPPORTED as readonly string[]).includes(value)

/** One preference ('es-MX', 'zh_Hans_CN', 'pt') to the language we have for it, or null. */
function matchOne(tag: string): Language | null {
  const primary = tag
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0]
  switch (primary) {
    case 'en':
      return 'en'
    case 'es':
      return 'es'
    // Simplified Chinese is the one we have; it is also the closer read for Traditional readers.
    case 'zh':
      return 'zh-CN'
    case 'pt':
      return 'pt-BR'
    case 'ar':
      return 'ar'
    default:
      return null
  }
}

/** The first of the person's preferred languages that Gatehouse speaks; English when none is. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const match = matchOne(tag)
    if (match) return match
  }
  return 'en'
}

/** What a Settings choice means today: a language, or the system's first one we speak. */
export function resolveLanguage(choice: LanguageChoice, systemPreferred: readonly string[]): Language {
  return choice === 'system' ? pickLanguage(systemPreferred) : choice
}

export function textDirection(language: Language): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr'
}
