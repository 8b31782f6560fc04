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

/**
 * Node error codes that have a sentence of their own (server.zkbio.hints.<code>), by kind; any other
 * code gets the kind's sentence. Kept as a stored message, so a reason kept for later is translated too.
 */
export const TLS_HINT_CODES = [
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
] as const

export const NETWORK_HINT_CODES = [
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
] as const

const HINTS: Partial<Record<ZkbioErrorKind, readonly string[]>> = {
  tls: TLS_HINT_CODES,
  network: NETWORK_HINT_CODES,
}

export function socketErrorToZkbio(err: unknown, endpoint: string): ZkbioError {
  if (err instanceof ZkbioError) return err
  const kind = classifySocketError(err)
  const code = String((err as { code?: unknown } | null)?.code ?? '')
  const detail = `${code ? `${code} ` : ''}${err instanceof Error ? err.message : String(err)}`
  const hinted = HINTS[kind]?.includes(code) ?? false
  return new ZkbioError({
    kind,
    endpoint,
    detail,
    cause: err,
    ...(hinted ? { problem: { key: `server.zkbio.hints.${code}` } } : {}),
  })
}
