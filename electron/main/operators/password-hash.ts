/**
 * Password and PIN hashing: scrypt (memory-hard, in node:crypto) with a random salt per account and
 * the parameters stored with the hash, so they can be raised later without locking anyone out.
 * Format: `scrypt$<N>$<r>$<p>$<salt base64>$<hash base64>`. Checking compares in constant time.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { translate } from '../i18n'

export interface ScryptParams {
  N: number
  r: number
  p: number
}

/** 2^15 x 8 x 128 B = 32 MiB per hash and roughly 50-150 ms: slow for a guesser, quick at a desk. */
export const DEFAULT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1 }
const KEY_LENGTH = 64
const SALT_BYTES = 16

function scrypt(secret: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    // Node's default cap (32 MiB) is exactly one hash; leave room so the default params never fail.
    maxmem: 128 * params.N * params.r * 2 + 1024 * 1024,
  }
  return new Promise((resolve, reject) =>
    scryptCallback(secret.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )
}

export async function hashSecret(secret: string, params: ScryptParams = DEFAULT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await scrypt(secret, salt, params)
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$')
}

function parse(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number]
  if (![N, r, p].every((n) => Number.isSafeInteger(n) && n > 0)) return null
  const salt = Buffer.from(parts[4]!, 'base64')
  const key = Buffer.from(parts[5]!, 'base64')
  if (salt.length === 0 || key.length !== KEY_LENGTH) return null
  return { params: { N, r, p }, salt, key }
}

/** True when `secret` matches `stored`. A malformed stored value never matches (and never throws). */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const parsed = parse(stored)
  if (!parsed) return false
  const candidate = await scrypt(secret, parsed.salt, parsed.params)
  return timingSafeEqual(candidate, parsed.key)
}

/** A hash nobody's secret matches: checked for an unknown user name so timing does not tell. */
let decoy: Promise<string> | null = null
export function decoyHash(): Promise<string> {
  decoy ??= hashSecret(randomBytes(24).toString('base64'))
  return decoy
}

/** What a password or PIN must look like; the message is shown as it is. */
export function secretProblem(kind: 'password' | 'pin', secret: string): string | null {
  if (kind === 'pin') {
    if (!/^\d+$/.test(secret)) return translate('server.refusals.operators.pinDigitsOnly')
    if (secret.length < 6 || secret.length > 12) return translate('server.refusals.operators.pinLength')
    if (
      /^(\d)\1+$/.test(secret) ||
      '01234567890123456789'.includes(secret) ||
      '98765432109876543210'.includes(secret)
    ) {
      return translate('server.refusals.operators.pinTooEasy')
    }
    return null
  }
  if (secret.length < 8) return translate('server.refusals.operators.passwordTooShort')
  if (secret.trim().length === 0) return translate('server.refusals.operators.passwordOnlySpaces')
  return null
}
