import { afterEach, describe, expect, it, vi } from 'vitest'
import { runSafely, safeInterval } from '../../../electron/main/app/safe-timer'
import { addLogSink, type LogRecord } from '../../../electron/main/log'

describe('background timers never throw into the event loop', () => {
  const records: LogRecord[] = []
  addLogSink((r) => records.push(r))
  afterEach(() => {
    records.length = 0
    vi.useRealTimers()
  })

  it('logs a synchronous throw (a locked database during a prune) instead of an uncaught exception', () => {
    expect(() =>
      runSafely('seen-set prune', () => {
        throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })
      }),
    ).not.toThrow()
    expect(records.at(-1)).toMatchObject({ level: 'warn', message: 'seen-set prune failed' })
  })

  it('logs a rejected promise instead of an unhandled rejection', async () => {
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    try {
      runSafely('host directory refresh', () => Promise.reject(new Error('offline')))
      await new Promise((r) => setTimeout(r, 20))
      expect(unhandled).toEqual([])
      expect(records.at(-1)).toMatchObject({ level: 'warn', message: 'host directory refresh failed' })
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
  })

  it('keeps the interval running after a failure and does not keep the process alive', () => {
    vi.useFakeTimers()
    let calls = 0
    const timer = safeInterval(
      'retention',
      () => {
        calls++
        throw new Error('disk full')
      },
      1_000,
    )
    vi.advanceTimersByTime(3_000)
    expect(calls).toBe(3)
    expect(timer.hasRef()).toBe(false)
    clearInterval(timer)
  })
})
