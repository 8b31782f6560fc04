import { describe, expect, it } from 'vitest'
import { FORBIDDEN_CHARACTERS } from '../../../electron/shared/contract/reception'
import { maskIdNumber } from '../../../electron/shared/reception/mask-id'
import { describeReplacements, typographicText } from '../../../electron/shared/reception/typographic-text'

describe('names as people write them', () => {
  it('turns the apostrophe into its typographic form', () => {
    expect(typographicText("O'Brien")).toEqual({ text: 'O’Brien', replaced: [{ from: "'", to: '’' }] })
    expect(typographicText("D`Arcy-N'Diaye").text).toBe('D’Arcy-N’Diaye')
  })

  it('opens and closes double quotes', () => {
    expect(typographicText('Robert "Bob" Smith').text).toBe('Robert “Bob” Smith')
    expect(typographicText('"Acme"').text).toBe('“Acme”')
  })

  it('leaves nothing the server refuses, and keeps the length (the caret does not move)', () => {
    const input = `A&B <x> 50% ; back\\slash 'q' "d"`
    const out = typographicText(input)
    expect(FORBIDDEN_CHARACTERS.test(out.text)).toBe(false)
    expect(out.text).toHaveLength(input.length)
    expect(describeReplacements(out.replaced)).toContain("' → ’")
  })

  it('leaves ordinary names alone, accents included', () => {
    expect(typographicText('Ana María Löfgren-Ødegård')).toEqual({
      text: 'Ana María Löfgren-Ødegård',
      replaced: [],
    })
  })
})

describe('ID numbers in lists', () => {
  it('shows the last four characters only', () => {
    expect(maskIdNumber('P12345678')).toBe('•••••5678')
    expect(maskIdNumber('11010519491231002X')).toBe('••••••••••••••002X')
  })
  it('keeps at most half of a short number', () => {
    expect(maskIdNumber('AB12')).toBe('••12')
    expect(maskIdNumber('X1')).toBe('•1')
    expect(maskIdNumber('7')).toBe('•')
    expect(maskIdNumber('  ')).toBe('')
  })
})

describe('main applies the same forms to whatever reaches it', () => {
  it('a registration typed elsewhere with a plain apostrophe is sent as O’Brien', async () => {
    const { registrationInput } = await import('../../../electron/shared/contract/reception')
    const parsed = registrationInput.parse({
      hostPin: '1001',
      hostName: 'Host',
      visitorName: "Conor O'Brien",
      certType: 3,
      certNumber: 'P1234567',
      company: 'Smith & Sons',
      reason: 'Meeting',
      visitorCount: 1,
      startTime: '2026-01-01 09:00:00',
      endTime: '2026-01-01 18:00:00',
      clientRequestId: crypto.randomUUID(),
    })
    expect(parsed.visitorName).toBe('Conor O’Brien')
    expect(parsed.company).toBe('Smith ＆ Sons')
    expect(() => registrationInput.parse({ ...parsed, visitorName: '   ' })).toThrow()
  })
})
