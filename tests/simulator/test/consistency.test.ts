// One consistent state: what one endpoint changes, the others see.
import { describe, expect, it } from 'vitest'
import { get, post, simTime, useSim } from './helpers.ts'

const h = useSim()

describe('persons', () => {
  it('person/add is seen by person/get, both person lists, and as a visit host', async () => {
    const add = await post(
      h.sim,
      '/api/person/add',
      {},
      { pin: '990001', deptCode: '3', name: 'Nora', lastName: 'Quist', gender: 'F', cardNo: '77770001' },
    )
    expect(add.json).toEqual({ code: 0, message: 'success', data: null })
    const got = await get(h.sim, '/api/person/get/990001')
    expect(got.json.data).toMatchObject({
      pin: '990001',
      deptCode: '3',
      deptName: 'Security',
      name: 'Nora',
      cardNo: '77770001',
    })
    const v1 = await post(h.sim, '/api/person/getPersonList', {}, { pins: '990001', pageNo: 1, pageSize: 10 })
    expect(v1.json.data.map((p: { pin: string }) => p.pin)).toEqual(['990001'])
    const v2 = await post(h.sim, '/api/v2/person/getPersonList', { pins: '990001', pageNo: 1, pageSize: 10 })
    expect(v2.json.data.total).toBe(1)
    const cards = await get(h.sim, '/api/card/getCards/990001')
    expect(cards.json.data).toEqual([{ pin: '990001', cardNo: '77770001', cardType: '0' }])
    const now = (await h.sim.control.clock()).now
    const reg = await post(
      h.sim,
      '/api/visRegistration/add',
      {},
      {
        persPersonPin: '990001',
        certType: '3',
        certNum: 'HOSTTEST1',
        visEmpName: 'Guest One',
        visitReason: 'visit',
        visitorCount: '1',
        startTime: now,
        endTime: simTime(now, 2),
      },
    )
    expect(reg.json.code).toBe(0)
  })

  it('a card in use by another person: -23; unknown department: -13', async () => {
    expect((await post(h.sim, '/api/person/add', {}, { pin: '990002', cardNo: '77770001' })).json.code).toBe(
      -23,
    )
    expect((await post(h.sim, '/api/person/add', {}, { pin: '990002', deptCode: 'nope' })).json.code).toBe(
      -13,
    )
  })

  it('a deleted person is gone everywhere: -22', async () => {
    await post(h.sim, '/api/person/add', {}, { pin: '990003', name: 'Temp' })
    expect(
      (
        await (
          await fetch(`${h.sim.url}/api/person/delete/990003?access_token=${h.sim.token}`, {
            method: 'DELETE',
          })
        ).json()
      ).code,
    ).toBe(0)
    expect((await get(h.sim, '/api/person/get/990003')).json.code).toBe(-22)
    expect((await get(h.sim, '/api/card/getCards/990003')).json.code).toBe(-22)
  })
})

