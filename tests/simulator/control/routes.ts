import type { FastifyInstance } from 'fastify'
import type { SimulatorCore } from '../core.ts'
import { formatDateTime, parseDateTime } from '../lib/dates.ts'
import type { FaultSpec } from '../lib/faults.ts'
import { DOOR_ALARM_TEXT } from '../state/catalog.ts'
import { doorStateRow, gateStateRow } from '../state/doors.ts'
import { qrPayload, verifyQr } from '../state/qr.ts'
import { isTriggerError, runTrigger, type TriggerRequest } from '../state/triggers.ts'
import { qrSecret, registrationRow, visitorRow } from '../routes/visitor.ts'
import { ApiError } from '../lib/errors.ts'
import { exitVisitor, registerVisitor } from '../state/visitors.ts'
import type { DoorAlarm, SensorState } from '../state/model.ts'

// Control API for tests, outside /api and without a token (SIMULATOR-API.md). Bad requests get
// HTTP 400 {error}; everything else answers JSON.

type Body = Record<string, unknown>

const SENSOR_VALUES: Record<string, SensorState> = {
  closed: 'closed',
  off: 'closed',
  open: 'open',
  none: 'none',
  'no sensor': 'none',
}

function alarmKey(text: string): DoorAlarm | undefined {
  const t = text.toLowerCase()
  if (t in DOOR_ALARM_TEXT) return t as DoorAlarm
  for (const [key, label] of Object.entries(DOOR_ALARM_TEXT))
    if (label === t || key.toLowerCase() === t) return key as DoorAlarm
  return undefined
}

