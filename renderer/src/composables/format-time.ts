/**
 * The one place dates and times are formatted for people, so the coming translation work changes
 * one file. Input is an ISO string or epoch milliseconds; output follows the system's locale.
 */
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' })
const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' })
const clock = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

function toDate(value: string | number | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

export function formatDateTime(value: string | number | Date): string {
  const date = toDate(value)
  return date ? dateTime.format(date) : String(value)
}

export function formatTime(value: string | number | Date): string {
  const date = toDate(value)
  return date ? time.format(date) : String(value)
}

/** The desk's clock time with seconds, 24-hour ('14:03:27'), e.g. "last known at". */
export function clockTime(value: string | number | Date): string {
  const date = toDate(value)
  return date ? clock.format(date) : String(value)
}
