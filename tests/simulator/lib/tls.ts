import { execFileSync } from 'node:child_process'
import { generateKeyPairSync, X509Certificate } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Self-signed certificate for --https. node:crypto can make keys but not X.509 certificates and no
// certificate package is a project dependency, so the key comes from node:crypto and the
// certificate from the `openssl` binary (present on Debian). No network is involved.

export interface SelfSignedCert {
  keyPem: string
  certPem: string
  /** 'AB:CD:...' SHA-256 of the DER certificate, Node's format */
  fingerprint256: string
}

export function createSelfSignedCert(host: string): SelfSignedCert {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  const dir = mkdtempSync(join(tmpdir(), 'zkbio-sim-tls-'))
  try {
    const keyFile = join(dir, 'key.pem')
    const certFile = join(dir, 'cert.pem')
    writeFileSync(keyFile, keyPem, { mode: 0o600 })
    const altNames = ['DNS:localhost', 'IP:127.0.0.1']
    if (host && host !== 'localhost' && host !== '127.0.0.1' && host !== '0.0.0.0') {
      altNames.push(/^[\d.]+$/.test(host) || host.includes(':') ? `IP:${host}` : `DNS:${host}`)
    }
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-new',
          '-key',
          keyFile,
          '-out',
          certFile,
          '-days',
          '825',
          '-sha256',
          '-subj',
          '/CN=ZKBio CVSecurity simulator',
          '-addext',
          `subjectAltName=${altNames.join(',')}`,
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      )
    } catch (e) {
      throw new Error(
        `--https needs the 'openssl' binary to make a self-signed certificate: ${(e as Error).message}`,
      )
    }
    const certPem = readFileSync(certFile, 'utf8')
    return { keyPem, certPem, fingerprint256: new X509Certificate(certPem).fingerprint256 }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
