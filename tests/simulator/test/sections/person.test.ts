// 2.4 cards, 2.5 departments, 2.13 persons, 2.25 biotemplates: the manual's example requests, shapes,
// appendix codes, and the consistency the issue asks for (person/add is seen by person/get, the lists,
// and as a visit host).
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { TINY_PNG } from './client'
import { at, useSimulator } from './harness'
import {
  bioTemplate,
  card,
  department,
  expectCode,
  expectOk,
  expectShape,
  expectV2,
  level,
  person,
  personListItem,
  personV2,
} from './shape'

const h = useSimulator()

const UNKNOWN_PIN = '987654321987'
let seeded: z.infer<typeof personV2>
let accLevelId = ''

beforeAll(async () => {
  const page = expectV2(
    await h.api.post('/api/v2/person/getPersonList', undefined, { pageNo: 1, pageSize: 5 }),
    personV2,
    at('2.13.9'),
  )
  expect(page.data.length).toBeGreaterThan(0)
  seeded = page.data[0]!
  const levels = expectOk(
    await h.api.get('/api/accLevel/list', { pageNo: 1, pageSize: 5 }),
    z.array(level),
    at('2.1.4'),
  )
  accLevelId = levels[0]!.id
})

describe('2.13 person', () => {
  const pin = '7100001'
  const added = {
    pin,
    deptCode: '',
    name: 'Ada',
    lastName: 'Lovelace',
    gender: 'F',
    cardNo: '71000010',
    accLevelIds: '',
    accStartTime: '2026-01-01 08:00:00',
    accEndTime: '2036-12-31 23:59:59',
  }

  beforeAll(() => {
    added.deptCode = seeded.deptCode
    added.accLevelIds = accLevelId
  })

  it('2.13.1 add then 2.13.3 get/{pin}: the person as sent', async () => {
    expectOk(await h.api.post('/api/person/add', undefined, added), z.unknown(), at('2.13.1'))
    const got = expectOk(await h.api.get(`/api/person/get/${pin}`), person, at('2.13.3'))
    expect(got).toMatchObject({
      pin,
      deptCode: added.deptCode,
      name: 'Ada',
      lastName: 'Lovelace',
      gender: 'F',
      cardNo: added.cardNo,
    })
    expect(got.deptName, 'deptName of the department').toBe(seeded.deptName)
  })

  it('2.13.4 getPersonList (JSON body) knows the added person', async () => {
    const res = await h.api.post('/api/person/getPersonList', undefined, {
      pins: pin,
      pageNo: 1,
      pageSize: 10,
    })
    // The manual's example shows one object for "personnel information"; a list of them is accepted too.
    const data = expectOk(res, z.union([z.array(personListItem), personListItem]), at('2.13.4'))
    const list = Array.isArray(data) ? data : [data]
    expect(list.map((p) => p.pin)).toContain(pin)
  })

  it('2.13.4 getPersonList with pins/pageNo/pageSize as query parameters (FIELD-NOTES) knows it too', async () => {
    const res = await h.api.post('/api/person/getPersonList', { pins: pin, pageNo: 1, pageSize: 10 })
    const data = expectOk(res, z.union([z.array(personListItem), personListItem]), at('2.13.4', 'query form'))
    const list = Array.isArray(data) ? data : [data]
    expect(list.map((p) => p.pin)).toContain(pin)
  })

  it('2.13.9 v2 getPersonList: full record of the added person; deptCodes filter', async () => {
    const page = expectV2(
      await h.api.post('/api/v2/person/getPersonList', undefined, { pins: pin, pageNo: 1, pageSize: 10 }),
      personV2,
      at('2.13.9'),
    )
    expect(page.total).toBe(1)
    expect(page.data[0]).toMatchObject({ pin, name: 'Ada', lastName: 'Lovelace', cardNo: added.cardNo })
    expect(page.data[0]!.accLevelIds).toContain(accLevelId)
    const byDept = expectV2(
      await h.api.post('/api/v2/person/getPersonList', undefined, {
        deptCodes: added.deptCode,
        pageNo: 1,
        pageSize: 1000,
      }),
      personV2,
      at('2.13.9', 'deptCodes'),
    )
    expect(byDept.data.every((p) => p.deptCode === added.deptCode)).toBe(true)
    expect(byDept.data.map((p) => p.pin)).toContain(pin)
  })

  it('2.13.1 add errors: no pin -20, card used -23, unknown level -24, bad time -100, start after end -101', async () => {
    const other = { ...added, pin: '7100002', cardNo: '71000020' }
    expectCode(
      await h.api.post('/api/person/add', undefined, { ...other, pin: '' }),
      -20,
      at('2.13.1', 'no pin'),
    )
    expectCode(
      await h.api.post('/api/person/add', undefined, { ...other, cardNo: added.cardNo }),
      -23,
      at('2.13.1', 'card used'),
    )
    expectCode(
      await h.api.post('/api/person/add', undefined, {
        ...other,
        accLevelIds: 'ffffffffffffffffffffffffffffffff',
      }),
      -24,
      at('2.13.1', 'unknown level'),
    )
    expectCode(
      await h.api.post('/api/person/add', undefined, { ...other, accStartTime: '2026/01/01 8h' }),
      -100,
      at('2.13.1', 'bad time'),
    )
    expectCode(
      await h.api.post('/api/person/add', undefined, {
        ...other,
        accStartTime: '2030-01-01 00:00:00',
        accEndTime: '2029-01-01 00:00:00',
      }),
      -101,
      at('2.13.1', 'start after end'),
    )
  })

  it('2.13.3 get of an unknown pin: -22', async () => {
    expectCode(await h.api.get(`/api/person/get/${UNKNOWN_PIN}`), -22, at('2.13.3'))
  })

  it('2.13.5 getQrCode/{pin}: a dynamic QR payload string; unknown pin -22', async () => {
    const qr = expectOk(
      await h.api.post(`/api/person/getQrCode/${pin}`, undefined, { pin }),
      z.string(),
      at('2.13.5'),
    )
    expect(qr.length).toBeGreaterThan(0)
    expectCode(
      await h.api.post(`/api/person/getQrCode/${UNKNOWN_PIN}`, undefined, { pin: UNKNOWN_PIN }),
      -22,
      at('2.13.5'),
    )
  })

  it('2.13.7 addPersonnelBasicInfo (manual example) then get shows it', async () => {
    const body = {
      pin: '1234567',
      deptCode: seeded.deptCode,
      birthday: '2016-07-15',
      cardNo: '123456789',
      certNumber: '123456',
      certType: '2',
      email: '123@zkteco.com',
      gender: 'F',
      hireDate: ' 2019-06-10',
      isDisabled: false,
      isSendMail: true,
      lastName: 'lastName',
      mobilePhone: '15123456789',
      name: 'max',
      personPwd: '123456',
      ssn: '111111',
      supplyCards: '987643',
    }
    expectOk(
      await h.api.post('/api/person/addPersonnelBasicInfo', undefined, body),
      z.unknown(),
      at('2.13.7'),
    )
    const got = expectOk(await h.api.get('/api/person/get/1234567'), person, at('2.13.3'))
    expect(got).toMatchObject({
      pin: '1234567',
      name: 'max',
      lastName: 'lastName',
      gender: 'F',
      cardNo: '123456789',
    })
    const page = expectV2(
      await h.api.post('/api/v2/person/getPersonList', undefined, {
        pins: '1234567',
        pageNo: 1,
        pageSize: 1,
      }),
      personV2,
      at('2.13.9'),
    )
    expect(page.data[0]).toMatchObject({
      email: '123@zkteco.com',
      mobilePhone: '15123456789',
      certNumber: '123456',
    })
  })

  it('2.13.7 cardNo: left out keeps the card, an empty string deletes it (manual l.2833)', async () => {
    const base = { pin: '7100003', deptCode: seeded.deptCode, name: 'Card', lastName: 'Keeper', gender: 'M' }
    expectOk(
      await h.api.post('/api/person/addPersonnelBasicInfo', undefined, { ...base, cardNo: '71000030' }),
      z.unknown(),
      at('2.13.7'),
    )
    expectOk(
      await h.api.post('/api/person/addPersonnelBasicInfo', undefined, { ...base, name: 'Card2' }),
      z.unknown(),
      at('2.13.7', 'cardNo not set'),
    )
    let got = expectOk(await h.api.get('/api/person/get/7100003'), person, at('2.13.3'))
    expect(got).toMatchObject({ name: 'Card2', cardNo: '71000030' })
    expectOk(
      await h.api.post('/api/person/addPersonnelBasicInfo', undefined, { ...base, cardNo: '' }),
      z.unknown(),
      at('2.13.7', 'cardNo ""'),
    )
    got = expectOk(await h.api.get('/api/person/get/7100003'), person, at('2.13.3'))
    expect(got.cardNo).toBe('')
  })

  it('2.13.7 personPwd: a device password already used by another person gives -26', async () => {
    const base = { deptCode: seeded.deptCode, name: 'Pwd', gender: 'M', personPwd: '735196' }
    expectOk(
      await h.api.post('/api/person/addPersonnelBasicInfo', undefined, { ...base, pin: '7100004' }),
      z.unknown(),
      at('2.13.7'),
    )
    expectCode(
      await h.api.post('/api/person/addPersonnelBasicInfo', undefined, { ...base, pin: '7100005' }),
      -26,
      at('2.13.7', 'password used'),
    )
  })

  it('2.13.1 add is also edit: the same pin again updates the person, keeping its own card', async () => {
    expectOk(
      await h.api.post('/api/person/add', undefined, { ...added, name: 'Augusta' }),
      z.unknown(),
      at('2.13.1', 'edit'),
    )
    const got = expectOk(await h.api.get(`/api/person/get/${pin}`), person, at('2.13.3'))
    expect(got).toMatchObject({ name: 'Augusta', cardNo: added.cardNo })
    expectOk(await h.api.post('/api/person/add', undefined, added), z.unknown(), at('2.13.1', 'edit back'))
  })

  it('2.13.8 updatePersonnelPhoto: a real picture is accepted; unknown pin -22', async () => {
    const photo = TINY_PNG.toString('base64')
    const res = await h.api.post('/api/person/updatePersonnelPhoto', undefined, { pin, personPhoto: photo })
    // A 1x1 picture is below the 80,000 pixels newer servers require (FIELD-NOTES -5001); both are documented.
    expectCode(res, [0, -5001, -27, -262], at('2.13.8'))
    expectCode(
      await h.api.post('/api/person/updatePersonnelPhoto', undefined, {
        pin: UNKNOWN_PIN,
        personPhoto: photo,
      }),
      -22,
      at('2.13.8', 'unknown pin'),
    )
  })

  it('2.13.6 leave (resignation) then 2.13.10 reinstated: the person is back', async () => {
    expectOk(
      await h.api.post('/api/person/leave', undefined, { leaveDate: '2026-06-10', leaveType: '1', pin }),
      z.null(),
      at('2.13.6'),
    )
    expectCode(
      await h.api.post('/api/person/leave', undefined, {
        leaveDate: '2026-06-10',
        leaveType: '1',
        pin: UNKNOWN_PIN,
      }),
      -22,
      at('2.13.6', 'unknown pin'),
    )
    expectOk(
      await h.api.post('/api/person/reinstated', undefined, {
        ...added,
        hireDate: '2026-07-01',
        isDisabled: false,
        isSendMail: false,
      }),
      z.unknown(),
      at('2.13.10'),
    )
    const got = expectOk(
      await h.api.get(`/api/person/get/${pin}`),
      person,
      at('2.13.3', 'after reinstatement'),
    )
    expect(got.name).toBe('Ada')
  })

  it('2.13.2 delete/{pin}: then get -22 and the lists no longer have it', async () => {
    const temp = { ...added, pin: '7100009', cardNo: '71000090' }
    expectOk(await h.api.post('/api/person/add', undefined, temp), z.unknown(), at('2.13.1'))
    expectOk(await h.api.delete('/api/person/delete/7100009'), z.unknown(), at('2.13.2'))
    expectCode(await h.api.get('/api/person/get/7100009'), -22, at('2.13.3', 'after delete'))
    const page = expectV2(
      await h.api.post('/api/v2/person/getPersonList', undefined, {
        pins: '7100009',
        pageNo: 1,
        pageSize: 10,
      }),
      personV2,
      at('2.13.9', 'after delete'),
    )
    expect(page.data).toEqual([])
    expectCode(await h.api.delete('/api/person/delete/7100009'), -22, at('2.13.2', 'twice'))
  })
})

