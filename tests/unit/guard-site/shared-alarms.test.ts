// Two (and three) stations' alarm engines over their own SQLite databases, exchanging every shared copy
// in arbitrary order: an alarm exists once everywhere, an acknowledgement made anywhere ends it
// everywhere, and concurrent changes converge whatever the order of arrival.
import { describe, expect, it } from 'vitest'
import type { AlarmView } from '../../../electron/shared/contract/guard'
import { ALARM_PRIORITY, type AlarmCandidate } from '../../../electron/shared/guard/alarm-kinds'
import { mergeAlarm, sameSharedContent } from '../../../electron/shared/guard/alarm-merge'
import { openDatabase } from '../../../electron/main/db/database'
import { AlarmEngine, type SharedAlarm } from '../../../electron/main/guard/alarms/alarm-engine'
import { AlarmStore, guardMigrations } from '../../../electron/main/guard/alarms/alarm-store'

const cand = (door: string, kind: AlarmCandidate['kind'] = 'forcedOpen'): AlarmCandidate => ({
  key: `door|${door}|${kind}`,
  kind,
  priority: ALARM_PRIORITY[kind],
  targetType: 'door',
  targetName: door,
  targetId: null,
  title: kind,
  detail: null,
  personPin: null,
  personName: null,
  serverTime: '2026-12-03 10:00:00',
})

function station() {
  const raised: AlarmView[] = []
  const outbox: SharedAlarm[] = []
  const store = new AlarmStore(openDatabase(':memory:', guardMigrations))
  let t = Date.parse('2026-12-03T10:00:00Z')
  const engine = new AlarmEngine(
    store,
    { raised: (a) => raised.push(a), changed: () => {}, share: (s) => outbox.push(...s) },
    () => (t += 10),
  )
  return { engine, store, raised, outbox }
}

/** Delivers everything `from` shared to every other station; returns how many copies went. */
function deliver(from: ReturnType<typeof station>, to: ReturnType<typeof station>[]): number {
  const copies = from.outbox.splice(0)
  for (const c of copies) for (const s of to) s.engine.applyRemote(c.uid, c.record)
  return copies.length
}

