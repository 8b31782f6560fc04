import { formatDate, formatDateTime } from '../lib/dates.ts'
import { hexId, Prng } from '../lib/prng.ts'
import { EV, VERIFY_MODES } from './catalog.ts'
import type { Device, DeviceModule, Door, Level } from './model.ts'
import { PersonStore } from './persons.ts'
import { COMPANIES, DEPARTMENTS, DOOR_NAMES, FIRST_NAMES, LAST_NAMES } from './names.ts'
import type { SiteState } from './site.ts'
import { nationalIdWithChecksum } from './visitors.ts'

// Builds the deterministic site for a seed. Everything here uses the seeding PRNG only, in a fixed
// order, so a seed always yields the same records (times are relative to the clock's start).

const SIZES = {
  standard: { persons: 300, accControllers: 14, history: 1_500 },
  // scale history stays small: at 50 events/s the log grows by 3,000 a minute anyway
  scale: { persons: 50_000, accControllers: 250, history: 4_000 },
}

export function seedSite(state: SiteState): void {
  const rng = new Prng(state.seed)
  const id = (ns: string, n: number) => hexId(state.seed, ns, n)
  const size = SIZES[state.size]

  for (const [code, name, parentCode] of DEPARTMENTS) state.departments.set(code, { code, name, parentCode })

  const areaNames = ['Headquarters', 'Warehouse', 'Car Park']

  // devices --------------------------------------------------------------------------------------
  let devN = 0
  const addDevice = (
    module: DeviceModule,
    type: string,
    ip: string,
    areaName: string,
    extra: Partial<Device> = {},
  ) => {
    devN++
    const prefix = { acc: 'CJI', ele: '601', att: 'CEX', ins: 'CKJ', psg: 'CKN' }[module]
    const device: Device = {
      id: id('device', devN),
      sn: `${prefix}${rng.digits(13 - prefix.length)}`,
      name: ip,
      type,
      module,
      enabled: true,
      online: true,
      areaName,
      logCounter: rng.int(100, 5000),
      ...extra,
    }
    state.devices.set(device.id, device)
    state.deviceBySn.set(device.sn, device)
    return device
  }

  // access controllers and doors
  const accDevices: Device[] = []
  if (state.size === 'standard') {
    const models: [string, number][] = [
      ...Array.from({ length: 8 }, (): [string, number] => ['inBIO460', 4]),
      ['inBIO260', 2],
      ['inBIO260', 2],
      ['SpeedFace-V5L[TD]', 1],
      ['SpeedFace-V5L[TD]', 1],
      ['SpeedFace-V5L[TD]', 1],
      ['SpeedFace-V5L[TD]', 1],
    ]
    models.forEach(([type, doors], i) => {
      const area = i < 5 ? areaNames[0] : i < 8 ? areaNames[1] : i < 10 ? areaNames[2] : areaNames[0]
      const d = addDevice('acc', type, `192.168.10.${11 + i}`, area, { hep: type.startsWith('SpeedFace') })
      accDevices.push(d)
      d.logCounter = doors
    })
  } else {
    for (let i = 0; i < size.accControllers; i++) {
      const d = addDevice('acc', 'inBIO460', `10.${20 + (i >> 8)}.${i & 255}.10`, areaNames[i % 3], {
        hep: i % 25 === 0,
      })
      accDevices.push(d)
    }
  }
  let doorN = 0
  let readerN = 0
  let friendly = 0
  for (const device of accDevices) {
    const count = state.size === 'scale' ? 4 : device.logCounter
    device.logCounter = rng.int(100, 5000)
    for (let k = 1; k <= count; k++) {
      doorN++
      const name =
        state.size === 'standard' && friendly < DOOR_NAMES.length && device.type === 'inBIO460'
          ? DOOR_NAMES[friendly++]
          : device.type.startsWith('SpeedFace')
            ? `${['Turnstile Kiosk', 'Visitor Lift Lobby', 'Staff Entrance', 'Garage Lift'][doorN % 4]} (${device.name})`
            : `${device.name}-${k}`
      const hasSensor = rng.chance(0.8)
      const door: Door = {
        id: id('door', doorN),
        name,
        deviceId: device.id,
        doorNo: k,
        hasSensor,
        sensor: hasSensor ? 'closed' : 'none',
        alarm: 'none',
        relayOpenUntil: 0,
        sensorOpenUntil: 0,
        textStyle: doorN % 3 === 0 ? 1 : 0,
        enabled: true,
      }
      state.doors.set(door.id, door)
      state.doorByName.set(door.name, door)
      for (const [readerNo, readerState, label] of [
        [1, 0, 'In'],
        [2, 1, 'Out'],
      ] as const) {
        readerN++
        // real reader names carry stray spaces now and then ("...-1- out")
        const sep = readerN % 7 === 0 ? '- ' : '-'
        const reader = {
          id: id('reader', readerN),
          ownerId: door.id,
          name: `${name}${sep}${label}`,
          readerNo,
          readerState,
        }
        state.readers.set(reader.id, reader)
      }
    }
  }

  // elevator controllers and floors
  const eleDevices = [
    addDevice('ele', 'EC10', '192.168.10.61', areaNames[0]),
    addDevice('ele', 'EC10', '192.168.10.62', areaNames[0]),
  ]
  let floorN = 0
  eleDevices.forEach((device, i) => {
    const floors = i === 0 ? 10 : 6
    for (let f = 1; f <= floors; f++) {
      floorN++
      state.floors.set(id('floor', floorN), {
        id: id('floor', floorN),
        floorNo: f,
        name: i === 0 ? `Tower A - Floor ${f}` : `Tower B - Floor ${f}`,
        deviceId: device.id,
        relayOpenUntil: 0,
      })
    }
  })

  // entrance control: 3 devices x 2 gates, each gate with an in and an out reader
  const gateDefs: [string, number, string[]][] = [
    ['192.168.10.71', 2, ['Lobby Flap Gate 1', 'Lobby Flap Gate 2']],
    ['192.168.10.72', 1, ['Staff Turnstile 1', 'Staff Turnstile 2']],
    ['192.168.10.73', 3, ['Garage Swing Gate 1', 'Garage Swing Gate 2']],
  ]
  let gateN = 0
  let psgReaderN = 0
  for (const [ip, gateType, names] of gateDefs) {
    const device = addDevice('psg', 'InBio-PGates', ip, gateType === 3 ? areaNames[2] : areaNames[0], {
      gateType,
    })
    names.forEach((name, k) => {
      gateN++
      const gate = {
        id: id('gate', gateN),
        name,
        deviceId: device.id,
        gateNo: k + 1,
        gateState: 1,
        alarm: 0,
        relayOpenUntil: 0,
        relayCode: 0,
      }
      state.gates.set(gate.id, gate)
      state.gateByName.set(name, gate)
      for (const [readerNo, readerState, label] of [
        [1, 0, 'In'],
        [2, 1, 'Out'],
      ] as const) {
        psgReaderN++
        state.psgReaders.set(id('psgReader', psgReaderN), {
          id: id('psgReader', psgReaderN),
          ownerId: gate.id,
          name: `${name}-${label}`,
          readerNo,
          readerState,
        })
      }
    })
  }

  // attendance and FaceKiosk devices
  addDevice('att', 'ZK-S1007', '192.168.10.81', areaNames[0])
  addDevice('att', 'SpeedFace-V4L', '192.168.10.82', areaNames[1])
  addDevice('ins', 'Robot-Pad', '192.168.10.91', areaNames[0])
  addDevice('ins', 'ZK-S1050', '192.168.10.92', areaNames[0])

  // levels ---------------------------------------------------------------------------------------
  const doorIds = [...state.doors.keys()]
  const addLevels = (
    map: Map<string, Level>,
    ns: string,
    defs: [string, (i: number) => boolean][],
    targets: string[],
  ) => {
    defs.forEach(([name, includes], i) => {
      const level = { id: id(ns, i + 1), name, targetIds: targets.filter((_, k) => includes(k)) }
      map.set(level.id, level)
    })
  }
  addLevels(
    state.accLevels,
    'accLevel',
    [
      ['General', () => true],
      ['Main Building', (k) => k < doorIds.length / 2],
      ['Warehouse', (k) => k >= doorIds.length / 2],
      ['Parking Garage', (k) => k % 5 === 0],
      ['Server Room', (k) => k === 8 || k === 9],
      ['Executive Floor', (k) => k >= 16 && k < 20],
      ['After Hours', (k) => k < 4],
      ['Visitors Lobby', (k) => k < 2],
    ],
    doorIds,
  )
  const floorIds = [...state.floors.keys()]
  addLevels(
    state.eleLevels,
    'eleLevel',
    [
      ['All Floors', () => true],
      ['Ground Floor Only', (k) => k === 0 || k === 10],
      ['Office Floors', (k) => k > 0 && k < 8],
      ['Executive Floors', (k) => k >= 8],
    ],
    floorIds,
  )
  const gateIds = [...state.gates.keys()]
  addLevels(
    state.psgLevels,
    'psgLevel',
    [
      ['All Gates', () => true],
      ['Lobby Gates', (k) => k < 2],
      ['Staff Gates', (k) => k >= 2 && k < 4],
      ['Contractor Gates', (k) => k >= 4],
    ],
    gateIds,
  )
  addLevels(
    state.visLevels,
    'visLevel',
    [
      ['Visitor Lobby', (k) => k < 2],
      ['Visitor Meeting Rooms', (k) => k < 4],
      ['Visitor Escorted Areas', (k) => k < 8],
    ],
    doorIds,
  )

  // persons: generated on first use (state/persons.ts) ------------------------------------------------
  const start = state.now()
  state.persons = new PersonStore(
    {
      seed: state.seed,
      start,
      accLevelIds: [...state.accLevels.keys()],
      eleLevelIds: [...state.eleLevels.keys()],
      psgLevelIds: [...state.psgLevels.keys()],
      deptCodes: [...state.departments.keys()],
    },
    size.persons,
  )

  // attendance areas, FaceKiosk areas --------------------------------------------------------------
  ;['Headquarters', 'Warehouse', 'Remote Office'].forEach((name, i) => {
    state.attAreas.set(String(i + 1), {
      id: id('attArea', i + 1),
      code: String(i + 1),
      name,
      pins: new Set(),
    })
  })
  ;['Lobby Kiosks', 'Canteen Kiosks'].forEach((name, i) => {
    state.insAreas.set(String(i + 1), {
      id: id('insArea', i + 1),
      code: String(i + 1),
      name,
      pins: new Set(),
    })
  })
  let k = 0
  for (const pin of state.persons.keys()) {
    state.attAreas.get(String((k % 3) + 1))!.pins.add(pin)
    if (k % 4 === 0) state.insAreas.get(String((k % 2) + 1))!.pins.add(pin)
    if (++k > 2000) break
  }

  // bio templates: a few fingerprints for the first persons
  let tplN = 0
  for (let n = 0; n < 60; n++) {
    const pin = state.persons.pinAt(n)!
    const list = []
    for (const no of [rng.int(0, 4), rng.int(5, 9)]) {
      list.push({
        id: ++tplN,
        pin,
        validType: 1,
        bioType: 1,
        version: '10',
        template: Buffer.from(`tpl-${pin}-${no}-${rng.digits(24)}`).toString('base64'),
        templateNo: String(no),
        templateNoIndex: 0,
      })
    }
    state.bioTemplates.set(pin, list)
  }
  state.bioTemplateCounter = tplN + 1

  // parking lists and records
  for (let i = 0; i < 12; i++) {
    const carNumber = `${rng.digits(4)}${'BCDFGHJKLMNPRSTVWXYZ'[rng.int(0, 19)]}${'BCDFGHJKLMNPRSTVWXYZ'[rng.int(0, 19)]}${'BCDFGHJKLMNPRSTVWXYZ'[rng.int(0, 19)]}`
    const type = i < 9 ? 0 : 1
    state.parkList.set(carNumber, {
      type,
      carNumber,
      fromTime: type === 0 ? formatDate(start - 30 * 86_400_000) : '',
      toTime: type === 0 ? formatDate(start + 335 * 86_400_000) : '',
    })
  }
  const plates = [...state.parkList.keys()]
  for (let i = 0; i < 60; i++) {
    const time = start - (60 - i) * 37 * 60_000
    const direction = i % 2 === 0 ? 'in' : 'out'
    state.parkRecords.push({
      id: id('parkRecord', i + 1),
      parkAreaName: 'Car Park',
      name: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
      carNumber: plates[i % plates.length],
      carTypeName: rng.pick(['Temporary Car', 'Fixed Car', 'Visitor Car']),
      channelName: direction === 'in' ? 'Entrance Lane 1' : 'Exit Lane 1',
      channelState: direction === 'in' ? 'In' : 'Out',
      eventType: 'Normal Pass',
      time,
      direction,
    })
  }

  // media and leave types
  for (const [i, [mediaName, suffix, type, size]] of (
    [
      ['welcome', 'png', '1', '21KB'],
      ['safety-briefing', 'mp4', '2', '4816KB'],
      ['canteen-menu', 'jpg', '1', '96KB'],
    ] as const
  ).entries()) {
    state.media.set(mediaName, {
      id: id('media', i + 1),
      mediaName,
      mediaSize: size,
      mediaSuffix: suffix,
      mediaType: type,
      mediaPath: `/upload/adMedia/${1_700_000_000_000 + i}.${suffix}`,
    })
  }
  state.leaveTypes = [
    { leaveTypeNo: 'L1', leaveTypeName: 'personal leave' },
    { leaveTypeNo: 'L2', leaveTypeName: 'marriage leave' },
    { leaveTypeNo: 'L3', leaveTypeName: 'sick leave' },
    { leaveTypeNo: 'L4', leaveTypeName: 'annual leave' },
    { leaveTypeNo: 'L5', leaveTypeName: 'maternity leave' },
  ]

  seedVisitors(state, rng, start)
  // deterministic whenever it runs: it is the last user of the seeding PRNG
  state.deferHistory(() => seedHistory(state, rng, start, size.history))
}

