import type { Language } from './languages'
import { formatMessage, type MessageParams } from './format-message'
import { messages, type Messages } from './messages/index'

/** Every dotted key of the messages, e.g. 'common.save' (so a misspelt key is a type error in main). */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>
}[keyof T & string]
export type MessageKey = Paths<Messages>

/** The raw message for a key, in a language; English when the language lacks it (tests forbid that). */
export function messageFor(language: Language, key: string): string | null {
  const find = (root: unknown): string | null => {
    let node: unknown = root
    for (const part of key.split('.')) {
      if (!node || typeof node !== 'object') return null
      node = (node as Record<string, unknown>)[part]
    }
    return typeof node === 'string' ? node : null
  }
  return find(messages[language]) ?? find(messages.en)
}

/** A translation function for one language, for code outside Vue (main, pure helpers). */
export function translatorFor(language: Language) {
  return (key: MessageKey, params?: MessageParams): string => {
    const message = messageFor(language, key)
    return message === null ? key : formatMessage(message, params)
  }
}
export type Translate = ReturnType<typeof translatorFor>
