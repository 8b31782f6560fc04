import { describe, expect, it } from 'vitest'
import { formatMessage } from '../../../electron/shared/i18n/format-message'

describe('formatMessage (main) fills messages as vue-i18n does', () => {
  it('fills named parameters and keeps literals', () => {
    expect(formatMessage('Hello {name}', { name: 'Ana' })).toBe('Hello Ana')
    expect(formatMessage("mail{'@'}site", {})).toBe('mail@site')
  })
  it('chooses a plural form by count', () => {
    const m = '{count} visitor | {count} visitors'
    expect(formatMessage(m, { count: 1 })).toBe('1 visitor')
    expect(formatMessage(m, { count: 3 })).toBe('3 visitors')
    expect(formatMessage(m, { count: 0 })).toBe('0 visitors')
    const three = 'none | one | {count} many'
    expect([0, 1, 5].map((count) => formatMessage(three, { count }))).toEqual(['none', 'one', '5 many'])
  })
})
