// One success and one documented refusal for every client function, keyed by endpoint id. The
// endpoint test iterates ALL_ENDPOINTS and fails for any id missing here, so no endpoint is forgotten.
import { expect } from 'vitest'
import type { ZkbioClient } from '../../../electron/main/zkbio/index'
import { tinyPhoto, type Fixtures } from './sim-fixtures'

type C = ZkbioClient
type F = Fixtures
export interface EndpointCase {
  ok: (c: C, f: F) => Promise<unknown>
  /** Checks on the successful result (beyond "no error"). */
  check?: (result: unknown, f: F) => void
  /** A documented server refusal: the appendix code, or 'ret' for the ret/msg envelope's failure. */
  refuse?: { run: (c: C, f: F) => Promise<unknown>; code: number | 'ret' }
}

const P = { pageNo: 1, pageSize: 20 }
const BAD_SIZE = { pageNo: 1, pageSize: 1001 }
const UNKNOWN_ID = 'ffffffffffffffffffffffffffffffff'
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

const nonEmptyList = (r: unknown) => {
  expect(Array.isArray(r)).toBe(true)
  expect((r as unknown[]).length).toBeGreaterThan(0)
}
const isList = (r: unknown) => expect(Array.isArray(r)).toBe(true)
const nonEmptyPage = (r: unknown) => {
  const p = r as { items: unknown[]; total: number }
  expect(Array.isArray(p.items)).toBe(true)
  expect(p.items.length).toBeGreaterThan(0)
  expect(p.total).toBeGreaterThanOrEqual(p.items.length)
}
const isPage = (r: unknown) => expect(Array.isArray((r as { items: unknown[] }).items)).toBe(true)
const isQr = (r: unknown) => expect(r).toMatch(/^\d#\S+$/)

function levelCases(
  module: 'accLevel' | 'eleLevel' | 'psgLevel',
  level: (f: F) => { id: string; name: string },
) {
  const m = (c: C) => c[module]
  return {
    [`${module}.deleteLevel`]: {
      ok: async (c: C, f: F) => {
        await m(c).syncPerson(f.pin, [level(f).id])
        return m(c).deleteLevel(f.pin, [level(f).id])
      },
      refuse: { run: (c: C, f: F) => m(c).deleteLevel('NOBODY999', level(f).id), code: -22 },
    },
    [`${module}.getById`]: {
      ok: (c: C, f: F) => m(c).getById(level(f).id),
      check: (r: unknown, f: F) => expect(r).toMatchObject({ id: level(f).id }),
    },
    [`${module}.getByName`]: {
      ok: (c: C, f: F) => m(c).getByName(level(f).name),
      check: (r: unknown, f: F) => expect(r).toMatchObject({ id: level(f).id }),
    },
    [`${module}.list`]: {
      ok: (c: C) => m(c).list(P),
      check: nonEmptyList,
      refuse: { run: (c: C) => m(c).list(BAD_SIZE), code: -91 },
    },
    [`${module}.syncLevel`]: {
      ok: (c: C, f: F) => m(c).syncLevel(level(f).id),
      refuse: { run: (c: C) => m(c).syncLevel(UNKNOWN_ID), code: -24 },
    },
    [`${module}.syncPerson`]: {
      ok: (c: C, f: F) => m(c).syncPerson(f.pin, [level(f).id]),
      refuse: { run: (c: C, f: F) => m(c).syncPerson(f.pin, [UNKNOWN_ID]), code: -24 },
    },
    [`${module}.listV2`]: {
      ok: (c: C) => m(c).listV2(P),
      check: nonEmptyPage,
      refuse: { run: (c: C) => m(c).listV2({ pageNo: 0, pageSize: 10 }), code: -90 },
    },
  } satisfies Record<string, EndpointCase>
}

const txList = (run: (c: C, q: typeof P) => Promise<unknown>, check = isList): EndpointCase => ({
  ok: (c) => run(c, P),
  check,
  refuse: { run: (c) => run(c, BAD_SIZE), code: -91 },
})

export const CASES: Record<string, EndpointCase> = {
  ...levelCases('accLevel', (f) => f.accLevel),
  ...levelCases('eleLevel', (f) => f.eleLevel),
  ...levelCases('psgLevel', (f) => f.psgLevel),

  'parkAuthorize.addBlackWhite': {
    ok: (c) =>
      c.parkAuthorize.addBlackWhite({
        type: 0,
        carNumber: 'GH 2024',
        fromTime: '2026-01-01',
        toTime: '2026-12-31',
      }),
    refuse: { run: (c) => c.parkAuthorize.addBlackWhite({ type: 3 as 0, carNumber: 'GH 2025' }), code: -221 },
  },
  'parkAuthorize.delBlackWhite': {
    ok: async (c) => {
      await c.parkAuthorize.addBlackWhite({ type: 1, carNumber: 'GH 3030' })
      return c.parkAuthorize.delBlackWhite('GH 3030')
    },
    refuse: { run: (c) => c.parkAuthorize.delBlackWhite('NOPLATE 1'), code: -223 },
  },
  'parkAuthorize.editBlackWhite': {
    ok: async (c) => {
      await c.parkAuthorize.addBlackWhite({ type: 1, carNumber: 'GH 4040' })
      return c.parkAuthorize.editBlackWhite({ type: 1, carNumber: 'GH 4041', oldCarNumber: 'GH 4040' })
    },
    refuse: {
      run: (c) => c.parkAuthorize.editBlackWhite({ type: 1, carNumber: 'GH 1', oldCarNumber: 'NOPLATE 2' }),
      code: -223,
    },
  },

  'card.getCards': {
    ok: (c, f) => c.card.getCards(f.pin),
    check: isList,
    refuse: { run: (c) => c.card.getCards('NOBODY999'), code: -22 },
  },
  'card.set': {
    ok: (c, f) => c.card.set({ pin: f.pin, cardNo: '99887766' }),
    refuse: { run: (c) => c.card.set({ pin: 'NOBODY999', cardNo: '99887767' }), code: -22 },
  },

  'department.add': {
    ok: (c) => c.department.add({ code: 'GH900', name: 'Gatehouse test dept' }),
    refuse: {
      run: (c) => c.department.add({ code: 'GH901', name: 'Orphan', parentCode: 'NO-SUCH' }),
      code: -13,
    },
  },
  'department.delete': {
    ok: async (c) => {
      await c.department.add({ code: 'GH902', name: 'To delete' })
      return c.department.delete('GH902')
    },
    refuse: { run: (c) => c.department.delete('NO-SUCH'), code: -13 },
  },
  'department.get': {
    ok: (c, f) => c.department.get(f.deptCode),
    check: (r, f) => expect(r).toMatchObject({ code: f.deptCode }),
    refuse: { run: (c) => c.department.get('NO-SUCH'), code: -13 },
  },

  'media.add': {
    ok: (c) => c.media.add('gh-poster', { filename: 'poster.png', data: PNG, contentType: 'image/png' }),
    refuse: { run: (c) => c.media.add('gh-bad', { filename: 'virus.exe', data: PNG }), code: -71 },
  },
  'media.delete': {
    ok: async (c) => {
      await c.media.add('gh-del', { filename: 'a.png', data: PNG })
      return c.media.delete('gh-del')
    },
    refuse: { run: (c) => c.media.delete('no-such-media'), code: -70 },
  },
  'media.get': {
    ok: async (c) => {
      await c.media.add('gh-get', { filename: 'b.jpg', data: PNG })
      return c.media.get('gh-get')
    },
    check: (r) => expect(r).toMatchObject([{ mediaName: 'gh-get', mediaSuffix: 'jpg' }]),
    refuse: { run: (c) => c.media.get('no-such-media'), code: -70 },
  },

  'area.get': {
    ok: (c, f) => c.area.get(f.areaCode),
    check: (r, f) => expect(r).toMatchObject({ code: f.areaCode }),
    refuse: { run: (c) => c.area.get('NO-AREA'), code: -80 },
  },
  'area.list': {
    ok: (c) => c.area.list(P),
    check: nonEmptyList,
    refuse: { run: (c) => c.area.list(BAD_SIZE), code: -91 },
  },
  'attAreaPerson.set': {
    ok: (c, f) => c.attAreaPerson.set(f.areaCode, [f.pin]),
    refuse: { run: (c, f) => c.attAreaPerson.set('NO-AREA', [f.pin]), code: -80 },
  },
  'attAreaPerson.delete': {
    ok: (c, f) => c.attAreaPerson.delete(f.areaCode, [f.pin]),
    refuse: { run: (c, f) => c.attAreaPerson.delete(f.areaCode, []), code: -81 },
  },

  'device.accList': {
    ok: (c) => c.device.accList(P),
    check: nonEmptyList,
    refuse: { run: (c) => c.device.accList(BAD_SIZE), code: -91 },
  },
  'device.getAcc': {
    ok: (c, f) => c.device.getAcc(f.accSn),
    check: (r, f) => expect(r).toMatchObject({ sn: f.accSn, enabled: true }),
    refuse: { run: (c) => c.device.getAcc(''), code: -48 },
  },
  'device.listV2': {
    ok: (c) => c.device.listV2(P),
    check: nonEmptyPage,
    refuse: { run: (c) => c.device.listV2(BAD_SIZE), code: -91 },
  },
  'device.getAtt': {
    ok: (c, f) => c.device.getAtt(f.attSn),
    check: (r, f) => expect(r).toMatchObject({ sn: f.attSn }),
    refuse: { run: (c) => c.device.getAtt(''), code: -200 },
  },
  'device.attAdDeviceList': txList((c, q) => c.device.attAdDeviceList(q), nonEmptyList),
  'eleDevice.eleList': txList((c, q) => c.eleDevice.eleList(q), nonEmptyList),
  'eleDevice.getEle': {
    ok: (c, f) => c.eleDevice.getEle(f.eleSn),
    check: (r, f) => expect(r).toMatchObject({ sn: f.eleSn }),
    refuse: { run: (c) => c.eleDevice.getEle(''), code: -200 },
  },
  'eleDevice.eleListV2': txList((c, q) => c.eleDevice.eleListV2(q), nonEmptyPage),

  'door.allDoorState': {
    ok: (c) => c.door.allDoorState(),
    check: (r) => {
      nonEmptyList(r)
      expect((r as { connect: string }[]).every((s) => s.connect !== 'unknown')).toBe(true)
    },
  },
  'door.doorStateById': {
    ok: (c, f) => c.door.doorStateById(f.door.id),
    check: (r, f) => expect(r).toMatchObject({ doorId: f.door.id, connect: 'online' }),
  },
  'door.doorStateBySn': {
    ok: (c, f) => c.door.doorStateBySn(f.accSn),
    check: nonEmptyList,
    refuse: { run: (c) => c.door.doorStateBySn(''), code: -48 },
  },
  'door.get': {
    ok: (c, f) => c.door.get(f.door.id),
    check: (r, f) => expect(r).toMatchObject({ id: f.door.id }),
  },
  'door.list': txList((c, q) => c.door.list(q), nonEmptyList),
  'door.listV2': txList((c, q) => c.door.listV2(q), nonEmptyPage),
  'door.remoteCloseById': {
    ok: (c, f) => c.door.remoteCloseById(f.door.id),
    refuse: { run: (c) => c.door.remoteCloseById(UNKNOWN_ID), code: -47 },
  },
  'door.remoteCloseByName': {
    ok: (c, f) => c.door.remoteCloseByName(f.door.name),
    refuse: { run: (c) => c.door.remoteCloseByName('No Such Door'), code: -47 },
  },
  'door.remoteOpenById': {
    ok: (c, f) => c.door.remoteOpenById(f.door.id, 5),
    refuse: { run: (c, f) => c.door.remoteOpenById(f.door.id, 255), code: -45 },
  },
  'door.remoteOpenByName': {
    ok: (c, f) => c.door.remoteOpenByName(f.door.name, 3),
    refuse: { run: (c) => c.door.remoteOpenByName('No Such Door', 3), code: -47 },
  },

  'floor.list': txList((c, q) => c.floor.list(q), nonEmptyList),
  'floor.listV2': txList((c, q) => c.floor.listV2(q), nonEmptyPage),
  'floor.remoteCloseById': {
    ok: (c, f) => c.floor.remoteCloseById(f.floorId),
    refuse: { run: (c) => c.floor.remoteCloseById(UNKNOWN_ID), code: -1 },
  },
  'floor.remoteOpenById': {
    ok: (c, f) => c.floor.remoteOpenById(f.floorId, 5),
    refuse: { run: (c, f) => c.floor.remoteOpenById(f.floorId, 0), code: -203 },
  },

  'person.add': {
    ok: (c, f) =>
      c.person.add({
        pin: 'GH900',
        name: 'Gate',
        lastName: 'House',
        gender: 'F',
        deptCode: f.deptCode,
        accLevelIds: [f.accLevel.id],
      }),
    refuse: { run: (c) => c.person.add({ pin: 'bad pin!' }), code: -29 },
  },
  'person.delete': {
    ok: async (c) => {
      await c.person.add({ pin: 'GH901', name: 'Temp' })
      return c.person.delete('GH901')
    },
    refuse: { run: (c) => c.person.delete('NOBODY999'), code: -22 },
  },
  'person.get': {
    ok: (c, f) => c.person.get(f.pin),
    check: (r, f) => expect(r).toMatchObject({ pin: f.pin }),
    refuse: { run: (c) => c.person.get('NOBODY999'), code: -22 },
  },
  'person.getPersonList': {
    ok: (c, f) => c.person.getPersonList({ pins: [f.pin, f.pin2], pageNo: 1, pageSize: 10 }),
    check: (r, f) =>
      expect((r as { pin: string }[]).map((p) => p.pin).sort()).toEqual([f.pin, f.pin2].sort()),
    refuse: { run: (c) => c.person.getPersonList(BAD_SIZE), code: -91 },
  },
  'person.getQrCode': {
    ok: (c, f) => c.person.getQrCode(f.pin),
    check: isQr,
    refuse: { run: (c) => c.person.getQrCode('NOBODY999'), code: -22 },
  },
  'person.leave': {
    ok: (c, f) => c.person.leave({ pin: f.pin2, leaveDate: f.now.slice(0, 10), leaveType: '1' }),
    refuse: {
      run: (c, f) => c.person.leave({ pin: 'NOBODY999', leaveDate: f.now.slice(0, 10), leaveType: '1' }),
      code: -22,
    },
  },
  'person.addPersonnelBasicInfo': {
    ok: (c) =>
      c.person.addPersonnelBasicInfo({
        pin: 'GH902',
        name: 'Basic',
        birthday: '1990-05-04',
        isSendMail: false,
      }),
    refuse: { run: (c) => c.person.addPersonnelBasicInfo({ pin: 'GH903', deptCode: 'NO-SUCH' }), code: -13 },
  },
  'person.updatePersonnelPhoto': {
    ok: (c, f) => c.person.updatePersonnelPhoto(f.pin, f.photo),
    refuse: { run: (c, f) => c.person.updatePersonnelPhoto(f.pin, tinyPhoto()), code: -5001 },
  },
  'person.getPersonListV2': {
    ok: (c) => c.person.getPersonListV2({ pageNo: 1, pageSize: 5 }),
    check: nonEmptyPage,
    refuse: { run: (c) => c.person.getPersonListV2({ pageNo: 0, pageSize: 5 }), code: -90 },
  },
  'person.reinstated': {
    ok: async (c, f) => {
      await c.person.leave({ pin: f.pin2, leaveDate: f.now.slice(0, 10), leaveType: '1' })
      return c.person.reinstated({ pin: f.pin2, hireDate: f.now.slice(0, 10) })
    },
    refuse: { run: (c) => c.person.reinstated({ pin: 'NOBODY999' }), code: -22 },
  },

  'reader.accList': txList((c, q) => c.reader.accList(q), nonEmptyList),
  'reader.getAcc': {
    ok: (c, f) => c.reader.getAcc(f.readerId),
    check: (r, f) => expect(r).toMatchObject({ id: f.readerId }),
  },
  'psgReader.list': txList((c, q) => c.psgReader.list(q), nonEmptyList),
  'psgReader.listV2': txList((c, q) => c.psgReader.listV2(q), nonEmptyPage),
  'psgReader.getById': {
    ok: (c, f) => c.psgReader.getById(f.psgReaderId),
    check: (r, f) => expect(r).toMatchObject({ id: f.psgReaderId }),
    refuse: { run: (c) => c.psgReader.getById(UNKNOWN_ID), code: -264 },
  },

  'visitor.reservation.add': {
    ok: (c, f) =>
      c.visitor.reservation.add({
        persPersonPin: f.pin,
        certType: 3,
        certNum: 'GH1234567',
        visitEmpName: 'Ann Visitor',
        company: 'Acme',
        visitReason: 'Meeting',
        visitDate: f.later,
        visitEndDate: f.tomorrow,
      }),
    refuse: {
      run: (c, f) =>
        c.visitor.reservation.add({
          persPersonPin: f.pin,
          certType: f.blocked.certType as 3,
          certNum: f.blocked.certNumber,
          visitEmpName: 'Blocked Person',
          visitReason: 'Meeting',
          visitDate: f.later,
          visitEndDate: f.tomorrow,
        }),
      code: -254,
    },
  },
  'visitor.reservation.del': {
    ok: async (c, f) => {
      const r = { certType: 3 as const, certNum: 'GH5550001', visitDate: f.later }
      await c.visitor.reservation.add({
        ...r,
        persPersonPin: f.pin,
        visitEmpName: 'Cy Visitor',
        visitReason: 'Meeting',
        visitEndDate: f.tomorrow,
      })
      return c.visitor.reservation.del(r)
    },
    refuse: {
      run: (c, f) => c.visitor.reservation.del({ certType: 3, certNum: 'NOSUCH1', visitDate: f.later }),
      code: -248,
    },
  },
  'visitor.level.list': txList((c, q) => c.visitor.level.list(q), nonEmptyList),
  'visitor.registration.add': {
    ok: (c, f) =>
      c.visitor.registration.add({
        persPersonPin: f.pin,
        certType: 3,
        certNum: 'GH7654321',
        visitorName: 'Bo Visitor',
        visitReason: 'Delivery',
        startTime: f.now,
        endTime: f.later,
      }),
    refuse: {
      run: (c, f) =>
        c.visitor.registration.add({
          persPersonPin: f.pin,
          certType: f.blocked.certType as 3,
          certNum: f.blocked.certNumber,
          visitorName: 'Blocked Person',
          visitReason: 'Delivery',
          startTime: f.now,
          endTime: f.later,
        }),
      code: -254,
    },
  },
  'visitor.registration.exit': {
    ok: (c, f) => c.visitor.registration.exit(f.openVisit.certType as 3, f.openVisit.certNum),
    refuse: { run: (c) => c.visitor.registration.exit(3, 'NOTHERE1'), code: -256 },
  },
  'visitor.registration.getQrCode': {
    ok: (c, f) => c.visitor.registration.getQrCode(f.visitor.pin),
    check: isQr,
    refuse: { run: (c) => c.visitor.registration.getQrCode('799999999'), code: -257 },
  },
  'visitor.registration.getQrCodeByPin': {
    ok: (c, f) => c.visitor.registration.getQrCodeByPin(f.visitor.pin),
    check: isQr,
    refuse: { run: (c) => c.visitor.registration.getQrCodeByPin('799999999'), code: -257 },
  },
  'visitor.registration.getQrCodeByCertNumber': {
    ok: (c, f) =>
      c.visitor.registration.getQrCodeByCertNumber({
        certNumber: f.visitor.certNumber,
        certType: f.visitor.certType as 3,
      }),
    check: isQr,
    refuse: {
      run: (c) => c.visitor.registration.getQrCodeByCertNumber({ certNumber: 'NOSUCH2', certType: 3 }),
      code: -257,
    },
  },
  'visitor.registration.getTransactionListV2': txList(
    (c, q) => c.visitor.registration.getTransactionListV2(q),
    nonEmptyPage,
  ),
  'visitor.visitors.getVisitorList': {
    ok: (c, f) =>
      c.visitor.visitors.getVisitorList({ certNumbers: [f.visitor.certNumber], pageNo: 1, pageSize: 10 }),
    check: (r, f) => expect(r).toMatchObject([{ pin: f.visitor.pin, certNumber: f.visitor.certNumber }]),
    refuse: { run: (c) => c.visitor.visitors.getVisitorList(BAD_SIZE), code: -91 },
  },

  'transaction.device': txList((c, q) => c.transaction.device(accSnOf(c), q)),
  'transaction.deviceV2': txList((c, q) => c.transaction.deviceV2(accSnOf(c), q), isPage),
  'transaction.list': txList((c, q) => c.transaction.list(q), nonEmptyList),
  'transaction.listV2': txList((c, q) => c.transaction.listV2(q), nonEmptyPage),
  'transaction.monitor': { ok: (c) => c.transaction.monitor(1494467276539), check: isList },
  'transaction.person': txList((c, q) => c.transaction.person(pinOf(c), q)),
  'transaction.personV2': txList((c, q) => c.transaction.personV2(pinOf(c), q), isPage),
  'transaction.firstInAndLastOut': txList((c, q) => c.transaction.firstInAndLastOut(pinOf(c), q)),
  'transaction.firstInAndLastOutV2': txList((c, q) => c.transaction.firstInAndLastOutV2(pinOf(c), q), isPage),
  'transaction.getDoorTransactions': {
    ok: (c) => c.transaction.getDoorTransactions({ pageNo: 1, pageSize: 10 }),
    check: (r) => {
      const out = r as { items: unknown[]; total: number | null }
      expect(out.items.length).toBeGreaterThan(0)
      expect(out.total).toBeGreaterThanOrEqual(out.items.length)
    },
    refuse: {
      run: (c) => c.transaction.getDoorTransactions({ pageNo: 1, pageSize: 10, type: 'bogus' }),
      code: 'ret',
    },
  },
  'transaction.getDoorTransactionsV2': {
    ok: (c) => c.transaction.getDoorTransactionsV2({ pageNo: 1, pageSize: 10, type: 'alarm' }),
    check: (r) => {
      isPage(r)
      for (const row of (r as { items: { eventLevel: number | null }[] }).items)
        expect(row.eventLevel).toBe(2)
    },
    refuse: {
      run: (c) => c.transaction.getDoorTransactionsV2({ pageNo: 1, pageSize: 10, type: 'bogus' }),
      code: 'ret',
    },
  },
  'transaction.getDoorTransactionDetail': {
    ok: (c, f) => c.transaction.getDoorTransactionDetail(f.transactionId),
    check: (r, f) => expect(r).toMatchObject({ id: f.transactionId }),
    refuse: { run: (c) => c.transaction.getDoorTransactionDetail(UNKNOWN_ID), code: 'ret' },
  },
  'transaction.getById': {
    ok: (c, f) => c.transaction.getById(f.transactionId),
    check: (r, f) => expect(r).toMatchObject({ id: f.transactionId }),
  },
  'transaction.listAttTransaction': txList((c, q) => c.transaction.listAttTransaction(q)),
  'eleTransaction.list': txList((c, q) => c.eleTransaction.list(q)),
  'eleTransaction.listV2': txList((c, q) => c.eleTransaction.listV2(q), isPage),
  'parkTransaction.getParkRecordPicture': {
    ok: (c, f) => c.parkTransaction.getParkRecordPicture(f.parkRecordId, 1),
    check: (r) => expect(typeof r).toBe('string'),
    refuse: { run: (c, f) => c.parkTransaction.getParkRecordPicture(f.parkRecordId, 3 as 1), code: -220 },
  },
  'parkTransaction.listParkRecordIn': txList((c, q) => c.parkTransaction.listParkRecordIn(q), nonEmptyList),
  'parkTransaction.listParkRecordOut': txList((c, q) => c.parkTransaction.listParkRecordOut(q)),

  'attApply.applySign': {
    ok: (c, f) => c.attApply.applySign({ personPin: f.pin, signDatetime: f.now, remark: 'forgot badge' }),
    refuse: {
      run: (c, f) => c.attApply.applySign({ personPin: 'NOBODY999', signDatetime: f.now }),
      code: -22,
    },
  },
  'attApply.applyOvertime': {
    ok: (c, f) => c.attApply.applyOvertime({ personPin: f.pin, startDatetime: f.now, endDatetime: f.later }),
    refuse: {
      run: (c, f) =>
        c.attApply.applyOvertime({ personPin: f.pin, startDatetime: f.later, endDatetime: f.now }),
      code: -101,
    },
  },
  'attApply.applyLeave': {
    ok: (c, f) =>
      c.attApply.applyLeave({
        personPin: f.pin,
        leaveTypeNo: f.leaveTypeNo,
        startDatetime: f.later,
        endDatetime: f.tomorrow,
      }),
    refuse: {
      run: (c, f) =>
        c.attApply.applyLeave({
          personPin: f.pin,
          leaveTypeNo: f.leaveTypeNo,
          startDatetime: f.tomorrow,
          endDatetime: f.later,
        }),
      code: -101,
    },
  },
  'attApply.getLeaveTypeList': { ok: (c) => c.attApply.getLeaveTypeList(), check: nonEmptyList },
  'attApply.uploadLeaveImage': {
    ok: (c, f) => c.attApply.uploadLeaveImage(f.photo),
    check: (r) => expect(r).toMatch(/^\/fileresource\/att\/leave\/image\//),
    refuse: {
      run: (c) => c.attApply.uploadLeaveImage(Buffer.from('not a picture').toString('base64')),
      code: -27,
    },
  },
  'attApply.getApplyTimeLong': {
    ok: (c, f) =>
      c.attApply.getApplyTimeLong({
        personPin: f.pin,
        leaveTypeNo: f.leaveTypeNo,
        startDatetime: f.now,
        endDatetime: f.later,
      }),
    check: (r) => expect(Number(r)).toBeCloseTo(3, 1),
    refuse: {
      run: (c, f) =>
        c.attApply.getApplyTimeLong({
          personPin: f.pin,
          leaveTypeNo: f.leaveTypeNo,
          startDatetime: f.later,
          endDatetime: f.now,
        }),
      code: -101,
    },
  },
  'attPerson.editAttPerson': {
    ok: (c, f) =>
      c.attPerson.editAttPerson({ personPin: f.pin, isAttendance: true, perDevAuth: 0, verifyMode: 15 }),
    refuse: {
      run: (c) =>
        c.attPerson.editAttPerson({
          personPin: 'NOBODY999',
          isAttendance: true,
          perDevAuth: 0,
          verifyMode: 0,
        }),
      code: -22,
    },
  },
  'attPerson.editInsPerson': {
    ok: (c, f) => c.attPerson.editInsPerson({ personPin: f.pin, category: 1, perDevAuth: 0 }),
    refuse: {
      run: (c) => c.attPerson.editInsPerson({ personPin: 'NOBODY999', category: 0, perDevAuth: 0 }),
      code: -22,
    },
  },

  'bioTemplate.add': {
    ok: async (c, f) => {
      await c.bioTemplate.deleteByPin(f.pin)
      return c.bioTemplate.add({ personId: f.pin, validType: 1, template: 'TUlDUk9TT0ZU', templateNo: 3 })
    },
    refuse: {
      run: (c, f) => c.bioTemplate.add({ personId: f.pin, validType: 1, template: 'x', templateNo: 12 }),
      code: -33,
    },
  },
  'bioTemplate.deleteByPinAndTemplateNo': {
    ok: async (c, f) => {
      await c.bioTemplate.deleteByPin(f.pin)
      await c.bioTemplate.add({ personId: f.pin, validType: 3, template: 'ZHVyZXNz', templateNo: 7 })
      return c.bioTemplate.deleteByPinAndTemplateNo(f.pin, 7)
    },
    refuse: { run: (c, f) => c.bioTemplate.deleteByPinAndTemplateNo(f.pin, 9), code: -34 },
  },
  'bioTemplate.deleteByPin': {
    ok: (c, f) => c.bioTemplate.deleteByPin(f.pin),
    refuse: { run: (c) => c.bioTemplate.deleteByPin('NOBODY999'), code: -22 },
  },
  'bioTemplate.getFgListByPin': {
    ok: async (c, f) => {
      await c.bioTemplate.deleteByPin(f.pin)
      await c.bioTemplate.add({ personId: f.pin, validType: 1, template: 'ZmluZ2Vy', templateNo: 2 })
      return c.bioTemplate.getFgListByPin(f.pin)
    },
    check: (r) =>
      expect(r).toEqual(
        expect.arrayContaining([expect.objectContaining({ templateNo: 2, template: 'ZmluZ2Vy' })]),
      ),
    refuse: { run: (c) => c.bioTemplate.getFgListByPin('NOBODY999'), code: -22 },
  },

  'hep.list': txList((c, q) => c.hep.list(q), nonEmptyList),
  'hep.monitor': { ok: (c) => c.hep.monitor(1494467276539), check: isList },

  'insAreaPerson.setAreaPerson': {
    ok: (c, f) => c.insAreaPerson.setAreaPerson(f.insAreaCode, [f.pin, f.pin2]),
    refuse: { run: (c, f) => c.insAreaPerson.setAreaPerson('NO-AREA', [f.pin]), code: -80 },
  },
  'insAreaPerson.delAreaPerson': {
    ok: (c, f) => c.insAreaPerson.delAreaPerson(f.insAreaCode, [f.pin]),
    refuse: { run: (c, f) => c.insAreaPerson.delAreaPerson('NO-AREA', [f.pin]), code: -80 },
  },
  'insAreaPerson.getAreaList': txList((c, q) => c.insAreaPerson.getAreaList(q), nonEmptyList),

  'psgDevice.list': txList((c, q) => c.psgDevice.list(q), nonEmptyList),
  'psgDevice.getBySn': {
    ok: (c, f) => c.psgDevice.getBySn(f.psgSn),
    check: (r, f) => expect(r).toMatchObject({ sn: f.psgSn }),
    refuse: { run: (c) => c.psgDevice.getBySn(''), code: -200 },
  },
  'psgDevice.listV2': txList((c, q) => c.psgDevice.listV2(q), nonEmptyPage),
  'psgGate.allGateState': {
    ok: (c) => c.psgGate.allGateState(),
    check: (r) => {
      nonEmptyList(r)
      expect((r as { gateState: string }[]).every((g) => g.gateState !== 'unknown')).toBe(true)
    },
  },
  'psgGate.gateStateById': {
    ok: (c, f) => c.psgGate.gateStateById(f.gate.id),
    check: (r, f) => expect(r).toMatchObject([{ gateId: f.gate.id }]),
  },
  'psgGate.gateStateBySn': {
    ok: (c, f) => c.psgGate.gateStateBySn(f.psgSn),
    check: nonEmptyList,
    refuse: { run: (c) => c.psgGate.gateStateBySn(''), code: -200 },
  },
  'psgGate.getById': {
    ok: (c, f) => c.psgGate.getById(f.gate.id),
    check: (r, f) => expect(r).toMatchObject({ id: f.gate.id }),
  },
  'psgGate.list': txList((c, q) => c.psgGate.list(q), nonEmptyList),
  'psgGate.listV2': txList((c, q) => c.psgGate.listV2(q), nonEmptyPage),
  'psgGate.remoteOpenById': {
    ok: (c, f) => c.psgGate.remoteOpenById(f.gate.id, 1),
    refuse: { run: (c, f) => c.psgGate.remoteOpenById(f.gate.id, 3 as 1), code: -266 },
  },
  'psgGate.remoteOpenByName': {
    ok: (c, f) => c.psgGate.remoteOpenByName(f.gate.name, 2),
    refuse: { run: (c, f) => c.psgGate.remoteOpenByName(f.gate.name, 7 as 1), code: -266 },
  },
  'psgTransaction.device': txList((c, q) => c.psgTransaction.device(psgSnOf(c), q)),
  'psgTransaction.list': txList((c, q) => c.psgTransaction.list(q), nonEmptyList),
  'psgTransaction.monitor': { ok: (c) => c.psgTransaction.monitor(1494467276539), check: isList },
  'psgTransaction.person': txList((c, q) => c.psgTransaction.person(pinOf(c), q)),
  'psgTransaction.deviceV2': txList((c, q) => c.psgTransaction.deviceV2(psgSnOf(c), q), isPage),
  'psgTransaction.listV2': txList((c, q) => c.psgTransaction.listV2(q), nonEmptyPage),
  'psgTransaction.personV2': txList((c, q) => c.psgTransaction.personV2(pinOf(c), q), isPage),
}

// Fixture values needed inside txList helpers (set by the test once discovered).
const current: { f?: Fixtures } = {}
export function useFixtures(f: Fixtures): void {
  current.f = f
}
const need = () => {
  if (!current.f) throw new Error('fixtures not discovered yet')
  return current.f
}
function accSnOf(_c: C): string {
  return need().accSn
}
function psgSnOf(_c: C): string {
  return need().psgSn
}
function pinOf(_c: C): string {
  return need().pin
}
