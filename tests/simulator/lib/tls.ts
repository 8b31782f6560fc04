import { X509Certificate } from 'node:crypto'
import { makeSelfSignedCert } from './x509.ts'

// Self-signed certificate for --https, made at start by lib/x509.ts with node:crypto only: no network,
// no certificate package (none is a project dependency), no openssl binary.

export interface SelfSignedCert {
  keyPem: string
  certPem: string
  /** 'AB:CD:...' SHA-256 of the DER certificate, Node's format */
  fingerprint256: string
}

export function createSelfSignedCert(host: string): SelfSignedCert {
  const dns = ['localhost']
  const ips = ['127.0.0.1']
  if (host && !['localhost', '127.0.0.1', '0.0.0.0', '::', '::1'].includes(host)) {
    if (/^[\d.]+$/.test(host)) ips.push(host)
    else if (!host.includes(':')) dns.push(host)
  }
  const { keyPem, certPem } = makeSelfSignedCert('ZKBio CVSecurity simulator', dns, ips)
  return { keyPem, certPem, fingerprint256: new X509Certificate(certPem).fingerprint256 }
}
