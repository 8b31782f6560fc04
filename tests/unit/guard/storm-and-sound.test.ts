import { describe, expect, it } from 'vitest'
import { backoffDelayMs } from '../../../electron/shared/guard/backoff'
import { applyBoard } from '../../../electron/shared/guard/board-diff'
import { gapWindow } from '../../../electron/shared/guard/gap-window'
import { SeenSet } from '../../../electron/shared/guard/seen-set'
import { laterServerTime, serverNow } from '../../../electron/shared/guard/server-clock'
import { computeSound } from '../../../electron/shared/guard/sound-policy'
import { StormControl } from '../../../electron/shared/guard/storm-control'

describe('StormControl', () => {
  it('a storm of 200 alarms in a minute gives maxPerMinute notifications and one summary', () => {
    const storm = new StormControl({ maxPerMinute: 6 })
    let notified = 0
    for (let i = 0; i < 200; i++) {
      if (storm.offer(i * 100, { id: i + 1, target: `door-${i}`, critical: i % 2 === 0 }) === 'notify')
        notified++
    }
    expect(notified).toBe(6)
    expect(storm.flush(1_000)).toBeNull() // not due: 2 s after the first held back
    const summary = storm.flush(2_700)!
    expect(summary.count).toBe(194)
    expect(summary.critical).toBe(97)
    expect(storm.flush(2_800)).toBeNull()
  })
  it('frees slots after the window; a second summary waits a full minute', () => {
    const storm = new StormControl({ maxPerMinute: 2, perTargetMs: 0 })
    storm.offer(0, { id: 1, target: 'a', critical: false })
    storm.offer(1, { id: 2, target: 'b', critical: false })
    expect(storm.offer(2, { id: 3, target: 'c', critical: false })).toBe('suppress')
    expect(storm.flush(2_002)!.count).toBe(1)
    expect(storm.offer(3_000, { id: 4, target: 'd', critical: false })).toBe('suppress')
    expect(storm.nextSummaryAt()).toBe(62_002)
    expect(storm.offer(60_001, { id: 5, target: 'e', critical: false })).toBe('notify')
  })
  it('holds back a second notification for the same door within perTargetMs', () => {
    const storm = new StormControl({ maxPerMinute: 10, perTargetMs: 30_000 })
    expect(storm.offer(0, { id: 1, target: 'door|x', critical: true })).toBe('notify')
    expect(storm.offer(1_000, { id: 2, target: 'door|x', critical: false })).toBe('suppress')
    expect(storm.offer(31_000, { id: 3, target: 'door|x', critical: false })).toBe('notify')
  })
  it('never exceeds max + 1 in any rolling minute under a long storm', () => {
    const storm = new StormControl({ maxPerMinute: 6 })
    const times: number[] = []
    for (let t = 0; t < 600_000; t += 250) {
      if (storm.offer(t, { id: t + 1, target: `t${t}`, critical: false }) === 'notify') times.push(t)
      if (storm.flush(t)) times.push(t)
    }
    for (const start of times)
      expect(times.filter((x) => x >= start && x < start + 60_000).length).toBeLessThanOrEqual(7)
  })
})

describe('computeSound', () => {
  const policy = { enabled: true, sound: true, repeatHighPriority: true }
  it('rings and loops for a new critical alarm, once-only for medium', () => {
    expect(computeSound(policy, [{ id: 1, priority: 'critical' }], null, 0, 1)).toMatchObject({
      ringing: true,
      loop: true,
      alarmId: 1,
    })
    expect(computeSound(policy, [{ id: 2, priority: 'medium' }], null, 0, 1)).toMatchObject({
      ringing: true,
      loop: false,
    })
  })
  it('is silent without new alarms, when muted or when sound is off', () => {
    expect(computeSound(policy, [], null, 0, 0).ringing).toBe(false)
    const muted = computeSound(
      policy,
      [{ id: 1, priority: 'critical' }],
      { untilMs: 10, reason: 'drill', by: 'G' },
      5,
      1,
    )
    expect(muted).toMatchObject({ ringing: false, loop: false, muted: { reason: 'drill', by: 'G' } })
    expect(
      computeSound(
        policy,
        [{ id: 1, priority: 'critical' }],
        { untilMs: 10, reason: 'drill', by: 'G' },
        11,
        1,
      ).ringing,
    ).toBe(true)
    expect(
      computeSound({ ...policy, sound: false }, [{ id: 1, priority: 'critical' }], null, 0, 1).ringing,
    ).toBe(false)
  })
  it('points at the most urgent, newest alarm', () => {
    const s = computeSound(
      policy,
      [
        { id: 1, priority: 'high' },
        { id: 3, priority: 'low' },
        { id: 2, priority: 'high' },
      ],
      null,
      0,
      1,
    )
    expect(s.alarmId).toBe(2)
  })
})