describe('doors', () => {
  it('remote open sets the relay and writes a Remote Opening transaction seen by lists and the monitor', async () => {
    const door = (await get(h.sim, '/api/door/list', { pageNo: 1, pageSize: 5 })).json.data[2]
    const session = String(Date.now())
    await get(h.sim, '/api/transaction/monitor', { timestamp: session })
    const before = (await get(h.sim, '/api/door/doorStateById', { doorId: door.id, timestamp: 1 })).json.data
    expect(before.relay).toBe('off')
    expect((await post(h.sim, '/api/door/remoteOpenById', { doorId: door.id, interval: 5 })).json.code).toBe(
      0,
    )
    const all = (await get(h.sim, '/api/door/allDoorState', { timestamp: 1 })).json.data
    expect(all.find((d: { id: string }) => d.id === door.id).relay).toBe('open')
    const list = (await get(h.sim, '/api/v2/transaction/list', { pageNo: 1, pageSize: 5 })).json.data.data
    expect(list[0]).toMatchObject({
      eventName: 'Remote Opening',
      eventNo: 8,
      eventLevel: 0,
      doorName: door.name,
    })
    const monitor = (await get(h.sim, '/api/transaction/monitor', { timestamp: session })).json.data
    expect(monitor.map((r: { eventName: string }) => r.eventName)).toContain('Remote Opening')
    const detail = await post(h.sim, '/api/transaction/getDoorTransactionDetail', {}, { id: list[0].id })
    expect(detail.json).toMatchObject({
      ret: 'ok',
      data: { eventName: 'Remote Opening', doorName: door.name },
    })
    // the relay closes by itself when the interval is over on the simulated clock
    await h.sim.control.clock({ advanceMs: 6000 })
    expect((await get(h.sim, '/api/door/doorStateById', { doorId: door.id })).json.data.relay).toBe('off')
  })

  it('remote close by the manual spelling and the Swagger spelling; interval and door checks', async () => {
    const door = (await get(h.sim, '/api/door/list', { pageNo: 1, pageSize: 1 })).json.data[0]
    expect((await post(h.sim, '/api/door/remoteoffByName', { doorName: door.name })).json.code).toBe(0)
    expect((await post(h.sim, '/api/door/remoteCloseByName', { doorName: door.name })).json.code).toBe(0)
    expect(
      (await post(h.sim, '/api/door/remoteOpenById', { doorId: door.id, interval: 255 })).json.code,
    ).toBe(-45)
    expect((await post(h.sim, '/api/door/remoteOpenById', { doorId: door.id, interval: 0 })).json.code).toBe(
      -45,
    )
    expect((await post(h.sim, '/api/door/remoteOpenById', { doorId: '1', interval: 5 })).json.code).toBe(-47)
    expect((await post(h.sim, '/api/door/remoteOpenById', { interval: 5 })).json.code).toBe(-44)
  })

  it('an offline controller reports connect 0 and refuses remote opening (-103)', async () => {
    const door = (await get(h.sim, '/api/door/list', { pageNo: 1, pageSize: 1 })).json.data[0]
    await h.sim.control.trigger({ kind: 'deviceOffline', doorId: door.id })
    const state = (await get(h.sim, '/api/door/doorStateById', { doorId: door.id })).json.data
    expect(state).toMatchObject({ connect: '0', sensor: 'unknown', relay: 'unknown' })
    expect((await post(h.sim, '/api/door/remoteOpenById', { doorId: door.id, interval: 5 })).json.code).toBe(
      -103,
    )
    await h.sim.control.trigger({ kind: 'deviceOnline', doorId: door.id })
    expect((await get(h.sim, '/api/door/doorStateById', { doorId: door.id })).json.data.connect).toBe('1')
  })

  it('a forced-open alarm shows in the door state and as an alarm-level transaction', async () => {
    const [event] = await h.sim.control.trigger({ kind: 'forcedOpen', doorName: 'Server Room' })
    expect(event).toMatchObject({ eventNo: 102, eventLevel: 2 })
    const snap = await h.sim.control.snapshot()
    const door = snap.doors.find((d) => d.name === 'Server Room')!
    expect(door.alarm.toLowerCase()).toBe('be opened accidentally')
    expect(door.sensor.toLowerCase()).toBe('open')
    const alarms = await post(
      h.sim,
      '/api/transaction/getDoorTransactions',
      {},
      { type: 'alarm', pageNo: '1', pageSize: '5' },
    )
    expect(alarms.json.data[0]).toMatchObject({ id: event.id, eventLevel: '2' })
    await h.sim.control.trigger({ kind: 'doorClose', doorName: 'Server Room' })
    const after = (await h.sim.control.snapshot()).doors.find((d) => d.name === 'Server Room')!
    expect(after.alarm.toLowerCase()).toBe('none')
  })
})

describe('gates', () => {
  it('remote open by gate id: relay 2 for entry, 1 for exit, a psg transaction; bad openType -266', async () => {
    const gate = (await get(h.sim, '/api/psgGate/list', { pageNo: 1, pageSize: 1 })).json.data[0]
    expect(
      (await post(h.sim, '/api/psgGate/remoteOpenById', { gateId: gate.id, openType: 1 })).json.code,
    ).toBe(0)
    expect((await get(h.sim, '/api/psgGate/gateStateById', { gateId: gate.id })).json.data[0].relay).toBe('2')
    expect(
      (await post(h.sim, '/api/psgGate/remoteOpenByName', { gateName: gate.name, openType: 2 })).json.code,
    ).toBe(0)
    expect((await get(h.sim, '/api/psgGate/gateStateById', { gateId: gate.id })).json.data[0].relay).toBe('1')
    const rows = (await get(h.sim, '/api/v2/psgTransaction/list', { pageNo: 1, pageSize: 2 })).json.data.data
    expect(rows[0]).toMatchObject({ eventNo: 8, eventPointName: gate.name })
    expect(
      (await post(h.sim, '/api/psgGate/remoteOpenById', { gateId: gate.id, openType: 3 })).json.code,
    ).toBe(-266)
    expect((await post(h.sim, '/api/psgGate/remoteOpenById', { gateId: gate.id })).json.code).toBe(-265)
  })

  it('a gate alarm shows as a numeric alarm code', async () => {
    const gate = (await get(h.sim, '/api/psgGate/list', { pageNo: 1, pageSize: 2 })).json.data[1]
    await h.sim.control.trigger({ kind: 'gateAlarm', gateId: gate.id, alarm: 2 })
    expect((await get(h.sim, '/api/psgGate/gateStateById', { gateId: gate.id })).json.data[0].alarm).toBe('2')
  })
})

