/**
 * Site-database failures become kinds people can act on, in their language; PostgreSQL's and Node's
 * own texts are only technical details (never the sentence).
 */
import { describe, expect, it } from 'vitest'
import { siteProblem } from '../../../electron/main/site/site-problem'
import { SiteSchemaTooNewError } from '../../../electron/main/site/site-schema'
import { translateStored } from '../../../electron/shared/i18n/stored-message'
import { translatorFor } from '../../../electron/shared/i18n/translate'

const say = (language: 'en' | 'es' | 'zh-CN' | 'pt-BR' | 'ar', error: unknown) =>
  translateStored(siteProblem(error), translatorFor(language) as (key: string) => string)

/** Errors as node-postgres and Node hand them over (code and message). */
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code })

const CASES: [string, unknown, string][] = [
  ['refused', pgError('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.5:5432'), 'site.errors.refused'],
  ['no host', pgError('ENOTFOUND', 'getaddrinfo ENOTFOUND db.example'), 'site.errors.hostNotFound'],
  ['no route', pgError('EHOSTUNREACH', 'connect EHOSTUNREACH 10.0.0.5:5432'), 'site.errors.noRoute'],
  ['timeout', new Error('Connection terminated due to connection timeout'), 'site.errors.timeout'],
  ['lost', pgError('57P01', 'terminating connection due to administrator command'), 'site.errors.lost'],
  ['password', pgError('28P01', 'password authentication failed for user "gatehouse"'), 'site.errors.login'],
  ['pg_hba', pgError('28000', 'no pg_hba.conf entry for host "10.0.0.9"'), 'site.errors.login'],
  ['no database', pgError('3D000', 'database "gatehouse" does not exist'), 'site.errors.noDatabase'],
  ['rights', pgError('42501', 'permission denied for schema public'), 'site.errors.noRights'],
  ['busy', pgError('53300', 'sorry, too many clients already'), 'site.errors.busy'],
  ['no TLS', new Error('The server does not support SSL connections'), 'site.errors.noTls'],
  [
    'self-signed',
    pgError('SELF_SIGNED_CERT_IN_CHAIN', 'self-signed certificate in certificate chain'),
    'site.errors.untrustedPlain',
  ],
  ['expired', pgError('CERT_HAS_EXPIRED', 'certificate has expired'), 'site.errors.untrustedPlain'],
  ['anything else', pgError('XX000', 'internal error: tuple concurrently updated'), 'site.errors.otherPlain'],
]

describe('site database problems', () => {
  for (const [name, error, key] of CASES) {
    it(`${name}: ${key}, the raw text only as detail`, () => {
      const problem = siteProblem(error)
      expect(problem.key).toBe(key)
      const raw = (error as Error).message
      expect(problem.detail).toBe(raw)
      for (const language of ['en', 'es', 'zh-CN', 'pt-BR', 'ar'] as const) {
        const sentence = say(language, error)
        expect(sentence, language).not.toContain(raw)
        expect(sentence, language).not.toMatch(/\{\w+\}/)
      }
      expect(say('es', error)).not.toBe(say('en', error))
    })
  }

  it('a changed certificate names both fingerprints, in the reader’s language', () => {
    const error = Object.assign(new Error('x'), {
      code: 'SITE_CERT_MISMATCH',
      presented: 'AA:BB',
      trusted: 'CC:DD',
    })
    expect(siteProblem(error)).toEqual({
      key: 'site.errors.certChangedDetail',
      params: { presented: 'AA:BB', trusted: 'CC:DD' },
    })
    expect(say('en', error)).toContain('AA:BB')
    expect(say('ar', error)).toContain('CC:DD')
  })

  it('a newer site schema says which version upgraded it, in the reader’s language', () => {
    const error = new SiteSchemaTooNewError(98, 3, '9.9.9')
    expect(say('en', error)).toMatch(/upgraded by a newer Gatehouse \(9\.9\.9, site schema 98\)/)
    expect(say('es', error)).toContain('9.9.9')
    expect(say('es', error)).not.toMatch(/upgraded/)
    expect(say('en', new SiteSchemaTooNewError(98, 3, ''))).toContain('unknown version')
  })
})
