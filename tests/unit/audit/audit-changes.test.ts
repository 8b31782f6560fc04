import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAuditChanges } from '../../../electron/main/audit/audit-changes'

describe("'audit.changed' for an open audit page", () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('turns a burst of written entries into one event, and says when they came from the site', () => {
    const sent: unknown[] = []
    const changes = createAuditChanges(
      ((name: string, payload: unknown) => sent.push([name, payload])) as never,
      300,
    )
    for (let i = 0; i < 200; i++) changes.written('local')
    changes.written('site')
    changes.written('local')
    expect(sent).toHaveLength(0)
    vi.advanceTimersByTime(300)
    expect(sent).toEqual([['audit.changed', { source: 'site' }]])
    changes.written('local')
    vi.advanceTimersByTime(300)
    expect(sent[1]).toEqual(['audit.changed', { source: 'local' }])
  })

  it('keeps telling during a steady stream (one event per quiet time, not none)', () => {
    const sent: unknown[] = []
    const changes = createAuditChanges(
      ((name: string, payload: unknown) => sent.push([name, payload])) as never,
      300,
    )
    for (let t = 0; t < 3000; t += 100) {
      changes.written('site')
      vi.advanceTimersByTime(100)
    }
    expect(sent.length).toBeGreaterThanOrEqual(9)
    changes.stop()
  })
})
