/**
 * Arithmetic on the server's wall-clock text ('yyyy-MM-dd HH:mm:ss', no zone). Gap windows are built
 * from the server's own times (the last event it sent) so the desk's clock and zone do not matter;
 * the text is treated as a naive clock and shifted in whole seconds.
 */
const SERVER_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?/

/** Naive milliseconds of a server time (as if it were UTC), or null when it is not a time. */
export function serverTimeToNaiveMs(text: string | null | undefined): number | null {
  if (!text) return null
  const m = SERVER_TIME.exec(text.trim())
  if (!m) return null
  const [, y, mo, d, h, mi, s = '0'] = m
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
  return Number.isFinite(ms) ? ms : null
}

const pad = (n: number) => String(n).padStart(2, '0')

export function naiveMsToServerTime(ms: number): string {
  const d = new Date(ms)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(
    d.getUTCMinutes(),
  )}:${pad(d.getUTCSeconds())}`
}

/** The server's wall clock now, for a server `offsetMinutes` east of UTC. */
export function serverNow(nowMs: number, offsetMinutes: number): string {
  return naiveMsToServerTime(nowMs + offsetMinutes * 60_000)
}

/** Later of two server times (null-tolerant). */
export function laterServerTime(a: string | null, b: string | null): string | null {
  const am = serverTimeToNaiveMs(a)
  const bm = serverTimeToNaiveMs(b)
  if (am === null) return bm === null ? null : b
  if (bm === null) return a
  return bm > am ? b : a
}
