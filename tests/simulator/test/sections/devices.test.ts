// 2.9 access devices, 2.10 elevator devices, 2.14 readers, 2.22 attendance device, 2.29 FaceKiosk devices,
// 2.30 entrance control devices, 2.33 gate readers: shapes of the manual's examples, v1/v2 agreement,
// and codes (-48 sn, -102 unknown device (FIELD-NOTES), -263/-264 readers).
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { at, useSimulator } from './harness'
import {
  attDevice,
  deviceV1,
  deviceV2,
  door,
  expectCode,
  expectMissing,
  expectOk,
  expectV2,
  gate,
  psgDeviceV1,
  psgDeviceV2,
  psgReader,
  reader,
} from './shape'

const h = useSimulator()
const ALL = { pageNo: 1, pageSize: 1000 }

describe.each([
  {
    name: '2.9 access devices',
    v1: '/api/device/accList',
    v2: '/api/v2/device/list',
    s1: '2.9.1',
    s2: '2.9.3',
    module: 'acc',
    one: '/api/device/getAcc',
    sOne: '2.9.2',
    v1Item: deviceV1,
    v2Item: deviceV2,
    oneItem: deviceV1,
  },
  {
    name: '2.10 elevator devices',
    v1: '/api/eleDevice/eleList',
    v2: '/api/v2/eleDevice/eleList',
    s1: '2.10.1',
    s2: '2.10.3',
    module: 'ele',
    one: '/api/eleDevice/getEle',
    sOne: '2.10.2',
    v1Item: deviceV1,
    v2Item: deviceV2,
    oneItem: deviceV1,
  },
  {
    name: '2.30 entrance control devices',
    v1: '/api/psgDevice/list',
    v2: '/api/v2/psgDevice/list',
    s1: '2.30.1',
    s2: '2.30.3',
    module: 'psg',
    one: '/api/psgDevice/getBySn',
    sOne: '2.30.2',
    v1Item: psgDeviceV1,
    v2Item: psgDeviceV2,
    oneItem: psgDeviceV2,
  },
])('$name', ({ v1, v2, s1, s2, module, one, sOne, v1Item, v2Item, oneItem }) => {
  let devices: { id: string; sn: string; state: string; module: string }[] = []
  beforeAll(async () => {
    devices = expectOk(await h.api.get(v1, ALL), z.array(v1Item), at(s1))
  })

  it(`${s1} v1 list: module "${module}", state 0/1`, () => {
    expect(devices.length).toBeGreaterThan(0)
    for (const d of devices) {
      expect(d.module).toBe(module)
      expect(['0', '1']).toContain(d.state)
    }
  })

  it(`${s2} v2 list: paged, same devices, status = the v1 state`, async () => {
    const page = expectV2(await h.api.get(v2, ALL), v2Item, at(s2))
    expect(page.total).toBe(devices.length)
    expect(page.data.map((d) => d.id)).toEqual(devices.map((d) => d.id))
    expect(page.data.map((d) => d.status)).toEqual(devices.map((d) => d.state))
  })

  it(`${sOne} by sn: the listed device; no sn -48/-200; unknown sn -102`, async () => {
    const first = devices[0]!
    const got = expectOk(await h.api.get(one, { sn: first.sn }), oneItem, at(sOne))
    expect(got).toMatchObject({ id: first.id, sn: first.sn })
    expectCode(await h.api.get(one), [-48, -200], at(sOne, 'no sn'))
    expectMissing(await h.api.get(one, { sn: 'NOSUCHSN000' }), -102, at(sOne, 'unknown sn (FIELD-NOTES)'))
  })
})

describe('2.30 gate types', () => {
  it('2.30.1 gateType is 0-3', async () => {
    const devices = expectOk(await h.api.get('/api/psgDevice/list', ALL), z.array(psgDeviceV1), at('2.30.1'))
    for (const d of devices) expect(['0', '1', '2', '3']).toContain(d.gateType)
  })
})

