/**
 * The door-state poll and the access event monitor poll half an interval apart, so a door alarm is
 * usually seen by one stream and then again by the other. Both must end in ONE alarm and ONE "raised"
 * (one notification), whichever stream comes first; and the staggered workers must keep their phase.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AlarmView } from '../../../electron/shared/contract/guard'
import { classifyDoor } from '../../../electron/shared/guard/classify-door'
import { compileEventPolicy } from '../../../electron/shared/guard/classify-event'
import { toEventRow, type EventRow } from '../../../electron/shared/guard/event-row'
import type { DoorStateInput } from '../../../electron/shared/guard/states'
import { openDatabase } from '../../../electron/main/db/database'
import { AlarmEngine } from '../../../electron/main/guard/alarms/alarm-engine'
import { AlarmStore, guardMigrations } from '../../../electron/main/guard/alarms/alarm-store'
import { PollWorker } from '../../../electron/main/guard/workers/poll-worker'

const classifyEvent = compileEventPolicy({ alarmEventNames: ['Door Opened Forcefully', 'Door Open Timeout'] })

const doorState = (alarmKind: DoorStateInput['alarmKind'], sensor: DoorStateInput['sensor'] = 'open') =>
  ({
    doorId: '7',
    doorName: 'Lobby-1',
    deviceId: 'dev1',
    connect: 'online',
    sensor,
    relay: 'closed',
    alarm: alarmKind ? String(alarmKind) : null,
    alarmKind,
  }) satisfies DoorStateInput

const doorEvent = (eventName: string) =>
  toEventRow('access', {
    eventTime: '2026-12-03 08:00:00',
    eventName,
    eventPointName: 'Lobby-1',
    devSn: 'SN1',
    devName: 'Lobby controller',
  }) as EventRow

function setup() {
  const raised: AlarmView[] = []
  const engine = new AlarmEngine(new AlarmStore(openDatabase(':memory:', guardMigrations)), {
    raised: (a) => raised.push(a),
    changed: () => {},
  })
  const poll = (state: DoorStateInput, nowMs = 0, openSinceMs: number | null = null) => {
    const r = classifyDoor(state, { nowMs, openSinceMs, doorOpenAlarmSeconds: 30, device: null })
    engine.stateObservation(r.candidates, r.conditions)
  }
  const event = (row: EventRow) => engine.eventOccurrence(classifyEvent(row)!, false)
  return { engine, raised, poll, event }
}

describe('door alarms seen by both staggered streams', () => {
  it('a forced door seen by the state poll first, then by the event monitor: one alarm, one raise', () => {
    const { engine, raised, poll, event } = setup()
    poll(doorState('forced'))
    event(doorEvent('Door Opened Forcefully'))
    poll(doorState('forced'))
    expect(raised.map((a) => a.key)).toEqual(['door|lobby-1|forcedOpen'])
    expect(engine.openAlarms()).toHaveLength(1)
  })

  it('a forced door seen by the event monitor first, then by the state poll: one alarm, one raise', () => {
    const { engine, raised, poll, event } = setup()
    event(doorEvent('Door Opened Forcefully'))
    poll(doorState('forced'))
    event(doorEvent('Door Opened Forcefully'))
    expect(raised.map((a) => a.key)).toEqual(['door|lobby-1|forcedOpen'])
    expect(engine.openAlarms()).toHaveLength(1)
  })

  it('a door held open, from the state field, the event and the open-too-long timer: one alarm', () => {
    const { engine, raised, poll, event } = setup()
    event(doorEvent('Door Open Timeout'))
    poll(doorState('timeout'))
    poll(doorState(null), 40_000, 0) // open 40 s past a 30 s threshold: the same heldOpen key
    expect(raised.map((a) => a.key)).toEqual(['door|lobby-1|heldOpen'])
    expect(engine.openAlarms()).toHaveLength(1)
  })
})

describe('PollWorker phase', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  // Fake timers: the grid is a property of the schedule, not of how busy the machine is.
  it('polls at once, then on its grid half an interval behind an unstaggered worker, never more often than the interval', async () => {
    vi.useFakeTimers()
    const starts: Record<string, number[]> = { a: [], b: [] }
    const make = (name: 'a' | 'b', phase: number) =>
      new PollWorker({
        name: name === 'a' ? 'doorStates' : 'accessEvents',
        intervalMs: () => 100,
        phaseMs: () => phase,
        now: () => Date.now(),
        run: async () => {
          starts[name]!.push(Date.now())
          await new Promise((r) => setTimeout(r, 15)) // a round trip: must not push the grid
        },
        onStatus: () => {},
      })
    const a = make('a', 0)
    const b = make('b', 50)
    const t0 = Date.now()
    a.start()
    b.start()
    await vi.advanceTimersByTimeAsync(760)
    a.stop()
    b.stop()
    const rel = (t: number[]) => t.map((x) => x - t0)
    // Both poll at once on start; then a on 100, 200, ... and b half an interval later, each exactly
    // one interval apart (the 15 ms round trip does not push the grid).
    expect(rel(starts.a)).toEqual([0, 100, 200, 300, 400, 500, 600, 700])
    expect(rel(starts.b)).toEqual([0, 150, 250, 350, 450, 550, 650, 750])
  })
})
