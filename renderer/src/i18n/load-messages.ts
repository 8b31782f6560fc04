/**
 * The desk's messages, one language at a time. English, every language's fallback, is in the app's
 * first script; each other language is a chunk of its own that the renderer fetches when the station
 * uses it: the first screen parses one or two languages' texts, not all five (about 230 KB less script
 * before the reception form can take a name), and an English desk waits for no fetch. A switch in
 * Settings fetches the new language (a local file, a few milliseconds) before the screen changes over.
 */
import type { Language } from '@shared/i18n/languages'
import en from '@shared/i18n/messages/en'
import type { Messages } from '@shared/i18n/messages/index'

export const englishMessages: Messages = en

const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: Messages }>> = {
  es: () => import('@shared/i18n/messages/es'),
  'zh-CN': () => import('@shared/i18n/messages/zh-CN'),
  'pt-BR': () => import('@shared/i18n/messages/pt-BR'),
  ar: () => import('@shared/i18n/messages/ar'),
}

/** Another language's messages (English needs no load: `englishMessages`). */
export async function loadMessages(language: Exclude<Language, 'en'>): Promise<Messages> {
  return (await loaders[language]()).default
}
