/**
 * One visit as an iCalendar file (RFC 5545): CRLF line ends, lines folded at 75 octets (never inside
 * a UTF-8 character), TEXT values escaped, a stable UID and DTSTAMP, times in UTC so no VTIMEZONE is
 * needed. Pure.
 */

export interface CalendarEvent {
  uid: string
  sequence: number
  stamp: Date
  start: Date
  end: Date
  summary: string
  description: string
  location: string
  organizer: { name: string; email: string } | null
  attendee: { name: string; email: string }
}

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** A parameter value (CN=...) may not hold ; : , or quotes unless quoted; quotes themselves are dropped. */
function paramValue(value: string): string {
  const clean = value.replace(/["\r\n]/g, '')
  return /[;:,]/.test(clean) ? `"${clean}"` : clean
}

/** Folds one content line at 75 octets (RFC 5545 3.1), continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let currentBytes = 0
  let limit = 75
  for (const ch of line) {
    const bytes = encoder.encode(ch).length
    if (currentBytes + bytes > limit) {
      parts.push(current)
      current = ''
      currentBytes = 0
      limit = 74 // the leading space counts
    }
    current += ch
    currentBytes += bytes
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/** UTC date-time form 20261203T090000Z. */
export function utcStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

export function buildIcs(e: CalendarEvent, method: 'REQUEST' | 'PUBLISH' = 'REQUEST'): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Gatehouse//Visitor invitation//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `SEQUENCE:${e.sequence}`,
    `DTSTAMP:${utcStamp(e.stamp)}`,
    `DTSTART:${utcStamp(e.start)}`,
    `DTEND:${utcStamp(e.end)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
    ...(e.organizer ? [`ORGANIZER;CN=${paramValue(e.organizer.name)}:mailto:${e.organizer.email}`] : []),
    `ATTENDEE;CN=${paramValue(e.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${e.attendee.email}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
