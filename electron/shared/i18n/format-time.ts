/**
 * THE formatter of dates and times shown to people, on `Intl`, for the renderer and main alike
 * (notifications, roll call, CSV use it through electron/main, screens through
 * renderer/src/composables/format-time.ts).
 *
 * Two kinds of input:
 * - an instant (an ISO text with `Z` or an offset, epoch ms, a Date): shown in the site's zone, which is
 *   `utcOffsetMinutes` east of UTC when known, else the zone of this computer;
 * - the server's wall-clock text (`yyyy-MM-dd HH:mm[:ss]`, no zone, FIELD-NOTES): shown as the server
 *   wrote it, since it is already the site's clock.
 * Empty or unreadable input gives a dash.
 */
import type { Language } from './languages'

export type Instant = string | number | Date | null | undefined

export interface TimeFormatOptions {
  language: Language
  /** The site's offset from UTC in minutes; null/undefined: this computer's zone. */
  utcOffsetMinutes?: number | null
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$/

interface Parsed {
  date: Date
  /** The zone to format in: UTC for shifted or wall-clock values, undefined for local. */
  timeZone: 'UTC' | undefined
}

function parse(value: Instant, offset: number | null | undefined): Parsed | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string') {
    const wall = WALL_CLOCK.exec(value.trim())
    if (wall) {
      const [, y, mo, d, h = '0', mi = '0', s = '0'] = wall
      const ms = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s)
      return Number.isFinite(ms) ? { date: new Date(ms), timeZone: 'UTC' } : null
    }
  }
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return null
  if (offset === null || offset === undefined) return { date, timeZone: undefined }
  return { date: new Date(date.getTime() + offset * 60_000), timeZone: 'UTC' }
}

const DASH = '—'

export interface TimeFormatter {
  readonly language: Language
  /** "14:03:27": things that happened today on a console that runs all day. */
  clock(value: Instant): string
  /** "14:03": hours and minutes. */
  time(value: Instant): string
  /** The day alone, short. */
  date(value: Instant): string
  /** Day and time, for history and anything older than today. */
  dateTime(value: Instant): string
  /** Day, hours and minutes (visit windows, reservations). */
  dateTimeShort(value: Instant): string
  /** The clock today, day and time before. */
  since(value: Instant, nowMs?: number): string
  /** Like `since` without seconds: "14:05" today, day and "14:05" before. */
  short(value: Instant, nowMs?: number): string
  /** "7 s ago", "in 3 min", localised. */
  relative(value: Instant, nowMs?: number): string
  /** A number with the language's grouping (1,234 / 1.234 / ١٬٢٣٤). */
  number(value: number): string
}

export function createTimeFormatter(options: TimeFormatOptions): TimeFormatter {
  const { language, utcOffsetMinutes: offset } = options
  const cache = new Map<string, Intl.DateTimeFormat>()
  const fmt = (zone: 'UTC' | undefined, key: string, opts: Intl.DateTimeFormatOptions) => {
    const id = `${zone ?? 'local'}|${key}`
    let f = cache.get(id)
    if (!f) {
      f = new Intl.DateTimeFormat(language, { ...opts, ...(zone ? { timeZone: zone } : {}) })
      cache.set(id, f)
    }
    return f
  }
  const styles: Record<string, Intl.DateTimeFormatOptions> = {
    clock: { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' },
    time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
    date: { year: 'numeric', month: 'short', day: 'numeric' },
    dateTime: {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    },
    dateTimeShort: {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    },
  }
  const format = (style: keyof typeof styles) => (value: Instant) => {
    const p = parse(value, offset)
    return p ? fmt(p.timeZone, style, styles[style]!).format(p.date) : DASH
  }
  const dayKey = (p: Parsed) =>
    fmt(p.timeZone, 'day', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(p.date)
  const relativeFormat = new Intl.RelativeTimeFormat(language, { numeric: 'auto', style: 'short' })
  const numberFormat = new Intl.NumberFormat(language)
  const self: TimeFormatter = {
    language,
    clock: format('clock'),
    time: format('time'),
    date: format('date'),
    dateTime: format('dateTime'),
    dateTimeShort: format('dateTimeShort'),
    since(value, nowMs = Date.now()) {
      const p = parse(value, offset)
      if (!p) return DASH
      const now = parse(nowMs, offset)!
      // A wall-clock value is compared with the site's "now" in the same frame.
      const sameDay =
        dayKey(p) === dayKey(p.timeZone === now.timeZone ? now : { ...now, timeZone: p.timeZone })
      return sameDay ? self.clock(value) : self.dateTime(value)
    },
    short(value, nowMs = Date.now()) {
      return self.since(value, nowMs) === self.clock(value) ? self.time(value) : self.dateTimeShort(value)
    },
    relative(value, nowMs = Date.now()) {
      const p = parse(value, offset)
      if (!p) return DASH
      const now = parse(nowMs, offset)!
      const seconds = Math.round((p.date.getTime() - now.date.getTime()) / 1000)
      const abs = Math.abs(seconds)
      if (abs < 60) return relativeFormat.format(seconds, 'second')
      if (abs < 3600) return relativeFormat.format(Math.round(seconds / 60), 'minute')
      if (abs < 86_400) return relativeFormat.format(Math.round(seconds / 3600), 'hour')
      return relativeFormat.format(Math.round(seconds / 86_400), 'day')
    },
    number: (value) => numberFormat.format(value),
  }
  return self
}
