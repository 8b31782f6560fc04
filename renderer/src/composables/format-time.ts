/**
 * The ONE place screens format dates and times for people: the shared Intl formatter
 * (electron/shared/i18n/format-time.ts) in the language in use. Reading `languageState` makes every
 * template that shows a time re-render when the language changes. Inputs are ISO instants, epoch
 * milliseconds, Dates or the server's wall-clock text; empty or unreadable input gives a dash.
 */
import { createTimeFormatter, type Instant, type TimeFormatter } from '@shared/i18n/format-time'
import type { Language } from '@shared/i18n/languages'
import { languageState } from '../i18n/index'

const formatters = new Map<Language, TimeFormatter>()

/** The formatter for the language in use (cached per language). */
export function timeFormatter(): TimeFormatter {
  const language = languageState.language
  let f = formatters.get(language)
  if (!f) {
    f = createTimeFormatter({ language })
    formatters.set(language, f)
  }
  return f
}

/** "14:03:27": for things that happened today on a console that runs all day. */
export const formatClock = (value: Instant): string => timeFormatter().clock(value)
/** Date and time, for history and anything older than today. */
export const formatDateTime = (value: Instant): string => timeFormatter().dateTime(value)
/** Day, hours and minutes (visit windows, reservations). */
export const formatDateTimeShort = (value: Instant): string => timeFormatter().dateTimeShort(value)
/** The day alone. */
export const formatDate = (value: Instant): string => timeFormatter().date(value)
/** "14:03", hours and minutes only. */
export const formatTime = (value: Instant): string => timeFormatter().time(value)
/** The clock today, date and time before. */
export const formatSince = (value: Instant, nowMs = Date.now()): string => timeFormatter().since(value, nowMs)
/** "14:05" today, day and time before. */
export const formatShort = (value: Instant, nowMs = Date.now()): string => timeFormatter().short(value, nowMs)
/** "7 s ago", localised. */
export const formatRelative = (value: Instant, nowMs = Date.now()): string =>
  timeFormatter().relative(value, nowMs)
/** A count with the language's digit grouping. */
export const formatNumber = (value: number): string => timeFormatter().number(value)
