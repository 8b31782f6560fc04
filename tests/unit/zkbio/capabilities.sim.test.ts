// Optional endpoints and path spellings against the simulator: detection, the clear message when a
// server lacks one, the close-path fallback that is remembered, and the visitor QR lookup that works
// on old and new servers.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  detectCapabilities,
  FEATURE_MESSAGES,
  ZkbioError,
  type ZkbioClient,
} from '../../../electron/main/zkbio/index'
import { startWorld, type SimWorld } from './sim-fixtures'

let world: SimWorld
beforeAll(async () => {
  world = await startWorld()
})
afterAll(async () => world?.close())
beforeEach(async () => {
  await world.sim.control.reset()
})

const NEW_VISITOR_PATHS = [
  '/api/visVisitor/getVisitorList',
  '/api/v2/visRegistration/getQrCodeByCertNumber',
  '/api/v2/visRegistration/getTransactionList',
  '/api/visRegistration/getQrCode',
]
/** Make the simulator behave like a server older than v1.2 (Spring 404 on the newer paths). */
async function oldServer() {
  for (const endpoint of NEW_VISITOR_PATHS)
    await world.sim.control.addFault({ endpoint, kind: 'springError' })
}
const requests = async (path: string) => (await world.sim.control.requests()).filter((r) => r.path === path)

async function openVisitor(): Promise<{ pin: string; certType: number; certNumber: string }> {
  const snap = (await world.sim.control.snapshot()) as unknown as {
    registrations: { visEmpPin: string; certType: string; certNum: string; endTime: string | null }[]
  }
  const r = snap.registrations.find((x) => x.endTime === null)!
  return { pin: r.visEmpPin, certType: Number(r.certType), certNumber: r.certNum }
}

describe('detection', () => {
  it('finds every v1.2 visitor endpoint on a new server', async () => {
    const c = world.makeClient()
    const report = await detectCapabilities(c)
    expect(report.errors).toEqual({})
    expect(report.snapshot.features).toEqual({
      visitorList: 'yes',
      visitorQrByCertNumber: 'yes',
      visitTransactions: 'yes',
      visitorQrByPinQuery: 'yes',
    })
    expect(c.capabilities.has('visitorQr')).toBe(true)
  })

  it('marks them missing on an older server, with a sentence to show', async () => {
    await oldServer()
    const c = world.makeClient()
    const report = await detectCapabilities(c)
    expect(Object.values(report.snapshot.features)).toEqual(['no', 'no', 'no', 'no'])
    expect(c.capabilities.has('visitorQr')).toBe(false)
    expect(FEATURE_MESSAGES.visitorList).toBe(
      "This server cannot look up a visitor's pin; update ZKBio CVSecurity to v1.2 or later to print QR badges.",
    )
  })

  it('leaves a feature unknown when the probe fails for another reason', async () => {
    await world.sim.control.addFault({ endpoint: '/api/visVisitor/getVisitorList', kind: 'http500' })
    const c = world.makeClient()
    const report = await detectCapabilities(c)
    expect(report.snapshot.features.visitorList).toBe('unknown')
    expect(report.errors.visitorList?.kind).toBe('http')
  })
})

describe('optional endpoints', () => {
  it('fail as unsupported with the feature sentence, and are not called again once known missing', async () => {
    await oldServer()
    const c = world.makeClient()
    const first = await c.visitor.visitors.getVisitorList({ pageNo: 1, pageSize: 5 }).catch((e: unknown) => e)
    expect(first).toBeInstanceOf(ZkbioError)
    expect(first).toMatchObject({ kind: 'unsupported', message: FEATURE_MESSAGES.visitorList })
    expect((first as ZkbioError).toIpcError().code).toBe('UNSUPPORTED')
    await c.visitor.visitors.getVisitorList({ pageNo: 1, pageSize: 5 }).catch(() => {})
    expect(await requests('/api/visVisitor/getVisitorList')).toHaveLength(1)
  })

  it('a server refusal still proves the endpoint exists', async () => {
    const c = world.makeClient()
    await expect(
      c.visitor.registration.getQrCodeByCertNumber({ certNumber: 'NOBODY', certType: 3 }),
    ).rejects.toMatchObject({
      kind: 'server',
      serverCode: -257,
    })
    expect(c.capabilities.has('visitorQrByCertNumber')).toBe(true)
  })
})