describe('2.4 card', () => {
  it('2.4.1 getCards/{pin}: card array of {pin, cardNo, cardType}; unknown pin -22', async () => {
    const cards = expectOk(await h.api.get(`/api/card/getCards/${seeded.pin}`), z.array(card), at('2.4.1'))
    for (const c of cards) expect(c.pin).toBe(seeded.pin)
    expectCode(await h.api.get(`/api/card/getCards/${UNKNOWN_PIN}`), -22, at('2.4.1'))
  })

  it('2.4.2 set then getCards shows the card; used card -23; unknown person -22', async () => {
    const body = { pin: seeded.pin, cardNo: '212121', cardType: '0' }
    expectOk(await h.api.post('/api/card/set', undefined, body), z.unknown(), at('2.4.2'))
    const cards = expectOk(await h.api.get(`/api/card/getCards/${seeded.pin}`), z.array(card), at('2.4.1'))
    expect(cards).toContainEqual(
      expect.objectContaining({ pin: seeded.pin, cardNo: '212121', cardType: '0' }),
    )
    const otherPin = expectV2(
      await h.api.post('/api/v2/person/getPersonList', undefined, { pageNo: 2, pageSize: 1 }),
      personV2,
      at('2.13.9'),
    ).data[0]!.pin
    expectCode(
      await h.api.post('/api/card/set', undefined, { pin: otherPin, cardNo: '212121', cardType: '0' }),
      -23,
      at('2.4.2', 'used card'),
    )
    expectCode(
      await h.api.post('/api/card/set', undefined, { pin: UNKNOWN_PIN, cardNo: '212122', cardType: '0' }),
      -22,
      at('2.4.2', 'unknown pin'),
    )
  })
})

