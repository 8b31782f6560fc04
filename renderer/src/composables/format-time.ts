/**
 * The one place dates and times are formatted for people, so the coming translation work changes
 * one file. Input is an ISO string or epoch milliseconds; output follows the system's locale.
 */
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' })
const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' })

export function formatDateTime(value: string | number | Date): string {
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? String(value) : dateTime.format(date)
}

export function formatTime(value: string | number | Date): string {
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? String(value) : time.format(date)
}