describe('visitors', () => {
  const base = async (certNum: string, extra: Record<string, string> = {}) => {
    const now = (await h.sim.control.clock()).now
    return {
      persPersonPin: '1001',
      certType: '3',
      certNum,
      visEmpName: 'Visitor ' + certNum,
      visitReason: 'visit',
      visitorCount: '1',
      startTime: now,
      endTime: simTime(now, 3),
      ...extra,
    }
  }

  it('registration -> pin 8000000NN in the visitor list -> QR of that visitor -> exit ends the visit', async () => {
    expect((await post(h.sim, '/api/visRegistration/add', {}, await base('CONS-1'))).json.code).toBe(0)
    const visitor = (
      await post(h.sim, '/api/visVisitor/getVisitorList', { certNumbers: 'CONS-1', pageNo: 1, pageSize: 5 })
    ).json.data[0]
    expect(visitor.pin).toMatch(/^8000000\d\d$/)
    const qr = (await post(h.sim, `/api/visRegistration/getQrCode/${visitor.pin}`, {}, { pin: visitor.pin }))
      .json.data
    expect(qr).toMatch(/^2#[A-Za-z0-9+/]{43}=$/)
    expect(await h.sim.control.decodeQr(qr)).toMatchObject({ kind: 'visitor', pin: visitor.pin, age: 0 })
    // dynamic: another 30 s window gives another payload that still decodes to the same visitor
    await h.sim.control.clock({ advanceMs: 31_000 })
    const qr2 = (
      await post(h.sim, '/api/v2/visRegistration/getQrCodeByCertNumber', {
        certNumber: 'CONS-1',
        certType: '3',
      })
    ).json.data
    expect(qr2).not.toBe(qr)
    expect(await h.sim.control.decodeQr(qr2)).toMatchObject({ pin: visitor.pin, age: 0 })
    expect((await post(h.sim, '/api/visRegistration/add', {}, await base('CONS-1'))).json.code).toBe(-255)
    expect(
      (await post(h.sim, '/api/visRegistration/exit', { certType: '3', certNum: 'CONS-1' })).json.code,
    ).toBe(0)
    const visits = (
      await post(h.sim, '/api/v2/visRegistration/getTransactionList', {
        certNum: 'CONS-1',
        pageNo: 1,
        pageSize: 5,
      })
    ).json.data.data
    expect(visits[0].endTime).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/)
    expect(
      (await post(h.sim, '/api/visRegistration/exit', { certType: '3', certNum: 'CONS-1' })).json.code,
    ).toBe(-256)
  })

  it('block list -254, unknown host -253, bad national id -251, good national id 0, bad type -250', async () => {
    await h.sim.control.blocklist('3', 'BLOCKED-1')
    expect((await post(h.sim, '/api/visRegistration/add', {}, await base('BLOCKED-1'))).json.code).toBe(-254)
    expect(
      (await post(h.sim, '/api/visRegistration/add', {}, await base('CONS-2', { persPersonPin: '424242' })))
        .json.code,
    ).toBe(-253)
    expect(
      (await post(h.sim, '/api/visRegistration/add', {}, await base('123456', { certType: '2' }))).json.code,
    ).toBe(-251)
    expect(
      (await post(h.sim, '/api/visRegistration/add', {}, await base('11010519491231002X', { certType: '2' })))
        .json.code,
    ).toBe(0)
    expect(
      (await post(h.sim, '/api/visRegistration/add', {}, await base('CONS-3', { certType: '9' }))).json.code,
    ).toBe(-250)
  })

  it('reservations: add, duplicate -244, delete by type + number + date, missing -248', async () => {
    const now = (await h.sim.control.clock()).now
    const body = {
      persPersonPin: '1002',
      certType: '3',
      certNum: 'RES-1',
      visitEmpName: 'Res One',
      visitReason: 'meeting',
      visitDate: simTime(now, 1),
      visitEndDate: simTime(now, 2),
    }
    expect((await post(h.sim, '/api/visReservation/add', {}, body)).json.code).toBe(0)
    expect((await post(h.sim, '/api/visReservation/add', {}, body)).json.code).toBe(-244)
    const del = { certType: '3', certNum: 'RES-1', visitDate: body.visitDate }
    expect((await post(h.sim, '/api/visReservation/del', del)).json.code).toBe(0)
    expect((await post(h.sim, '/api/visReservation/del', del)).json.code).toBe(-248)
  })
})
