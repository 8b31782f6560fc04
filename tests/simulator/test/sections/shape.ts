// Shapes of the manual's example responses (fields and JSON types), as zod schemas, and the expect
// helpers the section tests use. Objects are not strict: a server may add fields, never drop or retype
// the documented ones. Where the manual's own examples disagree (a field shown as a number in one
// example and a string in another, or null), the schema accepts what the manual shows.
import { z } from 'zod'
import { expect } from 'vitest'
import type { ApiResponse } from './client'

const str = z.string()
const nstr = z.string().nullable()
/** The manual shows ids as 32-hex strings, and as numbers in a few examples (2.7.1, 2.18.6, 2.25.4). */
const idLike = z.union([z.string(), z.number()])

// Envelopes ---------------------------------------------------------------------------------------

/** {code, message, data}: FIELD-NOTES says read `message` or `msg`. */
export function codeEnvelope<T extends z.ZodType>(data: T) {
  return z
    .object({ code: z.number(), message: z.string().optional(), msg: z.string().optional(), data })
    .refine((v) => v.message !== undefined || v.msg !== undefined, 'no message/msg text')
}

export function v2Page<T extends z.ZodType>(item: T) {
  return z.object({
    page: z.number(),
    size: z.number(),
    total: z.number(),
    data: z.array(item),
    offset: z.number(),
    lastPage: z.boolean(),
  })
}

export function retEnvelope<T extends z.ZodType>(data: T) {
  return z.object({
    ret: z.enum(['ok', 'fail']),
    msg: z.string(),
    data,
    i18nArgs: z.unknown(),
    success: z.boolean().optional(),
  })
}

// Records of the manual's examples -----------------------------------------------------------------

