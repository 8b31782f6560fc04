/**
 * Text folding for matching server names. Servers localise event names, mix case ("None", "none") and
 * leave stray spaces in reader names ("...-1- out"), so names are compared folded: accents removed,
 * lower case, whitespace collapsed and trimmed around dashes.
 */
const NON_ASCII = /[^\x00-\x7f]/

export function foldText(value: unknown): string {
  let text = String(value ?? '')
  // Accents only exist outside ASCII; normalising every name of every event is the hot path's cost.
  if (NON_ASCII.test(text)) text = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .trim()
}

/** A string field from a loosely typed server row: null when missing or blank. */
export function optionalText(value: unknown): string | null {
  if (value === null || value === undefined) return null
  const text = String(value).trim()
  return text === '' ? null : text
}

/** A number field from a loosely typed server row ("12", 12): null when missing or not a number. */
export function optionalNumber(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null
  const n = typeof value === 'number' ? value : Number(String(value).trim())
  return Number.isFinite(n) ? n : null
}
