/**
 * How the client decides to trust an https server. There is deliberately no "accept anything" mode:
 * a self-signed server is trusted by pinning its exact certificate, never by switching checks off.
 */
export type TlsTrust =
  /** The operating system's / Node's CA store (a server with a public or company-deployed certificate). */
  | { mode: 'system' }
  /** Exactly this certificate (SHA-256 of its DER form), whatever signed it: the self-signed case. */
  | { mode: 'fingerprint'; fingerprint256: string }
  /** Certificates signed by this CA (PEM text, one or more certificates). */
  | { mode: 'ca'; caPem: string }

/** 'ab:cd:..', 'ABCD..', 'sha256/AB CD' all become 'AB:CD:...' (Node's `fingerprint256` format). */
export function normaliseFingerprint(input: string): string {
  const hex = input
    .replace(/^sha-?256[:/ ]?/i, '')
    .replace(/[^0-9a-f]/gi, '')
    .toUpperCase()
  if (hex.length !== 64) throw new Error('A SHA-256 fingerprint has 64 hexadecimal digits.')
  return hex.match(/.{2}/g)!.join(':')
}

export function isValidFingerprint(input: string): boolean {
  try {
    normaliseFingerprint(input)
    return true
  } catch {
    return false
  }
}

export function fingerprintsEqual(a: string, b: string): boolean {
  try {
    return normaliseFingerprint(a) === normaliseFingerprint(b)
  } catch {
    return false
  }
}
