import { describe, expect, it } from 'vitest'
import { page } from '../../../electron/main/zkbio/schemas/primitives'
import {
  deviceSchema,
  personSchema,
  transactionSchema,
  visitorSchema,
} from '../../../electron/main/zkbio/schemas/records'

describe('record schemas', () => {
  it('turn missing and null optional fields into null', () => {
    const r = transactionSchema.parse({ id: 'x', eventTime: '2026-01-01 10:00:00' })
    expect(r).toMatchObject({
      id: 'x',
      pin: null,
      eventNo: null,
      eventLevel: null,
      gateType: null,
      logId: null,
    })
  })

  it('accept numbers as strings, strings as numbers and key case differences', () => {
    const r = transactionSchema.parse({
      ID: 5,
      EventTime: '2026-01-01 10:00:00',
      eventNo: '27',
      eventLevel: '1',
      logId: ' 12 ',
      Pin: 1001,
    })
    expect(r).toMatchObject({ id: '5', eventNo: 27, eventLevel: 1, logId: 12, pin: '1001' })
    expect(visitorSchema.parse({ pin: 800000001, enabled: 'true' })).toMatchObject({
      pin: '800000001',
      enabled: true,
    })
    expect(personSchema.parse({ pin: '1', isDisabled: 0, isSendMail: '1' })).toMatchObject({
      isDisabled: false,
      isSendMail: true,
    })
  })

  it('keep fields the schema does not know (newer servers add some)', () => {
    expect(transactionSchema.parse({ eventTime: 't', newField: 1 })).toMatchObject({ newField: 1 })
  })

  it('read both device state spellings (v1 state, v2 status) into enabled', () => {
    expect(deviceSchema.parse({ id: 'a', sn: 'S', state: '1' }).enabled).toBe(true)
    expect(deviceSchema.parse({ id: 'a', sn: 'S', status: '0' }).enabled).toBe(false)
    expect(deviceSchema.parse({ id: 'a', sn: 'S' }).enabled).toBeNull()
  })

  it('refuse a missing identifier or a wrong type', () => {
    expect(transactionSchema.safeParse({ id: 'x' }).success).toBe(false)
    expect(personSchema.safeParse({ name: 'no pin' }).success).toBe(false)
    expect(transactionSchema.safeParse({ eventTime: 't', eventNo: 'twenty' }).success).toBe(false)
    expect(transactionSchema.safeParse({ eventTime: { a: 1 } }).success).toBe(false)
  })

  it('refuse a v2 page whose data is not a list', () => {
    expect(page(transactionSchema).safeParse({ page: 0, size: 1, total: 1, data: {} }).success).toBe(false)
    expect(page(transactionSchema).safeParse({ page: 0, size: 1, total: 1, data: null }).success).toBe(false)
    expect(page(transactionSchema).safeParse({ page: 0, size: 1, data: [] }).success).toBe(false)
  })
})
