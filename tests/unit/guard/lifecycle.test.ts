import { describe, expect, it } from 'vitest'
import { ALARM_PRIORITY, type AlarmCandidate } from '../../../electron/shared/guard/alarm-kinds'
import {
  acknowledge,
  clearByOperator,
  coalesce,
  LifecycleError,
  newAlarm,
  observeCondition,
  toAlarmView,
  type AlarmRecord,
} from '../../../electron/shared/guard/lifecycle'

const candidate: AlarmCandidate = {
  key: 'door|d1|forcedOpen',
  kind: 'forcedOpen',
  priority: ALARM_PRIORITY.forcedOpen,
  targetType: 'door',
  targetName: 'D1',
  targetId: null,
  title: 'Door Opened Forcefully',
  detail: null,
  personPin: null,
  personName: null,
  serverTime: '2026-11-29 10:00:00',
}
const T = (s: number) => new Date(Date.UTC(2026, 10, 29, 10, 0, s)).toISOString()
const fromEvent = (): AlarmRecord => ({
  id: 1,
  ...newAlarm(candidate, { nowIso: T(0), source: 'event', recovered: false }),
})

describe('alarm lifecycle', () => {
  it('an event alarm starts new with unknown condition', () => {
    const a = fromEvent()
    expect(a).toMatchObject({ status: 'new', count: 1, conditionActive: null, eventCount: 1, stateCount: 0 })
  })
  it('the same incident seen as event and in door state counts once', () => {
    const a = coalesce(
      fromEvent(),
      { ...candidate, title: 'Forced open: be opened accidentally' },
      { nowIso: T(2), source: 'state', recovered: false },
    )
    expect(a.count).toBe(1)
    expect(a.conditionActive).toBe(true)
    expect(a.title).toBe('Door Opened Forcefully')
    expect(a.lastAt).toBe(T(2))
  })
  it('a second event row counts as a second occurrence', () => {
    const a = coalesce(fromEvent(), candidate, { nowIso: T(5), source: 'event', recovered: false })
    expect(a.count).toBe(2)
  })
  it('state polls while already active do not count again', () => {
    let a = coalesce(fromEvent(), candidate, { nowIso: T(1), source: 'state', recovered: false })
    a = coalesce(a, candidate, { nowIso: T(2), source: 'state', recovered: false })
    expect(a.stateCount).toBe(1)
  })
  it('acknowledging keeps it open while the door is still forced; normal again clears it', () => {
    let a = coalesce(fromEvent(), candidate, { nowIso: T(1), source: 'state', recovered: false })
    a = acknowledge(a, 'Guard A', 'Checked camera', T(3))
    expect(a).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: 'Guard A',
      ackComment: 'Checked camera',
    })
    a = observeCondition(a, false, T(9))!
    expect(a).toMatchObject({ status: 'cleared', clearedReason: 'normal', clearedAt: T(9) })
  })
  it('a new alarm that goes back to normal stays in the queue until acknowledged', () => {
    let a = coalesce(fromEvent(), candidate, { nowIso: T(1), source: 'state', recovered: false })
    a = observeCondition(a, false, T(2))!
    expect(a.status).toBe('new')
    expect(observeCondition(a, false, T(3))).toBeNull()
    a = acknowledge(a, 'G', 'ok', T(4))
    expect(a.status).toBe('cleared')
  })
  it('refuses to acknowledge twice or to clear a new alarm without a comment', () => {
    const acked = acknowledge(fromEvent(), 'G', 'ok', T(1))
    expect(() => acknowledge(acked, 'G', 'again', T(2))).toThrow(LifecycleError)
    expect(() => clearByOperator(fromEvent(), 'G', null, T(2))).toThrow(/comment/)
  })
  it('clearing by hand while the condition is on latches it; with a comment a new alarm is acked and cleared', () => {
    const active = coalesce(fromEvent(), candidate, { nowIso: T(1), source: 'state', recovered: false })
    const cleared = clearByOperator(active, 'G', 'false alarm, sensor fault', T(2))
    expect(cleared).toMatchObject({
      status: 'cleared',
      clearedReason: 'operator',
      acknowledgedBy: 'G',
      latched: true,
    })
    expect(() => clearByOperator(cleared, 'G', 'x', T(3))).toThrow(/already cleared/)
  })
  it('the public view has no internal counters', () => {
    expect(Object.keys(toAlarmView(fromEvent()))).not.toContain('latched')
  })
})
