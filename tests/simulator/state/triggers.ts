import { ApiError } from '../lib/errors.ts'
import { EV, GATE_ALARM_EVENTS, VERIFY_MODES } from './catalog.ts'
import type { SimEvent } from './events.ts'
import type { Door, Gate, Person } from './model.ts'
import { hepExtra } from './seed.ts'
import type { SiteState } from './site.ts'

// Named site happenings, shared by the control API (/__sim/trigger) and the scenario engine.

export const TRIGGER_KINDS = [
  'forcedOpen',
  'heldOpen',
  'tamper',
  'duress',
  'deviceOffline',
  'deviceOnline',
  'doorOpen',
  'doorClose',
  'accessGranted',
  'accessDenied',
  'gateAlarm',
  'gateAccess',
  'temperature',
  'serverEvent',
] as const
export type TriggerKind = (typeof TRIGGER_KINDS)[number]

export interface TriggerRequest {
  kind: TriggerKind
  doorId?: string
  doorName?: string
  gateId?: string
  gateName?: string
  pin?: string
  /** gateAlarm: 0 clears, 1..7 see FIELD-NOTES */
  alarm?: number
  /** temperature: body temperature in °C, mask true/false */
  temp?: number
  mask?: boolean | number | string
  /** accessGranted/accessDenied/gateAccess: 'in' (default) or 'out' */
  direction?: 'in' | 'out'
  verifyModeName?: string
  /** serverEvent: the event's name as the server words it (any language), its number and level */
  eventName?: string
  eventNo?: number
  eventLevel?: 0 | 1 | 2
}

class TriggerError extends Error {}

function findDoor(state: SiteState, req: TriggerRequest, filter?: (d: Door) => boolean): Door {
  if (req.doorId) {
    const door = state.doors.get(req.doorId)
    if (!door) throw new TriggerError(`no door with id ${req.doorId}`)
    return door
  }
  if (req.doorName) {
    const door = state.doorByName.get(req.doorName)
    if (!door) throw new TriggerError(`no door named ${req.doorName}`)
    return door
  }
  for (const d of state.doors.values()) if (!filter || filter(d)) return d
  throw new TriggerError('no matching door')
}

function findGate(state: SiteState, req: TriggerRequest): Gate {
  if (req.gateId) {
    const gate = state.gates.get(req.gateId)
    if (!gate) throw new TriggerError(`no gate with id ${req.gateId}`)
    return gate
  }
  if (req.gateName) {
    const gate = state.gateByName.get(req.gateName)
    if (!gate) throw new TriggerError(`no gate named ${req.gateName}`)
    return gate
  }
  return state.gates.values().next().value!
}

/** A person, or a visitor (pin 8000000NN) dressed as one: visitors pass readers with their QR. */
function findPerson(state: SiteState, pin: string | undefined): Person {
  if (pin) {
    const person = state.persons.get(pin)
    if (person) return person
    const visitor = state.visitors.get(pin)
    if (visitor) {
      return {
        pin: visitor.pin,
        name: visitor.name,
        lastName: visitor.lastName,
        deptCode: '',
        cardNo: visitor.cardNo,
      } as Person
    }
    throw new TriggerError(`no person or visitor with pin ${pin}`)
  }
  return state.persons.get(state.randomPin(state.rng))!
}

