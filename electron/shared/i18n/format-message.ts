/**
 * Fills a message the way vue-i18n does, for main (which has no Vue): `{name}` is a parameter,
 * `{'@'}` a literal, and `a | b` (or `zero | one | many`) chooses by the `count` parameter with
 * vue-i18n's default rule. A unit test checks every shipped message gives the same text here and in
 * vue-i18n, so a message written for one works for both.
 */
export type MessageParams = Readonly<Record<string, string | number>>

function choose(forms: string[], count: number): string {
  const n = Math.abs(count)
  if (forms.length === 2) return forms[n === 1 ? 0 : 1]!
  if (forms.length >= 3) return forms[Math.min(n, 2)]!
  return forms[0]!
}

/** Splits on `|` outside braces (a literal `{'|'}` stays whole). */
function splitForms(message: string): string[] {
  const forms: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < message.length; i++) {
    const c = message[i]
    if (c === '{') depth++
    else if (c === '}') depth = Math.max(0, depth - 1)
    else if (c === '|' && depth === 0) {
      forms.push(message.slice(start, i))
      start = i + 1
    }
  }
  forms.push(message.slice(start))
  return forms.map((f) => f.trim())
}

export function formatMessage(message: string, params: MessageParams = {}): string {
  const forms = splitForms(message)
  const count = typeof params.count === 'number' ? params.count : Number(params.count ?? 1)
  const chosen = forms.length > 1 ? choose(forms, Number.isFinite(count) ? count : 1) : message
  return chosen.replace(/\{\s*(?:'([^']*)'|([A-Za-z_$][\w$]*))\s*\}/g, (whole, literal, name) => {
    if (literal !== undefined) return literal as string
    const value = params[name as string]
    return value === undefined ? whole : String(value)
  })
}
