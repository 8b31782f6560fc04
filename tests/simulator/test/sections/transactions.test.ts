// 2.18 access, 2.19 elevator, 2.21 attendance, 2.26 temperature and 2.34 entrance control transactions:
// shapes of the manual's examples (code, v2 and ret envelopes), time filters (-100/-101), unknown persons
// (-22), and the monitor's per-timestamp session semantics of FIELD-NOTES.
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { control } from './client'
import { at, useSimulator } from './harness'
import {
  DATE_TIME,
  deviceV1,
  doorTransactionDetail,
  doorTransactionRet,
  expectCode,
  expectMissing,
  expectOk,
  expectRetOk,
  expectShape,
  expectV2,
  firstInLastOut,
  hepMonitorRow,
  hepTransaction,
  monitorRow,
  psgDeviceV1,
  psgTransaction,
  retEnvelope,
  transaction,
  transactionV2,
  v2Page,
} from './shape'

const h = useSimulator()
const UNKNOWN_PIN = '987654321987'
const PAGE = { pageNo: 1, pageSize: 50 }
let accSn = ''
let psgSn = ''
let somePin = ''
let doorId = ''
let gateId = ''

beforeAll(async () => {
  accSn = expectOk(await h.api.get('/api/device/accList', PAGE), z.array(deviceV1), at('2.9.1'))[0]!.sn
  psgSn = expectOk(await h.api.get('/api/psgDevice/list', PAGE), z.array(psgDeviceV1), at('2.30.1'))[0]!.sn
  doorId = expectOk(
    await h.api.get('/api/door/list', PAGE),
    z.array(z.object({ id: z.string() }).loose()),
    at('2.11.5'),
  )[0]!.id
  gateId = expectOk(
    await h.api.get('/api/psgGate/list', PAGE),
    z.array(z.object({ id: z.string() }).loose()),
    at('2.31.5'),
  )[0]!.id
  // A person with some access history: grant access once through the control API.
  const persons = expectV2(
    await h.api.post('/api/v2/person/getPersonList', undefined, { pageNo: 1, pageSize: 1 }),
    z.object({ pin: z.string() }).loose(),
    at('2.13.9'),
  )
  somePin = persons.data[0]!.pin
  await control(h.sim.url, 'POST', 'trigger', { kind: 'accessGranted', doorId, pin: somePin })
  await control(h.sim.url, 'POST', 'trigger', { kind: 'gateAccess', gateId, pin: somePin })
  await control(h.sim.url, 'POST', 'trigger', { kind: 'temperature', doorId, temp: 36.6, mask: true })
})