function seedVisitors(state: SiteState, rng: Prng, start: number): void {
  const hostPins = Array.from({ length: 40 }, (_, n) => state.persons.pinAt(n)!)
  for (let i = 0; i < 20; i++) {
    const certType = i % 4 === 0 ? '2' : i % 4 === 3 ? '4' : '3'
    const certNumber =
      certType === '2'
        ? nationalIdWithChecksum(rng)
        : certType === '3'
          ? `P${rng.digits(8)}`
          : `DL${rng.digits(7)}`
    const pin = String(800_000_000 + ++state.visitorPinCounter)
    const name = rng.pick(FIRST_NAMES)
    const lastName = rng.pick(LAST_NAMES)
    state.visitors.set(pin, {
      pin,
      certType,
      certNumber,
      name,
      lastName,
      company: rng.pick(COMPANIES),
      phone: `+34 6${rng.digits(8)}`,
      email: `${name.toLowerCase()}@visitor.example`,
      enabled: true,
      cardNo: '',
    })
    state.visitorByCert.set(`${certType}:${certNumber}`, pin)
    // every seeded visitor came once; the last three are on site now
    const onSite = i >= 17
    const enterAt = onSite ? start - (20 - i) * 40 * 60_000 : start - (i + 1) * 86_400_000
    state.registrations.push({
      id: hexId(state.seed, 'registration', i + 1),
      visitorPin: pin,
      certType,
      certNumber,
      visitorName: `${name} ${lastName}`,
      hostPin: rng.pick(hostPins),
      visitReason: rng.pick(['Meeting', 'Delivery', 'Interview', 'Maintenance']),
      visitorCount: 1,
      company: state.visitors.get(pin)!.company,
      phone: state.visitors.get(pin)!.phone,
      plannedStart: formatDateTime(enterAt),
      plannedEnd: formatDateTime(enterAt + 8 * 3_600_000),
      cardNo: '',
      visLevelIds: [[...state.visLevels.keys()][0]],
      enterAt,
      exitAt: onSite ? null : enterAt + rng.int(30, 240) * 60_000,
    })
  }
  // two reservations for later today and tomorrow
  for (let i = 0; i < 2; i++) {
    const visitAt = start + (i + 1) * 3 * 3_600_000
    state.reservations.push({
      id: hexId(state.seed, 'reservation', i + 1),
      hostPin: hostPins[i],
      certType: '3',
      certNumber: `R${rng.digits(8)}`,
      visitorName: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
      visitorPhone: '',
      company: rng.pick(COMPANIES),
      visitReason: 'Meeting',
      visitDate: formatDateTime(visitAt),
      visitEndDate: formatDateTime(visitAt + 2 * 3_600_000),
      createdAt: start - 86_400_000,
    })
  }
  // the block list holds one known passport (documented in README)
  state.blocklist.add('3:X0000000')
}

