/**
 * The server's wall clock as the desk sees it. The server speaks `yyyy-MM-dd HH:mm:ss` in its own zone
 * (FIELD-NOTES); main tells us its "now" once, and from then on we move it with the desk's clock.
 */
import { ref } from 'vue'
import { timeFormatter } from './format-time'

const pad = (n: number) => String(n).padStart(2, '0')

/** Server text -> the value of an <input type="datetime-local"> ('yyyy-MM-ddTHH:mm'). */
export const toLocalInput = (serverText: string): string =>
  serverText ? serverText.slice(0, 16).replace(' ', 'T') : ''

/** <input type="datetime-local"> value -> server text, seconds kept when the input had them. */
export function fromLocalInput(value: string, endOfMinute = false): string {
  if (!value) return ''
  const [date, time = '00:00'] = value.split('T')
  const [h = '00', m = '00', s] = time.split(':')
  return `${date} ${h}:${m}:${s ?? (endOfMinute ? '59' : '00')}`
}

/** Difference between the server's wall clock and the desk's, in ms (0 until known). */
const skewMs = ref(0)

export function useServerClock() {
  function calibrate(serverNow: string): void {
    const [date, time] = serverNow.split(' ')
    const [y, mo, d] = (date ?? '').split('-').map(Number)
    const [h, mi, s] = (time ?? '').split(':').map(Number)
    const asIfUtc = Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0)
    const deskWallAsUtc = Date.now() - new Date().getTimezoneOffset() * 60_000
    skewMs.value = asIfUtc - deskWallAsUtc
  }
  function serverNow(): string {
    const wall = new Date(Date.now() - new Date().getTimezoneOffset() * 60_000 + skewMs.value)
    return (
      `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())} ` +
      `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`
    )
  }
  return { calibrate, serverNow }
}

/** An instant as a short time: '14:05' today, the day and '14:05' before (the one formatter). */
export function shortTime(iso: string): string {
  return timeFormatter().short(iso)
}
