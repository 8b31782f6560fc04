/** A message kept for later is translated when shown: a language switch translates it too. */
import { describe, expect, it } from 'vitest'
import {
  decodeStoredMessage,
  encodeStoredMessage,
  showStoredText,
  storedDetail,
} from '../../../electron/shared/i18n/stored-message'
import { translatorFor } from '../../../electron/shared/i18n/translate'

const reader = (language: 'en' | 'es' | 'ar') =>
  translatorFor(language) as (key: string, params?: Record<string, string | number>) => string

describe('stored messages', () => {
  const stored = encodeStoredMessage({
    key: 'server.errors.stillWaiting',
    params: { attempts: 3, reason: { key: 'server.zkbio.timeout' } },
    detail: 'ETIMEDOUT 10.0.0.5:8098',
  })

  it('say the same kept message in whichever language reads it, nested reasons too', () => {
    expect(showStoredText(stored, reader('en'))).toBe(
      'Still waiting for the server (attempt 3): The ZKBio server did not answer in time. It may be busy or the network may be slow.',
    )
    const es = showStoredText(stored, reader('es'))
    expect(es).toMatch(/^Aún esperando al servidor \(intento 3\): /)
    expect(es).not.toMatch(/did not answer/)
    expect(showStoredText(stored, reader('ar'))).toMatch(/^ما زال في انتظار الخادم \(المحاولة 3\): /)
  })

  it('keep the technical detail apart from the sentence', () => {
    expect(showStoredText(stored, reader('en'))).not.toContain('ETIMEDOUT')
    expect(storedDetail(stored)).toBe('ETIMEDOUT 10.0.0.5:8098')
  })

  it('show plain text (rows written before, a server’s own words) as it is', () => {
    expect(decodeStoredMessage('The server cannot be reached.')).toBeNull()
    expect(showStoredText('Texto antiguo', reader('en'))).toBe('Texto antiguo')
    expect(showStoredText(null, reader('en'))).toBe('')
    expect(decodeStoredMessage('i18n:{not json')).toBeNull()
    expect(storedDetail('plain')).toBeNull()
  })
})