/** Past events so lists and time-range queries have something to return from the first second. */
function seedHistory(state: SiteState, rng: Prng, start: number, count: number): void {
  const doors = [...state.doors.values()]
  const somePerson = () => state.persons.get(state.randomPin(rng))!
  const span = 2 * 86_400_000
  for (let i = 0; i < count; i++) {
    const time = start - span + Math.floor((i * span) / count)
    const door = doors[rng.int(0, doors.length - 1)]
    const device = state.devices.get(door.deviceId)!
    const readers = state.readersOfDoor(door.id)
    const reader = readers[rng.int(0, readers.length - 1)]
    const roll = rng.next()
    if (roll < 0.85) {
      const person = somePerson()
      state.record('acc', EV.normalVerifyOpen, {
        device,
        pointId: door.id,
        pointName: door.name,
        reader,
        person,
        verifyModeName: rng.pick(VERIFY_MODES),
        time,
      })
    } else if (roll < 0.95) {
      state.record('acc', EV.unregisteredPerson, {
        device,
        pointId: door.id,
        pointName: door.name,
        reader,
        cardNo: String(rng.int(1_000_000, 9_999_999)),
        verifyModeName: 'Card',
        time,
      })
    } else {
      state.record('acc', EV.doorOpenTimeout, { device, pointId: door.id, pointName: door.name, time })
    }
  }
  const gates = [...state.gates.values()]
  for (let i = 0; i < count / 5; i++) {
    const time = start - span + Math.floor((i * span * 5) / count)
    const gate = gates[rng.int(0, gates.length - 1)]
    const reader = state.readersOfGate(gate.id)[rng.int(0, 1)]
    state.record('psg', EV.normalVerifyOpen, {
      device: state.devices.get(gate.deviceId)!,
      pointId: gate.id,
      pointName: gate.name,
      reader,
      person: somePerson(),
      verifyModeName: rng.pick(VERIFY_MODES),
      time,
    })
  }
  const hepDevices = [...state.devices.values()].filter((d) => d.hep)
  for (let i = 0; i < count / 15; i++) {
    const time = start - span + Math.floor((i * span * 15) / count)
    const device = hepDevices[i % hepDevices.length]
    const door = [...state.doors.values()].find((d) => d.deviceId === device.id)!
    const temperature = Math.round((36 + rng.next() * (i % 20 === 0 ? 2.4 : 1)) * 100) / 100
    const mask = rng.chance(0.9) ? '1' : '0'
    state.record('hep', temperature >= 37.3 ? EV.abnormalTemperature : EV.normalVerifyOpen, {
      device,
      pointId: door.id,
      pointName: door.name,
      person: somePerson(),
      verifyModeName: 'Face',
      time,
      extra: hepExtra(device.sn, time, temperature, mask),
    })
  }
  const floors = [...state.floors.values()]
  for (let i = 0; i < count / 8; i++) {
    const time = start - span + Math.floor((i * span * 8) / count)
    const floor = floors[rng.int(0, floors.length - 1)]
    state.record('ele', EV.normalVerifyOpen, {
      device: state.devices.get(floor.deviceId)!,
      pointId: floor.id,
      pointName: floor.name,
      person: somePerson(),
      verifyModeName: 'Card',
      time,
    })
  }
  const attDevices = [...state.devices.values()].filter((d) => d.module === 'att')
  for (let i = 0; i < count / 5; i++) {
    const time = start - span + Math.floor((i * span * 5) / count)
    state.record('att', EV.normalVerifyOpen, {
      device: attDevices[i % attDevices.length],
      person: somePerson(),
      verifyModeName: rng.pick(['Fingerprint', 'Face']),
      time,
    })
  }
}

export function hepExtra(sn: string, time: number, temperature: number, maskFlag: string | null) {
  const stamp = formatDateTime(time).replace(/[- :]/g, '')
  return {
    temperature,
    maskFlag,
    tempStatus: temperature >= 37.3 ? 'Abnormal' : 'Normal',
    eventNumber: temperature >= 37.3 ? '511' : maskFlag === '0' ? '512' : '315',
    photoPath: `/upload/event/photo/${sn}/${stamp}.jpg`,
  }
}