describe('shared alarms between stations', () => {
  it('an alarm raised by the leader appears once at the follower and rings there', () => {
    const a = station()
    const b = station()
    a.engine.eventOccurrence(cand('d1'), false, 'access|2026-12-03 10:00:00|sn1|d1|||forced')
    a.engine.eventOccurrence(cand('d1'), false, 'access|2026-12-03 10:00:05|sn1|d1|||forced')
    deliver(a, [b])
    expect(b.engine.openAlarms()).toHaveLength(1)
    expect(b.engine.openAlarms()[0]!.count).toBe(2)
    expect(b.raised).toHaveLength(1)
    expect(b.outbox).toHaveLength(0) // nothing new to tell: no echo
  })

  it('an acknowledgement at the follower ends the alarm at the leader, with who and the comment', () => {
    const a = station()
    const b = station()
    a.engine.eventOccurrence(cand('d1'), false, 'ev1')
    deliver(a, [b])
    const atB = b.engine.openAlarms()[0]!
    b.engine.acknowledge(atB.id, 'Bea at Booth 2', 'checked')
    deliver(b, [a])
    const atA = a.engine.openAlarms()[0]!
    expect(atA.status).toBe('acknowledged')
    expect(atA.acknowledgedBy).toBe('Bea at Booth 2')
    expect(atA.ackComment).toBe('checked')
    expect(a.engine.isNew(atA.id)).toBe(false)
    expect(a.outbox).toHaveLength(0)
  })

  it('a concurrent occurrence at the leader and an acknowledgement elsewhere converge in any order', () => {
    for (const order of ['leader-first', 'follower-first'] as const) {
      const a = station()
      const b = station()
      const c = station()
      a.engine.eventOccurrence(cand('d1'), false, 'ev1')
      deliver(a, [b, c])
      b.engine.acknowledge(b.engine.openAlarms()[0]!.id, 'Bea', 'ok')
      a.engine.eventOccurrence(cand('d1'), false, 'ev2') // before A heard of the acknowledgement
      if (order === 'leader-first') {
        deliver(a, [b, c])
        deliver(b, [a, c])
      } else {
        deliver(b, [a, c])
        deliver(a, [b, c])
      }
      // Whatever a station re-tells after merging is delivered too, until nobody has anything new.
      for (let i = 0; i < 5 && deliver(a, [b, c]) + deliver(b, [a, c]) + deliver(c, [a, b]) > 0; i++);
      for (const s of [a, b, c]) {
        const [only, ...rest] = s.engine.openAlarms()
        expect(rest).toHaveLength(0)
        expect(only!.status).toBe('acknowledged')
        expect(only!.count).toBe(2)
      }
    }
  })

  it('the same event seen again by a new leader joins the same alarm, even one cleared meanwhile', () => {
    const a = station()
    const b = station()
    a.engine.eventOccurrence(cand('d1'), false, 'ev1')
    deliver(a, [b])
    const id = b.engine.openAlarms()[0]!.id
    b.engine.clear(id, 'Bea', 'door checked')
    deliver(b, [a])
    expect(a.engine.openAlarms()).toHaveLength(0)
    // A's copy reaches the site again later (its outbox was not yet sent when it died): still one alarm.
    a.engine.applyRemote('event|ev1', { ...b.store.get(id)!, status: 'new', clearedAt: null })
    expect(b.store.list({ status: 'all', limit: 10 }).alarms).toHaveLength(1)
    expect(b.store.getByUid('event|ev1')!.status).toBe('cleared')
  })

  it('merge: the lifecycle only moves forward and the first acknowledgement wins', () => {
    const a = station()
    a.engine.eventOccurrence(cand('d1'), false, 'ev1')
    const base = a.store.getByUid('event|ev1')!
    const ackLate = {
      ...base,
      status: 'acknowledged' as const,
      acknowledgedAt: '2026-12-03T10:00:09Z',
      acknowledgedBy: 'late',
      ackComment: 'l',
    }
    const ackEarly = {
      ...base,
      status: 'acknowledged' as const,
      acknowledgedAt: '2026-12-03T10:00:05Z',
      acknowledgedBy: 'early',
      ackComment: 'e',
    }
    expect(mergeAlarm(ackLate, ackEarly).acknowledgedBy).toBe('early')
    expect(mergeAlarm(ackEarly, ackLate).acknowledgedBy).toBe('early')
    expect(mergeAlarm(ackEarly, base).status).toBe('acknowledged')
  })

  it('merge: two copies give the same shared content in either order (the copies meet)', () => {
    const a = station()
    a.engine.eventOccurrence(cand('d1'), false, 'ev1')
    const base = a.store.getByUid('event|ev1')!
    // Copies that differ where stations really differ: same lastAt with the condition ended at one,
    // other details and persons, the same acknowledgement time by two guards, a clearance, another
    // language's title and another priority setting (presentation: each station keeps its own).
    const variants = [
      base,
      { ...base, conditionActive: true },
      { ...base, conditionActive: false },
      { ...base, detail: 'Door forced open (reader 2)', personPin: '1002', personName: 'Bo' },
      {
        ...base,
        detail: 'Puerta forzada',
        personPin: '1001',
        personName: 'Ann',
        firstServerTime: '2026-12-03 09:59:58',
      },
      {
        ...base,
        lastAt: '2026-12-03T10:05:00.000Z',
        conditionActive: true,
        detail: 'later words',
        eventCount: 3,
      },
      {
        ...base,
        status: 'acknowledged' as const,
        acknowledgedAt: '2026-12-03T10:01:00Z',
        acknowledgedBy: 'Guard B',
        ackComment: 'b',
      },
      {
        ...base,
        status: 'acknowledged' as const,
        acknowledgedAt: '2026-12-03T10:01:00Z',
        acknowledgedBy: 'Guard A',
        ackComment: 'a',
      },
      {
        ...base,
        status: 'acknowledged' as const,
        acknowledgedAt: '2026-12-03T10:01:00Z',
        acknowledgedBy: 'Guard A',
        ackComment: 'another comment',
      },
      {
        ...base,
        status: 'cleared' as const,
        clearedAt: '2026-12-03T10:02:00Z',
        clearedBy: 'Guard C',
        clearedReason: 'operator' as const,
        latched: true,
      },
      { ...base, title: 'Puerta forzada: d1', priority: 'high' as const },
    ]
    for (const x of variants)
      for (const y of variants) {
        const xy = mergeAlarm(x, y)
        const yx = mergeAlarm(y, x)
        expect(sameSharedContent(xy, yx), `${JSON.stringify(x)}\n${JSON.stringify(y)}`).toBe(true)
        // Merging the result again changes nothing: one exchange and the copies agree.
        expect(sameSharedContent(mergeAlarm(xy, yx), xy)).toBe(true)
      }
  })

  it('a door closed without a new occurrence: the site learns the condition ended, and nothing is sent again', () => {
    const leader = station()
    const door = 'd7'
    // A door held open (state poll): the alarm, with its condition on, goes to the site.
    leader.engine.stateObservation(
      [cand(door, 'heldOpen')],
      [{ key: cand(door, 'heldOpen').key, active: true }],
    )
    const [raised] = leader.outbox.splice(0)
    let site = raised!.record
    // The door closes: the condition ends, lastAt does not move. The leader shares that.
    leader.engine.stateObservation([], [{ key: cand(door, 'heldOpen').key, active: false }])
    const [closed] = leader.outbox.splice(0)
    expect(closed!.record.conditionActive).toBe(false)
    expect(closed!.record.lastAt).toBe(site.lastAt)
    // The site database merges the copy into its own (site-guard-store.ts writeAlarms) ...
    const { id: _id, ...merged } = mergeAlarm({ ...site, id: 0 }, closed!.record)
    site = merged
    expect(site.conditionActive).toBe(false)
    // ... and echoes it back: the leader has nothing more to send (it sent it again for ever before).
    leader.engine.applyRemote(closed!.uid, site)
    expect(leader.outbox).toHaveLength(0)
  })
})
