import { describe, expect, it } from 'vitest'
import { pickLanguage, resolveLanguage, textDirection } from '../../../electron/shared/i18n/languages'

describe('the language follows the system preferences', () => {
  it.each([
    [['es-MX'], 'es'],
    [['es_ES'], 'es'],
    [['zh-Hans-CN'], 'zh-CN'],
    [['zh-CN'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['pt'], 'pt-BR'],
    [['pt-PT'], 'pt-BR'],
    [['pt-BR'], 'pt-BR'],
    [['ar-EG'], 'ar'],
    [['ar'], 'ar'],
    [['en-GB'], 'en'],
    [['de-DE'], 'en'],
    [[], 'en'],
  ] as const)('%j gives %s', (preferred, language) => {
    expect(pickLanguage(preferred)).toBe(language)
  })

  it('takes the first preference it speaks, in the order given', () => {
    expect(pickLanguage(['de-DE', 'fr-FR', 'pt-PT', 'es-ES'])).toBe('pt-BR')
    expect(pickLanguage(['en-US', 'ar-SA'])).toBe('en')
  })

  it('a Settings choice wins over the system; "system" asks the system', () => {
    expect(resolveLanguage('ar', ['es-ES'])).toBe('ar')
    expect(resolveLanguage('system', ['es-ES'])).toBe('es')
  })

  it('Arabic is right to left, the others left to right', () => {
    expect(textDirection('ar')).toBe('rtl')
    for (const l of ['en', 'es', 'zh-CN', 'pt-BR'] as const) expect(textDirection(l)).toBe('ltr')
  })
})
