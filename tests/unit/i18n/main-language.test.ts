/** Main's language: the Settings choice or the system's, and every change reaches listeners at once. */
import { describe, expect, it } from 'vitest'
import type { LanguageChoice } from '../../../electron/shared/i18n/languages'
import {
  currentLanguage,
  onLanguageChange,
  startLanguage,
  translate,
  type LanguageState,
} from '../../../electron/main/i18n/index'

function fakeSettings(initial: LanguageChoice) {
  let value = { language: initial }
  const listeners = new Set<(s: { language: LanguageChoice }) => void>()
  return {
    get: () => value,
    onChange(listener: (s: { language: LanguageChoice }) => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    set(language: LanguageChoice) {
      value = { language }
      for (const l of listeners) l(value)
    },
  }
}

describe("main's language", () => {
  it('follows the system, then the Settings choice, and tells listeners', () => {
    const settings = fakeSettings('system')
    const seen: LanguageState[] = []
    const off = onLanguageChange((s) => seen.push(s))
    const stop = startLanguage(settings, () => ['es-MX', 'en-US'])
    expect(currentLanguage()).toBe('es')
    expect(translate('common.save')).toBe('Guardar')
    settings.set('zh-CN')
    expect(currentLanguage()).toBe('zh-CN')
    expect(translate('common.save')).toBe('保存')
    settings.set('ar')
    expect(seen.at(-1)).toEqual({ choice: 'ar', language: 'ar', direction: 'rtl' })
    stop()
    off()
    startLanguage(fakeSettings('en'), () => [])
    expect(translate('common.save')).toBe('Save')
  })
})