/** Runs a trigger; throws Error with a readable message for bad requests. */
export function runTrigger(state: SiteState, req: TriggerRequest): SimEvent[] {
  if (!TRIGGER_KINDS.includes(req.kind)) throw new TriggerError(`unknown trigger kind '${req.kind}'`)
  const now = state.now()
  const gateKind =
    req.kind === 'gateAlarm' ||
    req.kind === 'gateAccess' ||
    ((req.kind === 'deviceOffline' || req.kind === 'deviceOnline') && (req.gateId || req.gateName))
  if (gateKind) return gateTrigger(state, req, findGate(state, req))
  const door = findDoor(state, req, req.kind === 'temperature' ? (d) => !!state.doorDevice(d).hep : undefined)
  const device = state.doorDevice(door)
  const at = { device, pointId: door.id, pointName: door.name }
  const readers = state.readersOfDoor(door.id)
  const reader =
    readers.find((r) => r.readerState === (req.direction === 'out' ? 1 : 0)) ?? readers[0] ?? null
  switch (req.kind) {
    case 'serverEvent': {
      // An event the site model does not simulate, worded as a server in another language words it
      // (a Spanish server's "Apertura forzada"): one row at the door, no state changes.
      const name = req.eventName?.trim()
      if (!name) throw new TriggerError("trigger 'serverEvent' needs an eventName")
      const type = { no: req.eventNo ?? 255, name, level: req.eventLevel ?? 2 }
      return [state.record('acc', type, { ...at, reader })]
    }
    case 'forcedOpen':
      door.sensor = 'open'
      door.alarm = 'forced'
      return [state.record('acc', EV.openedAccidentally, at)]
    case 'heldOpen':
      door.sensor = 'open'
      door.alarm = 'timeout'
      return [state.record('acc', EV.doorOpenTimeout, at)]
    case 'tamper':
      door.alarm = 'tamper'
      return [state.record('acc', EV.tamper, at)]
    case 'duress': {
      door.alarm = 'duressPassword'
      door.relayOpenUntil = now + 5000
      door.sensorOpenUntil = now + 6000
      const person = findPerson(state, req.pin)
      return [state.record('acc', EV.duressPassword, { ...at, reader, person, verifyModeName: 'Password' })]
    }
    case 'deviceOffline':
      device.online = false
      return [state.record('acc', EV.connectionAbort, { device, noLogId: true })]
    case 'deviceOnline':
      device.online = true
      return [state.record('acc', EV.connectServer, { device })]
    case 'doorOpen':
      door.sensor = 'open'
      return [state.record('acc', EV.doorOpened, at)]
    case 'doorClose':
      door.sensor = 'closed'
      door.sensorOpenUntil = 0
      if (door.alarm === 'forced' || door.alarm === 'timeout') door.alarm = 'none'
      return [state.record('acc', EV.doorClosed, at)]
    case 'accessGranted': {
      if (!device.online || !device.enabled)
        throw new TriggerError(`device of door '${door.name}' is offline`)
      const person = findPerson(state, req.pin)
      door.relayOpenUntil = now + 3000
      door.sensorOpenUntil = now + 4000
      return [
        state.record('acc', EV.normalVerifyOpen, {
          ...at,
          reader,
          person,
          verifyModeName: req.verifyModeName ?? VERIFY_MODES[Number(person.pin) % VERIFY_MODES.length],
        }),
      ]
    }
    case 'accessDenied': {
      if (req.pin) {
        const person = findPerson(state, req.pin)
        return [
          state.record('acc', EV.accessDenied, {
            ...at,
            reader,
            person,
            verifyModeName: req.verifyModeName ?? 'Card',
          }),
        ]
      }
      const cardNo = String(1_000_000 + Math.floor(state.rng.next() * 8_999_999))
      return [state.record('acc', EV.unregisteredPerson, { ...at, reader, cardNo, verifyModeName: 'Card' })]
    }
    case 'temperature': {
      // any door is accepted (tests pick the first one); without a door the first SpeedFace [TD] is used
      const temperature = Math.round((req.temp ?? 36.6) * 100) / 100
      const maskFlag =
        req.mask === undefined ? '1' : req.mask === true || req.mask === 1 || req.mask === '1' ? '1' : '0'
      const person = findPerson(state, req.pin)
      const type =
        temperature >= 37.3 ? EV.abnormalTemperature : maskFlag === '0' ? EV.noMask : EV.normalVerifyOpen
      return [
        state.record('hep', type, {
          ...at,
          reader,
          person,
          verifyModeName: 'Face',
          extra: hepExtra(device.sn, now, temperature, maskFlag),
        }),
      ]
    }
    default:
      throw new TriggerError(`trigger '${req.kind}' needs a gate`)
  }
}

function gateTrigger(state: SiteState, req: TriggerRequest, gate: Gate): SimEvent[] {
  const device = state.devices.get(gate.deviceId)!
  const at = { device, pointId: gate.id, pointName: gate.name }
  const now = state.now()
  switch (req.kind) {
    case 'gateAlarm': {
      const alarm = Number(req.alarm ?? 1)
      if (!Number.isInteger(alarm) || alarm < 0 || alarm > 7) throw new TriggerError('alarm must be 0..7')
      gate.alarm = alarm
      if (alarm === 0) return []
      return [state.record('psg', GATE_ALARM_EVENTS[alarm], at)]
    }
    case 'gateAccess': {
      const out = req.direction === 'out'
      const reader = state.readersOfGate(gate.id).find((r) => r.readerState === (out ? 1 : 0)) ?? null
      gate.relayCode = out ? 1 : 2
      gate.relayOpenUntil = now + 3000
      const person = findPerson(state, req.pin)
      return [
        state.record('psg', EV.normalVerifyOpen, {
          ...at,
          reader,
          person,
          verifyModeName: req.verifyModeName ?? 'Card',
        }),
      ]
    }
    case 'deviceOffline':
      device.online = false
      return [state.record('psg', EV.connectionAbort, { device, noLogId: true })]
    case 'deviceOnline':
      device.online = true
      return [state.record('psg', EV.connectServer, { device })]
    default:
      throw new TriggerError(`trigger '${req.kind}' needs a door`)
  }
}

export function isTriggerError(e: unknown): e is Error {
  return e instanceof TriggerError || e instanceof ApiError
}
