/**
 * The server speaks `yyyy-MM-dd HH:mm:ss` in ITS local time with no zone (FIELD-NOTES). The desk may
 * be elsewhere, so conversions take the server's UTC offset explicitly instead of using the desk's
 * local time. Pure functions.
 */

/** Minutes east of UTC (e.g. +120 for UTC+2). */
export type UtcOffsetMinutes = number

const SERVER_DATE_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** A Date (an instant) as the server's wall-clock text. */
export function formatServerDateTime(instant: Date, offsetMinutes: UtcOffsetMinutes): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid date')
  const wall = new Date(instant.getTime() + offsetMinutes * 60_000)
  return (
    `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())} ` +
    `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`
  )
}

/** Only the date part: `yyyy-MM-dd` (park lists, leave dates). */
export function formatServerDate(instant: Date, offsetMinutes: UtcOffsetMinutes): string {
  return formatServerDateTime(instant, offsetMinutes).slice(0, 10)
}

/**
 * Server wall-clock text to an instant. Accepts the single-digit month/day the manual's own examples
 * use ('2023-1-13 18:00:00'), a 'T' separator and a missing time. Returns null when it is not a date.
 */
export function parseServerDateTime(
  text: string | null | undefined,
  offsetMinutes: UtcOffsetMinutes,
): Date | null {
  if (!text) return null
  const m = SERVER_DATE_TIME.exec(text.trim())
  if (!m) return null
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const utc = Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s))
  const check = new Date(utc)
  // Reject rollovers such as 2024-02-31 rather than silently moving the date.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || Number(h) > 23) return null
  return new Date(utc - offsetMinutes * 60_000)
}

/** Accepts what callers naturally have: a Date, or text already in the server's format. */
export function toServerDateTime(value: Date | string, offsetMinutes: UtcOffsetMinutes): string {
  if (value instanceof Date) return formatServerDateTime(value, offsetMinutes)
  const parsed = parseServerDateTime(value, offsetMinutes)
  if (!parsed) throw new RangeError(`Not a date and time in yyyy-MM-dd HH:mm:ss form: ${value}`)
  return formatServerDateTime(parsed, offsetMinutes)
}

export function toServerDate(value: Date | string, offsetMinutes: UtcOffsetMinutes): string {
  return toServerDateTime(value, offsetMinutes).slice(0, 10)
}

/** The desk's own offset, the default when the server's is not configured. */
export function localUtcOffsetMinutes(at: Date = new Date()): UtcOffsetMinutes {
  return -at.getTimezoneOffset()
}
