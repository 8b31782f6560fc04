/**
 * An https agent that trusts exactly one certificate. The CA chain check is skipped for THIS agent
 * only (a self-signed server has no chain), and in its place the certificate's SHA-256 fingerprint is
 * compared on connect. The socket is handed to the http layer only after the comparison succeeds, so
 * no request byte (and no token) is ever written to a server whose certificate differs.
 */
import https from 'node:https'
import tls from 'node:tls'
import type { Duplex } from 'node:stream'
import { PIN_MISMATCH_CODE } from './node-errors'
import { normaliseFingerprint } from './tls-trust'

export class TlsPinMismatchError extends Error {
  readonly code = PIN_MISMATCH_CODE
  readonly expected: string
  readonly actual: string | null
  constructor(expected: string, actual: string | null) {
    super(`Server certificate fingerprint ${actual ?? '(none)'} does not match the trusted ${expected}`)
    this.name = 'TlsPinMismatchError'
    this.expected = expected
    this.actual = actual
  }
}

export class PinnedHttpsAgent extends https.Agent {
  readonly expectedFingerprint: string

  constructor(fingerprint256: string, options: https.AgentOptions = {}) {
    // No TLS session cache: every new socket makes a full handshake and shows its certificate.
    super({ ...options, maxCachedSessions: 0 })
    this.expectedFingerprint = normaliseFingerprint(fingerprint256)
  }

  override createConnection(
    options: https.RequestOptions,
    callback?: (err: Error | null, stream: Duplex) => void,
  ): Duplex | null | undefined {
    const socket = tls.connect({
      ...(options as tls.ConnectionOptions),
      rejectUnauthorized: false,
      // Pinning replaces name checks too: the admin confirmed this exact certificate for this address.
      checkServerIdentity: () => undefined,
    })
    let settled = false
    const onEarlyError = (err: Error) => {
      if (settled) return
      settled = true
      callback?.(err, socket)
    }
    socket.once('error', onEarlyError)
    socket.once('secureConnect', () => {
      if (settled) return
      settled = true
      socket.removeListener('error', onEarlyError)
      const actualRaw = socket.getPeerCertificate()?.fingerprint256
      const actual = actualRaw ? normaliseFingerprint(actualRaw) : null
      if (actual !== this.expectedFingerprint) {
        const err = new TlsPinMismatchError(this.expectedFingerprint, actual)
        socket.destroy()
        callback?.(err, socket)
        return
      }
      callback?.(null, socket)
    })
    // Returning nothing tells the http layer to wait for the callback before writing.
    return undefined
  }
}