describe('gapWindow', () => {
  const base = {
    nowServerTime: '2026-11-29 12:00:00',
    overlapSeconds: 60,
    maxGapHours: 24,
    endMarginSeconds: 300,
  }
  it('starts at the last seen event minus the overlap and ends after now', () => {
    expect(
      gapWindow({ ...base, lastSeenServerTime: '2026-11-29 11:50:00', lastPollServerTime: null }),
    ).toEqual({
      from: '2026-11-29 11:49:00',
      to: '2026-11-29 12:05:00',
      truncated: false,
    })
  })
  it('starts at the later of last event and last poll (a quiet stream does not refetch hours)', () => {
    expect(
      gapWindow({
        ...base,
        lastSeenServerTime: '2026-11-29 08:00:00',
        lastPollServerTime: '2026-11-29 11:55:00',
      })!.from,
    ).toBe('2026-11-29 11:54:00')
  })
  it('falls back to the last poll, and has nothing to fill without either', () => {
    expect(
      gapWindow({ ...base, lastSeenServerTime: null, lastPollServerTime: '2026-11-29 11:59:30' })!.from,
    ).toBe('2026-11-29 11:58:30')
    expect(gapWindow({ ...base, lastSeenServerTime: null, lastPollServerTime: null })).toBeNull()
  })
  it('caps very long outages', () => {
    const w = gapWindow({ ...base, lastSeenServerTime: '2026-11-20 00:00:00', lastPollServerTime: null })!
    expect(w.truncated).toBe(true)
    expect(w.from).toBe('2026-11-28 12:05:00')
  })
  it('crosses midnight and month ends', () => {
    expect(
      gapWindow({
        ...base,
        nowServerTime: '2026-12-01 00:00:10',
        lastSeenServerTime: '2026-11-30 23:59:50',
        lastPollServerTime: null,
      })!.from,
    ).toBe('2026-11-30 23:58:50')
  })
})

describe('small helpers', () => {
  it('server clock', () => {
    expect(serverNow(Date.UTC(2026, 10, 29, 23, 30, 0), 90)).toBe('2026-11-30 01:00:00')
    expect(laterServerTime('2026-11-29 10:00:00', '2026-11-29 9:59:59')).toBe('2026-11-29 10:00:00')
    expect(laterServerTime(null, '2026-11-29 10:00:00')).toBe('2026-11-29 10:00:00')
  })
  it('backoff grows, is capped and jittered in the upper half', () => {
    expect(backoffDelayMs(1000, 1, 30_000, () => 0)).toBe(500)
    expect(backoffDelayMs(1000, 1, 30_000, () => 1)).toBe(1000)
    expect(backoffDelayMs(1000, 4, 30_000, () => 1)).toBe(8000)
    expect(backoffDelayMs(1000, 20, 30_000, () => 1)).toBe(30_000)
  })
  it('SeenSet is bounded', () => {
    const s = new SeenSet(3)
    expect(s.add('a')).toBe(true)
    expect(s.add('a')).toBe(false)
    s.add('b')
    s.add('c')
    s.add('d')
    expect(s.size).toBe(3)
    expect(s.has('a')).toBe(false)
  })
  it('applyBoard returns only what changed and what disappeared', () => {
    const board = new Map<string, { id: string; v: number }>()
    expect(
      applyBoard(board, [
        { id: 'a', v: 1 },
        { id: 'b', v: 1 },
      ]).changed,
    ).toHaveLength(2)
    const d = applyBoard(board, [{ id: 'a', v: 2 }])
    expect(d).toEqual({ changed: [{ id: 'a', v: 2 }], removed: ['b'] })
    expect(applyBoard(board, [{ id: 'a', v: 2 }])).toEqual({ changed: [], removed: [] })
  })
})
