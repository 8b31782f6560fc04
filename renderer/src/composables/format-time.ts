/**
 * The ONE place dates and times are formatted for people (the coming translation work changes the
 * locale here, not in every component). Inputs are ISO instants; empty input gives a dash.
 */
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', second: '2-digit' }
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'medium' }

const parse = (iso: string | number | null | undefined): Date | null => {
  if (iso === null || iso === undefined || iso === '') return null
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? null : d
}

/** "14:03:27": for things that happened today on a console that runs all day. */
export function formatClock(iso: string | number | null | undefined): string {
  const d = parse(iso)
  return d ? d.toLocaleTimeString(undefined, CLOCK) : '—'
}

/** Date and time, for history and anything older than today. */
export function formatDateTime(iso: string | number | null | undefined): string {
  const d = parse(iso)
  return d ? d.toLocaleString(undefined, DATE_TIME) : '—'
}

/** "since 14:03:27" today, "since 02/12/2026, 14:03:27" before. */
export function formatSince(iso: string | null | undefined, nowMs = Date.now()): string {
  const d = parse(iso)
  if (!d) return '—'
  return new Date(nowMs).toDateString() === d.toDateString() ? formatClock(iso) : formatDateTime(iso)
}
