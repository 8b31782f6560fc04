import { createPublicKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto'

// A minimal self-signed X.509 v3 certificate (ECDSA P-256, SHA-256) written in DER by hand, so the
// simulator's --https needs neither the network, nor a certificate package, nor the openssl binary.

function len(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n])
  const bytes: number[] = []
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}
const tlv = (tag: number, ...content: Buffer[]) => {
  const body = Buffer.concat(content)
  return Buffer.concat([Buffer.from([tag]), len(body.length), body])
}
const seq = (...c: Buffer[]) => tlv(0x30, ...c)
const set = (...c: Buffer[]) => tlv(0x31, ...c)
const explicit = (n: number, ...c: Buffer[]) => tlv(0xa0 + n, ...c)

function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number)
  const out = [parts[0] * 40 + parts[1]]
  for (const p of parts.slice(2)) {
    const stack = [p & 0x7f]
    for (let v = p >> 7; v > 0; v >>= 7) stack.unshift((v & 0x7f) | 0x80)
    out.push(...stack)
  }
  return tlv(0x06, Buffer.from(out))
}

function integer(bytes: Buffer): Buffer {
  const b = bytes[0] & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes
  return tlv(0x02, b)
}

function utcTime(d: Date): Buffer {
  const p = (n: number) => String(n).padStart(2, '0')
  const text = `${p(d.getUTCFullYear() % 100)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`
  return tlv(0x17, Buffer.from(text, 'ascii'))
}

const name = (cn: string) => seq(set(seq(oid('2.5.4.3'), tlv(0x0c, Buffer.from(cn, 'utf8')))))

function ipBytes(ip: string): Buffer | undefined {
  const parts = ip.split('.').map(Number)
  return parts.length === 4 && parts.every((n) => Number.isInteger(n) && n >= 0 && n <= 255)
    ? Buffer.from(parts)
    : undefined
}

export interface GeneratedCert {
  keyPem: string
  certPem: string
}

/** Self-signed certificate for `dnsNames` and IPv4 `ips`, valid from a day ago for `days`. */
export function makeSelfSignedCert(
  commonName: string,
  dnsNames: string[],
  ips: string[],
  days = 825,
): GeneratedCert {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  const spki = createPublicKey(privateKey as KeyObject).export({ type: 'spki', format: 'der' })
  const ecdsaSha256 = seq(oid('1.2.840.10045.4.3.2'))
  const altNames = [
    ...dnsNames.map((d) => tlv(0x82, Buffer.from(d, 'ascii'))),
    ...ips
      .map(ipBytes)
      .filter((b): b is Buffer => !!b)
      .map((b) => tlv(0x87, b)),
  ]
  const extensions = explicit(
    3,
    seq(
      seq(oid('2.5.29.19'), tlv(0x04, seq(tlv(0x01, Buffer.from([0xff]))))), // basicConstraints CA:TRUE
      seq(oid('2.5.29.17'), tlv(0x04, seq(...altNames))), // subjectAltName
    ),
  )
  const now = Date.now()
  const serial = randomBytes(16)
  // Positive and minimal in DER: a first byte of 0 (1 in 128 draws) is "illegal padding" when the next
  // byte is under 0x80, and OpenSSL then refuses the whole certificate.
  serial[0] = serial[0]! & 0x7f || 0x01
  const tbs = seq(
    explicit(0, integer(Buffer.from([2]))),
    integer(serial),
    ecdsaSha256,
    name(commonName),
    seq(utcTime(new Date(now - 86_400_000)), utcTime(new Date(now + days * 86_400_000))),
    name(commonName),
    spki,
    extensions,
  )
  const signature = sign('sha256', tbs, { key: privateKey, dsaEncoding: 'der' })
  const der = seq(tbs, ecdsaSha256, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])))
  const body = der
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .trim()
  return {
    keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certPem: `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`,
  }
}
