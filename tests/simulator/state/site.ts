import { hexId, Prng } from '../lib/prng.ts'
import { SimClock } from './clock.ts'
import { PersonStore } from './persons.ts'
import { EventLog, type EventKind, type SimEvent } from './events.ts'
import type { EventType } from './catalog.ts'
import type {
  Area,
  AttApplication,
  BioTemplate,
  Department,
  Device,
  Door,
  Floor,
  Gate,
  LeaveType,
  Level,
  Media,
  ParkListEntry,
  ParkRecord,
  Person,
  Reader,
  Registration,
  Reservation,
  Visitor,
} from './model.ts'

export type SiteSize = 'standard' | 'scale'

/** The whole simulated server: one consistent state shared by every endpoint. */
export class SiteState {
  readonly seed: number
  readonly size: SiteSize
  readonly clock: SimClock
  readonly events = new EventLog()
  /** runtime randomness (ids of new records, scenario picks) kept apart from the seeding stream */
  readonly rng: Prng
  private runtimeCounter = 0

  departments = new Map<string, Department>()
  /** replaced by seedSite with the seeded store */
  persons = new PersonStore(
    { seed: 0, start: 0, accLevelIds: [], eleLevelIds: [], psgLevelIds: [], deptCodes: [] },
    0,
  )
  accLevels = new Map<string, Level>()
  eleLevels = new Map<string, Level>()
  psgLevels = new Map<string, Level>()
  visLevels = new Map<string, Level>()
  devices = new Map<string, Device>()
  deviceBySn = new Map<string, Device>()
  doors = new Map<string, Door>()
  doorByName = new Map<string, Door>()
  readers = new Map<string, Reader>()
  floors = new Map<string, Floor>()
  gates = new Map<string, Gate>()
  gateByName = new Map<string, Gate>()
  psgReaders = new Map<string, Reader>()
  attAreas = new Map<string, Area>()
  insAreas = new Map<string, Area>()
  parkList = new Map<string, ParkListEntry>()
  parkRecords: ParkRecord[] = []
  media = new Map<string, Media>()
  bioTemplates = new Map<string, BioTemplate[]>()
  bioTemplateCounter = 1
  /** persons who left (2.13.6): kept for their history, hidden from lists */
  leftPins = new Set<string>()
  visitors = new Map<string, Visitor>()
  visitorByCert = new Map<string, string>()
  registrations: Registration[] = []
  reservations: Reservation[] = []
  blocklist = new Set<string>()
  visitorPinCounter = 0
  leaveTypes: LeaveType[] = []
  applications: AttApplication[] = []
  uploadedImages = new Map<string, string>()

  constructor(seed: number, size: SiteSize, clock: SimClock) {
    this.seed = seed
    this.size = size
    this.clock = clock
    this.rng = new Prng(seed ^ 0x5eed1234)
  }

  /** the seeded history, written on first need so start-up does not wait for it */
  private pendingHistory: (() => void) | undefined
  historyMs = 0

  deferHistory(write: () => void): void {
    this.pendingHistory = write
  }

  /** Writes the seeded history if it is still pending; every request calls this first. */
  ensureHistory(): void {
    const write = this.pendingHistory
    if (!write) return
    this.pendingHistory = undefined
    const t = performance.now()
    write()
    this.historyMs = performance.now() - t
  }

  newId(namespace = 'runtime'): string {
    return hexId(this.seed, namespace, 1_000_000 + ++this.runtimeCounter)
  }

  now(): number {
    return this.clock.now()
  }

  activePerson(pin: string): Person | undefined {
    const p = this.persons.get(pin)
    return p && !p.left ? p : undefined
  }

  /** pin of the person holding this card (main or secondary), if any */
  cardOwner(cardNo: string): string | undefined {
    return this.persons.cardOwner(cardNo)
  }

  /** a random seeded-looking pin among the first 5,000 (bounded so scale mode generates few) */
  randomPin(rng: Prng): string {
    return this.persons.pinAt(Math.floor(rng.next() * Math.min(this.persons.size, 5000)))!
  }

  deptName(code: string): string {
    return this.departments.get(code)?.name ?? ''
  }

  doorDevice(door: Door): Device {
    return this.devices.get(door.deviceId)!
  }

  private readerIndex?: Map<string, Reader[]>

  /** in and out readers of a door or gate (readers never change after seeding) */
  readersOf(ownerId: string): Reader[] {
    if (!this.readerIndex) {
      this.readerIndex = new Map()
      for (const r of [...this.readers.values(), ...this.psgReaders.values()]) {
        const list = this.readerIndex.get(r.ownerId) ?? []
        list.push(r)
        this.readerIndex.set(r.ownerId, list)
      }
    }
    return this.readerIndex.get(ownerId) ?? []
  }

  readersOfDoor(doorId: string): Reader[] {
    return this.readersOf(doorId)
  }

  readersOfGate(gateId: string): Reader[] {
    return this.readersOf(gateId)
  }

  /** Writes an event into the log, filling device, point and person fields. */
  record(
    kind: EventKind,
    type: EventType,
    opts: {
      device: Device
      pointId?: string
      pointName?: string
      reader?: Reader | null
      person?: Person | null
      cardNo?: string
      verifyModeName?: string
      time?: number
      extra?: Partial<SimEvent>
      noLogId?: boolean
    },
  ): SimEvent {
    const seq = this.events.nextSeq()
    const person = opts.person ?? null
    const device = opts.device
    const event: SimEvent = {
      seq,
      id: hexId(this.seed, 'event', seq),
      kind,
      time: opts.time ?? this.now(),
      eventNo: type.no,
      eventLevel: type.level,
      eventName: type.name,
      pin: person?.pin ?? '',
      name: person?.name ?? '',
      lastName: person?.lastName ?? '',
      deptCode: person?.deptCode ?? '',
      deptName: person ? this.deptName(person.deptCode) : '',
      areaName: device.areaName,
      cardNo: opts.cardNo ?? (person?.cardNo || ''),
      devId: device.id,
      devSn: device.sn,
      devName: device.name,
      verifyModeName: opts.verifyModeName ?? (person ? 'Card' : 'Other'),
      eventPointName: opts.pointName ?? '',
      pointId: opts.pointId ?? '',
      readerName: opts.reader?.name ?? 'Other',
      readerState: opts.reader ? opts.reader.readerState : null,
      logId: opts.noLogId ? -1 : ++device.logCounter,
      gateType: device.gateType,
      ...opts.extra,
    }
    return this.events.add(event)
  }
}
