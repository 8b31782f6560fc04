import { describe, expect, it } from 'vitest'
import { createLockout, delayAfter, MAX_DELAY_MS } from '../../../electron/main/operators/lockout'

function clock() {
  let t = 1_000_000
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

describe('sign-in lockout', () => {
  it('lets four wrong attempts through, then the delay doubles from 5 s up to 15 min', () => {
    expect([1, 2, 3, 4].map(delayAfter)).toEqual([0, 0, 0, 0])
    expect([5, 6, 7, 8].map(delayAfter)).toEqual([5_000, 10_000, 20_000, 40_000])
    expect(delayAfter(30)).toBe(MAX_DELAY_MS)
  })

  it('slows an account after five failures and lets it try again once the delay passed', () => {
    const c = clock()
    const lockout = createLockout(c.now)
    for (let i = 0; i < 4; i++) {
      expect(lockout.waitMs('anna')).toBe(0)
      lockout.failed('anna')
    }
    expect(lockout.waitMs('anna')).toBe(0)
    lockout.failed('anna')
    expect(lockout.waitMs('anna')).toBe(5_000)
    expect(lockout.waitMs('ANNA ')).toBe(5_000)
    c.advance(4_000)
    expect(lockout.waitMs('anna')).toBe(1_000)
    c.advance(1_000)
    expect(lockout.waitMs('anna')).toBe(0)
    lockout.failed('anna')
    expect(lockout.waitMs('anna')).toBe(10_000)
  })

  it('counts the station as a whole, so guessing over many user names is slowed too', () => {
    const c = clock()
    const lockout = createLockout(c.now)
    for (const name of ['a1', 'a2', 'a3', 'a4', 'a5']) lockout.failed(name)
    expect(lockout.waitMs('someone-else')).toBe(5_000)
    c.advance(61 * 60_000)
    expect(lockout.waitMs('someone-else')).toBe(0)
  })

  it('a successful sign-in clears that account and the station count', () => {
    const c = clock()
    const lockout = createLockout(c.now)
    for (let i = 0; i < 5; i++) lockout.failed('ben')
    c.advance(5_000)
    lockout.succeeded('ben')
    expect(lockout.waitMs('ben')).toBe(0)
    lockout.failed('ben')
    expect(lockout.waitMs('ben')).toBe(0)
  })
})