describe('2.18 access transactions', () => {
  it('2.18.1 device/{sn}: transaction array of the manual fields, all of that device', async () => {
    const rows = expectOk(
      await h.api.get(`/api/transaction/device/${accSn}`, PAGE),
      z.array(transaction),
      at('2.18.1'),
    )
    expect(rows.length).toBeGreaterThan(0)
    for (const r of rows) expect(r.devSn).toBe(accSn)
  })

  it('2.18.2 v2 device/{sn}: paged, eventNo/eventLevel numbers, doorName', async () => {
    const page = expectV2(
      await h.api.get(`/api/v2/transaction/device/${accSn}`, PAGE),
      transactionV2,
      at('2.18.2'),
    )
    expect(page.total).toBeGreaterThanOrEqual(page.data.length)
    for (const r of page.data) {
      expect(r.devSn).toBe(accSn)
      expect(r.eventTime).toMatch(DATE_TIME)
      expect([0, 1, 2]).toContain(r.eventLevel)
    }
  })

  it('2.18.3 list and 2.18.4 v2 list: the same records; personPin filters', async () => {
    const v1 = expectOk(await h.api.get('/api/transaction/list', PAGE), z.array(transaction), at('2.18.3'))
    const v2 = expectV2(await h.api.get('/api/v2/transaction/list', PAGE), transactionV2, at('2.18.4'))
    expect(v1.map((r) => r.id)).toEqual(v2.data.map((r) => r.id))
    const mine = expectV2(
      await h.api.get('/api/v2/transaction/list', { ...PAGE, personPin: somePin }),
      transactionV2,
      at('2.18.4', 'personPin'),
    )
    expect(mine.data.length).toBeGreaterThan(0)
    for (const r of mine.data) expect(r.pin).toBe(somePin)
  })

  it('2.18.4 startDate/endDate: rows inside the range; bad format -100; start after end -101', async () => {
    const range = { startDate: '2020-01-01 00:00:00', endDate: '2099-12-31 23:59:59' }
    const page = expectV2(
      await h.api.get('/api/v2/transaction/list', { ...PAGE, ...range }),
      transactionV2,
      at('2.18.4'),
    )
    expect(page.data.length).toBeGreaterThan(0)
    const none = expectV2(
      await h.api.get('/api/v2/transaction/list', {
        ...PAGE,
        startDate: '2001-01-01 00:00:00',
        endDate: '2001-01-02 00:00:00',
      }),
      transactionV2,
      at('2.18.4', 'empty range'),
    )
    expect(none.total).toBe(0)
    for (const path of [
      '/api/transaction/list',
      '/api/v2/transaction/list',
      '/api/eleTransaction/list',
      '/api/psgTransaction/list',
      '/api/hep/transaction/list',
      '/api/transaction/listAttTransaction',
    ]) {
      expectCode(
        await h.api.get(path, { ...PAGE, startDate: '01/02/2024', endDate: range.endDate }),
        -100,
        `${path} bad startDate`,
      )
      expectCode(
        await h.api.get(path, { ...PAGE, startDate: '2024-02-02 00:00:00', endDate: '2024-02-01 00:00:00' }),
        -101,
        `${path} start after end`,
      )
    }
  })

  it('2.18.6 person/{pin} and 2.18.7 v2 person/{pin}: that person only; unknown person -22', async () => {
    const rows = expectOk(
      await h.api.get(`/api/transaction/person/${somePin}`, PAGE),
      z.array(transaction),
      at('2.18.6'),
    )
    expect(rows.length).toBeGreaterThan(0)
    for (const r of rows) expect(r.pin).toBe(somePin)
    const page = expectV2(
      await h.api.get(`/api/v2/transaction/person/${somePin}`, PAGE),
      transactionV2,
      at('2.18.7'),
    )
    expect(page.data.map((r) => r.id)).toEqual(rows.map((r) => r.id))
    expectMissing(
      await h.api.get(`/api/transaction/person/${UNKNOWN_PIN}`, PAGE),
      -22,
      at('2.18.6', 'unknown pin'),
    )
    expectMissing(
      await h.api.get(`/api/v2/transaction/person/${UNKNOWN_PIN}`, PAGE),
      -22,
      at('2.18.7', 'unknown pin'),
    )
  })

  it('2.18.8 firstInAndLastOut/{pin} and 2.18.9 v2: records of that person', async () => {
    const rows = expectOk(
      await h.api.get(`/api/transaction/firstInAndLastOut/${somePin}`, PAGE),
      z.array(firstInLastOut),
      at('2.18.8'),
    )
    for (const r of rows) expect(r.pin).toBe(somePin)
    const page = expectV2(
      await h.api.get(`/api/v2/transaction/firstInAndLastOut/${somePin}`, PAGE),
      firstInLastOut,
      at('2.18.9'),
    )
    expect(page.data.length).toBe(rows.length)
    expectMissing(
      await h.api.get(`/api/transaction/firstInAndLastOut/${UNKNOWN_PIN}`, PAGE),
      -22,
      at('2.18.8', 'unknown pin'),
    )
  })

  it('2.18.10 getDoorTransactions: ret envelope, page/pageSize/total at the top, eventLevel a string', async () => {
    const res = await h.api.post('/api/transaction/getDoorTransactions', undefined, {
      pageNo: '1',
      pageSize: '100',
    })
    const rows = expectRetOk(res, z.array(doorTransactionRet), at('2.18.10'))
    expectShape(
      z.object({ page: z.number(), pageSize: z.number(), total: z.number(), success: z.boolean() }).loose(),
      res.json,
      at('2.18.10'),
    )
    expect(rows.length).toBeGreaterThan(0)
    for (const r of rows) expect(['0', '1', '2']).toContain(r.eventLevel)
    const mine = expectRetOk(
      await h.api.post('/api/transaction/getDoorTransactions', undefined, {
        personPin: somePin,
        pageNo: '1',
        pageSize: '100',
      }),
      z.array(doorTransactionRet),
      at('2.18.10', 'personPin'),
    )
    expect(mine.length).toBeGreaterThan(0)
    for (const r of mine) expect(r.personPin).toBe(somePin)
  })

  it('2.18.10 the manual example body (devSn, times, filter, type, eventNo) answers ret ok', async () => {
    const body = {
      devSn: accSn,
      startTime: '2021-11-19 18:00:00',
      endTime: '2099-11-19 18:00:00',
      filter: '',
      type: 'normal',
      eventNo: '0',
      personPin: somePin,
      pageNo: '1',
      pageSize: '100',
    }
    const rows = expectRetOk(
      await h.api.post('/api/transaction/getDoorTransactions', undefined, body),
      z.array(doorTransactionRet),
      at('2.18.10'),
    )
    for (const r of rows) {
      expect(r.eventNo).toBe(0)
      expect(r.eventLevel).toBe('0')
    }
  })

  it('2.18.11 v2 getDoorTransactions: ret envelope around a v2 page', async () => {
    const res = await h.api.post('/api/v2/transaction/getDoorTransactions', undefined, {
      pageNo: '1',
      pageSize: '2',
    })
    // FIELD-NOTES: in the ret endpoints eventLevel is a string (the manual's example shows a number).
    const page = expectRetOk(res, v2Page(transactionV2.extend({ eventLevel: z.string() })), at('2.18.11'))
    expect(page.data.length).toBeLessThanOrEqual(2)
    expect(page.total).toBeGreaterThanOrEqual(page.data.length)
  })

  it('2.18.12 getDoorTransactionDetail of a listed id: ret ok with the detail; unknown id ret fail', async () => {
    const rows = expectRetOk(
      await h.api.post('/api/transaction/getDoorTransactions', undefined, { pageNo: '1', pageSize: '10' }),
      z.array(doorTransactionRet),
      at('2.18.10'),
    )
    const id = rows[0]!.id
    const detail = expectRetOk(
      await h.api.post('/api/transaction/getDoorTransactionDetail', undefined, { id }),
      doorTransactionDetail,
      at('2.18.12'),
    )
    expect(detail.id).toBe(id)
    const fail = await h.api.post('/api/transaction/getDoorTransactionDetail', undefined, {
      id: 'ffffffffffffffffffffffffffffffff',
    })
    const body = expectShape(retEnvelope(z.null()), fail.json, at('2.18.12', 'unknown id'))
    expect(body.ret).toBe('fail')
  })

  it('2.18.13 getById/{id}: the v2 record of that id', async () => {
    const page = expectV2(await h.api.get('/api/v2/transaction/list', PAGE), transactionV2, at('2.18.4'))
    const first = page.data[0]!
    const got = expectOk(
      await h.api.get(`/api/transaction/getById/${first.id}`),
      transactionV2,
      at('2.18.13'),
    )
    expect(got).toMatchObject({ id: first.id, eventTime: first.eventTime, eventNo: first.eventNo })
  })
})

