/** Turns what Node throws on a socket into our error kinds. */
import { ZkbioError, type ZkbioErrorKind } from '../errors'

const TLS_CODE =
  /^(CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|ERR_TLS_|ERR_SSL_|EPROTO|HOSTNAME_MISMATCH|ERR_OSSL)/

export const PIN_MISMATCH_CODE = 'ERR_ZKBIO_TLS_PIN_MISMATCH'

export function classifySocketError(err: unknown): ZkbioErrorKind {
  const code = (err as { code?: unknown } | null)?.code
  if (code === PIN_MISMATCH_CODE) return 'tlsPinMismatch'
  if (typeof code === 'string' && TLS_CODE.test(code)) return 'tls'
  const message = err instanceof Error ? err.message : ''
  if (/certificate|ssl|tls/i.test(message) && !/socket hang up/i.test(message)) return 'tls'
  return 'network'
}

const TLS_HINTS: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT:
    'The ZKBio server uses a self-signed certificate that is not trusted yet. Use "Test connection" to review its fingerprint and trust it.',
  SELF_SIGNED_CERT_IN_CHAIN:
    'The ZKBio server certificate was signed by an authority this computer does not trust. Trust its fingerprint or add the CA file.',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    'The ZKBio server certificate cannot be verified. Trust its fingerprint or add the CA file that signed it.',
  CERT_HAS_EXPIRED: 'The ZKBio server certificate has expired. Ask the administrator to renew it.',
  ERR_TLS_CERT_ALTNAME_INVALID:
    'The ZKBio server certificate was issued for a different address than the one configured. Check the server address.',
}

const NETWORK_HINTS: Record<string, string> = {
  ECONNREFUSED:
    'The ZKBio server refused the connection. Check the address and port, and that the server is running.',
  ENOTFOUND: 'The ZKBio server name cannot be found. Check the server address.',
  EAI_AGAIN: 'The ZKBio server name cannot be looked up right now. Check the network.',
  EHOSTUNREACH: 'The ZKBio server cannot be reached from this computer. Check the network.',
  ENETUNREACH: 'This computer is not connected to a network that reaches the ZKBio server.',
  ECONNRESET:
    'The connection to the ZKBio server was cut off. Check the network and that the server is running.',
}

export function socketErrorToZkbio(err: unknown, endpoint: string): ZkbioError {
  if (err instanceof ZkbioError) return err
  const kind = classifySocketError(err)
  const code = String((err as { code?: unknown } | null)?.code ?? '')
  const detail = `${code ? `${code} ` : ''}${err instanceof Error ? err.message : String(err)}`
  let message: string | undefined
  if (kind === 'tls') message = TLS_HINTS[code]
  if (kind === 'network') message = NETWORK_HINTS[code]
  return new ZkbioError({ kind, endpoint, detail, cause: err, ...(message ? { message } : {}) })
}
