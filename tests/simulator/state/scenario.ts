import { Prng } from '../lib/prng.ts'
import { EV, VERIFY_MODES } from './catalog.ts'
import type { SimEvent } from './events.ts'
import type { Door, Gate } from './model.ts'
import type { SiteState } from './site.ts'
import { runTrigger, type TriggerRequest } from './triggers.ts'

// The living site: a deterministic stream of happenings. The content of the n-th step depends only
// on the seed (its own PRNG); the wall-clock pacing decides only when steps happen.

interface Pending {
  at: number
  request: TriggerRequest
}

export class Scenario {
  private rng: Prng
  private timer: NodeJS.Timeout | undefined
  private credit = 0
  private lastTick = 0
  private pending: Pending[] = []
  rate = 0
  steps = 0
  private state: SiteState

  constructor(state: SiteState) {
    this.state = state
    this.rng = new Prng(state.seed ^ 0x0bad5eed)
  }

  setRate(rate: number): void {
    this.rate = Math.max(0, rate)
    if (this.rate > 0 && !this.timer) {
      this.lastTick = performance.now()
      this.timer = setInterval(() => this.tick(), 100)
      this.timer.unref()
    } else if (this.rate === 0 && this.timer) {
      clearInterval(this.timer)
      this.timer = undefined
    }
  }

  stop(): void {
    this.setRate(0)
  }

  /** Doors the scenario leaves alone from now on (a test triggers its own alarms there). */
  setQuietDoors(ids: readonly string[]): void {
    this.quiet = new Set(ids)
    this.cache = undefined
  }

  private quiet = new Set<string>()

  private tick(): void {
    const t = performance.now()
    this.credit += ((t - this.lastTick) / 1000) * this.rate * this.state.clock.speed
    this.lastTick = t
    // bounded so a stalled event loop does not produce a burst of thousands of events
    let n = Math.min(Math.floor(this.credit), Math.max(10, this.rate * 2))
    this.credit -= Math.floor(this.credit)
    while (n-- > 0) this.step()
    this.runDue()
  }

  /** Runs follow-ups (alarm clears, device back online) whose simulated time has come. */
  runDue(): SimEvent[] {
    const now = this.state.now()
    const out: SimEvent[] = []
    const due = this.pending.filter((p) => p.at <= now)
    this.pending = this.pending.filter((p) => p.at > now)
    for (const p of due) out.push(...this.safe(p.request))
    return out
  }

  /** One scenario step; returns the events written. */
  step(): SimEvent[] {
    this.state.ensureHistory()
    this.steps++
    const r = this.rng
    const s = this.state
    const { doors, gates, hepDoors } = this.lists()
    const door = doors[r.int(0, doors.length - 1)]
    const gate = gates[r.int(0, gates.length - 1)]
    const pin = s.randomPin(r)
    const now = s.now()
    const roll = r.next()
    const later = (ms: number, request: TriggerRequest) => this.pending.push({ at: now + ms, request })
    const direction = r.chance(0.5) ? 'in' : 'out'
    if (roll < 0.6)
      return this.safe({
        kind: 'accessGranted',
        doorId: door.id,
        pin,
        direction,
        verifyModeName: r.pick(VERIFY_MODES),
      })
    if (roll < 0.68)
      return this.safe({
        kind: 'accessDenied',
        doorId: door.id,
        pin: r.chance(0.5) ? pin : undefined,
        direction,
      })
    if (roll < 0.77) return this.safe({ kind: 'gateAccess', gateId: gate.id, pin, direction })
    if (roll < 0.8) {
      // a visitor on site passes a gate with the QR of the badge
      const onSite = s.registrations.filter((v) => v.exitAt === null)
      if (!onSite.length) return this.safe({ kind: 'gateAccess', gateId: gate.id, pin, direction })
      const visit = onSite[r.int(0, onSite.length - 1)]
      return this.safe({
        kind: 'gateAccess',
        gateId: gate.id,
        pin: visit.visitorPin,
        direction,
        verifyModeName: 'QR Code',
      })
    }
    if (roll < 0.84) {
      const temp = r.chance(0.1) ? 37.4 + r.next() * 1.2 : 36 + r.next()
      return this.safe({
        kind: 'temperature',
        doorId: hepDoors[r.int(0, hepDoors.length - 1)].id,
        pin,
        temp,
        mask: r.chance(0.9),
      })
    }
    if (roll < 0.88) return this.elevator(pin)
    if (roll < 0.92) return this.attendance(pin)
    if (roll < 0.94) {
      later(8000, { kind: 'doorClose', doorId: door.id })
      return this.safe({ kind: 'doorOpen', doorId: door.id })
    }
    if (roll < 0.955) {
      later(20_000, { kind: 'doorClose', doorId: door.id })
      return this.safe({ kind: 'forcedOpen', doorId: door.id })
    }
    if (roll < 0.97) {
      later(30_000, { kind: 'doorClose', doorId: door.id })
      return this.safe({ kind: 'heldOpen', doorId: door.id })
    }
    if (roll < 0.975) return this.safe({ kind: 'tamper', doorId: door.id })
    if (roll < 0.978) return this.safe({ kind: 'duress', doorId: door.id, pin })
    if (roll < 0.985) {
      if (!s.doorDevice(door).online) return []
      later(60_000, { kind: 'deviceOnline', doorId: door.id })
      return this.safe({ kind: 'deviceOffline', doorId: door.id })
    }
    if (roll < 0.99) {
      later(15_000, { kind: 'gateAlarm', gateId: gate.id, alarm: 0 })
      return this.safe({ kind: 'gateAlarm', gateId: gate.id, alarm: r.int(1, 7) })
    }
    return this.safe({ kind: 'accessGranted', doorId: door.id, pin, direction })
  }

  private cache?: { doors: Door[]; gates: Gate[]; hepDoors: Door[] }

  /** doors and gates never change after seeding: listed once (scale mode has 1,000 doors) */
  private lists() {
    const s = this.state
    if (!this.cache) {
      const doors = [...s.doors.values()].filter((d) => !this.quiet.has(d.id))
      this.cache = { doors, gates: [...s.gates.values()], hepDoors: doors.filter((d) => s.doorDevice(d).hep) }
    }
    return this.cache
  }

  private elevator(pin: string): SimEvent[] {
    const s = this.state
    const floors = [...s.floors.values()]
    const floor = floors[this.rng.int(0, floors.length - 1)]
    const device = s.devices.get(floor.deviceId)!
    if (!device.online) return []
    return [
      s.record('ele', EV.normalVerifyOpen, {
        device,
        pointId: floor.id,
        pointName: floor.name,
        person: s.persons.get(pin),
        verifyModeName: 'Card',
      }),
    ]
  }

  private attendance(pin: string): SimEvent[] {
    const s = this.state
    const devices = [...s.devices.values()].filter((d) => d.module === 'att')
    const device = devices[this.rng.int(0, devices.length - 1)]
    return [
      s.record('att', EV.normalVerifyOpen, {
        device,
        person: s.persons.get(pin),
        verifyModeName: this.rng.pick(['Fingerprint', 'Face']),
      }),
    ]
  }

  /** Scenario steps skip what the current state forbids (e.g. access on an offline device). */
  private safe(request: TriggerRequest): SimEvent[] {
    try {
      return runTrigger(this.state, request)
    } catch {
      return []
    }
  }
}
