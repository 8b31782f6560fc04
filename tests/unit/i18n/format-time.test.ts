/** The one formatter: Intl in the chosen language, the site's zone, server wall clock as written. */
import { describe, expect, it } from 'vitest'
import { createTimeFormatter } from '../../../electron/shared/i18n/format-time'

const at = '2026-12-03T23:59:07Z'

describe('the shared time formatter', () => {
  it('formats an instant in the site zone when its offset is known', () => {
    const utc = createTimeFormatter({ language: 'en', utcOffsetMinutes: 0 })
    expect(utc.clock(at)).toBe('23:59:07')
    const plusTwo = createTimeFormatter({ language: 'en', utcOffsetMinutes: 120 })
    expect(plusTwo.clock(at)).toBe('01:59:07')
    expect(plusTwo.date(at)).toBe('Dec 4, 2026')
  })

  it("shows the server's wall-clock text as the server wrote it, in any desk zone", () => {
    for (const language of ['en', 'es', 'zh-CN', 'pt-BR', 'ar'] as const) {
      const f = createTimeFormatter({ language, utcOffsetMinutes: 300 })
      const g = createTimeFormatter({ language })
      expect(f.time('2026-12-03 06:16:00')).toBe(g.time('2026-12-03 06:16:00'))
    }
    expect(createTimeFormatter({ language: 'en' }).time('2026-12-03 06:16:00')).toBe('06:16')
  })

  it('speaks the language: month names and digits', () => {
    const day = (language: 'en' | 'es' | 'zh-CN' | 'pt-BR' | 'ar') =>
      createTimeFormatter({ language, utcOffsetMinutes: 0 }).date(at)
    expect(day('en')).toBe('Dec 3, 2026')
    expect(day('es')).toMatch(/^3 dic 2026$/)
    expect(day('zh-CN')).toBe('2026年12月3日')
    expect(day('pt-BR')).toMatch(/^3 de dez\.? de 2026$/)
    expect(day('ar')).toMatch(/ديسمبر/)
  })

  it('gives localised relative times', () => {
    const now = Date.parse(at)
    const en = createTimeFormatter({ language: 'en' })
    expect(en.relative(now - 7000, now)).toBe('7 sec. ago')
    expect(en.relative(now + 3 * 60_000, now)).toBe('in 3 min.')
    expect(createTimeFormatter({ language: 'es' }).relative(now - 7000, now)).toBe('hace 7 s')
    expect(createTimeFormatter({ language: 'zh-CN' }).relative(now - 7000, now)).toBe('7秒前')
    expect(createTimeFormatter({ language: 'ar' }).relative(now - 2 * 3600_000, now)).not.toBe('')
  })

  it('says the clock today and the date before', () => {
    const f = createTimeFormatter({ language: 'en', utcOffsetMinutes: 0 })
    const now = Date.parse(at)
    expect(f.since('2026-12-03T08:00:00Z', now)).toBe('08:00:00')
    expect(f.since('2026-12-01T08:00:00Z', now)).toBe('Dec 1, 2026, 08:00:00')
  })

  it('gives a dash for nothing or nonsense', () => {
    const f = createTimeFormatter({ language: 'en' })
    for (const v of [null, undefined, '', 'not a date']) expect(f.dateTime(v)).toBe('—')
  })

  it('groups numbers as the language does', () => {
    expect(createTimeFormatter({ language: 'en' }).number(12345)).toBe('12,345')
    expect(createTimeFormatter({ language: 'pt-BR' }).number(12345)).toBe('12.345')
  })
})
