/**
 * Slows down guessing. Four wrong attempts cost nothing (typos happen at a busy desk); from the
 * fifth on, every further attempt on that account, and on the station as a whole, must wait a delay
 * that doubles each time (5 s, 10 s, 20 s ... up to 15 min). The station counts failures over every
 * user name, so trying many names does not get around it; it forgets them after an hour without a
 * failure or at the next successful sign-in. Kept in memory: restarting the app needs the machine.
 */
export const FREE_ATTEMPTS = 4
export const FIRST_DELAY_MS = 5_000
export const MAX_DELAY_MS = 15 * 60_000
/** A station counter forgets failures older than this. */
export const STATION_WINDOW_MS = 60 * 60_000

interface Counter {
  failures: number
  lastFailureAt: number
}

export function delayAfter(failures: number): number {
  if (failures <= FREE_ATTEMPTS) return 0
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS - 1))
}

export interface Lockout {
  /** Milliseconds to wait before an attempt on this account may be checked; 0 = go ahead. */
  waitMs(account: string): number
  failed(account: string): void
  succeeded(account: string): void
}

export function createLockout(now: () => number = Date.now): Lockout {
  const accounts = new Map<string, Counter>()
  const station: Counter = { failures: 0, lastFailureAt: 0 }
  const key = (account: string) => account.trim().toLowerCase()
  const remaining = (counter: Counter | undefined): number => {
    if (!counter) return 0
    const until = counter.lastFailureAt + delayAfter(counter.failures)
    return Math.max(0, until - now())
  }
  const decayStation = () => {
    if (station.failures > 0 && now() - station.lastFailureAt > STATION_WINDOW_MS) station.failures = 0
  }
  return {
    waitMs(account) {
      decayStation()
      return Math.max(remaining(accounts.get(key(account))), remaining(station))
    },
    failed(account) {
      decayStation()
      const counter = accounts.get(key(account)) ?? { failures: 0, lastFailureAt: 0 }
      counter.failures += 1
      counter.lastFailureAt = now()
      accounts.set(key(account), counter)
      station.failures += 1
      station.lastFailureAt = now()
    },
    succeeded(account) {
      accounts.delete(key(account))
      station.failures = 0
    },
  }
}
