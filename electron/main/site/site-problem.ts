/**
 * A site-database failure as a kind of problem an operator or IT can act on: a message key of the
 * `site.errors` namespace with its parameters, translated where it is shown (stored-message.ts), so
 * the station status follows a language switch. PostgreSQL's and Node's own texts ("password
 * authentication failed for user", "ECONNREFUSED 10.0.0.5:5432") never make the sentence: where no
 * kind fits they go to `detail`, which Settings › Site database offers as technical details for IT.
 * Never the password: pg and Node do not put it in their texts, and nothing here adds it.
 */
import type { StoredMessage } from '../../shared/i18n/stored-message'

/** Node's certificate verification codes (tls): the site database's certificate is not trusted. */
const CERTIFICATE_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
])

const DETAIL_MAX = 300

export function siteProblem(error: unknown): StoredMessage {
  const e = error as {
    code?: unknown
    message?: unknown
    presented?: unknown
    trusted?: unknown
    databaseVersion?: unknown
    knownVersion?: unknown
    databaseAppVersion?: unknown
  } | null
  const code = typeof e?.code === 'string' ? e.code : ''
  const message = typeof e?.message === 'string' ? e.message : String(error)
  const detail = message.slice(0, DETAIL_MAX)
  if (code === 'SITE_CERT_MISMATCH') {
    return typeof e?.presented === 'string' && typeof e.trusted === 'string'
      ? { key: 'site.errors.certChangedDetail', params: { presented: e.presented, trusted: e.trusted } }
      : { key: 'site.errors.certChanged' }
  }
  if (code === 'SITE_SCHEMA_TOO_NEW') {
    if (typeof e?.databaseVersion !== 'number' || typeof e.knownVersion !== 'number')
      return { key: 'site.errors.tooNewShort' }
    const appVersion =
      typeof e.databaseAppVersion === 'string' && e.databaseAppVersion
        ? e.databaseAppVersion
        : { key: 'site.errors.unknownVersion' }
    return {
      key: 'site.errors.tooNew',
      params: { appVersion, databaseVersion: e.databaseVersion, knownVersion: e.knownVersion },
    }
  }
  if (code === 'ECONNREFUSED') return { key: 'site.errors.refused', detail }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { key: 'site.errors.hostNotFound', detail }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return { key: 'site.errors.noRoute', detail }
  if (code === 'ETIMEDOUT' || /timeout/i.test(message)) return { key: 'site.errors.timeout', detail }
  if (code === 'ECONNRESET' || code === '57P01' || code === '57P02' || code === '57P03')
    return { key: 'site.errors.lost', detail }
  // 28P01: password authentication failed; 28000: no pg_hba.conf entry / role may not log in.
  if (code === '28P01' || code === '28000') return { key: 'site.errors.login', detail }
  if (code === '3D000') return { key: 'site.errors.noDatabase', detail }
  if (code === '42501') return { key: 'site.errors.noRights', detail }
  if (code === '53300') return { key: 'site.errors.busy', detail }
  // Ours carries a code (its text is translated); pg's own says it in English.
  if (code === 'SITE_NO_TLS' || /does not support SSL/i.test(message))
    return { key: 'site.errors.noTls', detail }
  if (CERTIFICATE_CODES.has(code) || /certificate|self[- ]signed|SSL/i.test(message))
    return { key: 'site.errors.untrustedPlain', detail }
  return { key: 'site.errors.otherPlain', detail }
}
