import { describe, expect, it } from 'vitest'
import {
  formatServerDate,
  formatServerDateTime,
  parseServerDateTime,
  toServerDateTime,
} from '../../../electron/main/zkbio/server-time'

describe('server time', () => {
  const instant = new Date('2026-03-01T22:30:05Z')

  it('formats an instant as the server wall clock for its offset', () => {
    expect(formatServerDateTime(instant, 0)).toBe('2026-03-01 22:30:05')
    expect(formatServerDateTime(instant, 120)).toBe('2026-03-02 00:30:05')
    expect(formatServerDateTime(instant, -300)).toBe('2026-03-01 17:30:05')
    expect(formatServerDateTime(instant, 330)).toBe('2026-03-02 04:00:05')
    expect(formatServerDate(instant, 120)).toBe('2026-03-02')
  })

  it('parses server text back to the same instant', () => {
    for (const offset of [0, 60, -480, 345]) {
      const text = formatServerDateTime(instant, offset)
      expect(parseServerDateTime(text, offset)?.toISOString()).toBe(instant.toISOString())
    }
  })

  it("accepts the manual's single-digit and date-only forms, rejects nonsense", () => {
    expect(parseServerDateTime('2023-1-13 18:00:00', 0)?.toISOString()).toBe('2023-01-13T18:00:00.000Z')
    expect(parseServerDateTime('2023-01-13', 60)?.toISOString()).toBe('2023-01-12T23:00:00.000Z')
    expect(parseServerDateTime('2023-02-31 10:00:00', 0)).toBeNull()
    expect(parseServerDateTime('13/01/2023', 0)).toBeNull()
    expect(parseServerDateTime('', 0)).toBeNull()
    expect(parseServerDateTime(null, 0)).toBeNull()
  })

  it('normalises either a Date or server text', () => {
    expect(toServerDateTime(instant, 60)).toBe('2026-03-01 23:30:05')
    expect(toServerDateTime('2023-1-3 8:05:00', 60)).toBe('2023-01-03 08:05:00')
    expect(() => toServerDateTime('yesterday', 0)).toThrow(RangeError)
  })
})
