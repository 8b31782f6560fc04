import { describe, expect, it } from 'vitest'
import { preferredSystemLanguages } from '../../harness/electron-double/system-locale'

describe("the electron double's system languages come from the standard locale variables", () => {
  it('LANGUAGE first, as a list', () => {
    expect(preferredSystemLanguages({ LANGUAGE: 'ar_EG:en_US', LANG: 'es_ES.UTF-8' })).toEqual([
      'ar-EG',
      'en-US',
    ])
  })
  it('then LC_ALL, LC_MESSAGES, LANG', () => {
    expect(preferredSystemLanguages({ LC_ALL: 'zh_CN.UTF-8', LANG: 'es_ES.UTF-8' })).toEqual(['zh-CN'])
    expect(preferredSystemLanguages({ LC_MESSAGES: 'pt_BR.UTF-8', LANG: 'es_ES.UTF-8' })).toEqual(['pt-BR'])
    expect(preferredSystemLanguages({ LANG: 'es_ES.UTF-8' })).toEqual(['es-ES'])
    expect(preferredSystemLanguages({ LANG: 'de_DE.UTF-8@euro' })).toEqual(['de-DE'])
  })
  it('C, POSIX or nothing mean English (US), as Electron answers', () => {
    expect(preferredSystemLanguages({ LANG: 'C.UTF-8' })).toEqual(['en-US'])
    expect(preferredSystemLanguages({ LC_ALL: 'POSIX' })).toEqual(['en-US'])
    expect(preferredSystemLanguages({})).toEqual(['en-US'])
  })
})
