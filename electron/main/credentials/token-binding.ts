/**
 * A stored API token is bound to the server it was typed for: the server's base URL (scheme, host,
 * port and path prefix) and the TLS trust (system CAs, the pinned certificate fingerprint, or the
 * CA file by its SHA-256). The credential service hands a token out only for that same server, so
 * editing a profile's address or trust can never send the stored token somewhere new; the token
 * must be typed again (the audit saw it go in clear text to a new http:// address).
 *
 * The binding is stored WITH the token, in the keychain entry (or the encrypted file), as a small
 * JSON envelope. A token stored before bindings existed (a plain string) is bound, once, to the
 * server it is first asked for by the active profile (trust on first use after the upgrade).
 */
import { createHash } from 'node:crypto'
import type { TlsTrust } from '../../shared/settings'

/** Where a token is to be sent. */
export interface TokenTarget {
  url: string
  tls: TlsTrust
}

const ENVELOPE_VERSION = 1

function trustKey(tls: TlsTrust): string {
  if (tls.mode === 'fingerprint') return `pin:${tls.fingerprint256.replace(/[^0-9a-f]/gi, '').toUpperCase()}`
  if (tls.mode === 'ca') return `ca:${createHash('sha256').update(tls.caPem.trim()).digest('hex')}`
  return 'system'
}

function baseUrlKey(url: string): string {
  const u = new URL(url.trim())
  // URL lower-cases scheme and host and drops the default port; the path prefix is kept.
  return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`
}

/** One string that changes whenever the address or the TLS trust changes. */
export function bindingOf(target: TokenTarget): string {
  return `${baseUrlKey(target.url)} ${trustKey(target.tls)}`
}

export function sameServer(a: TokenTarget, b: TokenTarget): boolean {
  return bindingOf(a) === bindingOf(b)
}

export interface BoundToken {
  token: string
  /** null: a token stored before bindings existed. */
  binding: string | null
}

export function encodeBoundToken(token: string, target: TokenTarget): string {
  return JSON.stringify({ v: ENVELOPE_VERSION, token, for: bindingOf(target) })
}

export function decodeBoundToken(stored: string): BoundToken {
  if (stored.startsWith('{')) {
    try {
      const parsed = JSON.parse(stored) as { v?: unknown; token?: unknown; for?: unknown }
      if (parsed.v === ENVELOPE_VERSION && typeof parsed.token === 'string' && typeof parsed.for === 'string')
        return { token: parsed.token, binding: parsed.for }
    } catch {
      // Not an envelope: a token that happens to start with "{".
    }
  }
  return { token: stored, binding: null }
}
