import { describe, expect, it } from 'vitest'
import { compileEventPolicy, kindFromName } from '../../../electron/shared/guard/classify-event'
import { eventKey } from '../../../electron/shared/guard/event-key'
import { toEventRow, type EventRow } from '../../../electron/shared/guard/event-row'

const DEFAULT_NAMES = [
  'Door Opened Forcefully',
  'Door Open Timeout',
  'Apertura forzada de puerta',
  'Usuario no registrado',
]
const classify = compileEventPolicy({ alarmEventNames: DEFAULT_NAMES })

const monitorRow = (over: Record<string, unknown> = {}) =>
  toEventRow('access', {
    eventTime: '2026-11-29 16:35:41',
    pin: '',
    areaName: 'Area',
    cardNo: '9606650',
    devSn: '0564140100195',
    verifyModeName: 'card or fingerprint',
    eventName: 'card is not registered',
    eventPointName: '192.168.218.11-1',
    readerName: '192.168.218.11-1- out',
    devName: '192.168.218.11(0566141900209)',
    ...over,
  }) as EventRow

describe('toEventRow', () => {
  it('normalises a monitor row without id or eventNo', () => {
    const row = monitorRow()
    expect(row.id).toBeNull()
    expect(row.eventNo).toBeNull()
    expect(row.eventLevel).toBeNull()
    expect(row.pointName).toBe('192.168.218.11-1')
    expect(row.pin).toBeNull()
  })
  it('reads v2 rows with numeric strings and case-variant keys', () => {
    const row = toEventRow('access', {
      EventTime: '2023-01-12 15:05:56',
      eventNo: '102',
      eventLevel: '2',
      doorName: 'D1',
      Name: 'Ann',
      lastName: 'Lee',
    })!
    expect(row.eventNo).toBe(102)
    expect(row.eventLevel).toBe(2)
    expect(row.pointName).toBe('D1')
    expect(row.personName).toBe('Ann Lee')
  })
  it('refuses a row without event time instead of inventing one', () => {
    expect(toEventRow('access', { eventName: 'x' })).toBeNull()
    expect(toEventRow('access', null)).toBeNull()
    expect(toEventRow('access', ['a'])).toBeNull()
  })
  it('ignores an out-of-range eventLevel', () => {
    expect(toEventRow('access', { eventTime: '2023-01-12 15:05:56', eventLevel: 7 })!.eventLevel).toBeNull()
  })
})

describe('eventKey', () => {
  it('is the same for the monitor row and the v2 list row of one event', () => {
    const monitor = monitorRow({ eventName: 'Door Opened Forcefully', readerName: null })
    const list = toEventRow('access', {
      id: '8a888e2385a383f80185a4ccbe870037',
      eventTime: '2026-11-29 16:35:41',
      pin: '',
      cardNo: '9606650',
      devSn: '0564140100195',
      eventName: 'door opened  forcefully',
      doorName: '192.168.218.11-1',
      eventPointName: '192.168.218.11-1 ',
      logId: 161,
      eventNo: 102,
      eventLevel: 2,
    })!
    expect(eventKey(list)).toBe(eventKey(monitor))
  })
  it('differs for different streams, times, doors or persons', () => {
    const base = monitorRow()
    expect(eventKey(monitorRow({ eventTime: '2026-11-29 16:35:42' }))).not.toBe(eventKey(base))
    expect(eventKey(monitorRow({ eventPointName: '192.168.218.11-2' }))).not.toBe(eventKey(base))
    expect(eventKey(monitorRow({ pin: '7' }))).not.toBe(eventKey(base))
    expect(eventKey({ ...base, stream: 'gate' })).not.toBe(eventKey(base))
  })
})

describe('classifyEvent', () => {
  it('uses a known alarm eventNo first (forced open is critical)', () => {
    const c = classify(monitorRow({ eventNo: 102, eventLevel: 0, eventName: 'whatever' }))!
    expect(c.kind).toBe('forcedOpen')
    expect(c.priority).toBe('critical')
    expect(c.key).toBe('door|192.168.218.11-1|forcedOpen')
  })
  it('maps duress event numbers 101, 103, 104 to duress', () => {
    for (const no of [101, 103, 104]) expect(classify(monitorRow({ eventNo: no }))!.kind).toBe('duress')
  })
  it('trusts eventLevel when there is no known eventNo', () => {
    expect(classify(monitorRow({ eventNo: 9999, eventLevel: 2, eventName: 'Strange thing' }))!.kind).toBe(
      'accessAlarm',
    )
    expect(
      classify(monitorRow({ eventNo: 23, eventLevel: 1, eventName: 'Door Opened Forcefully' })),
    ).toBeNull()
    expect(classify(monitorRow({ eventNo: 0, eventLevel: 0, eventName: 'Normal Verify Open' }))).toBeNull()
  })
  it('falls back to the configured names (localised, case and accents folded) without eventLevel', () => {
    expect(classify(monitorRow({ eventName: 'USUARIO NO REGISTRADO' }))!.kind).toBe('accessAlarm')
    expect(classify(monitorRow({ eventName: 'Apertura forzada de puerta' }))!.kind).toBe('forcedOpen')
    expect(classify(monitorRow({ eventName: 'Normal Verify Open' }))).toBeNull()
  })
  it('recognises built-in alarm wording even when the list misses it', () => {
    expect(classify(monitorRow({ eventName: 'Tamper Alarm' }))!.kind).toBe('tamper')
    expect(classify(monitorRow({ eventName: 'Apertura con contraseña de coacción' }))!.kind).toBe('duress')
    expect(kindFromName('Puerta abierta a la fuerza')).toBe('forcedOpen')
  })
  it('makes gate-stream alarms gate alarms and device events device alarms', () => {
    const gate = classify({
      ...monitorRow({ eventNo: 111, eventName: 'Infrared Ray Exception' }),
      stream: 'gate',
    })!
    expect(gate.targetType).toBe('gate')
    expect(gate.kind).toBe('gateFault')
    const device = classify(monitorRow({ eventNo: 700, eventName: 'Connection abort', eventPointName: '' }))!
    expect(device.targetType).toBe('device')
    expect(device.key).toBe('device|0564140100195|deviceOffline')
  })
  it('raises abnormal temperature rows only', () => {
    const hep = (status: string | null, temperature: number) =>
      toEventRow('temperature', {
        eventTime: '2026-11-29 10:00:00',
        eventPointName: 'D',
        status,
        temperature,
        eventName: 'x',
      })!
    expect(classify(hep('Abnormal', 38.2))!.kind).toBe('temperature')
    expect(classify(hep('Normal', 36.6))).toBeNull()
    expect(classify(hep(null, 37.9))!.title).toContain('37.9')
    expect(classify(hep(null, 36.9))).toBeNull()
  })
})
