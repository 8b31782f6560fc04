import type { HistoryRow } from '../../shared/contract/guard-ops'
import type { Transaction } from '../zkbio/schemas/records'
import { translate } from '../i18n'

/** One v2 transaction row in the shape the history table and the CSV use. */
export function toHistoryRow(t: Transaction): HistoryRow {
  const name = [t.name, t.lastName].filter((part) => part && part.trim()).join(' ')
  return {
    eventTime: t.eventTime,
    eventName: t.eventName ?? '',
    eventNo: t.eventNo ?? null,
    eventLevel: t.eventLevel ?? null,
    pointName: (t.eventPointName ?? t.doorName ?? '').trim(),
    readerName: (t.readerName ?? '').trim(),
    deviceName: t.devName ?? '',
    deviceSn: t.devSn ?? '',
    areaName: t.areaName ?? '',
    pin: t.pin ?? '',
    personName: name,
    cardNo: t.cardNo ?? '',
    verifyMode: t.verifyModeName ?? '',
  }
}

const HISTORY_COLUMNS = [
  'time',
  'event',
  'level',
  'point',
  'reader',
  'device',
  'deviceSn',
  'area',
  'pin',
  'person',
  'card',
  'verification',
] as const

/** The export's header row in the current language (machine values in the rows stay as the server gave them). */
export function historyCsvHeader(): string[] {
  return HISTORY_COLUMNS.map((c) => translate(`server.csv.history.${c}`))
}

export function historyCsvCells(r: HistoryRow): (string | number | null)[] {
  const word = (['normal', 'warning', 'alarm'] as const)[r.eventLevel ?? -1]
  const level = r.eventLevel === null ? '' : word ? translate(`events.level.${word}`) : String(r.eventLevel)
  return [
    r.eventTime,
    r.eventName,
    level,
    r.pointName,
    r.readerName,
    r.deviceName,
    r.deviceSn,
    r.areaName,
    r.pin,
    r.personName,
    r.cardNo,
    r.verifyMode,
  ]
}

/** The v2 list has no door filter: a door/gate name narrows the rows of each page (case-insensitive). */
export function matchesPoint(row: HistoryRow, pointName: string | undefined): boolean {
  if (!pointName) return true
  return row.pointName.toLowerCase().includes(pointName.toLowerCase())
}