describe('2.22 attendance device, 2.29 FaceKiosk devices', () => {
  it('2.29.1 attAdDeviceList: device array (status, module "ins")', async () => {
    const devices = expectOk(
      await h.api.get('/api/device/attAdDeviceList', ALL),
      z.array(attDevice),
      at('2.29.1'),
    )
    expect(devices.length).toBeGreaterThan(0)
    for (const d of devices) expect(d.module).toBe('ins')
  })

  it('2.22.1 getAtt?sn=: an attendance device object; unknown sn -102; no sn -48/-200', async () => {
    const res = await h.api.get('/api/device/getAtt', { sn: 'NOSUCHSN000' })
    expectMissing(res, -102, at('2.22.1', 'unknown sn (FIELD-NOTES)'))
    expectCode(await h.api.get('/api/device/getAtt'), [-48, -200], at('2.22.1', 'no sn'))
  })
})

describe('2.14 access readers', () => {
  let readers: z.infer<typeof reader>[] = []
  beforeAll(async () => {
    readers = expectOk(await h.api.get('/api/reader/accList', ALL), z.array(reader), at('2.14.1'))
  })

  it('2.14.1 accList: readers of listed doors, readerState 0 in / 1 out', async () => {
    const doors = expectOk(await h.api.get('/api/door/list', ALL), z.array(door), at('2.11.5'))
    const doorIds = new Set(doors.map((d) => d.id))
    expect(readers.length).toBeGreaterThan(0)
    for (const r of readers) {
      expect(doorIds.has(r.doorId), `reader ${r.name} on a listed door`).toBe(true)
      expect([0, 1]).toContain(r.readerState)
    }
  })

  it('2.14.2 getAcc?id=: the listed reader; no id -263; unknown -264', async () => {
    const first = readers[0]!
    expect(
      expectOk(await h.api.get('/api/reader/getAcc', { id: first.id }), reader, at('2.14.2')),
    ).toMatchObject(first)
    expectCode(await h.api.get('/api/reader/getAcc'), -263, at('2.14.2', 'no id'))
    expectMissing(
      await h.api.get('/api/reader/getAcc', { id: 'ffffffffffffffffffffffffffffffff' }),
      -264,
      at('2.14.2'),
    )
  })
})

describe('2.33 gate readers', () => {
  let readers: z.infer<typeof psgReader>[] = []
  beforeAll(async () => {
    readers = expectOk(await h.api.get('/api/psgReader/list', ALL), z.array(psgReader), at('2.33.1'))
  })

  it('2.33.1 list: readers of listed gates; 2.33.2 v2 agrees', async () => {
    const gates = expectOk(await h.api.get('/api/psgGate/list', ALL), z.array(gate), at('2.31.5'))
    const gateIds = new Set(gates.map((g) => g.id))
    expect(readers.length).toBeGreaterThan(0)
    for (const r of readers) expect(gateIds.has(r.gateId), `reader ${r.name} on a listed gate`).toBe(true)
    const page = expectV2(await h.api.get('/api/v2/psgReader/list', ALL), psgReader, at('2.33.2'))
    expect(page.total).toBe(readers.length)
    expect(page.data.map((r) => r.id)).toEqual(readers.map((r) => r.id))
  })

  it('2.33.3 getById?id=: the listed reader; no id -263; unknown -264', async () => {
    const first = readers[0]!
    expect(
      expectOk(await h.api.get('/api/psgReader/getById', { id: first.id }), psgReader, at('2.33.3')),
    ).toMatchObject(first)
    expectCode(await h.api.get('/api/psgReader/getById'), -263, at('2.33.3', 'no id'))
    expectMissing(
      await h.api.get('/api/psgReader/getById', { id: 'ffffffffffffffffffffffffffffffff' }),
      -264,
      at('2.33.3'),
    )
  })
})