describe('2.18.5 / 2.34.3 / 2.26.2 monitors: a timestamp is a session (FIELD-NOTES)', () => {
  it('2.18.5 each call of a session returns what is new since its previous call', async () => {
    const session = Date.now() + 1
    expectOk(
      await h.api.get('/api/transaction/monitor', { timestamp: session }),
      z.array(monitorRow),
      at('2.18.5'),
    )
    await control(h.sim.url, 'POST', 'trigger', { kind: 'accessGranted', doorId, pin: somePin })
    const news = expectOk(
      await h.api.get('/api/transaction/monitor', { timestamp: session }),
      z.array(monitorRow),
      at('2.18.5'),
    )
    expect(news.filter((r) => r.pin === somePin).length, 'the new access event').toBeGreaterThanOrEqual(1)
    for (const r of news) {
      expect(r, 'access monitor rows have no id/logId/eventNo (FIELD-NOTES)').not.toHaveProperty('eventNo')
    }
    const again = expectOk(
      await h.api.get('/api/transaction/monitor', { timestamp: session }),
      z.array(monitorRow),
      at('2.18.5'),
    )
    expect(again.filter((r) => r.pin === somePin)).toEqual([])
  })

  it('2.18.5 two sessions are independent: each sees the new event once', async () => {
    const a = Date.now() + 11
    const b = Date.now() + 12
    for (const session of [a, b]) {
      expectOk(
        await h.api.get('/api/transaction/monitor', { timestamp: session }),
        z.array(monitorRow),
        at('2.18.5'),
      )
    }
    await control(h.sim.url, 'POST', 'trigger', { kind: 'accessDenied', doorId, pin: somePin })
    for (const session of [a, b]) {
      const news = expectOk(
        await h.api.get('/api/transaction/monitor', { timestamp: session }),
        z.array(monitorRow),
        at('2.18.5'),
      )
      expect(news.filter((r) => r.pin === somePin).length, `session ${session}`).toBeGreaterThanOrEqual(1)
      const again = expectOk(
        await h.api.get('/api/transaction/monitor', { timestamp: session }),
        z.array(monitorRow),
        at('2.18.5'),
      )
      expect(
        again.filter((r) => r.pin === somePin),
        `session ${session} second call`,
      ).toEqual([])
    }
  })

  it('2.34.3 psgTransaction/monitor: rows with id null, logId, eventNo, gateType', async () => {
    const session = Date.now() + 2
    expectOk(
      await h.api.get('/api/psgTransaction/monitor', { timestamp: session }),
      z.array(psgTransaction),
      at('2.34.3'),
    )
    await control(h.sim.url, 'POST', 'trigger', { kind: 'gateAccess', gateId, pin: somePin })
    const news = expectOk(
      await h.api.get('/api/psgTransaction/monitor', { timestamp: session }),
      z.array(psgTransaction),
      at('2.34.3'),
    )
    expect(news.length).toBeGreaterThan(0)
    for (const r of news) expect(r.id).toBeNull()
  })

  it('2.26.2 hep/transaction/monitor: temperature rows', async () => {
    const session = Date.now() + 3
    expectOk(
      await h.api.get('/api/hep/transaction/monitor', { timestamp: session }),
      z.array(hepMonitorRow),
      at('2.26.2'),
    )
    await control(h.sim.url, 'POST', 'trigger', { kind: 'temperature', doorId, temp: 38.2, mask: false })
    const news = expectOk(
      await h.api.get('/api/hep/transaction/monitor', { timestamp: session }),
      z.array(hepMonitorRow),
      at('2.26.2'),
    )
    expect(news.some((r) => Math.abs(r.temperature - 38.2) < 0.05)).toBe(true)
  })
})