describe('2.5 department', () => {
  it('2.5.1 add then 2.5.3 get/{code}: {name, code, parentCode}', async () => {
    const body = { name: 'Spec department', code: '456', parentCode: seeded.deptCode }
    expectOk(await h.api.post('/api/department/add', undefined, body), z.unknown(), at('2.5.1'))
    const got = expectOk(await h.api.get('/api/department/get/456'), department, at('2.5.3'))
    expect(got).toMatchObject(body)
  })

  it('2.5.1 add is also edit: the same code with a new name renames the department', async () => {
    expectOk(
      await h.api.post('/api/department/add', undefined, { name: 'Spec renamed', code: '460' }),
      z.unknown(),
      at('2.5.1'),
    )
    expectOk(
      await h.api.post('/api/department/add', undefined, { name: 'Spec renamed twice', code: '460' }),
      z.unknown(),
      at('2.5.1', 'edit'),
    )
    expect(expectOk(await h.api.get('/api/department/get/460'), department, at('2.5.3')).name).toBe(
      'Spec renamed twice',
    )
  })

  it('2.5.1 add errors: no name or code -10, name taken -12', async () => {
    expectCode(
      await h.api.post('/api/department/add', undefined, { code: '457' }),
      -10,
      at('2.5.1', 'no name'),
    )
    expectCode(
      await h.api.post('/api/department/add', undefined, { name: 'x457' }),
      -10,
      at('2.5.1', 'no code'),
    )
    expectCode(
      await h.api.post('/api/department/add', undefined, { name: 'Spec department', code: '458' }),
      -12,
      at('2.5.1', 'name taken'),
    )
  })

  it('2.5.1 a department cannot be its own parent: -14', async () => {
    expectOk(
      await h.api.post('/api/department/add', undefined, { name: 'Spec self', code: '461' }),
      z.unknown(),
      at('2.5.1'),
    )
    expectCode(
      await h.api.post('/api/department/add', undefined, {
        name: 'Spec self',
        code: '461',
        parentCode: '461',
      }),
      -14,
      at('2.5.1', 'parentCode = code'),
    )
  })

  it('2.5.3 get of an unknown code: -13', async () => {
    expectCode(await h.api.get('/api/department/get/no-such-dept'), -13, at('2.5.3'))
  })

  it('2.5.2 delete/{code}: then get -13; a department with persons cannot be deleted -15', async () => {
    expectOk(
      await h.api.post('/api/department/add', undefined, { name: 'Spec temp', code: '459' }),
      z.unknown(),
      at('2.5.1'),
    )
    expectOk(await h.api.delete('/api/department/delete/459'), z.unknown(), at('2.5.2'))
    expectCode(await h.api.get('/api/department/get/459'), -13, at('2.5.3', 'after delete'))
    expectCode(
      await h.api.delete(`/api/department/delete/${seeded.deptCode}`),
      -15,
      at('2.5.2', 'has persons'),
    )
  })
})

