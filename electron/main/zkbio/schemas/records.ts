/**
 * Response records of the manual (section numbers in comments). Identifiers are required where the
 * record is useless without them; descriptive fields are optional and become null when missing.
 */
import { z } from 'zod'
import { num, optBool, optNum, optStr, record, str } from './primitives'

// 2.1, 2.2, 2.16, 2.32: level groups.
export const levelSchema = record({ id: str, name: optStr })
export type Level = z.output<typeof levelSchema>

// 2.4
export const cardSchema = record({ pin: optStr, cardNo: str, cardType: optStr })
export type Card = z.output<typeof cardSchema>

// 2.5
export const departmentSchema = record({ code: str, name: optStr, parentCode: optStr })
export type Department = z.output<typeof departmentSchema>

// 2.6
export const mediaSchema = record({
  id: optStr,
  mediaName: optStr,
  mediaSize: optStr,
  mediaSuffix: optStr,
  mediaType: optStr,
  mediaPath: optStr,
})
export type Media = z.output<typeof mediaSchema>

// 2.7, 2.28.3
export const areaSchema = record({ id: optStr, code: str, name: optStr })
export type Area = z.output<typeof areaSchema>

// 2.9, 2.10, 2.22, 2.29, 2.30: devices. The manual says `state` in v1 and `status` in v2.
export const deviceSchema = record({
  id: str,
  sn: str,
  name: optStr,
  type: optStr,
  state: optStr,
  status: optStr,
  module: optStr,
  gateType: optStr,
}).transform((d) => ({
  ...d,
  enabled: (d.state ?? d.status) === null ? null : (d.state ?? d.status) === '1',
}))
export type Device = z.output<typeof deviceSchema>

// 2.11.4-2.11.5, 2.11.10
export const doorSchema = record({ id: str, name: optStr, deviceId: optStr })
export type Door = z.output<typeof doorSchema>

// 2.12
export const floorSchema = record({ id: str, floorNo: optNum, name: optStr, deviceId: optStr })
export type Floor = z.output<typeof floorSchema>

// 2.13
export const personSchema = record({
  id: optStr,
  pin: str,
  deptCode: optStr,
  deptName: optStr,
  name: optStr,
  lastName: optStr,
  gender: optStr,
  cardNo: optStr,
  supplyCards: optStr,
  birthday: optStr,
  personPhoto: optStr,
  vislightPhoto: optStr,
  vislightPhotoPath: optStr,
  photoPath: optStr,
  mobilePhone: optStr,
  email: optStr,
  certType: optStr,
  certNumber: optStr,
  carPlate: optStr,
  ssn: optStr,
  accLevelIds: optStr,
  accStartTime: optStr,
  accEndTime: optStr,
  hireDate: optStr,
  isDisabled: optBool,
  isSendMail: optBool,
})
export type Person = z.output<typeof personSchema>

// 2.14, 2.33: readers (access readers carry doorId, gate readers gateId).
export const readerSchema = record({
  id: str,
  doorId: optStr,
  gateId: optStr,
  name: optStr,
  readerNo: optNum,
  readerState: optNum,
})
export type Reader = z.output<typeof readerSchema>

// 2.18, 2.19, 2.21, 2.26, 2.34: transaction rows share most fields; monitor rows have no id.
export const transactionSchema = record({
  id: optStr,
  eventTime: str,
  pin: optStr,
  name: optStr,
  lastName: optStr,
  deptName: optStr,
  areaName: optStr,
  cardNo: optStr,
  devSn: optStr,
  verifyModeName: optStr,
  eventName: optStr,
  eventPointName: optStr,
  readerName: optStr,
  accZone: optStr,
  devName: optStr,
  logId: optNum,
  eventNo: optNum,
  eventLevel: optNum,
  doorName: optStr,
  capturePhotoBase64: optStr,
  gateType: optNum,
})
export type Transaction = z.output<typeof transactionSchema>

// 2.26 temperature rows
export const hepTransactionSchema = z.intersection(
  transactionSchema,
  record({ eventNumber: optStr, photoPath: optStr, maskFlag: optStr, temperature: optNum, status: optStr }),
)
export type HepTransaction = z.output<typeof hepTransactionSchema>

// 2.18.8-2.18.9
export const firstInLastOutSchema = record({
  id: optStr,
  pin: str,
  name: optStr,
  lastName: optStr,
  deptCode: optStr,
  deptName: optStr,
  readerNameIn: optStr,
  firstInTime: optStr,
  readerNameOut: optStr,
  lastOutTime: optStr,
})
export type FirstInLastOut = z.output<typeof firstInLastOutSchema>

// 2.18.10-2.18.12 (the `ret` envelope): names differ from the other transaction lists.
export const doorTransactionSchema = record({
  id: optStr,
  eventNo: optNum,
  eventName: optStr,
  eventTime: optStr,
  doorName: optStr,
  personPin: optStr,
  pin: optStr,
  personName: optStr,
  personLastName: optStr,
  devSn: optStr,
  logId: optNum,
  eventLevel: optNum,
})
export type DoorTransaction = z.output<typeof doorTransactionSchema>

// 2.20
export const parkRecordSchema = record({
  id: str,
  parkAreaName: optStr,
  name: optStr,
  carNumber: optStr,
  carTypeName: optStr,
  channelName: optStr,
  channelState: optStr,
  eventType: optStr,
  checkInTime: optStr,
  checkOutTime: optStr,
})
export type ParkRecord = z.output<typeof parkRecordSchema>

// 2.23.4
export const leaveTypeSchema = record({ leaveTypeNo: str, leaveTypeName: optStr })
export type LeaveType = z.output<typeof leaveTypeSchema>

// 2.25.4
export const bioTemplateSchema = record({
  id: optStr,
  personId: optStr,
  validType: optNum,
  bioType: optNum,
  version: optStr,
  template: str,
  templateNo: optNum,
  templateNoIndex: optNum,
})
export type BioTemplate = z.output<typeof bioTemplateSchema>

// 2.31.4-2.31.6
export const gateSchema = record({ id: str, name: optStr, deviceId: optStr })
export type Gate = z.output<typeof gateSchema>

// FIELD-NOTES: v1.2 visitor endpoints
export const visitorSchema = record({
  pin: str,
  certType: optStr,
  certNumber: optStr,
  name: optStr,
  lastName: optStr,
  company: optStr,
  phone: optStr,
  email: optStr,
  enabled: optBool,
})
export type Visitor = z.output<typeof visitorSchema>

export const visitRecordSchema = record({
  id: optStr,
  visEmpPin: optStr,
  visEmpName: optStr,
  certType: optStr,
  certNum: optStr,
  certNumber: optStr,
  startTime: optStr,
  endTime: optStr,
  persPersonPin: optStr,
  visitedEmpDept: optStr,
  phone: optStr,
  company: optStr,
  /** Sent by servers that name the host in the record (not in the field notes; read when present). */
  persPersonName: optStr,
  visitReason: optStr,
  visitorCount: optNum,
})
export type VisitRecord = z.output<typeof visitRecordSchema>

/** A count sometimes returned by writes (e.g. leave duration); tolerant. */
export const countSchema = num