describe('2.19 elevator, 2.21 attendance, 2.26 temperature lists', () => {
  it('2.19.1 eleTransaction/list and 2.19.2 v2', async () => {
    const rows = expectOk(
      await h.api.get('/api/eleTransaction/list', PAGE),
      z.array(transaction),
      at('2.19.1'),
    )
    const page = expectV2(await h.api.get('/api/v2/eleTransaction/list', PAGE), transaction, at('2.19.2'))
    expect(page.data.map((r) => r.id)).toEqual(rows.map((r) => r.id))
  })

  it('2.21.1 listAttTransaction: transaction array', async () => {
    expectOk(
      await h.api.get('/api/transaction/listAttTransaction', PAGE),
      z.array(transaction.extend({ accZone: z.string().nullable() })),
      at('2.21.1'),
    )
  })

  it('2.26.1 hep/transaction/list: temperature (number), maskFlag, status', async () => {
    const rows = expectOk(
      await h.api.get('/api/hep/transaction/list', PAGE),
      z.array(hepTransaction),
      at('2.26.1'),
    )
    expect(rows.length).toBeGreaterThan(0)
    for (const r of rows) expect(['0', '1', null]).toContain(r.maskFlag)
  })
})

describe('2.34 entrance control transactions', () => {
  it('2.34.1 device/{sn} and 2.34.5 v2: that device, eventNo and gateType numbers', async () => {
    const rows = expectOk(
      await h.api.get(`/api/psgTransaction/device/${psgSn}`, PAGE),
      z.array(psgTransaction),
      at('2.34.1'),
    )
    for (const r of rows) expect(r.devSn).toBe(psgSn)
    const page = expectV2(
      await h.api.get(`/api/v2/psgTransaction/device/${psgSn}`, PAGE),
      psgTransaction,
      at('2.34.5'),
    )
    expect(page.data.map((r) => r.id)).toEqual(rows.map((r) => r.id))
  })

  it('2.34.2 list and 2.34.6 v2 list; personPin filter', async () => {
    const rows = expectOk(
      await h.api.get('/api/psgTransaction/list', PAGE),
      z.array(psgTransaction),
      at('2.34.2'),
    )
    const page = expectV2(await h.api.get('/api/v2/psgTransaction/list', PAGE), psgTransaction, at('2.34.6'))
    expect(page.data.map((r) => r.id)).toEqual(rows.map((r) => r.id))
    const mine = expectV2(
      await h.api.get('/api/v2/psgTransaction/list', { ...PAGE, personPin: somePin }),
      psgTransaction,
      at('2.34.6', 'personPin'),
    )
    for (const r of mine.data) expect(r.pin).toBe(somePin)
  })

  it('2.34.4 person/{pin} and 2.34.7 v2: that person; unknown person -22', async () => {
    const rows = expectOk(
      await h.api.get(`/api/psgTransaction/person/${somePin}`, PAGE),
      z.array(psgTransaction),
      at('2.34.4'),
    )
    expect(rows.length).toBeGreaterThan(0)
    for (const r of rows) expect(r.pin).toBe(somePin)
    const page = expectV2(
      await h.api.get(`/api/v2/psgTransaction/person/${somePin}`, PAGE),
      psgTransaction,
      at('2.34.7'),
    )
    expect(page.data.length).toBe(rows.length)
    expectMissing(
      await h.api.get(`/api/psgTransaction/person/${UNKNOWN_PIN}`, PAGE),
      -22,
      at('2.34.4', 'unknown pin'),
    )
  })
})
