/**
 * Dates and times in the texts main writes for people (notification bodies, the roll call): the shared
 * formatter (electron/shared/i18n/format-time.ts) in the current language, so main and the screens
 * show time the same way.
 */
import { createTimeFormatter, type Instant, type TimeFormatter } from '../../shared/i18n/format-time'
import { currentLanguage } from '../i18n'

let formatter: TimeFormatter | null = null
function current(): TimeFormatter {
  const language = currentLanguage()
  if (formatter?.language !== language) formatter = createTimeFormatter({ language })
  return formatter
}

/** "14:03:27" in the current language. */
export const clockText = (value: Instant): string => current().clock(value)

/** Day and time in the current language (the roll call's "printed" and "time in"). */
export const dateTimeText = (value: Instant): string => current().dateTimeShort(value)

/**
 * Builds the formatter before the first text needs it: the first `Intl` formatter of a process loads
 * ICU's locale data (about 50 ms here), which the first alarm's notification would otherwise wait for.
 */
export function prepareTimeWords(): void {
  current().clock(Date.now())
}
