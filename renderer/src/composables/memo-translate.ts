/**
 * A translation function that remembers its answers. Table cells call `t` for every row that scrolls
 * into view; vue-i18n builds a message context and parses its arguments on each call, which made a
 * quarter of what the door board allocated while scrolling (and so the garbage collections that cost
 * whole frames). The words for a key and its parameters do not change until the language does: make a
 * new one with each language (the tables' column lists are computed on the language, so theirs is).
 */
export type Translate = (key: string, params?: Record<string, string | number>) => string

/** Beyond this many remembered texts the memory starts afresh (a door list has a few thousand). */
export const MEMO_TRANSLATE_LIMIT = 5000

export function memoTranslate(t: Translate, limit = MEMO_TRANSLATE_LIMIT): Translate {
  const known = new Map<string, string>()
  return (key, params) => {
    let id = key
    if (params) for (const name in params) id += `\u0000${name}\u0001${params[name]}`
    let text = known.get(id)
    if (text === undefined) {
      text = params ? t(key, params) : t(key)
      if (known.size >= limit) known.clear()
      known.set(id, text)
    }
    return text
  }
}
