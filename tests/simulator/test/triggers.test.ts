// Every trigger kind of the control API writes the documented event and changes the state it should.
import { describe, expect, it } from 'vitest'
import { TRIGGER_KINDS, type TriggerRequest } from '../state/triggers.ts'
import { get, useSim } from './helpers.ts'

const h = useSim()

const CASES: [TriggerRequest, { kind: string; eventNo: number; eventLevel: number }][] = [
  [
    { kind: 'forcedOpen', doorName: 'Lab Entrance' },
    { kind: 'acc', eventNo: 102, eventLevel: 2 },
  ],
  [
    { kind: 'heldOpen', doorName: 'Lab Entrance' },
    { kind: 'acc', eventNo: 28, eventLevel: 2 },
  ],
  [
    { kind: 'tamper', doorName: 'Lab Entrance' },
    { kind: 'acc', eventNo: 100, eventLevel: 2 },
  ],
  [
    { kind: 'duress', doorName: 'Lab Entrance', pin: '1003' },
    { kind: 'acc', eventNo: 101, eventLevel: 2 },
  ],
  [
    { kind: 'deviceOffline', doorName: 'Lab Entrance' },
    { kind: 'acc', eventNo: 700, eventLevel: 2 },
  ],
  [
    { kind: 'deviceOnline', doorName: 'Lab Entrance' },
    { kind: 'acc', eventNo: 214, eventLevel: 0 },
  ],
  [
    { kind: 'doorOpen', doorName: 'Lab Entrance' },
    { kind: 'acc', eventNo: 200, eventLevel: 0 },
  ],
  [
    { kind: 'doorClose', doorName: 'Lab Entrance' },
    { kind: 'acc', eventNo: 201, eventLevel: 0 },
  ],
  [
    { kind: 'accessGranted', doorName: 'Lab Entrance', pin: '1004' },
    { kind: 'acc', eventNo: 0, eventLevel: 0 },
  ],
  [
    { kind: 'accessDenied', doorName: 'Lab Entrance', pin: '1004' },
    { kind: 'acc', eventNo: 23, eventLevel: 1 },
  ],
  [
    { kind: 'gateAlarm', gateName: 'Staff Turnstile 1', alarm: 3 },
    { kind: 'psg', eventNo: 101, eventLevel: 2 },
  ],
  [
    { kind: 'gateAccess', gateName: 'Staff Turnstile 1', direction: 'out' },
    { kind: 'psg', eventNo: 0, eventLevel: 0 },
  ],
  [
    { kind: 'temperature', temp: 37.9, mask: true },
    { kind: 'hep', eventNo: 511, eventLevel: 2 },
  ],
  [
    { kind: 'serverEvent', doorName: 'Lab Entrance', eventName: 'Apertura forzada', eventNo: 102 },
    { kind: 'acc', eventNo: 102, eventLevel: 2 },
  ],
]

describe('triggers', () => {
  it('the table covers every trigger kind', () => {
    expect(new Set(CASES.map(([r]) => r.kind))).toEqual(new Set(TRIGGER_KINDS))
  })

  it.each(CASES)('%o writes %o', async (request, expected) => {
    const events = await h.sim.control.trigger(request)
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject(expected)
  })

  it('serverEvent writes the given name at the door and changes no state', async () => {
    const before = (await h.sim.control.snapshot()).doors.find((d) => d.name === 'Main Entrance')!
    const [event] = await h.sim.control.trigger({
      kind: 'serverEvent',
      doorName: 'Main Entrance',
      eventName: '门被意外打开',
    })
    expect(event).toMatchObject({ eventName: '门被意外打开', eventPointName: 'Main Entrance', eventNo: 255 })
    const after = (await h.sim.control.snapshot()).doors.find((d) => d.name === 'Main Entrance')!
    expect(after.alarmKey).toBe(before.alarmKey)
    await expect(h.sim.control.trigger({ kind: 'serverEvent', doorName: 'Main Entrance' })).rejects.toThrow(
      /eventName/,
    )
  })

  it('leaves the door and gate states the triggers imply', async () => {
    const door = (await h.sim.control.snapshot()).doors.find((d) => d.name === 'Lab Entrance')!
    // after the sequence above: closed again, online, the tamper/duress alarm still showing
    expect(door.connect).toBe('1')
    expect(door.alarmKey).toBe('duressPassword')
    const gate = (await get(h.sim, '/api/psgGate/allGateState')).json.data.find(
      (g: { name: string }) => g.name === 'Staff Turnstile 1',
    )
    expect(gate.alarm).toBe('3')
  })
})
