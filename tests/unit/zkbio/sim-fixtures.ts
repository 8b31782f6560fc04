// Shared setup of the simulator-backed client tests: one simulator per test file (port 0), a client
// with retries off unless a test wants them, and ids discovered through the client itself.
import { portraitBase64 } from '../../simulator/lib/images'
import { startSimulator, type RunningSimulator } from '../../simulator/index'
import {
  createZkbioClient,
  memoryLogger,
  type ZkbioClient,
  type ZkbioClientOptions,
} from '../../../electron/main/zkbio/index'

export interface SimWorld {
  sim: RunningSimulator
  client: ZkbioClient
  log: ReturnType<typeof memoryLogger>
  makeClient(extra?: Partial<ZkbioClientOptions>): ZkbioClient
  close(): Promise<void>
}

export async function startWorld(extra: Partial<ZkbioClientOptions> = {}): Promise<SimWorld> {
  const sim = await startSimulator({ port: 0, quiet: true })
  const log = memoryLogger()
  const clients: ZkbioClient[] = []
  const makeClient = (more: Partial<ZkbioClientOptions> = {}) => {
    const c = createZkbioClient({
      baseUrl: sim.url,
      token: sim.token,
      retry: false,
      timeoutMs: 5000,
      logger: log,
      ...extra,
      ...more,
    })
    clients.push(c)
    return c
  }
  const client = makeClient()
  return {
    sim,
    client,
    log,
    makeClient,
    async close() {
      for (const c of clients) c.close()
      await sim.close()
    },
  }
}

/** Ids and values that exist in a freshly reset simulator, found through the client. */
export interface Fixtures {
  pin: string
  pin2: string
  deptCode: string
  accLevel: { id: string; name: string }
  eleLevel: { id: string; name: string }
  psgLevel: { id: string; name: string }
  visLevelId: string
  door: { id: string; name: string }
  accSn: string
  eleSn: string
  attSn: string
  psgSn: string
  floorId: string
  readerId: string
  psgReaderId: string
  gate: { id: string; name: string }
  areaCode: string
  insAreaCode: string
  transactionId: string
  leaveTypeNo: string
  visitor: { pin: string; certType: number; certNumber: string }
  openVisit: { certType: number; certNum: string }
  reservation: { certType: number; certNumber: string; visitDate: string }
  blocked: { certType: number; certNumber: string }
  parkRecordId: string
  /** Server wall-clock 'now' and later today/tomorrow, as server text. */
  now: string
  later: string
  tomorrow: string
  photo: string
}

const first = <T>(items: T[], what: string): T => {
  const item = items[0]
  if (item === undefined) throw new Error(`the simulator has no ${what}`)
  return item
}

export async function discover(world: SimWorld): Promise<Fixtures> {
  const { client: c, sim } = world
  const snap = (await sim.control.snapshot()) as unknown as {
    now: string
    samplePins: string[]
    devices: { sn: string; module: string }[]
    gates: { id: string; name: string }[]
    visitors: { pin: string; certType: string; certNumber: string }[]
    registrations: { certType: string; certNum: string; endTime: string | null; visEmpPin: string }[]
    reservations: { certType: string; certNumber: string; visitDate: string }[]
    blocklist: string[]
  }
  const page1 = { pageNo: 1, pageSize: 50 }
  const [pin, pin2] = snap.samplePins as [string, string]
  const person = await c.person.get(pin)
  const acc = first(await c.accLevel.list(page1), 'access level')
  const ele = first(await c.eleLevel.list(page1), 'elevator level')
  const psg = first(await c.psgLevel.list(page1), 'gate level')
  const door = first(await c.door.list(page1), 'door')
  const sn = (module: string) =>
    first(
      snap.devices.filter((d) => d.module === module),
      `${module} device`,
    ).sn
  const open = snap.registrations.filter((r) => r.endTime === null)
  const openVisit = first(open, 'open registration')
  const [blockedType, blockedNumber] = first(snap.blocklist, 'blocked visitor').split(':') as [string, string]
  const parkIn = await c.parkTransaction.listParkRecordIn(page1)
  const nowMs = Date.parse(snap.now.replace(' ', 'T'))
  const text = (ms: number) => {
    const d = new Date(ms)
    const p = (n: number) => String(n).padStart(2, '0')
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`
  }
  return {
    pin,
    pin2,
    deptCode: person?.deptCode ?? '1',
    accLevel: { id: acc.id, name: acc.name ?? '' },
    eleLevel: { id: ele.id, name: ele.name ?? '' },
    psgLevel: { id: psg.id, name: psg.name ?? '' },
    visLevelId: first(await c.visitor.level.list(page1), 'visitor level').id,
    door: { id: door.id, name: door.name ?? '' },
    accSn: sn('acc'),
    eleSn: sn('ele'),
    attSn: sn('att'),
    psgSn: sn('psg'),
    floorId: first(await c.floor.list(page1), 'floor').id,
    readerId: first(await c.reader.accList(page1), 'reader').id,
    psgReaderId: first(await c.psgReader.list(page1), 'gate reader').id,
    gate: first(snap.gates, 'gate'),
    areaCode: first(await c.area.list(page1), 'area').code,
    insAreaCode: first(await c.insAreaPerson.getAreaList(page1), 'FaceKiosk area').code,
    transactionId:
      first((await c.transaction.listV2({ pageNo: 1, pageSize: 1 })).items, 'transaction').id ?? '',
    leaveTypeNo: first(await c.attApply.getLeaveTypeList(), 'leave type').leaveTypeNo,
    visitor: (() => {
      const v =
        snap.visitors.find((x) => open.some((r) => r.visEmpPin === x.pin)) ?? first(snap.visitors, 'visitor')
      return { pin: v.pin, certType: Number(v.certType), certNumber: v.certNumber }
    })(),
    openVisit: { certType: Number(openVisit.certType), certNum: openVisit.certNum },
    reservation: (() => {
      const r = first(snap.reservations, 'reservation')
      return { certType: Number(r.certType), certNumber: r.certNumber, visitDate: r.visitDate }
    })(),
    blocked: { certType: Number(blockedType), certNumber: blockedNumber },
    parkRecordId: first(parkIn, 'park record').id,
    now: snap.now,
    later: text(nowMs + 3 * 3600_000),
    tomorrow: text(nowMs + 26 * 3600_000),
    photo: portraitBase64(1),
  }
}

/** A PNG too small for the server (below 80,000 pixels). */
export const tinyPhoto = (): string =>
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
