import { describe, expect, it } from 'vitest'
import { buildIcs, escapeText, foldLine } from '../../../electron/main/invite/ics'
import { checkIcs, unescapeIcsText } from '../../support/mail-and-webhooks'

const event = {
  uid: 'abc-123@gatehouse',
  sequence: 0,
  stamp: new Date('2026-12-03T08:00:00Z'),
  start: new Date('2026-12-04T09:30:00Z'),
  end: new Date('2026-12-04T11:00:00Z'),
  summary: 'Visit to Acme; Plant 2, Building "B"',
  description: 'Bring your ID.\nAsk for Ana, at the front desk \\ gate 3.',
  location: 'Acme, 1 Gate Road',
  organizer: { name: 'Acme, reception', email: 'reception@acme.example' },
  attendee: { name: 'Zoë Ölund-Łukasiewicz', email: 'zoe@visitor.example' },
}

describe('iCalendar (RFC 5545)', () => {
  it('escapes TEXT values: backslash, semicolon, comma, newline', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne')
    expect(unescapeIcsText(escapeText('a\\b;c,d\ne'))).toBe('a\\b;c,d\ne')
  })

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const long = `DESCRIPTION:${'ü'.repeat(100)}`
    const folded = foldLine(long)
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    expect(folded.replace(/\r\n /g, '')).toBe(long)
    expect(folded).not.toContain('\uFFFD')
  })

  it('builds a calendar with CRLF, UID, DTSTAMP, UTC times and escaped text', () => {
    const text = buildIcs(event)
    const checked = checkIcs(text)
    expect(checked).toMatchObject({ ok: true })
    if (!checked.ok) return
    expect(checked.fields).toMatchObject({
      UID: 'abc-123@gatehouse',
      DTSTAMP: '20261203T080000Z',
      DTSTART: '20261204T093000Z',
      DTEND: '20261204T110000Z',
      METHOD: 'REQUEST',
    })
    expect(unescapeIcsText(checked.fields.SUMMARY ?? '')).toBe(event.summary)
    expect(unescapeIcsText(checked.fields.DESCRIPTION ?? '')).toBe(event.description)
    // A parameter value with a comma is quoted; quotes in names are dropped.
    expect(text.replace(/\r\n /g, '')).toContain(
      'ORGANIZER;CN="Acme, reception":mailto:reception@acme.example',
    )
    expect(text.split('\r\n').filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1)
  })
})
