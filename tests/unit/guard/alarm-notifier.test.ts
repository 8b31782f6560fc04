import { describe, expect, it } from 'vitest'
import type { AlarmView } from '../../../electron/shared/contract/guard'
import {
  AlarmNotifier,
  type NotificationSpec,
} from '../../../electron/main/guard/notifications/alarm-notifier'

const alarm = (id: number, over: Partial<AlarmView> = {}): AlarmView => ({
  id,
  key: `door|door ${id}|forcedOpen`,
  kind: 'forcedOpen',
  priority: 'critical',
  status: 'new',
  targetType: 'door',
  targetName: `Door ${id}`,
  targetId: null,
  title: 'Forced open: Door 1',
  detail: null,
  personPin: null,
  personName: null,
  firstAt: new Date().toISOString(),
  lastAt: new Date().toISOString(),
  firstServerTime: null,
  count: 1,
  conditionActive: null,
  recovered: false,
  acknowledgedAt: null,
  acknowledgedBy: null,
  ackComment: null,
  clearedAt: null,
  clearedBy: null,
  clearComment: null,
  clearedReason: null,
  ...over,
})

function setup(maxPerMinute = 2, enabled = true) {
  const shown: (NotificationSpec & { closed: boolean })[] = []
  const acked = new Set<number>()
  const opened: (number | null)[] = []
  const notifier = new AlarmNotifier({
    port: {
      show(spec) {
        const rec = { ...spec, closed: false }
        shown.push(rec)
        return { close: () => void (rec.closed = true) }
      },
    },
    policy: () => ({ enabled, maxPerMinute }),
    isStillNew: (id) => !acked.has(id),
    open: (id) => opened.push(id),
  })
  return { notifier, shown, acked, opened }
}

describe('AlarmNotifier', () => {
  it('shows critical urgency for forced open and duress, normal otherwise, and opens the alarm on click', () => {
    const { notifier, shown, opened } = setup(10)
    notifier.onRaised(alarm(1))
    notifier.onRaised(alarm(2, { kind: 'tamper', priority: 'high', key: 'door|door 2|tamper' }))
    expect(shown.map((s) => s.urgency)).toEqual(['critical', 'normal'])
    expect(shown[0]!.title).toBe('Forced open: Door 1')
    shown[1]!.onClick()
    expect(opened).toEqual([2])
    notifier.stop()
  })

  it('shows nothing for an alarm no longer new, nor when notifications are off', () => {
    const a = setup(10)
    a.acked.add(1)
    a.notifier.onRaised(alarm(1))
    a.notifier.onRaised(alarm(2, { status: 'acknowledged' }))
    expect(a.shown).toEqual([])
    const off = setup(10, false)
    off.notifier.onRaised(alarm(3))
    expect(off.shown).toEqual([])
  })

  it('closes an alarm notification when it is dismissed (acknowledged)', () => {
    const { notifier, shown } = setup(10)
    notifier.onRaised(alarm(1))
    notifier.dismiss(1)
    expect(shown[0]!.closed).toBe(true)
  })

  it('summarises held-back alarms once, counting only those still new', async () => {
    const { notifier, shown, acked, opened } = setup(2)
    for (let i = 1; i <= 6; i++) notifier.onRaised(alarm(i))
    expect(shown).toHaveLength(2)
    acked.add(3) // acknowledged before the summary
    await new Promise((r) => setTimeout(r, 2300))
    expect(shown).toHaveLength(3)
    expect(shown[2]).toMatchObject({
      title: '3 more alarms (3 critical)',
      alarmId: null,
      urgency: 'critical',
    })
    shown[2]!.onClick()
    expect(opened).toEqual([null])
    notifier.stop()
  })
})
