import { createHmac, timingSafeEqual } from 'node:crypto'

// Dynamic QR payloads: "2#" + base64(32-byte HMAC) like the manual's example. The HMAC covers the
// holder (visitor or person pin) and a 30-second window of the simulated clock, so the payload
// changes over time and the simulator can tell whose it is (/__sim/qr).

export const QR_WINDOW_MS = 30_000

function mac(secret: string, kind: string, pin: string, window: number): Buffer {
  return createHmac('sha256', secret).update(`${kind}:${pin}:${window}`).digest()
}

export function qrPayload(secret: string, kind: 'visitor' | 'person', pin: string, now: number): string {
  return `2#${mac(secret, kind, pin, Math.floor(now / QR_WINDOW_MS)).toString('base64')}`
}

export interface QrMatch {
  kind: 'visitor' | 'person'
  pin: string
  /** how many 30 s windows ago it was issued (0 = current) */
  age: number
}

/** Finds the holder of a payload among candidates, looking back `maxAge` windows. */
export function verifyQr(
  secret: string,
  payload: string,
  candidates: { kind: 'visitor' | 'person'; pin: string }[],
  now: number,
  maxAge = 10,
): QrMatch | undefined {
  if (!payload.startsWith('2#')) return undefined
  const given = Buffer.from(payload.slice(2), 'base64')
  if (given.length !== 32) return undefined
  const window = Math.floor(now / QR_WINDOW_MS)
  for (let age = 0; age <= maxAge; age++) {
    for (const c of candidates) {
      if (timingSafeEqual(given, mac(secret, c.kind, c.pin, window - age))) return { ...c, age }
    }
  }
  return undefined
}
