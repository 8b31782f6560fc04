/**
 * Dates and times shown to people, in one place (the coming translation work changes them here).
 */
const pad = (n: number) => String(n).padStart(2, '0')

/** An ISO instant as the desk's local clock time, 'HH:mm:ss'. */
export function clockTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
}
