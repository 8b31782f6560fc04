/**
 * The desk's messages, one language at a time. Each language is a chunk of its own that the renderer
 * fetches when the station uses it: the first screen parses one language's texts, not all five (about
 * 230 KB less script before the reception form can take a name). A switch in Settings fetches the new
 * language (a local file, a few milliseconds) before the screen changes over.
 */
import type { Language } from '@shared/i18n/languages'
import type { Messages } from '@shared/i18n/messages/index'

const loaders: Record<Language, () => Promise<{ default: Messages }>> = {
  en: () => import('@shared/i18n/messages/en'),
  es: () => import('@shared/i18n/messages/es'),
  'zh-CN': () => import('@shared/i18n/messages/zh-CN'),
  'pt-BR': () => import('@shared/i18n/messages/pt-BR'),
  ar: () => import('@shared/i18n/messages/ar'),
}

export async function loadMessages(language: Language): Promise<Messages> {
  return (await loaders[language]()).default
}
