import { describe, expect, it } from 'vitest'
import { ALARM_KINDS } from '../../../electron/shared/guard/alarm-kinds'
import { compileEventPolicy, kindFromName } from '../../../electron/shared/guard/classify-event'
import { toEventRow, type EventRow } from '../../../electron/shared/guard/event-row'
import { SERVER_EVENT_NAMES } from '../../../electron/shared/guard/event-names'
import { foldText } from '../../../electron/shared/guard/text'

// No configured names: the shipped tables alone must recognise each server language's alarms.
const classify = compileEventPolicy({ alarmEventNames: [] })

const monitorRow = (eventName: string) =>
  toEventRow('access', {
    eventTime: '2026-11-29 16:35:41',
    devSn: '0564140100195',
    eventName,
    eventPointName: 'Main Entrance',
    readerName: 'Main Entrance-In',
    devName: 'C3-400',
  }) as EventRow

describe('server event-name tables', () => {
  it('ship the five server languages', () => {
    expect(Object.keys(SERVER_EVENT_NAMES).sort()).toEqual(['ar', 'en', 'es', 'pt-BR', 'zh-CN'])
  })

  it('every language names a forced door, a held door, tamper and duress', () => {
    for (const [lang, table] of Object.entries(SERVER_EVENT_NAMES)) {
      const kinds = new Set(Object.values(table))
      for (const kind of [
        'forcedOpen',
        'heldOpen',
        'tamper',
        'duress',
        'gateFault',
        'deviceOffline',
      ] as const)
        expect(kinds.has(kind), `${lang} lacks ${kind}`).toBe(true)
      for (const kind of kinds) expect(ALARM_KINDS).toContain(kind)
    }
  })

  it('no folded name means two different kinds across languages', () => {
    const seen = new Map<string, string>()
    for (const table of Object.values(SERVER_EVENT_NAMES))
      for (const [name, kind] of Object.entries(table)) {
        const folded = foldText(name)
        if (seen.has(folded)) expect(seen.get(folded), name).toBe(kind)
        seen.set(folded, kind)
      }
  })

  it('every shipped name raises its alarm from a monitor row (no eventNo, no eventLevel, no configuration)', () => {
    for (const [lang, table] of Object.entries(SERVER_EVENT_NAMES))
      for (const [name, kind] of Object.entries(table)) {
        const alarm = classify(monitorRow(name))
        expect(alarm?.kind, `${lang}: ${name}`).toBe(kind)
      }
  })

  it("a Spanish server's 'Apertura forzada' is a forced door, whatever its case and spacing", () => {
    expect(kindFromName('Apertura forzada')).toBe('forcedOpen')
    expect(kindFromName('  APERTURA   FORZADA ')).toBe('forcedOpen')
    const alarm = classify(monitorRow('Apertura forzada'))
    expect(alarm).toMatchObject({ kind: 'forcedOpen', priority: 'critical', targetName: 'Main Entrance' })
    expect(alarm?.detail).toContain('Apertura forzada')
  })

  it('recognises wordings the tables lack by their stems in each language', () => {
    expect(kindFromName('Alarma: puerta forzada')).toBe('forcedOpen')
    expect(kindFromName('Porta principal forçada')).toBe('forcedOpen')
    expect(kindFromName('前门被强行打开')).toBe('forcedOpen')
    expect(kindFromName('تم فتح باب المدخل بالقوة')).toBe('forcedOpen')
    expect(kindFromName('إنذار الإكراه')).toBe('duress')
  })

  it('ordinary events stay ordinary in every language', () => {
    for (const name of [
      'Apertura con verificación normal',
      'Usuario no registrado',
      'Abertura normal com verificação',
      '正常验证开门',
      '闸机正常通行',
      'فتح بالتحقق العادي',
    ])
      expect(classify(monitorRow(name)), name).toBeNull()
  })
})
