import { formatDateTime } from '../lib/dates.ts'
import type { SimEvent } from '../state/events.ts'

// How log entries look in each family of transaction endpoints (manual 2.18, 2.19, 2.21, 2.26, 2.34).

/** Event times are formatted once: lists format the same events again and again. */
const timeTexts = new WeakMap<SimEvent, string>()
function eventTime(e: SimEvent): string {
  let text = timeTexts.get(e)
  if (text === undefined) timeTexts.set(e, (text = formatDateTime(e.time)))
  return text
}

/** 2.18.1/2.18.3 v1 list row */
export function accRowV1(e: SimEvent) {
  return {
    id: e.id,
    eventTime: eventTime(e),
    pin: e.pin,
    name: e.name,
    lastName: e.lastName,
    deptName: e.deptName,
    areaName: e.areaName,
    cardNo: e.cardNo,
    devSn: e.devSn,
    verifyModeName: e.verifyModeName,
    eventName: e.eventName,
    eventPointName: e.eventPointName,
    readerName: e.readerName,
    accZone: null,
    devName: e.devName,
    logId: e.logId,
  }
}

/** 2.18.2/2.18.4 v2 row: adds eventNo, eventLevel (0 normal, 1 warning, 2 alarm), doorName, photo */
export function accRowV2(e: SimEvent) {
  return {
    id: e.id,
    eventTime: eventTime(e),
    pin: e.pin,
    name: e.name,
    lastName: e.lastName,
    deptName: e.deptName,
    areaName: e.areaName,
    cardNo: e.cardNo,
    devSn: e.devSn,
    verifyModeName: e.verifyModeName,
    eventName: e.eventName,
    eventPointName: e.eventPointName,
    readerName: e.readerName,
    accZone: null,
    devName: e.devName,
    logId: e.logId,
    eventNo: e.eventNo,
    eventLevel: e.eventLevel,
    doorName: e.eventPointName,
    capturePhotoBase64: '',
  }
}

/** 2.18.5 monitor row: no id, logId or eventNo (FIELD-NOTES) */
export function accMonitorRow(e: SimEvent) {
  return {
    eventTime: eventTime(e),
    pin: e.pin,
    areaName: e.areaName,
    cardNo: e.cardNo,
    devSn: e.devSn,
    verifyModeName: e.verifyModeName,
    eventName: e.eventName,
    eventPointName: e.eventPointName,
    readerName: e.readerName,
    devName: `${e.devName}(${e.devSn})`,
  }
}

/** 2.34 entrance-control row */
export function psgRow(e: SimEvent, id: string | null = e.id) {
  return {
    id,
    eventTime: eventTime(e),
    pin: e.pin,
    name: e.name,
    lastName: e.lastName,
    deptName: e.deptName,
    areaName: e.areaName,
    cardNo: e.cardNo,
    devSn: e.devSn,
    verifyModeName: e.verifyModeName,
    eventName: e.eventName,
    eventPointName: e.eventPointName,
    readerName: e.readerName,
    devName: e.devName,
    logId: e.logId,
    eventNo: e.eventNo,
    gateType: e.gateType ?? 0,
  }
}

/** 2.26 temperature row; the monitor variant has id "" */
export function hepRow(e: SimEvent, monitor = false) {
  const base = {
    id: monitor ? '' : e.id,
    eventTime: eventTime(e),
    pin: e.pin || '0',
    name: e.pin ? e.name : 'UnregisterUser',
    lastName: e.lastName,
    deptName: e.deptName || 'NULL',
    areaName: e.areaName,
    cardNo: e.cardNo || null,
    devSn: e.devSn,
  }
  const tail = {
    eventNumber: e.eventNumber ?? '315',
    photoPath: e.photoPath ?? '',
    maskFlag: e.maskFlag ?? null,
    temperature: e.temperature ?? null,
    status: e.tempStatus ?? 'Unmeasured',
  }
  if (monitor)
    return { ...base, eventName: e.eventName, eventPointName: e.eventPointName, devName: e.devName, ...tail }
  return {
    ...base,
    verifyModeName: e.verifyModeName,
    eventName: e.eventName,
    eventPointName: e.eventPointName,
    readerName: e.readerName,
    accZone: null,
    devName: e.devName,
    logId: e.logId,
    ...tail,
  }
}

/** 2.18.10 getDoorTransactions v1 row: eventLevel is a string in this family (FIELD-NOTES) */
export function doorTransactionRow(e: SimEvent) {
  return {
    id: e.id,
    eventNo: e.eventNo,
    eventName: e.eventName,
    eventTime: eventTime(e),
    doorName: e.eventPointName,
    personPin: e.pin,
    personName: e.name,
    areaName: e.areaName,
    personLastName: e.lastName,
    eventLevel: String(e.eventLevel),
  }
}

export function doorTransactionDetail(e: SimEvent) {
  return {
    id: e.id,
    eventNo: e.eventNo,
    eventName: e.eventName,
    eventTime: eventTime(e),
    doorName: e.eventPointName || null,
    personPin: e.pin || null,
    personName: e.name || null,
    areaName: e.areaName,
    personLastName: e.lastName || null,
    devName: e.devName,
    cardNo: e.cardNo || null,
    readerName: e.readerName,
    verifyModeName: e.verifyModeName,
    eventLevel: String(e.eventLevel),
  }
}
