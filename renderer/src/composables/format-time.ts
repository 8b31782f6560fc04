/**
 * The ONE place dates and times are formatted for people (the coming translation work changes the
 * locale here, not in every component). Inputs are ISO instants, epoch milliseconds or Dates; empty or
 * unreadable input gives a dash.
 */
const clock = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' })
const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' })

type Instant = string | number | Date | null | undefined

function parse(value: Instant): Date | null {
  if (value === null || value === undefined || value === '') return null
  const d = value instanceof Date ? value : new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}

/** "14:03:27": for things that happened today on a console that runs all day. */
export function formatClock(value: Instant): string {
  const d = parse(value)
  return d ? clock.format(d) : '—'
}

/** Date and time, for history and anything older than today. */
export function formatDateTime(value: Instant): string {
  const d = parse(value)
  return d ? dateTime.format(d) : '—'
}

/** "14:03", hours and minutes only. */
export function formatTime(value: Instant): string {
  const d = parse(value)
  return d ? time.format(d) : '—'
}

/** "since 14:03:27" today, "since 02/12/2026, 14:03:27" before. */
export function formatSince(value: Instant, nowMs = Date.now()): string {
  const d = parse(value)
  if (!d) return '—'
  return new Date(nowMs).toDateString() === d.toDateString() ? formatClock(d) : formatDateTime(d)
}
