/**
 * Dates and times in the texts main writes for people (notification bodies, the roll call), in the
 * current language through Intl. One place, so main follows the renderer's formats (format-time.ts).
 */
import { currentLanguage } from '../i18n'

type Instant = string | number | Date

const cache = new Map<string, Intl.DateTimeFormat>()
function formatter(kind: 'clock' | 'dateTime'): Intl.DateTimeFormat {
  const language = currentLanguage()
  const key = `${language}|${kind}`
  let f = cache.get(key)
  if (!f) {
    f =
      kind === 'clock'
        ? new Intl.DateTimeFormat(language, {
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
            hourCycle: 'h23',
          })
        : new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' })
    cache.set(key, f)
  }
  return f
}

const parse = (value: Instant): Date | null => {
  const d = value instanceof Date ? value : new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}

/** "14:03:27" in the current language; an unreadable value is returned as it came. */
export function clockText(value: Instant): string {
  const d = parse(value)
  return d ? formatter('clock').format(d) : String(value)
}

/** Short date and time ("03/12/2026, 14:03") in the current language. */
export function dateTimeText(value: Instant): string {
  const d = parse(value)
  return d ? formatter('dateTime').format(d) : String(value)
}
