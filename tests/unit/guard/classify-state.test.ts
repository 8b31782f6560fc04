import { describe, expect, it } from 'vitest'
import { classifyDoor, toDoorView } from '../../../electron/shared/guard/classify-door'
import { classifyGate, toGateView } from '../../../electron/shared/guard/classify-gate'
import type { DoorStateInput, GateStateInput } from '../../../electron/shared/guard/states'

const door = (over: Partial<DoorStateInput> = {}): DoorStateInput => ({
  doorId: 'd1',
  doorName: 'Main Entrance-1',
  deviceId: 'dev1',
  connect: 'online',
  sensor: 'closed',
  relay: 'closed',
  alarm: null,
  alarmKind: null,
  ...over,
})
const ctx = {
  nowMs: 100_000,
  openSinceMs: null,
  doorOpenAlarmSeconds: 60,
  device: { id: 'dev1', sn: 'SN1', name: 'Lobby', areaName: 'HQ' },
}

describe('classifyDoor', () => {
  it('a quiet door raises nothing and reports every door kind as normal', () => {
    const r = classifyDoor(door(), ctx)
    expect(r.candidates).toEqual([])
    expect(r.conditions.every((c) => !c.active)).toBe(true)
    expect(r.conditions.map((c) => c.key)).toContain('door|main entrance-1|forcedOpen')
    expect(r.conditions.map((c) => c.key)).toContain('device|sn1|deviceOffline')
  })
  it('forced open from the alarm field is critical and keyed like the event', () => {
    const r = classifyDoor(door({ alarm: 'be opened accidentally', alarmKind: 'forced', sensor: 'open' }), {
      ...ctx,
      openSinceMs: 0,
    })
    expect(r.candidates.map((c) => c.kind)).toEqual(['forcedOpen'])
    expect(r.candidates[0]!.key).toBe('door|main entrance-1|forcedOpen')
  })
  it('a door open beyond the threshold is held open; below it, nothing', () => {
    expect(
      classifyDoor(door({ sensor: 'open' }), { ...ctx, openSinceMs: 100_000 - 59_000 }).candidates,
    ).toEqual([])
    const held = classifyDoor(door({ sensor: 'open' }), { ...ctx, openSinceMs: 100_000 - 75_000 }).candidates
    expect(held.map((c) => c.kind)).toEqual(['heldOpen'])
    expect(held[0]!.title).toBe('Held open: Main Entrance-1')
    expect(held[0]!.detail).toContain('Open for 75 s')
  })
  it('an offline device is one device alarm keyed by serial, door fields ignored', () => {
    const r = classifyDoor(
      door({ connect: 'offline', alarm: 'unknown', alarmKind: 'unknown', sensor: 'unknown' }),
      ctx,
    )
    expect(r.candidates.map((c) => c.key)).toEqual(['device|sn1|deviceOffline'])
    expect(r.conditions).toEqual([{ key: 'device|sn1|deviceOffline', active: true }])
  })
  it('the literal "unknown" alarm text is not an alarm, an unlisted text is', () => {
    expect(classifyDoor(door({ alarm: 'unknown', alarmKind: 'unknown' }), ctx).candidates).toEqual([])
    expect(
      classifyDoor(door({ alarm: 'Alarma desconocida', alarmKind: 'unknown' }), ctx).candidates[0]!.kind,
    ).toBe('other')
  })
  it('a disabled door is neither an alarm nor a condition', () => {
    expect(classifyDoor(door({ connect: 'disabled' }), ctx)).toEqual({ candidates: [], conditions: [] })
  })
  it('builds the board view', () => {
    const v = toDoorView(door({ sensor: 'none' }), { device: ctx.device, openSinceMs: null, alarmId: 3 })
    expect(v).toMatchObject({
      id: 'd1',
      sensor: 'noSensor',
      alarm: 'none',
      areaName: 'HQ',
      deviceName: 'Lobby',
      alarmId: 3,
    })
    expect(
      toDoorView(door({ connect: 'offline' }), { device: null, openSinceMs: null, alarmId: null }).sensor,
    ).toBe('unknown')
  })
})

const gate = (over: Partial<GateStateInput> = {}): GateStateInput => ({
  gateId: 'g1',
  gateName: 'Turnstile-1',
  deviceId: 'gd',
  connect: 'online',
  gateState: 'online',
  alarm: null,
  relay: 'off',
  ...over,
})

describe('classifyGate', () => {
  it('maps the FIELD-NOTES codes', () => {
    expect(classifyGate(gate({ alarm: 'openedAccidentally' }), null).candidates[0]!.kind).toBe('forcedOpen')
    expect(classifyGate(gate({ alarm: 'duressFingerprint' }), null).candidates[0]!.kind).toBe('duress')
    expect(classifyGate(gate({ alarm: 'infraredFault' }), null).candidates[0]!.kind).toBe('gateFault')
    expect(classifyGate(gate({ alarm: 'unknown' }), null).candidates).toEqual([])
  })
  it('gate not connected on an online device is a gate fault; lockdown is not an alarm', () => {
    expect(classifyGate(gate({ gateState: 'notConnected' }), null).candidates[0]!.detail).toContain(
      'not connected',
    )
    expect(classifyGate(gate({ gateState: 'lockdown' }), null).candidates).toEqual([])
  })
  it('an offline gate device is a device alarm keyed by device id without a directory', () => {
    expect(classifyGate(gate({ connect: 'offline' }), null).candidates[0]!.key).toBe(
      'device|gd|deviceOffline',
    )
  })
  it('builds the board view', () => {
    expect(toGateView(gate({ relay: 'entryOpen' }), null)).toMatchObject({
      alarm: 'none',
      relay: 'entryOpen',
      gateState: 'online',
    })
  })
})
