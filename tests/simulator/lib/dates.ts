// Server dates are 'yyyy-MM-dd HH:mm:ss' in the server's local time with no zone (FIELD-NOTES).
const pad = (n: number, w = 2) => String(n).padStart(w, '0')

export function formatDateTime(ms: number): string {
  const d = new Date(ms)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
}

export function formatDate(ms: number): string {
  return formatDateTime(ms).slice(0, 10)
}

const DATE_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?$/

/**
 * Parses 'yyyy-MM-dd HH:mm:ss', the unpadded form of the manual's examples ('2023-1-13 18:00:00')
 * and a bare 'yyyy-MM-dd'. Returns undefined when the text is not a real date.
 */
export function parseDateTime(text: string): number | undefined {
  const m = DATE_TIME.exec(text.trim())
  if (!m) return undefined
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1)
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
  if (date.getMonth() !== Number(mo) - 1 || date.getDate() !== Number(d)) return undefined
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined
  return date.getTime()
}

export function isDateOnly(text: string): boolean {
  return /^\d{4}-\d{1,2}-\d{1,2}$/.test(text.trim())
}

export function startOfDay(ms: number): number {
  const d = new Date(ms)
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime()
}
