/**
 * Looks at an https server's certificate without sending any request (and so without the token), for
 * the "trust on first use" dialog: the admin compares the fingerprint with the server's and confirms.
 */
import tls from 'node:tls'
import { X509Certificate } from 'node:crypto'
import { ZkbioError } from '../errors'
import { socketErrorToZkbio } from './node-errors'

export interface ServerCertificateInfo {
  /** 'AB:CD:...' SHA-256 of the DER certificate: what gets pinned. */
  fingerprint256: string
  subject: string
  issuer: string
  /** ISO 8601. */
  validFrom: string
  validTo: string
  /** Now outside validFrom..validTo. */
  expired: boolean
  selfSigned: boolean
  /** Trusted by the system CA store AND valid for this host name (then no pin is needed). */
  trustedBySystem: boolean
  /** Why the system store does not trust it (e.g. 'DEPTH_ZERO_SELF_SIGNED_CERT'), if it does not. */
  systemTrustError: string | null
  subjectAltName: string | null
  serialNumber: string
  pem: string
}

export interface ProbeOptions {
  timeoutMs?: number
  signal?: AbortSignal
}

export async function probeCertificate(url: string, opts: ProbeOptions = {}): Promise<ServerCertificateInfo> {
  const parsed = new URL(url)
  const endpoint = '(certificate check)'
  if (parsed.protocol !== 'https:') {
    throw new ZkbioError({
      kind: 'tls',
      endpoint,
      problem: { key: 'server.zkbio.request.httpHasNoCertificate' },
    })
  }
  if (opts.signal?.aborted) throw new ZkbioError({ kind: 'aborted', endpoint })
  const host = parsed.hostname.replace(/^\[|\]$/g, '')
  const port = Number(parsed.port || 443)
  const timeoutMs = opts.timeoutMs ?? 10_000

  return new Promise<ServerCertificateInfo>((resolve, reject) => {
    const isIp = /^[\d.]+$/.test(host) || host.includes(':')
    const socket = tls.connect({ host, port, servername: isIp ? undefined : host, rejectUnauthorized: false })
    let done = false
    const finish = (fn: () => void) => {
      if (done) return
      done = true
      clearTimeout(timer)
      opts.signal?.removeEventListener('abort', onAbort)
      socket.destroy()
      fn()
    }
    const timer = setTimeout(
      () => finish(() => reject(new ZkbioError({ kind: 'timeout', endpoint }))),
      timeoutMs,
    )
    const onAbort = () => finish(() => reject(new ZkbioError({ kind: 'aborted', endpoint })))
    opts.signal?.addEventListener('abort', onAbort, { once: true })
    socket.once('error', (err) => finish(() => reject(socketErrorToZkbio(err, endpoint))))
    socket.once('secureConnect', () => {
      const peer = socket.getPeerCertificate(false)
      if (!peer || !peer.raw) {
        finish(() =>
          reject(
            new ZkbioError({ kind: 'tls', endpoint, problem: { key: 'server.zkbio.request.noCertificate' } }),
          ),
        )
        return
      }
      const x509 = new X509Certificate(peer.raw)
      const validFrom = new Date(x509.validFrom)
      const validTo = new Date(x509.validTo)
      const now = Date.now()
      const info: ServerCertificateInfo = {
        fingerprint256: x509.fingerprint256,
        subject: x509.subject.replace(/\n/g, ', '),
        issuer: x509.issuer.replace(/\n/g, ', '),
        validFrom: validFrom.toISOString(),
        validTo: validTo.toISOString(),
        expired: now < validFrom.getTime() || now > validTo.getTime(),
        selfSigned: x509.subject === x509.issuer && x509.verify(x509.publicKey),
        trustedBySystem: socket.authorized,
        systemTrustError: socket.authorized ? null : String(socket.authorizationError ?? 'unknown'),
        subjectAltName: x509.subjectAltName ?? null,
        serialNumber: x509.serialNumber,
        pem: x509.toString(),
      }
      finish(() => resolve(info))
    })
  })
}
