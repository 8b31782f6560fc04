/**
 * Names as people write them. The server refuses < > " ' % ; & and \ in text fields (code -261), so
 * "O'Brien" could not be registered. Each of these has a typographic form the server takes and a
 * reader does not notice: O'Brien -> O’Brien, "Max" -> “Max”. The form applies it as the receptionist
 * types (what is sent is what is shown), and main applies it again before anything is sent.
 */

/** One-to-one replacements (same length, so the caret stays where it was). */
const SIMPLE: Readonly<Record<string, string>> = {
  "'": '’', // U+2019 right single quotation mark, the typographic apostrophe
  '`': '’',
  '´': '’',
  '<': '‹', // U+2039
  '>': '›', // U+203A
  '%': '％', // U+FF05 fullwidth percent sign
  ';': ',',
  '&': '＆', // U+FF06 fullwidth ampersand
  '\\': '／', // U+FF0F fullwidth solidus
}

/** Opening quote after the start, a space or an opening bracket; closing otherwise. */
function doubleQuote(before: string | undefined): string {
  return before === undefined || /[\s([{‘“-]/.test(before) ? '“' : '”'
}

export interface TypographicResult {
  text: string
  /** The characters that were replaced, each once, in order (for the note shown to the receptionist). */
  replaced: { from: string; to: string }[]
}

export function typographicText(text: string): TypographicResult {
  let out = ''
  const replaced: { from: string; to: string }[] = []
  const note = (from: string, to: string) => {
    if (!replaced.some((r) => r.from === from)) replaced.push({ from, to })
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (c === '"') {
      const q = doubleQuote(out[out.length - 1])
      note(c, q)
      out += q
    } else if (c in SIMPLE) {
      const to = SIMPLE[c] as string
      note(c, to)
      out += to
    } else {
      out += c
    }
  }
  return { text: out, replaced }
}

/** "' became ’" in words, for the note under a field. */
export function describeReplacements(replaced: readonly { from: string; to: string }[]): string {
  return replaced.map((r) => `${r.from} → ${r.to}`).join(', ')
}
