import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditMigrations } from '../../../electron/main/audit/audit-log'
import { openDatabase } from '../../../electron/main/db/database'
import { createHostDirectory } from '../../../electron/main/reception/host-directory'
import { buildHostIndex } from '../../../electron/main/reception/host-index'
import { receptionMigrations } from '../../../electron/main/reception/migrations'
import type { ReceptionServer } from '../../../electron/main/reception/server-port'
import { zkbioReceptionServer } from '../../../electron/main/reception/zkbio-reception-server'
import { ZkbioCore } from '../../../electron/main/zkbio/core'
import type { Host } from '../../../electron/shared/contract/reception'
import { startSimulator, type RunningSimulator } from '../../simulator/index'
import { call, createReceptionFixture, type ReceptionFixture } from './reception-fixture'

const hosts: Host[] = [
  { pin: '1001', name: 'José Álvarez', departmentCode: '10', departmentName: 'Finance', phone: '' },
  {
    pin: '1002',
    name: 'Joan Smith',
    departmentCode: '20',
    departmentName: 'Research and Development',
    phone: '',
  },
  { pin: '2001', name: 'Mary Joseph', departmentCode: '10', departmentName: 'Finance', phone: '' },
  { pin: '77', name: 'Li Wei', departmentCode: '30', departmentName: 'Security', phone: '' },
]

describe('host search index', () => {
  const index = buildHostIndex(hosts)
  const pins = (q: string, limit?: number) => index.search(q, limit).map((h) => h.pin)

  it('finds by name prefix, accents ignored, name matches first', () => {
    expect(pins('jose')).toEqual(['1001', '2001'])
    expect(pins('ÁLV')).toEqual(['1001'])
    expect(pins('jo')).toEqual(['1002', '1001', '2001'])
  })
  it('finds by pin, exact pin first', () => {
    expect(pins('1001')).toEqual(['1001'])
    expect(pins('100')).toEqual(['1001', '1002'])
    expect(pins('77')).toEqual(['77'])
  })
  it('finds by department and combines words', () => {
    expect(pins('finance')).toEqual(['1001', '2001'])
    expect(pins('research jo')).toEqual(['1002'])
    expect(pins('finance mary')).toEqual(['2001'])
    expect(pins('security smith')).toEqual([])
  })
  it('caps the results and ignores empty queries', () => {
    expect(pins('', 20)).toEqual([])
    expect(pins('  ', 20)).toEqual([])
    expect(pins('j', 1)).toHaveLength(1)
    const many = buildHostIndex(
      Array.from({ length: 500 }, (_, i) => ({
        pin: String(i),
        name: `Sam ${i}`,
        departmentCode: '',
        departmentName: '',
        phone: '',
      })),
    )
    expect(many.search('sam')).toHaveLength(20)
  })
})

describe('host directory sync from the v2 person list', () => {
  let sim: RunningSimulator
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, quiet: true })
  })
  afterAll(() => sim.close())

  it('pages through every person with bounded concurrency and survives a reopen', async () => {
    const core = new ZkbioCore({ baseUrl: sim.url, token: sim.token })
    const real = zkbioReceptionServer(core)
    let inFlight = 0
    let maxInFlight = 0
    const pagesAsked: number[] = []
    const counted: ReceptionServer = {
      ...real,
      async listPersons(pageNo, pageSize) {
        pagesAsked.push(pageNo)
        inFlight++
        maxInFlight = Math.max(maxInFlight, inFlight)
        try {
          return await real.listPersons(pageNo, pageSize)
        } finally {
          inFlight--
        }
      },
    }
    const db = openDatabase(':memory:', [...auditMigrations, ...receptionMigrations])
    const changes: unknown[] = []
    const directory = createHostDirectory(db, (s) => changes.push(s), { pageSize: 40, concurrency: 3 })
    const status = await directory.refresh(counted)
    const expected = ((await sim.control.snapshot()) as { personsCount: number }).personsCount
    expect(status).toMatchObject({ count: expected, syncing: false, lastError: null })
    expect(pagesAsked.sort((a, b) => a - b)).toEqual(
      Array.from({ length: Math.ceil(expected / 40) }, (_, i) => i + 1),
    )
    expect(maxInFlight).toBeLessThanOrEqual(3)
    expect(maxInFlight).toBeGreaterThan(1)
    expect(changes.length).toBeGreaterThanOrEqual(2)

    const someone = directory.get('1001')
    expect(someone?.name).toBeTruthy()
    expect(directory.search(someone!.name.split(' ')[0]!).map((h) => h.pin)).toContain('1001')
    expect(directory.search('1001')[0]?.pin).toBe('1001')
    // The cache is in SQLite: a new directory over the same database has everyone without a sync.
    expect(createHostDirectory(db).status().count).toBe(expected)
    core.close()
  })

  it('keeps the cached list and reports the error when the server is down', async () => {
    const core = new ZkbioCore({ baseUrl: sim.url, token: sim.token, retry: false })
    const db = openDatabase(':memory:', [...auditMigrations, ...receptionMigrations])
    const directory = createHostDirectory(db)
    await directory.refresh(zkbioReceptionServer(core))
    const before = directory.status().count
    await sim.control.setOnline(false)
    const status = await directory.refresh(zkbioReceptionServer(core))
    await sim.control.setOnline(true)
    expect(status.count).toBe(before)
    expect(status.lastError).toMatch(/server/i)
    core.close()
  })

  it('a refresh on a database that cannot be written keeps the cached list and never rejects', async () => {
    const core = new ZkbioCore({ baseUrl: sim.url, token: sim.token, retry: false })
    const db = openDatabase(':memory:', [...auditMigrations, ...receptionMigrations])
    const directory = createHostDirectory(db)
    await directory.refresh(zkbioReceptionServer(core))
    const before = directory.status().count
    // Every write now fails, as on a full or read-only disk: storing the list and storing the error.
    db.pragma('query_only = ON')
    const status = await directory.refresh(zkbioReceptionServer(core))
    expect(status.count).toBe(before)
    expect(directory.search('1001')[0]?.pin).toBe('1001')
    core.close()
  })
})