describe('visitor QR on old and new servers', () => {
  it('comes straight from the ID document on a new server', async () => {
    const v = await openVisitor()
    const c = world.makeClient()
    const qr = await c.visitor.qrCodeFor({ certType: v.certType as 3, certNumber: v.certNumber })
    expect(qr.via).toBe('certNumber')
    const decoded = await world.sim.control.decodeQr(qr.payload)
    expect(decoded).toMatchObject({ kind: 'visitor', pin: v.pin })
  })

  it('goes through the visitor list and the manual QR request when the direct route is missing', async () => {
    await world.sim.control.addFault({
      endpoint: '/api/v2/visRegistration/getQrCodeByCertNumber',
      kind: 'springError',
    })
    const v = await openVisitor()
    const c = world.makeClient()
    const qr = await c.visitor.qrCodeFor({ certType: v.certType as 3, certNumber: v.certNumber })
    expect(qr).toMatchObject({ via: 'visitorList', pin: v.pin })
    expect((await world.sim.control.decodeQr(qr.payload)).pin).toBe(v.pin)
  })

  it('uses the visit records when only they exist', async () => {
    await world.sim.control.addFault({
      endpoint: '/api/v2/visRegistration/getQrCodeByCertNumber',
      kind: 'springError',
    })
    await world.sim.control.addFault({ endpoint: '/api/visVisitor/getVisitorList', kind: 'springError' })
    const v = await openVisitor()
    const c = world.makeClient()
    const qr = await c.visitor.qrCodeFor({ certType: v.certType as 3, certNumber: v.certNumber })
    expect(qr).toMatchObject({ via: 'visitTransactions', pin: v.pin })
    expect(await requests('/api/visRegistration/getQrCode/' + v.pin)).toHaveLength(1)
  })

  it('says clearly when the server offers no way at all', async () => {
    await oldServer()
    const v = await openVisitor()
    const c = world.makeClient()
    await expect(
      c.visitor.qrCodeFor({ certType: v.certType as 3, certNumber: v.certNumber }),
    ).rejects.toMatchObject({
      kind: 'unsupported',
      message:
        "This server offers no way to get a visitor's QR code after registration; update ZKBio CVSecurity to v1.2 or later to print QR badges.",
    })
  })
})

describe('close-path spelling', () => {
  let c: ZkbioClient
  let doorId: string
  beforeEach(async () => {
    c = world.makeClient()
    doorId = (await c.door.list({ pageNo: 1, pageSize: 1 }))[0]!.id
  })

  it("uses the manual's remoteoffById where it works, and remembers it", async () => {
    await c.door.remoteCloseById(doorId)
    expect(c.capabilities.preferredPath('door.remoteCloseById')).toBe('/api/door/remoteoffById')
    expect(await requests('/api/door/remoteCloseById')).toHaveLength(0)
  })

  it('falls back to remoteCloseById on a 404, once, and then goes there directly', async () => {
    await world.sim.control.addFault({ endpoint: '/api/door/remoteoffById', kind: 'springError' })
    await world.sim.control.addFault({ endpoint: '/api/floor/remoteoffById', kind: 'springError' })
    await c.door.remoteCloseById(doorId)
    await c.door.remoteCloseById(doorId)
    expect(await requests('/api/door/remoteoffById')).toHaveLength(1)
    expect(await requests('/api/door/remoteCloseById')).toHaveLength(2)
    expect(c.capabilities.snapshot().pathChoices['door.remoteCloseById']).toBe('/api/door/remoteCloseById')
    const floors = await c.floor.list({ pageNo: 1, pageSize: 1 })
    await c.floor.remoteCloseById(floors[0]!.id)
    expect(await requests('/api/floor/remoteCloseById')).toHaveLength(1)
  })

  it('does not fall back on other failures (a command is never sent twice)', async () => {
    await world.sim.control.addFault({ endpoint: '/api/door/remoteoffById', kind: 'http500' })
    await expect(c.door.remoteCloseById(doorId)).rejects.toMatchObject({ kind: 'http', status: 500 })
    expect(await requests('/api/door/remoteCloseById')).toHaveLength(0)
    expect(await requests('/api/door/remoteoffById')).toHaveLength(1)
  })

  it('starts from a remembered spelling (capabilities restored from settings)', async () => {
    const restored = world.makeClient({
      capabilities: { pathChoices: { 'door.remoteCloseByName': '/api/door/remoteCloseByName' } },
    })
    const name = (await restored.door.list({ pageNo: 1, pageSize: 1 }))[0]!.name!
    await restored.door.remoteCloseByName(name)
    expect(await requests('/api/door/remoteCloseByName')).toHaveLength(1)
    expect(await requests('/api/door/remoteoffByName')).toHaveLength(0)
  })
})
