import { connect as netConnect, isIP } from 'node:net'
import { connect as tlsConnect, type ConnectionOptions, type PeerCertificate } from 'node:tls'
import type { SiteTls } from '../../shared/settings'
import { fingerprintsEqual } from '../zkbio/transport/tls-trust'
import { translate } from '../i18n'

/**
 * The site database's TLS with the ZKBio profile's trust choices: the system's CAs, a CA file, or one
 * pinned self-signed certificate (by its SHA-256 fingerprint), plus 'off' for a closed site network.
 *
 * Pinning: Node only asks `checkServerIdentity` after the chain verified, and a self-signed
 * certificate never verifies against the system's CAs. So the certificate is first fetched (the
 * PostgreSQL SSLRequest, then a handshake that checks nothing and sends nothing), compared with the
 * pin, and then made the ONLY trusted CA of the real connection, whose `checkServerIdentity` compares
 * the pin again: a certificate swapped between the two connections fails one or the other, and the
 * password is only ever sent over a connection to the pinned certificate.
 */
export type PgSsl = false | ConnectionOptions

export interface ProbedCertificate {
  fingerprint256: string
  pem: string
}

const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f])

export async function probeCertificate(
  host: string,
  port: number,
  timeoutMs = 3_000,
): Promise<ProbedCertificate> {
  return new Promise((resolve, reject) => {
    const socket = netConnect({ host, port })
    const timer = setTimeout(() => {
      socket.destroy()
      reject(Object.assign(new Error('timeout while reading the certificate'), { code: 'ETIMEDOUT' }))
    }, timeoutMs)
    const fail = (error: Error) => {
      clearTimeout(timer)
      socket.destroy()
      reject(error)
    }
    socket.once('error', fail)
    socket.once('connect', () => socket.write(SSL_REQUEST))
    socket.once('data', (answer) => {
      // A code, not only the text: the text is in the station's language (site-problem.ts reads the code).
      if (answer[0] !== 0x53)
        return fail(Object.assign(new Error(translate('site.errors.noSsl')), { code: 'SITE_NO_TLS' }))
      const secure = tlsConnect({
        socket,
        rejectUnauthorized: false,
        ...(isIP(host) ? {} : { servername: host }),
      })
      secure.once('error', fail)
      secure.once('secureConnect', () => {
        const cert = secure.getPeerCertificate() as PeerCertificate
        clearTimeout(timer)
        secure.destroy()
        if (!cert?.raw) return reject(new Error(translate('site.errors.noCertificate')))
        const b64 = cert.raw
          .toString('base64')
          .match(/.{1,64}/g)!
          .join('\n')
        resolve({
          fingerprint256: cert.fingerprint256,
          pem: `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`,
        })
      })
    })
  })
}

export async function pgSslOptions(tls: SiteTls, host: string, port: number): Promise<PgSsl> {
  if (tls.mode === 'off') return false
  if (tls.mode === 'system') return { rejectUnauthorized: true }
  if (tls.mode === 'ca') return { rejectUnauthorized: true, ca: tls.caPem }
  const probed = await probeCertificate(host, port)
  if (!fingerprintsEqual(probed.fingerprint256, tls.fingerprint256)) {
    throw Object.assign(
      new Error(
        translate('site.errors.certChangedDetail', {
          presented: probed.fingerprint256,
          trusted: tls.fingerprint256,
        }),
      ),
      // The fingerprints again as data: the station status says it in the reader's language.
      { code: 'SITE_CERT_MISMATCH', presented: probed.fingerprint256, trusted: tls.fingerprint256 },
    )
  }
  return {
    rejectUnauthorized: true,
    ca: probed.pem,
    checkServerIdentity: (_host: string, cert: PeerCertificate) =>
      fingerprintsEqual(cert.fingerprint256, tls.fingerprint256)
        ? undefined
        : new Error(translate('site.errors.certMismatch')),
  }
}