export function registerControlRoutes(app: FastifyInstance, core: SimulatorCore): void {
  const bad = (reply: { code(n: number): { send(b: unknown): unknown } }, message: string) =>
    reply.code(400).send({ error: message })

  app.post('/__sim/reset', async (req) => {
    const body = (req.body ?? {}) as Body
    core.reset(body.seed === undefined ? core.seed : Number(body.seed))
    return { ok: true, seed: core.seed, now: core.state.clock.text() }
  })

  app.post('/__sim/faults', async (req, reply) => {
    try {
      return { ok: true, fault: core.faults.add((req.body ?? {}) as FaultSpec) }
    } catch (e) {
      return bad(reply, (e as Error).message)
    }
  })
  app.get('/__sim/faults', async () => core.faults.list())
  app.delete('/__sim/faults', async () => {
    core.faults.clear()
    return { ok: true }
  })

  app.post('/__sim/trigger', async (req, reply) => {
    try {
      const events = runTrigger(core.state, (req.body ?? {}) as TriggerRequest)
      // The wall-clock instant the events exist on the server (a latency is measured from it).
      const writtenAtMs = Date.now()
      return {
        ok: true,
        writtenAtMs,
        events: events.map((e) => ({ ...e, eventTime: formatDateTime(e.time) })),
      }
    } catch (e) {
      if (isTriggerError(e)) return bad(reply, e.message)
      throw e
    }
  })

  app.post('/__sim/state', async (req, reply) => {
    const body = (req.body ?? {}) as Body
    const s = core.state
    if (body.door) {
      const d = body.door as Body
      const door = s.doors.get(String(d.id)) ?? s.doorByName.get(String(d.name))
      if (!door) return bad(reply, `no door ${String(d.id ?? d.name)}`)
      // model values ('closed', 'forced') or the API's texts ('off', 'be opened accidentally')
      if (d.sensor !== undefined) {
        const sensor = SENSOR_VALUES[String(d.sensor).toLowerCase()]
        if (!sensor) return bad(reply, `sensor must be one of ${Object.keys(SENSOR_VALUES).join(', ')}`)
        door.sensor = sensor
        if (sensor === 'none') door.hasSensor = false
        else door.hasSensor = true
      }
      if (d.hasSensor !== undefined) door.hasSensor = !!d.hasSensor
      if (d.alarm !== undefined) {
        const alarm = alarmKey(String(d.alarm))
        if (!alarm)
          return bad(
            reply,
            `alarm must be one of ${Object.keys(DOOR_ALARM_TEXT).join(', ')} or their API texts`,
          )
        door.alarm = alarm
      }
      if (d.enabled !== undefined) door.enabled = !!d.enabled
      if (d.relay !== undefined)
        door.relayOpenUntil = d.relay === 'open' ? s.now() + Number(d.relaySeconds ?? 3600) * 1000 : 0
      const device = s.devices.get(door.deviceId)!
      if (d.online !== undefined) device.online = !!d.online
      if (d.deviceEnabled !== undefined) device.enabled = !!d.deviceEnabled
      // the API's connect code: 0 offline, 1 online, 2 disabled
      if (d.connect !== undefined) {
        const c = String(d.connect)
        device.online = c !== '0'
        door.enabled = c !== '2'
      }
    }
    if (body.gate) {
      const g = body.gate as Body
      const gate = s.gates.get(String(g.id)) ?? s.gateByName.get(String(g.name))
      if (!gate) return bad(reply, `no gate ${String(g.id ?? g.name)}`)
      if (g.gateState !== undefined) gate.gateState = Number(g.gateState)
      if (g.alarm !== undefined) gate.alarm = Number(g.alarm)
      if (g.relay !== undefined) {
        gate.relayCode = Number(g.relay)
        gate.relayOpenUntil = gate.relayCode ? s.now() + Number(g.relaySeconds ?? 3600) * 1000 : 0
      }
      const device = s.devices.get(gate.deviceId)!
      if (g.online !== undefined) device.online = !!g.online
      if (g.connect !== undefined) {
        device.online = String(g.connect) !== '0'
        device.enabled = String(g.connect) !== '2'
      }
      if (g.deviceEnabled !== undefined) device.enabled = !!g.deviceEnabled
    }
    if (body.device) {
      const dv = body.device as Body
      const device = s.devices.get(String(dv.id)) ?? s.deviceBySn.get(String(dv.sn))
      if (!device) return bad(reply, `no device ${String(dv.id ?? dv.sn)}`)
      if (dv.online !== undefined) device.online = !!dv.online
      if (dv.enabled !== undefined) device.enabled = !!dv.enabled
    }
    return {
      ok: true,
      doors: body.door
        ? [...s.doors.values()]
            .filter((d) => d.id === (body.door as Body).id || d.name === (body.door as Body).name)
            .map((d) => doorStateRow(s, d))
        : undefined,
    }
  })

  app.post('/__sim/clock', async (req, reply) => {
    const body = (req.body ?? {}) as Body
    const clock = core.state.clock
    if (body.set !== undefined) {
      const ms = parseDateTime(String(body.set))
      if (ms === undefined) return bad(reply, "set must be 'yyyy-MM-dd HH:mm:ss'")
      clock.set(ms)
    }
    if (body.advanceMs !== undefined) {
      const ms = Number(body.advanceMs)
      if (!Number.isFinite(ms)) return bad(reply, 'advanceMs must be a number')
      clock.advance(ms)
      core.scenario.runDue()
    }
    return { now: clock.text(), nowMs: clock.now() }
  })
  app.get('/__sim/clock', async () => ({ now: core.state.clock.text(), nowMs: core.state.clock.now() }))

  app.get('/__sim/requests', async () => core.requestLog)
  app.delete('/__sim/requests', async () => {
    core.requestLog = []
    return { ok: true }
  })

  app.post('/__sim/scenario', async (req, reply) => {
    const body = (req.body ?? {}) as Body
    if (body.rate !== undefined) {
      const rate = Number(body.rate)
      if (!Number.isFinite(rate) || rate < 0) return bad(reply, 'rate must be >= 0')
      core.scenario.setRate(rate)
    }
    // {quietDoors: [ids]}: the scenario leaves these doors alone (probes of a test own them)
    if (body.quietDoors !== undefined) {
      if (!Array.isArray(body.quietDoors)) return bad(reply, 'quietDoors must be a list of door ids')
      core.scenario.setQuietDoors(body.quietDoors.map(String))
    }
    // {steps: n} runs n steps now: deterministic content for a seed
    const steps = Number(body.steps ?? 0)
    const events = []
    for (let i = 0; i < Math.min(steps, 10_000); i++) events.push(...core.scenario.step())
    return {
      ok: true,
      rate: core.scenario.rate,
      steps: core.scenario.steps,
      events: events.map((e) => ({ ...e, eventTime: formatDateTime(e.time) })),
    }
  })

  app.get('/__sim/snapshot', async () => {
    const s = core.state
    const now = s.now()
    return {
      seed: core.seed,
      size: core.size,
      now: s.clock.text(),
      online: core.online,
      scenario: { rate: core.scenario.rate, steps: core.scenario.steps },
      counts: {
        persons: s.persons.size,
        departments: s.departments.size,
        doors: s.doors.size,
        gates: s.gates.size,
        devices: s.devices.size,
        floors: s.floors.size,
        accEvents: s.events.count('acc'),
        psgEvents: s.events.count('psg'),
        hepEvents: s.events.count('hep'),
        monitorSessions: s.events.sessionCount(),
      },
      personsCount: s.persons.size,
      doors: [...s.doors.values()].map((d) => ({
        ...doorStateRow(s, d),
        deviceSn: s.devices.get(d.deviceId)!.sn,
        alarmKey: d.alarm,
        hasSensor: d.hasSensor,
        relayOpenUntil: d.relayOpenUntil > now ? formatDateTime(d.relayOpenUntil) : null,
      })),
      gates: [...s.gates.values()].map((g) => ({
        ...gateStateRow(s, g),
        deviceSn: s.devices.get(g.deviceId)!.sn,
      })),
      devices: [...s.devices.values()].map((d) => ({
        id: d.id,
        sn: d.sn,
        name: d.name,
        module: d.module,
        online: d.online,
        enabled: d.enabled,
      })),
      visitors: [...s.visitors.values()].map((v) => ({
        ...visitorRow(v),
        qr: qrPayload(qrSecret(s), 'visitor', v.pin, now),
      })),
      registrations: s.registrations.map((r) => registrationRow(s, r)),
      reservations: s.reservations,
      blocklist: [...s.blocklist],
      samplePins: Array.from({ length: Math.min(20, s.persons.size) }, (_, n) => s.persons.pinAt(n)!),
      faults: core.faults.list(),
    }
  })

  // tells whose a QR payload is: {kind: 'visitor'|'person', pin, age (30 s windows)} or 404
  app.post('/__sim/qr', async (req, reply) => {
    const payload = String(((req.body ?? {}) as Body).payload ?? '')
    const s = core.state
    const candidates: { kind: 'visitor' | 'person'; pin: string }[] = [...s.visitors.keys()].map((pin) => ({
      kind: 'visitor',
      pin,
    }))
    for (const pin of s.persons.keys()) {
      if (candidates.length > s.visitors.size + 5000) break
      candidates.push({ kind: 'person', pin })
    }
    const match = verifyQr(qrSecret(s), payload, candidates, s.now())
    return (
      match ??
      reply.code(404).send({ error: 'payload matches no visitor or person (or is older than 5 minutes)' })
    )
  })

  app.post('/__sim/blocklist', async (req, reply) => {
    const body = (req.body ?? {}) as Body
    if (!body.certType || !body.certNumber) return bad(reply, 'certType and certNumber are required')
    const key = `${String(body.certType)}:${String(body.certNumber)}`
    if (body.remove) core.state.blocklist.delete(key)
    else core.state.blocklist.add(key)
    return { ok: true, blocklist: [...core.state.blocklist] }
  })

  // A visit registered on the server by another system (ZKBio's own web UI, a kiosk, a desk that is not
  // Gatehouse): the same rules as visRegistration/add, from now to the end of the server's day.
  app.post('/__sim/visits', async (req, reply) => {
    const body = (req.body ?? {}) as Body
    const s = core.state
    const now = s.now()
    const hostPin = body.hostPin === undefined ? s.persons.pinAt(0) : String(body.hostPin)
    try {
      const registration = registerVisitor(s, {
        persPersonPin: hostPin,
        certType: String(body.certType ?? '3'),
        certNum: body.certNumber,
        visEmpName: body.name,
        company: body.company ?? '',
        visitEmpPhone: body.phone ?? '',
        visitReason: body.reason ?? 'Visit',
        visitorCount: String(body.visitorCount ?? 1),
        startTime: formatDateTime(now),
        endTime: `${formatDateTime(now).slice(0, 10)} 23:59:59`,
      })
      return { ok: true, registration: registrationRow(s, registration) }
    } catch (e) {
      if (e instanceof ApiError) return bad(reply, `code ${e.code}: ${e.message}`)
      throw e
    }
  })
  // That visitor leaves through an exit reader or another system's check-out (visRegistration/exit).
  app.post('/__sim/visits/exit', async (req, reply) => {
    const body = (req.body ?? {}) as Body
    try {
      const registration = exitVisitor(core.state, {
        certType: String(body.certType ?? '3'),
        certNum: body.certNumber,
      })
      return { ok: true, registration: registrationRow(core.state, registration) }
    } catch (e) {
      if (e instanceof ApiError) return bad(reply, `code ${e.code}: ${e.message}`)
      throw e
    }
  })

  app.post('/__sim/online', async (req) => {
    const body = (req.body ?? {}) as Body
    core.online = body.enabled !== false
    return { ok: true, online: core.online }
  })
}
