import { describe, expect, it } from 'vitest'
import {
  hashSecret,
  secretProblem,
  verifySecret,
  type ScryptParams,
} from '../../../electron/main/operators/password-hash'

// Small parameters keep the suite quick; the format and comparison are what is under test here.
const FAST: ScryptParams = { N: 1024, r: 8, p: 1 }

describe('password hashing (scrypt)', () => {
  it('stores algorithm, parameters, salt and hash, never the secret', async () => {
    const stored = await hashSecret('correct horse battery', FAST)
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/)
    expect(stored).not.toContain('correct horse')
  })

  it('verifies the right secret and refuses a wrong one', async () => {
    const stored = await hashSecret('correct horse battery', FAST)
    await expect(verifySecret('correct horse battery', stored)).resolves.toBe(true)
    await expect(verifySecret('correct horse batterY', stored)).resolves.toBe(false)
    await expect(verifySecret('', stored)).resolves.toBe(false)
  })

  it('salts per account: the same password hashes differently each time', async () => {
    const a = await hashSecret('same password', FAST)
    const b = await hashSecret('same password', FAST)
    expect(a).not.toBe(b)
    expect(a.split('$')[4]).not.toBe(b.split('$')[4])
    await expect(verifySecret('same password', a)).resolves.toBe(true)
    await expect(verifySecret('same password', b)).resolves.toBe(true)
  })

  it('uses a memory-hard default (N = 2^15, r = 8) and still verifies with it', async () => {
    const stored = await hashSecret('a real desk password')
    expect(stored.startsWith('scrypt$32768$8$1$')).toBe(true)
    await expect(verifySecret('a real desk password', stored)).resolves.toBe(true)
  })

  it('never matches a malformed stored value and never throws on one', async () => {
    for (const bad of [
      '',
      'plain',
      'scrypt$1$2$3',
      'bcrypt$1024$8$1$c2FsdA==$aGFzaA==',
      'scrypt$x$8$1$c2FsdA==$aGFzaA==',
    ]) {
      await expect(verifySecret('anything', bad)).resolves.toBe(false)
    }
  })

  it('asks for 8+ character passwords and 6-12 digit PINs that are not trivial', () => {
    expect(secretProblem('password', 'short')).toMatch(/at least 8/)
    expect(secretProblem('password', 'long enough')).toBeNull()
    expect(secretProblem('pin', '12ab56')).toMatch(/digits only/)
    expect(secretProblem('pin', '12345')).toMatch(/6 to 12/)
    expect(secretProblem('pin', '111111')).toMatch(/too easy/)
    expect(secretProblem('pin', '123456')).toMatch(/too easy/)
    expect(secretProblem('pin', '583920')).toBeNull()
  })
})
