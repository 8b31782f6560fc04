import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AlarmView, LinkStatus } from '../../../electron/shared/contract/guard'
import { AlarmEscalation } from '../../../electron/main/guard/alarms/escalation'
import { LinkJudge } from '../../../electron/main/guard/link/link-judge'

afterEach(() => vi.useRealTimers())

function judge(intervalMs = 10_000) {
  const changes: LinkStatus[] = []
  const j = new LinkJudge({ intervalMs: () => intervalMs, onChange: (s) => changes.push(s) })
  return { j, changes }
}

describe('LinkJudge', () => {
  it('one failed poll loses the link, with since and the reason; the next success makes it live', () => {
    const { j, changes } = judge()
    j.pollStarted()
    j.pollSucceeded()
    expect(j.status().state).toBe('live')
    j.pollStarted()
    j.pollFailed(new Error('The ZKBio server refused the connection.'))
    expect(j.status()).toMatchObject({ state: 'lost', reason: 'The ZKBio server refused the connection.' })
    expect(j.status().since).not.toBeNull()
    expect(j.status().lastLiveAt).toBe(changes[0]!.lastLiveAt)
    j.pollFailed(new Error('again'))
    expect(changes.map((c) => c.state)).toEqual(['live', 'lost']) // a second failure changes nothing
    j.pollSucceeded()
    expect(changes.map((c) => c.state)).toEqual(['live', 'lost', 'live'])
    expect(j.status().since).toBeNull()
    j.stop()
  })

  it('a poll unanswered for a whole interval loses the link (never sooner than 3 s)', () => {
    vi.useFakeTimers()
    const { j } = judge(10_000)
    j.pollStarted()
    vi.advanceTimersByTime(9_999)
    expect(j.status().state).toBe('starting')
    vi.advanceTimersByTime(1)
    expect(j.status()).toMatchObject({ state: 'lost', reason: 'The server has not answered for 10 s.' })
    j.stop()
  })
})

describe('AlarmEscalation', () => {
  const alarm = (id: number, priority: AlarmView['priority'], firstAt: string) =>
    ({ id, priority, firstAt, kind: 'forcedOpen' }) as AlarmView

  it('escalates an unacknowledged critical alarm once, after the configured time; never a low one', () => {
    let now = Date.parse('2026-12-03T08:00:00Z')
    let open = [alarm(1, 'critical', '2026-12-03T08:00:00.000Z'), alarm(2, 'low', '2026-12-03T08:00:00.000Z')]
    const escalated: number[] = []
    const e = new AlarmEscalation({
      unacknowledged: () => open,
      afterSeconds: () => 30,
      escalate: (a) => escalated.push(a.id),
      now: () => now,
    })
    e.check()
    expect(escalated).toEqual([])
    now += 30_000
    e.check()
    e.check()
    expect(escalated).toEqual([1])
    expect(e.isEscalated(1)).toBe(true)
    open = [] // acknowledged
    e.check()
    expect(e.isEscalated(1)).toBe(false)
  })
})
