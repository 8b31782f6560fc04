import { describe, expect, it } from 'vitest'
import { parseDoorState, parseDoorStates } from '../../../electron/main/zkbio/door-state'
import { parseGateState, parseGateStates } from '../../../electron/main/zkbio/gate-state'

describe('parseDoorState', () => {
  it('reads the manual form, whatever the case of the texts', () => {
    const s = parseDoorState({
      id: 'd1',
      name: ' Main ',
      deviceId: 'dev',
      connect: '1',
      sensor: 'No sensor',
      alarm: 'None',
      relay: 'off',
    })
    expect(s).toMatchObject({
      doorId: 'd1',
      doorName: 'Main',
      deviceId: 'dev',
      connect: 'online',
      sensor: 'none',
      relay: 'closed',
      alarm: null,
      alarmKind: null,
    })
    expect(
      parseDoorState({ id: 'd', connect: 0, sensor: 'open', alarm: 'none', relay: 'open' }),
    ).toMatchObject({
      connect: 'offline',
      sensor: 'open',
      relay: 'open',
      alarm: null,
    })
    expect(
      parseDoorState({ id: 'd', connect: '2', sensor: 'off', relay: 'unknown', alarm: 'NONE' }),
    ).toMatchObject({
      connect: 'disabled',
      sensor: 'closed',
      relay: 'unknown',
      alarm: null,
    })
  })

  it('names every alarm of the manual', () => {
    expect(parseDoorState({ alarm: 'be opened accidentally' })).toMatchObject({
      alarm: 'be opened accidentally',
      alarmKind: 'forced',
    })
    expect(parseDoorState({ alarm: 'Tampering' })).toMatchObject({ alarm: 'tampering', alarmKind: 'tamper' })
    expect(parseDoorState({ alarm: 'duress fingerprint opening' }).alarmKind).toBe('duressFingerprint')
    expect(parseDoorState({ alarm: 'low battery voltage' }).alarmKind).toBe('lowBattery')
  })

  it('keeps an unknown or localised alarm visible instead of dropping it', () => {
    expect(parseDoorState({ alarm: 'Puerta forzada' })).toMatchObject({
      alarm: 'Puerta forzada',
      alarmKind: 'unknown',
    })
    expect(parseDoorState({ alarm: 99 })).toMatchObject({ alarm: 'alarm code 99', alarmKind: 'unknown' })
  })

  it('reads arrays with numeric codes [id, name, deviceId, connect, sensor, relay, alarm]', () => {
    const s = parseDoorState(['d9', 'Back door', 'dev', 1, 3, 1, 3])
    expect(s).toMatchObject({
      doorId: 'd9',
      doorName: 'Back door',
      connect: 'online',
      sensor: 'open',
      relay: 'open',
      alarm: 'be opened accidentally',
      alarmKind: 'forced',
    })
    expect(parseDoorState(['d', 'n', 'dev', 1, 1, 0, 0])).toMatchObject({
      sensor: 'none',
      relay: 'closed',
      alarm: null,
    })
    expect(parseDoorState(['d', 'n', 'dev', 1, 2, 0, 4])).toMatchObject({
      sensor: 'closed',
      alarmKind: 'tamper',
    })
    expect(parseDoorState(['d', 'n', 'dev', 0, 0, 2, 13])).toMatchObject({
      connect: 'offline',
      sensor: 'unknown',
      relay: 'unknown',
      alarmKind: 'unknown',
    })
  })

  it('never throws, whatever arrives', () => {
    for (const junk of [null, undefined, 5, 'x', [], {}, { connect: { a: 1 } }, [null, null]]) {
      const s = parseDoorState(junk)
      expect(s.connect).toBe('unknown')
      expect(s.raw).toBe(junk)
    }
  })

  it('parses a list, one object, or one array record', () => {
    expect(parseDoorStates([{ id: 'a' }, ['b', 'B', 'x', 1, 2, 0, 0]]).map((s) => s.doorId)).toEqual([
      'a',
      'b',
    ])
    expect(parseDoorStates({ id: 'a' }).map((s) => s.doorId)).toEqual(['a'])
    expect(parseDoorStates(['c', 'C', 'x', 1, 2, 0, 0]).map((s) => s.doorId)).toEqual(['c'])
  })
})

describe('parseGateState', () => {
  it('reads the numeric codes of FIELD-NOTES', () => {
    expect(
      parseGateState({ id: 'g', deviceId: 'd', connect: '1', gateState: '3', alarm: '2', relay: '1' }),
    ).toMatchObject({
      gateId: 'g',
      deviceId: 'd',
      connect: 'online',
      gateState: 'lockdown',
      alarm: 'tamper',
      relay: 'exitOpen',
    })
    const codes = ['1', '2', '3', '4', '5', '6', '7'].map((a) => parseGateState({ alarm: a }).alarm)
    expect(codes).toEqual([
      'openedAccidentally',
      'tamper',
      'duressPassword',
      'duressFingerprint',
      'duress',
      'infraredFault',
      'gateError',
    ])
    expect(parseGateState({ gateState: '0', alarm: '0', relay: '2' })).toMatchObject({
      gateState: 'notConnected',
      alarm: null,
      relay: 'entryOpen',
    })
  })

  it('says unknown for "None", unlisted codes and junk', () => {
    expect(parseGateState({ alarm: 'None', relay: 'None', gateState: '9' })).toMatchObject({
      alarm: 'unknown',
      relay: 'unknown',
      gateState: 'unknown',
    })
    expect(parseGateState(null)).toMatchObject({ gateId: '', connect: 'unknown' })
    expect(parseGateStates({ id: 'x' })).toHaveLength(1)
  })
})
