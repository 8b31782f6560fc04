/**
 * One access, gate or temperature transaction row, normalised from whichever endpoint sent it: monitor
 * rows (no id, no eventNo for access), v2 list rows (id, logId, eventNo, eventLevel, doorName) and hep
 * rows (eventNumber, temperature, maskFlag). Keys are matched case-insensitively; nothing throws.
 */
import type { EventStream } from '../contract/guard'
import { optionalNumber, optionalText } from './text'

export interface EventRow {
  stream: EventStream
  id: string | null
  serverTime: string
  eventNo: number | null
  eventLevel: number | null
  eventName: string
  pointName: string | null
  readerName: string | null
  deviceName: string | null
  deviceSn: string | null
  areaName: string | null
  pin: string | null
  personName: string | null
  cardNo: string | null
  verifyMode: string | null
  logId: number | null
  temperature: number | null
  maskFlag: string | null
  tempStatus: string | null
  photoPath: string | null
}

function lowerKeys(raw: unknown): Record<string, unknown> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {}
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    const key = k.toLowerCase()
    if (!(key in out) || out[key] === null || out[key] === undefined) out[key] = v
  }
  return out
}

/** Returns null for a row without an event time (it cannot be placed or de-duplicated). */
export function toEventRow(stream: EventStream, raw: unknown): EventRow | null {
  const r = lowerKeys(raw)
  const serverTime = optionalText(r.eventtime)
  if (!serverTime) return null
  const level = optionalNumber(r.eventlevel)
  const first = optionalText(r.name ?? r.personname)
  const last = optionalText(r.lastname ?? r.personlastname)
  const personName = [first, last].filter(Boolean).join(' ') || null
  return {
    stream,
    id: optionalText(r.id),
    serverTime: serverTime.replace('T', ' '),
    eventNo: optionalNumber(r.eventno),
    eventLevel: level !== null && level >= 0 && level <= 2 ? Math.trunc(level) : null,
    eventName: optionalText(r.eventname) ?? '',
    pointName: optionalText(r.eventpointname) ?? optionalText(r.doorname),
    readerName: optionalText(r.readername),
    deviceName: optionalText(r.devname),
    deviceSn: optionalText(r.devsn),
    areaName: optionalText(r.areaname),
    pin: optionalText(r.pin ?? r.personpin),
    personName,
    cardNo: optionalText(r.cardno),
    verifyMode: optionalText(r.verifymodename),
    logId: optionalNumber(r.logid),
    temperature: optionalNumber(r.temperature),
    maskFlag: optionalText(r.maskflag),
    tempStatus: optionalText(r.status),
    photoPath: optionalText(r.photopath),
  }
}
