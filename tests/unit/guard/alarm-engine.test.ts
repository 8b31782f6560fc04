import { describe, expect, it } from 'vitest'
import type { AlarmView } from '../../../electron/shared/contract/guard'
import { ALARM_PRIORITY, type AlarmCandidate } from '../../../electron/shared/guard/alarm-kinds'
import { openDatabase } from '../../../electron/main/db/database'
import { AlarmEngine } from '../../../electron/main/guard/alarms/alarm-engine'
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
  serverTime: null,
})

function setup(db = openDatabase(':memory:', guardMigrations), clock = { ms: 0 }) {
  const raised: AlarmView[] = []
  const changed: AlarmView[][] = []
  const store = new AlarmStore(db)
  const engine = new AlarmEngine(
    store,
    { raised: (a) => raised.push(a), changed: (a) => changed.push(a) },
    Date.now,
    () => clock.ms,
  )
  return { db, store, engine, raised, changed, clock }
}

describe('AlarmEngine', () => {
  it('raises once per key and coalesces later occurrences, reporting one batch per poll', () => {
    const { engine, raised, changed } = setup()
    engine.stateObservation([cand('d1'), cand('d2', 'tamper')], [])
    engine.stateObservation([cand('d1'), cand('d2', 'tamper')], [])
    engine.eventOccurrence(cand('d1'), false)
    expect(raised.map((a) => a.key)).toEqual(['door|d1|forcedOpen', 'door|d2|tamper'])
    expect(changed).toHaveLength(2) // the second poll changed nothing
    expect(engine.openAlarms()).toHaveLength(2)
  })

  it('the database refuses a second open alarm for a key', () => {
    const { store, engine } = setup()
    engine.eventOccurrence(cand('d1'), false)
    const open = engine.openAlarms()[0]!
    expect(() => store.insert({ ...store.get(open.id)!, id: undefined } as never)).toThrow(/UNIQUE/)
  })

  it('survives a restart: open alarms and latches are reloaded, nothing is raised again', () => {
    const db = openDatabase(':memory:', guardMigrations)
    const first = setup(db)
    first.engine.stateObservation([cand('d1'), cand('d2')], [])
    const d2 = first.engine.openAlarms().find((a) => a.key === 'door|d2|forcedOpen')!
    first.engine.clear(d2.id, 'G', 'sensor fault, technician called')
    const second = setup(db)
    second.engine.stateObservation([cand('d1'), cand('d2')], [])
    expect(second.raised).toEqual([])
    // d2 comes back only after it was seen normal once.
    second.engine.stateObservation([], [{ key: 'door|d2|forcedOpen', active: false }])
    second.engine.stateObservation([cand('d2')], [])
    expect(second.raised.map((a) => a.key)).toEqual(['door|d2|forcedOpen'])
  })

  it('an acknowledged alarm clears when its condition is normal; a new one waits for acknowledgement', () => {
    const { engine } = setup()
    engine.stateObservation([cand('d1'), cand('d2')], [])
    const [a1, a2] = engine.openAlarms()
    engine.acknowledge(a1!.id, 'G', 'seen')
    engine.stateObservation(
      [],
      [
        { key: 'door|d1|forcedOpen', active: false },
        { key: 'door|d2|forcedOpen', active: false },
      ],
    )
    expect(engine.get(a1!.id)).toMatchObject({ status: 'cleared', clearedReason: 'normal' })
    expect(engine.get(a2!.id)).toMatchObject({ status: 'new', conditionActive: false })
    expect(engine.openAlarms().map((a) => a.id)).toEqual([a2!.id])
  })

  it('a state-raised alarm cleared before its event arrived takes that event: one forced door, one alarm', () => {
    const { engine, raised, clock } = setup()
    const normal = [{ key: 'door|d1|forcedOpen', active: false }]
    engine.stateObservation([cand('d1')], [])
    const [a] = engine.openAlarms()
    engine.acknowledge(a!.id, 'G', 'on my way')
    engine.stateObservation([], normal) // the door closed: cleared
    clock.ms += 2_000
    const joined = engine.eventOccurrence({ ...cand('d1'), serverTime: '2026-12-03 10:00:00' }, false, 'e1')
    expect(joined).toBe(a!.id)
    expect(raised).toHaveLength(1)
    expect(engine.get(a!.id)).toMatchObject({
      status: 'cleared',
      count: 1,
      firstServerTime: '2026-12-03 10:00:00',
    })
    // It took its one event: the next forced-open event is a new alarm.
    engine.eventOccurrence(cand('d1'), false, 'e2')
    expect(raised).toHaveLength(2)
  })

  it('a late event is a new alarm once the window has passed, or when the cleared alarm already had its event', () => {
    const { engine, raised, clock } = setup()
    const normal = (door: string) => [{ key: `door|${door}|forcedOpen`, active: false }]
    engine.stateObservation([cand('d1'), cand('d2')], [])
    for (const a of engine.openAlarms()) engine.acknowledge(a.id, 'G', 'seen')
    engine.eventOccurrence(cand('d2'), false, 'e-d2') // d2's event came while it was open
    engine.stateObservation([], [...normal('d1'), ...normal('d2')])
    clock.ms += 60_001
    engine.eventOccurrence(cand('d1'), false, 'e-d1') // too late to be d1's
    engine.eventOccurrence(cand('d2'), false, 'e-d2b') // d2 already had its event
    expect(raised.map((a) => a.key)).toEqual([
      'door|d1|forcedOpen',
      'door|d2|forcedOpen',
      'door|d1|forcedOpen',
      'door|d2|forcedOpen',
    ])
  })

  it('answers unknown ids and conflicting actions with typed errors', () => {
    const { engine } = setup()
    expect(() => engine.get(999)).toThrow(/no alarm #999/)
    engine.eventOccurrence(cand('d1'), false)
    const id = engine.openAlarms()[0]!.id
    engine.acknowledge(id, 'G', 'ok')
    try {
      engine.acknowledge(id, 'H', 'again')
      expect.unreachable()
    } catch (error) {
      expect((error as { code: string }).code).toBe('CONFLICT')
    }
  })

  it('points each target at its most urgent open alarm', () => {
    const { engine } = setup()
    engine.stateObservation([cand('d1', 'other'), cand('d1', 'duress'), cand('d1', 'tamper')], [])
    const duress = engine.openAlarms().find((a) => a.kind === 'duress')!
    expect(engine.openByTarget().get('door|d1')).toBe(duress.id)
  })

  it('rolls back a failed batch and keeps its memory equal to the database', () => {
    const { engine } = setup()
    expect(() =>
      engine.inBatch(() => {
        engine.eventOccurrence(cand('d1'), false)
        throw new Error('boom')
      }),
    ).toThrow('boom')
    expect(engine.openAlarms()).toEqual([])
  })
})
