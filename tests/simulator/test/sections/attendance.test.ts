// 2.7 areas, 2.8 area persons, 2.23 attendance applications, 2.24 attendance person, 2.27 FaceKiosk person,
// 2.28 FaceKiosk area persons: the manual's example requests, shapes, and codes (-22, -80..-83, -100/-101).
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { at, useSimulator } from './harness'
import { area, expectCode, expectOk, expectV2, leaveType } from './shape'

const h = useSimulator()
const UNKNOWN_PIN = '987654321987'
let pin = ''

beforeAll(async () => {
  const page = expectV2(
    await h.api.post('/api/v2/person/getPersonList', undefined, { pageNo: 1, pageSize: 1 }),
    z.object({ pin: z.string() }).loose(),
    at('2.13.9'),
  )
  pin = page.data[0]!.pin
})

describe('2.7 areas and 2.8 area persons', () => {
  let areas: z.infer<typeof area>[] = []
  beforeAll(async () => {
    areas = expectOk(
      await h.api.get('/api/attAreaPerson/area/list', { pageNo: 1, pageSize: 100 }),
      z.array(area),
      at('2.7.2'),
    )
  })

  it('2.7.2 area/list: area array {id, code, name}', () => {
    expect(areas.length).toBeGreaterThan(0)
  })

  it('2.7.1 area/get/{code}?code=: the listed area; unknown -80', async () => {
    const a = areas[0]!
    const got = expectOk(
      await h.api.get(`/api/attAreaPerson/area/get/${a.code}`, { code: a.code }),
      area,
      at('2.7.1'),
    )
    expect(got).toMatchObject({ code: a.code, name: a.name })
    expectCode(
      await h.api.get('/api/attAreaPerson/area/get/no-such-area', { code: 'no-such-area' }),
      -80,
      at('2.7.1', 'unknown'),
    )
  })

  it('2.8.2 set {code, pins: [..]} and 2.8.1 delete (JSON body on DELETE): code 0', async () => {
    const code = areas[0]!.code
    expectOk(
      await h.api.post('/api/attAreaPerson/set', undefined, { code, pins: [pin] }),
      z.unknown(),
      at('2.8.2'),
    )
    expectOk(
      await h.api.delete('/api/attAreaPerson/delete', undefined, { code, pins: pin }),
      z.unknown(),
      at('2.8.1'),
    )
  })

  it('2.8.2 errors: unknown area -80, no pins -81, over 500 pins -82, no area code -83', async () => {
    const code = areas[0]!.code
    const many = Array.from({ length: 501 }, (_, i) => String(900000 + i))
    expectCode(
      await h.api.post('/api/attAreaPerson/set', undefined, { code: 'no-such-area', pins: [pin] }),
      -80,
      at('2.8.2'),
    )
    expectCode(
      await h.api.post('/api/attAreaPerson/set', undefined, { code, pins: [] }),
      -81,
      at('2.8.2', 'no pins'),
    )
    expectCode(
      await h.api.post('/api/attAreaPerson/set', undefined, { code, pins: many }),
      -82,
      at('2.8.2', '501 pins'),
    )
    expectCode(
      await h.api.post('/api/attAreaPerson/set', undefined, { pins: [pin] }),
      -83,
      at('2.8.2', 'no code'),
    )
  })

  it('2.8.1 errors: unknown area -80, no pins -81, no area code -83', async () => {
    expectCode(
      await h.api.delete('/api/attAreaPerson/delete', undefined, { code: 'no-such-area', pins: pin }),
      -80,
      at('2.8.1'),
    )
    expectCode(
      await h.api.delete('/api/attAreaPerson/delete', undefined, { code: areas[0]!.code, pins: '' }),
      -81,
      at('2.8.1'),
    )
    expectCode(
      await h.api.delete('/api/attAreaPerson/delete', undefined, { pins: pin }),
      -83,
      at('2.8.1', 'no code'),
    )
  })
})