describe('2.25 bioTemplate', () => {
  const template = {
    personId: '',
    validType: '1',
    template: 'fsfsfsfsfsfsfsfsfsfsfsfsfsfsfs',
    templateNo: '3',
  }
  beforeAll(() => {
    template.personId = seeded.pin
  })

  it('2.25.1 add then 2.25.4 getFgListByPin/{pin} lists it', async () => {
    await h.api.delete(`/api/bioTemplate/getFgListByPin/${seeded.pin}`, { templateNo: '3' })
    expectOk(await h.api.post('/api/bioTemplate/add', undefined, template), z.null(), at('2.25.1'))
    const list = expectOk(
      await h.api.get(`/api/bioTemplate/getFgListByPin/${seeded.pin}`),
      z.array(bioTemplate),
      at('2.25.4'),
    )
    expect(list).toContainEqual(
      expect.objectContaining({
        personId: seeded.pin,
        templateNo: '3',
        template: template.template,
        validType: 1,
      }),
    )
  })

  it('2.25.1 add errors: exists -31, validType -32, templateNo range -33, unknown person -22', async () => {
    expectCode(await h.api.post('/api/bioTemplate/add', undefined, template), -31, at('2.25.1', 'exists'))
    expectCode(
      await h.api.post('/api/bioTemplate/add', undefined, { ...template, templateNo: '4', validType: '2' }),
      -32,
      at('2.25.1', 'validType 2'),
    )
    expectCode(
      await h.api.post('/api/bioTemplate/add', undefined, { ...template, templateNo: '10' }),
      -33,
      at('2.25.1', 'templateNo 10'),
    )
    expectCode(
      await h.api.post('/api/bioTemplate/add', undefined, { ...template, personId: UNKNOWN_PIN }),
      -22,
      at('2.25.1', 'unknown person'),
    )
  })

  it('2.25.2 delete one template (unverified path): then gone; missing templateNo -34', async () => {
    expectOk(
      await h.api.delete(`/api/bioTemplate/getFgListByPin/${seeded.pin}`, { templateNo: '3' }),
      z.null(),
      at('2.25.2'),
    )
    const list = expectOk(
      await h.api.get(`/api/bioTemplate/getFgListByPin/${seeded.pin}`),
      z.array(bioTemplate),
      at('2.25.4'),
    )
    expect(list.find((t) => t.templateNo === '3')).toBeUndefined()
    expectCode(
      await h.api.delete(`/api/bioTemplate/getFgListByPin/${seeded.pin}`, { templateNo: '3' }),
      -34,
      at('2.25.2', 'templateNo gone'),
    )
  })

  it('2.25.3 deleteById (by person): no templates left', async () => {
    expectOk(
      await h.api.post('/api/bioTemplate/add', undefined, { ...template, templateNo: '5' }),
      z.null(),
      at('2.25.1'),
    )
    expectOk(
      await h.api.delete(`/api/bioTemplate/deleteById/${seeded.pin}`, { pin: seeded.pin }),
      z.null(),
      at('2.25.3'),
    )
    const list = expectOk(
      await h.api.get(`/api/bioTemplate/getFgListByPin/${seeded.pin}`),
      z.array(bioTemplate),
      at('2.25.4'),
    )
    expect(list).toEqual([])
  })

  it('2.25.4 of an unknown person: -22', async () => {
    const res = await h.api.get(`/api/bioTemplate/getFgListByPin/${UNKNOWN_PIN}`)
    expectCode(res, -22, at('2.25.4'))
    expectShape(z.object({ code: z.number() }).loose(), res.json, at('2.25.4'))
  })
})
