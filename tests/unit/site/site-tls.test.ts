import { X509Certificate } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startLanguage } from '../../../electron/main/i18n'
import { pgSslOptions, probeCertificate } from '../../../electron/main/site/site-tls'
import { siteProblem } from '../../../electron/main/site/site-problem'
import type { SiteTls } from '../../../electron/shared/settings'
import { startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster'

/**
 * The site database's TLS trust choices against a real PostgreSQL with a self-signed certificate
 * (as a site's IT would set one up) and one without TLS: each choice connects where it should, is
 * refused where it should, and a refusal becomes a plain kind of problem, never the raw text.
 */
let secure: PostgresCluster
let plain: PostgresCluster
let fingerprint: string
beforeAll(async () => {
  ;[secure, plain] = await Promise.all([startPostgresCluster({ tls: true }), startPostgresCluster()])
  fingerprint = new X509Certificate(secure.certificatePem!).fingerprint256
}, 120_000)
afterAll(async () => {
  await Promise.all([secure?.stop(), plain?.stop()])
}, 60_000)

const WRONG = Array.from({ length: 32 }, () => 'AB').join(':')

async function connectWith(cluster: PostgresCluster, tls: SiteTls): Promise<{ ssl: boolean }> {
  const ssl = await pgSslOptions(tls, cluster.host, cluster.port)
  const client = new pg.Client({ ...cluster.connection, ssl, connectionTimeoutMillis: 5_000 })
  await client.connect()
  try {
    const { rows } = await client.query<{ ssl: boolean }>(
      'SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()',
    )
    return { ssl: rows[0]!.ssl }
  } finally {
    await client.end()
  }
}

async function problemOf(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt
  } catch (error) {
    return siteProblem(error).key
  }
  throw new Error('expected the connection to be refused')
}

describe('site database TLS', () => {
  it('reads the certificate the server presents (what Settings shows the admin to confirm)', async () => {
    const probed = await probeCertificate(secure.host, secure.port)
    expect(probed.fingerprint256).toBe(fingerprint)
    expect(new X509Certificate(probed.pem).fingerprint256).toBe(fingerprint)
  })

  it('a pinned certificate connects over TLS; another fingerprint is refused as a changed certificate', async () => {
    expect(await connectWith(secure, { mode: 'fingerprint', fingerprint256: fingerprint })).toEqual({
      ssl: true,
    })
    expect(await problemOf(connectWith(secure, { mode: 'fingerprint', fingerprint256: WRONG }))).toBe(
      'site.errors.certChangedDetail',
    )
  })

  it("a private CA connects over TLS; the system's CAs refuse a self-signed certificate in plain words", async () => {
    const ca: SiteTls = { mode: 'ca', caPem: secure.certificatePem!, caFileName: 'site-ca.pem' }
    expect(await connectWith(secure, ca)).toEqual({ ssl: true })
    expect(await problemOf(connectWith(secure, { mode: 'system' }))).toBe('site.errors.untrustedPlain')
  })

  it("'off' connects without TLS; a TLS choice against a server without TLS says the server has none", async () => {
    expect(await connectWith(plain, { mode: 'off' })).toEqual({ ssl: false })
    expect(await problemOf(connectWith(plain, { mode: 'fingerprint', fingerprint256: fingerprint }))).toBe(
      'site.errors.noTls',
    )
    expect(await problemOf(connectWith(plain, { mode: 'system' }))).toBe('site.errors.noTls')
    // The same in a station running in Spanish: the kind comes from a code, not from English text.
    const stop = startLanguage({ get: () => ({ language: 'es' }), onChange: () => () => undefined }, () => [])
    try {
      expect(await problemOf(connectWith(plain, { mode: 'fingerprint', fingerprint256: fingerprint }))).toBe(
        'site.errors.noTls',
      )
    } finally {
      stop()
      startLanguage({ get: () => ({ language: 'en' }), onChange: () => () => undefined }, () => [])
    }
  })
})