export const level = z.object({ id: str, name: str }) // 2.1.2, 2.2.2, 2.32.2
export const card = z.object({ pin: str, cardNo: str, cardType: str }) // 2.4.1
export const department = z.object({ name: str, code: str, parentCode: nstr }) // 2.5.3
export const media = z.object({
  id: str,
  mediaName: str,
  mediaSize: str,
  mediaSuffix: str,
  mediaType: str,
  mediaPath: str,
}) // 2.6.3
export const area = z.object({ id: idLike, code: str, name: str }) // 2.7.1, 2.7.2, 2.28.3
/** v1 device lists carry `state`, v2 lists and 2.22/2.29/2.30.2 carry `status` (manual examples). */
export const deviceV1 = z.object({ id: str, sn: str, name: str, type: str, state: str, module: str }) // 2.9.1
export const deviceV2 = z.object({ id: str, sn: str, name: str, type: str, status: str, module: str }) // 2.9.3
export const psgDeviceV1 = deviceV1.extend({ gateType: str }) // 2.30.1
export const psgDeviceV2 = deviceV2.extend({ gateType: str }) // 2.30.2, 2.30.3
export const door = z.object({ id: str, name: str, deviceId: str }) // 2.11.4
export const doorState = z.object({
  id: str,
  name: str,
  deviceId: str,
  connect: z.enum(['0', '1', '2']),
  sensor: str,
  alarm: str,
  relay: str,
}) // 2.11.1
export const floor = z.object({ id: str, floorNo: z.number(), name: str, deviceId: str }) // 2.12.1
export const person = z.object({
  pin: str,
  deptCode: str,
  deptName: str,
  name: str,
  lastName: str,
  gender: str,
  cardNo: str,
}) // 2.13.3
export const personListItem = person.extend({
  personPhoto: str,
  vislightPhoto: str,
  vislightPhotoPath: str,
}) // 2.13.4
export const personV2 = z.object({
  id: str,
  pin: str,
  deptCode: str,
  deptName: str,
  name: str,
  lastName: str,
  gender: str,
  birthday: nstr,
  cardNo: str,
  supplyCards: str,
  personPhoto: str,
  selfPwd: str,
  isSendMail: z.boolean(),
  mobilePhone: str,
  personPwd: str,
  carPlate: nstr,
  email: str,
  ssn: nstr,
  accLevelIds: str,
  accStartTime: nstr,
  accEndTime: nstr,
  certType: str,
  certNumber: str,
  photoPath: str,
  hireDate: nstr,
  isDisabled: z.boolean(),
  vislightPhoto: str,
  vislightPhotoPath: str,
}) // 2.13.9
export const reader = z.object({
  id: str,
  doorId: str,
  name: str,
  readerNo: z.number(),
  readerState: z.number(),
}) // 2.14
export const psgReader = z.object({
  id: str,
  gateId: str,
  name: str,
  readerNo: z.number(),
  readerState: z.number(),
}) // 2.33
/** 2.18.1, 2.18.3, 2.18.6, 2.19.1, 2.21.1: logId has "a value if device supports it". */
export const transaction = z.object({
  id: idLike,
  eventTime: str,
  pin: str,
  name: str,
  lastName: str,
  deptName: str,
  areaName: str,
  cardNo: str,
  devSn: str,
  verifyModeName: str,
  eventName: str,
  eventPointName: str,
  readerName: str,
  devName: str,
  logId: z.number().nullable(),
})
export const transactionV2 = transaction.extend({
  id: str,
  accZone: nstr,
  eventNo: z.number(),
  eventLevel: z.number(),
  doorName: str,
  capturePhotoBase64: str,
}) // 2.18.2, 2.18.4, 2.18.7, 2.18.13
export const monitorRow = z.object({
  eventTime: str,
  pin: str,
  areaName: str,
  cardNo: str,
  devSn: str,
  verifyModeName: str,
  eventName: str,
  eventPointName: str,
  readerName: str,
  devName: str,
}) // 2.18.5
export const firstInLastOut = z.object({
  id: str,
  pin: str,
  name: str,
  lastName: str,
  deptCode: str,
  deptName: str,
  readerNameIn: nstr,
  firstInTime: nstr,
  readerNameOut: nstr,
  lastOutTime: nstr,
}) // 2.18.8, 2.18.9
/** 2.18.10: eventLevel is a string in the `ret` endpoints (FIELD-NOTES). */
export const doorTransactionRet = z.object({
  id: str,
  eventNo: z.number(),
  eventName: str,
  eventTime: str,
  personPin: nstr,
  personName: nstr,
  personLastName: nstr,
  eventLevel: str,
})
export const doorTransactionDetail = z.object({
  id: str,
  eventNo: z.number(),
  eventName: str,
  eventTime: str,
  doorName: nstr,
  personPin: nstr,
  personName: nstr,
  areaName: nstr,
  personLastName: nstr,
  devName: nstr,
  cardNo: nstr,
  readerName: nstr,
  verifyModeName: nstr,
  /** Not in the manual's example; when present, a string like in the other ret endpoints (FIELD-NOTES). */
  eventLevel: z.string().optional(),
}) // 2.18.12
export const eleTransactionV2 = transaction // 2.19.2 shows the v1 fields only
export const parkRecordIn = z.object({
  id: str,
  parkAreaName: str,
  carNumber: str,
  carTypeName: str,
  channelName: str,
  channelState: str,
  eventType: str,
  checkInTime: str,
}) // 2.20.2
export const parkRecordOut = parkRecordIn.omit({ checkInTime: true }).extend({ checkOutTime: str }) // 2.20.3
export const attDevice = deviceV2 // 2.22.1
export const leaveType = z.object({ leaveTypeNo: str, leaveTypeName: str }) // 2.23.4
export const bioTemplate = z.object({
  id: idLike,
  personId: str,
  validType: z.number(),
  bioType: z.number(),
  version: str,
  template: str,
  templateNo: str,
  templateNoIndex: z.number(),
}) // 2.25.4
export const hepTransaction = z.object({
  id: str,
  eventTime: str,
  pin: str,
  name: str,
  lastName: str,
  deptName: str,
  areaName: str,
  cardNo: nstr,
  devSn: str,
  verifyModeName: nstr,
  eventName: str,
  eventPointName: str,
  readerName: nstr,
  accZone: nstr,
  devName: str,
  logId: z.number().nullable(),
  eventNumber: str,
  photoPath: str,
  maskFlag: nstr,
  temperature: z.number(),
  status: str,
}) // 2.26.1
export const hepMonitorRow = z.object({
  id: str,
  eventTime: str,
  pin: str,
  name: str,
  lastName: str,
  deptName: str,
  areaName: str,
  cardNo: nstr,
  devSn: str,
  eventName: str,
  eventPointName: str,
  devName: str,
  eventNumber: str,
  photoPath: str,
  maskFlag: nstr,
  temperature: z.number(),
  status: str,
}) // 2.26.2
export const gateState = z.object({
  id: str,
  name: str,
  deviceId: str,
  connect: z.enum(['0', '1', '2']),
  gateState: z.enum(['0', '1', '2', '3']),
  alarm: z.enum(['0', '1', '2', '3', '4', '5', '6', '7', 'None']),
  relay: z.enum(['0', '1', '2', 'None']),
}) // 2.31.1
export const gate = z.object({ id: str, name: str, deviceId: str }) // 2.31.4
/** 2.34.x rows; the monitor's id is null ("not stored in database yet"). */
export const psgTransaction = transaction.extend({
  id: nstr,
  eventNo: z.number(),
  gateType: z.number(),
})
export const visitor = z.object({
  pin: str,
  certType: str,
  certNumber: str,
  name: str,
  lastName: nstr,
  company: nstr,
  phone: nstr,
  email: nstr,
  enabled: z.union([z.boolean(), str, z.number()]),
}) // FIELD-NOTES visVisitor/getVisitorList
export const visitRecord = z.object({
  visEmpPin: str,
  startTime: str,
  endTime: nstr,
  persPersonPin: str,
  visitedEmpDept: nstr,
}) // FIELD-NOTES v2/visRegistration/getTransactionList