describe('reservations', () => {
  let f: ReceptionFixture
  beforeAll(async () => {
    f = await createReceptionFixture()
  })
  afterAll(() => f.close())

  const tomorrow = () => {
    const d = new Date(Date.now() + 86_400_000)
    const pad = (n: number) => String(n).padStart(2, '0')
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
  }
  const booking = (certNumber: string) => ({
    hostPin: '1001',
    hostName: 'Host One',
    visitorName: 'Booked Bob',
    certType: 3,
    certNumber,
    phone: '',
    company: 'Bobco',
    reason: 'Interview',
    visitDate: `${tomorrow()} 10:00:00`,
    visitEndDate: `${tomorrow()} 12:00:00`,
  })
  const serverReservations = async (certNumber: string) =>
    (
      (await f.sim.control.snapshot()) as { reservations: { certNum?: string; certNumber?: string }[] }
    ).reservations.filter((r) => (r.certNum ?? r.certNumber) === certNumber)

  it('books on the server, keeps a local list, and cancels on the server', async () => {
    const { reservation } = await call(f, 'reception.addReservation', booking('RES00001'))
    expect(reservation).toMatchObject({ status: 'booked', visitorName: 'Booked Bob', visitId: null })
    expect(await serverReservations('RES00001')).toHaveLength(1)
    expect((await call(f, 'reception.listReservations', {})).reservations.map((r) => r.id)).toContain(
      reservation.id,
    )

    const cancelled = await call(f, 'reception.cancelReservation', { reservationId: reservation.id })
    expect(cancelled.reservation.status).toBe('cancelled')
    expect(await serverReservations('RES00001')).toHaveLength(0)
    expect((await call(f, 'reception.listReservations', {})).reservations.map((r) => r.id)).not.toContain(
      reservation.id,
    )
    expect(
      (await call(f, 'reception.listReservations', { includeClosed: true })).reservations.map((r) => r.id),
    ).toContain(reservation.id)
    expect(f.audit.list({ action: 'reception.cancelReservation' })[0]).toMatchObject({ result: 'ok' })
  })

  it('turns a reservation into a registration when the visitor arrives', async () => {
    const { reservation } = await call(f, 'reception.addReservation', booking('RES00002'))
    const pad = (n: number) => String(n).padStart(2, '0')
    const now = new Date()
    const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
    const registered = await call(f, 'reception.registerVisitor', {
      hostPin: reservation.hostPin,
      hostName: reservation.hostName,
      visitorName: reservation.visitorName,
      certType: reservation.certType,
      certNumber: reservation.certNumber,
      phone: reservation.phone,
      company: reservation.company,
      reason: reservation.reason,
      visitorCount: 1,
      startTime: `${today} ${pad(now.getHours())}:00:00`,
      endTime: `${today} 23:59:59`,
      reservationId: reservation.id,
      clientRequestId: crypto.randomUUID(),
    })
    expect(registered.outcome).toBe('registered')
    const after = (await call(f, 'reception.listReservations', { includeClosed: true })).reservations.find(
      (r) => r.id === reservation.id,
    )
    expect(after).toMatchObject({ status: 'arrived', visitId: registered.visit.id })
  })

  it('shows the server’s refusal at the right field', async () => {
    await expect(
      call(f, 'reception.addReservation', { ...booking('RES00003'), hostPin: '99999999' }),
    ).rejects.toMatchObject({
      details: { serverCode: -253, field: 'hostPin' },
    })
  })
})