describe('2.23 attendance applications', () => {
  let types: z.infer<typeof leaveType>[] = []
  beforeAll(async () => {
    types = expectOk(await h.api.get('/api/attApply/getLeaveTypeList'), z.array(leaveType), at('2.23.4'))
  })

  it('2.23.4 getLeaveTypeList: {leaveTypeNo, leaveTypeName}', () => {
    expect(types.length).toBeGreaterThan(0)
  })

  it('2.23.5 uploadLeaveImage: the stored picture path', async () => {
    const png =
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
    const path = expectOk(
      await h.api.post('/api/attApply/uploadLeaveImage', undefined, { base64Image: png }),
      z.string(),
      at('2.23.5'),
    )
    expect(path).toMatch(/^\//)
  })

  it('2.23.1 applySign, 2.23.2 applyOvertime, 2.23.3 applyLeave, 2.23.6 getApplyTimeLong: manual examples answer 0', async () => {
    const leave = {
      endDatetime: '2021-11-19 18:00:00',
      leaveImagePath: '',
      leaveTypeNo: types[0]!.leaveTypeNo,
      personPin: pin,
      remark: 'api',
      startDatetime: '2021-11-19 13:00:00',
    }
    expectOk(
      await h.api.post('/api/attApply/applySign', undefined, {
        personPin: pin,
        remark: 'api',
        signDatetime: '2021-11-19 18:00:00',
      }),
      z.null(),
      at('2.23.1'),
    )
    expectOk(
      await h.api.post('/api/attApply/applyOvertime', undefined, {
        endDatetime: '2021-11-19 18:00:00',
        personPin: pin,
        remark: 'api',
        startDatetime: '2021-11-19 13:00:00',
      }),
      z.null(),
      at('2.23.2'),
    )
    expectOk(await h.api.post('/api/attApply/applyLeave', undefined, leave), z.null(), at('2.23.3'))
    expectOk(await h.api.post('/api/attApply/getApplyTimeLong', undefined, leave), z.unknown(), at('2.23.6'))
  })

  it.each([
    ['applySign', { personPin: UNKNOWN_PIN, remark: 'api', signDatetime: '2021-11-19 18:00:00' }, -22],
    ['applySign', { personPin: 'PIN', remark: 'api', signDatetime: '19/11/2021' }, -100],
    [
      'applyOvertime',
      {
        personPin: 'PIN',
        remark: 'api',
        startDatetime: '2021-11-19 19:00:00',
        endDatetime: '2021-11-19 18:00:00',
      },
      -101,
    ],
    [
      'applyOvertime',
      {
        personPin: UNKNOWN_PIN,
        remark: 'api',
        startDatetime: '2021-11-19 13:00:00',
        endDatetime: '2021-11-19 18:00:00',
      },
      -22,
    ],
    [
      'applyLeave',
      {
        personPin: 'PIN',
        remark: 'api',
        leaveTypeNo: 'L1',
        startDatetime: '2021-11-19 19:00:00',
        endDatetime: '2021-11-19 18:00:00',
      },
      -101,
    ],
    [
      'applyLeave',
      {
        personPin: 'PIN',
        remark: 'api',
        leaveTypeNo: 'L1',
        startDatetime: 'yesterday',
        endDatetime: '2021-11-19 18:00:00',
      },
      -100,
    ],
  ] as const)('2.23 %s %j', async (name, body, code) => {
    const sent = { ...body, personPin: body.personPin === 'PIN' ? pin : body.personPin }
    const section = { applySign: '2.23.1', applyOvertime: '2.23.2', applyLeave: '2.23.3' }[name]
    expectCode(await h.api.post(`/api/attApply/${name}`, undefined, sent), code, at(section))
  })
})

describe('2.24 / 2.27 attendance and FaceKiosk person settings', () => {
  it('2.24.5 editAttPerson (manual example): 0; unknown person -22', async () => {
    const body = { isAttendance: false, perDevAuth: 0, personPin: pin, verifyMode: 0 }
    expectOk(await h.api.post('/api/attPerson/editAttPerson', undefined, body), z.null(), at('2.24.5'))
    expectCode(
      await h.api.post('/api/attPerson/editAttPerson', undefined, { ...body, personPin: UNKNOWN_PIN }),
      -22,
      at('2.24.5', 'unknown person'),
    )
  })

  it('2.27.1 editInsPerson (manual example): 0; unknown person -22', async () => {
    const body = { category: 0, perDevAuth: 0, personPin: pin }
    expectOk(await h.api.post('/api/attPerson/editInsPerson', undefined, body), z.null(), at('2.27.1'))
    expectCode(
      await h.api.post('/api/attPerson/editInsPerson', undefined, { ...body, personPin: UNKNOWN_PIN }),
      -22,
      at('2.27.1', 'unknown person'),
    )
  })
})

describe('2.28 FaceKiosk areas', () => {
  let areas: z.infer<typeof area>[] = []
  beforeAll(async () => {
    areas = expectOk(
      await h.api.get('/api/insAreaPerson/getAreaList', { pageNo: 1, pageSize: 10 }),
      z.array(area),
      at('2.28.3'),
    )
  })

  it('2.28.3 getAreaList: {id, code, name}', () => {
    expect(areas.length).toBeGreaterThan(0)
  })

  it('2.28.2 setAreaPerson and 2.28.1 delAreaPerson {code, pins "1,2,3"}: 0', async () => {
    const code = areas[0]!.code
    expectOk(
      await h.api.post('/api/insAreaPerson/setAreaPerson', undefined, { code, pins: pin }),
      z.null(),
      at('2.28.2'),
    )
    expectOk(
      await h.api.post('/api/insAreaPerson/delAreaPerson', undefined, { code, pins: pin }),
      z.null(),
      at('2.28.1'),
    )
  })

  it('2.28.2 errors: unknown area -80, no pins -81, no code -83', async () => {
    expectCode(
      await h.api.post('/api/insAreaPerson/setAreaPerson', undefined, { code: 'no-such-area', pins: pin }),
      -80,
      at('2.28.2'),
    )
    expectCode(
      await h.api.post('/api/insAreaPerson/setAreaPerson', undefined, { code: areas[0]!.code, pins: '' }),
      -81,
      at('2.28.2'),
    )
    expectCode(
      await h.api.post('/api/insAreaPerson/setAreaPerson', undefined, { pins: pin }),
      -83,
      at('2.28.2', 'no code'),
    )
  })
})