// Expect helpers ----------------------------------------------------------------------------------

const anyCode = z.object({ code: z.number() }).loose()

function describeResponse(res: ApiResponse): string {
  return `HTTP ${res.status}: ${res.text.slice(0, 300)}`
}

/** Asserts `value` has the schema's shape; the message names where in the manual the shape comes from. */
export function expectShape<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    expect.fail(
      `${where}: shape differs from the manual:\n${z.prettifyError(parsed.error)}\n` +
        `got: ${JSON.stringify(value)?.slice(0, 400)}`,
    )
  }
  return parsed.data as z.infer<T>
}

/** The code of a {code, message, data} answer (fails when the answer is not one). */
export function codeOf(res: ApiResponse): number {
  const parsed = anyCode.safeParse(res.json)
  if (res.status !== 200 || !parsed.success)
    expect.fail(`expected a code envelope, got ${describeResponse(res)}`)
  return parsed.data.code
}

/** Asserts success (code 0) and the data's shape; returns the typed data. */
export function expectOk<T extends z.ZodType>(res: ApiResponse, data: T, where: string): z.infer<T> {
  const code = codeOf(res)
  if (code !== 0) expect.fail(`${where}: expected code 0, got ${describeResponse(res)}`)
  const envelope = expectShape(codeEnvelope(data), res.json, where)
  return (envelope as { data: unknown }).data as z.infer<T>
}

/** Asserts a v2 paged success; returns the page object. */
export function expectV2<T extends z.ZodType>(res: ApiResponse, item: T, where: string) {
  return expectOk(res, v2Page(item), where)
}

/** Asserts a documented error code (one of `codes` where the manual leaves the choice open). */
export function expectCode(res: ApiResponse, codes: number | readonly number[], where: string): void {
  const wanted = typeof codes === 'number' ? [codes] : codes
  const code = codeOf(res)
  if (!wanted.includes(code)) {
    expect.fail(`${where}: expected code ${wanted.join(' or ')}, got ${describeResponse(res)}`)
  }
  // A failure still carries the envelope's text field.
  const body = res.json as Record<string, unknown>
  expect(typeof body.message === 'string' || typeof body.msg === 'string', `${where}: message text`).toBe(
    true,
  )
}

/** Asserts a `ret` envelope answer with ret 'ok' and the data's shape. */
export function expectRetOk<T extends z.ZodType>(res: ApiResponse, data: T, where: string): z.infer<T> {
  if (res.status !== 200) expect.fail(`${where}: ${describeResponse(res)}`)
  const envelope = expectShape(retEnvelope(data), res.json, where)
  if (envelope.ret !== 'ok') expect.fail(`${where}: expected ret ok, got ${describeResponse(res)}`)
  return (envelope as { data: unknown }).data as z.infer<T>
}

/** A date-time the way the server writes them: 'yyyy-MM-dd HH:mm:ss'. */
export const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/

/**
 * A lookup of an unknown id or serial number: the appendix code, or (FIELD-NOTES: "passing a placeholder
 * where an id is expected fails quietly on real servers") success with null or empty data.
 */
export function expectMissing(res: ApiResponse, code: number, where: string): void {
  const value = codeOf(res)
  if (value === code) return
  const data = (res.json as { data?: unknown }).data
  const emptyPage = (d: unknown) => {
    const page = d as { total?: unknown; data?: unknown } | null
    return !!page && page.total === 0 && Array.isArray(page.data) && page.data.length === 0
  }
  const quiet =
    value === 0 && (data === null || (Array.isArray(data) && data.length === 0) || emptyPage(data))
  if (!quiet)
    expect.fail(`${where}: expected code ${code} or a quiet empty answer, got ${describeResponse(res)}`)
}
