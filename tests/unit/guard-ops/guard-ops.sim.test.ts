import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createAuditLog, auditMigrations, type AuditLog } from '../../../electron/main/audit/audit-log'
import { openDatabase } from '../../../electron/main/db/database'
import { createGuardOpsHandlers } from '../../../electron/main/guard-ops/guard-ops-handlers'
import { csvCell, toCsv } from '../../../electron/main/guard-ops/csv'
import { addLogSink, type LogRecord } from '../../../electron/main/log'
import { commandResult } from '../../../electron/shared/contract/guard-ops'
import { defaultSettings } from '../../../electron/shared/settings'
import { startWorld, type SimWorld } from '../zkbio/sim-fixtures'

let world: SimWorld
let handlers: ReturnType<typeof createGuardOpsHandlers>
let audit: ReturnType<typeof createAuditLog>
const failures: unknown[] = []
const ctx = { senderId: 1 }

beforeAll(async () => {
  world = await startWorld()
})
afterAll(async () => world.close())

beforeEach(async () => {
  await world.sim.control.reset()
  audit = createAuditLog(openDatabase(':memory:', auditMigrations))
  failures.length = 0
  handlers = guardOps(audit)
})

function guardOps(auditLog: AuditLog): ReturnType<typeof createGuardOpsHandlers> {
  return createGuardOpsHandlers({
    connection: { api: () => world.client, reportSuccess: () => {}, reportFailure: (e) => failures.push(e) },
    audit: auditLog,
    settings: {
      get: () => ({ ...defaultSettings(), operatorName: 'G. Ward' }),
      update: () => defaultSettings(),
      onChange: () => () => {},
    },
    getMainWindow: () => null,
  })
}

/** The real audit log, except that its next write fails the way a locked database does. */
function auditFailingOnce(): AuditLog {
  let failNext = true
  return {
    ...audit,
    write: (entry) => {
      if (failNext) {
        failNext = false
        throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })
      }
      return audit.write(entry)
    },
  }
}

describe('door, gate and floor commands', () => {
  it('opens a door on the server, once, and audits it', async () => {
    const door = (await world.sim.control.snapshot()).doors[0]!
    await world.sim.control.clearRequests()
    const result = await handlers['guardOps.openDoor'](
      { doorId: door.id, doorName: door.name, seconds: 5, confirmed: true },
      ctx,
    )
    expect(result.ok).toBe(true)
    expect(result.message).toContain(door.name)
    const after = (await world.sim.control.snapshot()).doors.find((d) => d.id === door.id)!
    expect(after.relay.toLowerCase()).toContain('open')
    const sent = (await world.sim.control.requests()).filter((r) => r.path === '/api/door/remoteOpenById')
    expect(sent).toHaveLength(1)
    expect(audit.list()).toEqual([
      expect.objectContaining({
        action: 'door.remoteOpen',
        operator: 'G. Ward',
        result: 'ok',
        target: `Door "${door.name}" (${door.id})`,
      }),
    ])
  })

  it('a refused command is audited as failed and sent exactly once (never retried)', async () => {
    const door = (await world.sim.control.snapshot()).doors[0]!
    await world.sim.control.addFault({ endpoint: '/api/door/remoteOpenById', kind: 'http500' })
    await world.sim.control.clearRequests()
    const result = await handlers['guardOps.openDoor'](
      { doorId: door.id, doorName: door.name, seconds: 5, confirmed: true },
      ctx,
    )
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(/^Not done: /)
    expect(result.message).not.toContain(world.sim.token)
    const sent = (await world.sim.control.requests()).filter((r) => r.path === '/api/door/remoteOpenById')
    expect(sent).toHaveLength(1)
    expect(audit.list()[0]).toMatchObject({ result: 'failed', action: 'door.remoteOpen' })
    expect(failures).toHaveLength(1)
  })

  it('closes a door, opens a gate for exit, releases and locks a floor', async () => {
    const snap = await world.sim.control.snapshot()
    const door = snap.doors[1]!
    const gate = snap.gates[0]!
    expect(
      (await handlers['guardOps.closeDoor']({ doorId: door.id, doorName: door.name, confirmed: true }, ctx))
        .ok,
    ).toBe(true)
    expect(
      (
        await handlers['guardOps.openGate'](
          { gateId: gate.id, gateName: gate.name, direction: 'exit', confirmed: true },
          ctx,
        )
      ).ok,
    ).toBe(true)
    const gateAfter = (await world.sim.control.snapshot()).gates.find((g) => g.id === gate.id)!
    expect(gateAfter.relay).toBe('1') // FIELD-NOTES: relay 1 = exit open
    const floors = await handlers['guardOps.listFloors'](undefined, ctx)
    expect(floors.length).toBeGreaterThan(0)
    const floor = floors[0]!
    expect(
      (
        await handlers['guardOps.openFloor'](
          { floorId: floor.id, floorName: floor.name, seconds: 3, confirmed: true },
          ctx,
        )
      ).ok,
    ).toBe(true)
    expect(
      (
        await handlers['guardOps.closeFloor'](
          { floorId: floor.id, floorName: floor.name, confirmed: true },
          ctx,
        )
      ).ok,
    ).toBe(true)
    expect(
      audit
        .list()
        .map((e) => e.action)
        .sort(),
    ).toEqual(['door.remoteClose', 'floor.remoteClose', 'floor.remoteOpen', 'gate.remoteOpen.exit'].sort())
  })
})

describe('a command whose audit entry cannot be written', () => {
  it('answers that the door opened, sends it once, logs the lost entry and audits the next command', async () => {
    const door = (await world.sim.control.snapshot()).doors[0]!
    await world.sim.control.clearRequests()
    const logged: LogRecord[] = []
    const off = addLogSink((r) => logged.push(r))
    const ops = guardOps(auditFailingOnce())
    const open = { doorId: door.id, doorName: door.name, seconds: 5, confirmed: true } as const
    let result: Awaited<ReturnType<(typeof ops)['guardOps.openDoor']>>
    try {
      result = await ops['guardOps.openDoor'](open, ctx)
    } finally {
      off()
    }
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining(door.name) })
    // What main checks before the renderer sees it: an answer outside the contract would reach the
    // guard as an internal error, i.e. as a failure.
    expect(commandResult.safeParse(result).success).toBe(true)
    expect(result.auditId).toBeNull()
    const opened = (await world.sim.control.snapshot()).doors.find((d) => d.id === door.id)!
    expect(opened.relay.toLowerCase()).toContain('open')
    const sent = () =>
      world.sim.control.requests().then((rs) => rs.filter((r) => r.path === '/api/door/remoteOpenById'))
    expect(await sent()).toHaveLength(1)
    expect(failures).toHaveLength(0)
    expect(audit.list()).toEqual([])
    expect(logged).toContainEqual(
      expect.objectContaining({
        level: 'error',
        scope: 'guard-ops',
        fields: expect.objectContaining({ action: 'door.remoteOpen', result: 'ok' }),
      }),
    )
    expect(JSON.stringify(logged)).not.toContain(world.sim.token)

    const next = await ops['guardOps.openDoor'](open, ctx)
    expect(next.ok).toBe(true)
    expect(await sent()).toHaveLength(2)
    const entries = audit.list()
    expect(entries).toEqual([
      expect.objectContaining({ action: 'door.remoteOpen', result: 'ok', operator: 'G. Ward' }),
    ])
    expect(next.auditId).toBe(entries[0]!.id)
  })

  it('still answers a refused command with its failure, sent once', async () => {
    const door = (await world.sim.control.snapshot()).doors[0]!
    await world.sim.control.addFault({ endpoint: '/api/door/remoteOpenById', kind: 'http500' })
    await world.sim.control.clearRequests()
    const result = await guardOps(auditFailingOnce())['guardOps.openDoor'](
      { doorId: door.id, doorName: door.name, seconds: 5, confirmed: true },
      ctx,
    )
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(/^Not done: /)
    expect(commandResult.safeParse(result).success).toBe(true)
    const sent = (await world.sim.control.requests()).filter((r) => r.path === '/api/door/remoteOpenById')
    expect(sent).toHaveLength(1)
    expect(failures).toHaveLength(1)
    expect(audit.list()).toEqual([])
  })
})

describe('event history', () => {
  it('finds the remote opening it caused, by door name, and a person by pin', async () => {
    const door = (await world.sim.control.snapshot()).doors[2]!
    await handlers['guardOps.openDoor'](
      { doorId: door.id, doorName: door.name, seconds: 5, confirmed: true },
      ctx,
    )
    const { now } = await world.sim.control.clock()
    const day = now.slice(0, 10)
    const page = await handlers['guardOps.searchEvents'](
      { from: `${day} 00:00:00`, to: `${day} 23:59:59`, pointName: door.name, pageNo: 1, pageSize: 1000 },
      ctx,
    )
    expect(page.rows.some((r) => r.pointName.includes(door.name) && /remote/i.test(r.eventName))).toBe(true)
    const granted = await world.sim.control.trigger({ kind: 'accessGranted', doorId: door.id })
    const pin = (granted[0] as { pin?: string }).pin!
    const byPin = await handlers['guardOps.searchEvents'](
      { from: `${day} 00:00:00`, to: `${day} 23:59:59`, pin, pageNo: 1, pageSize: 100 },
      ctx,
    )
    expect(byPin.rows.length).toBeGreaterThan(0)
    expect(byPin.rows.every((r) => r.pin === pin)).toBe(true)
  })
})

describe('CSV', () => {
  it('quotes, doubles quotes and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('-1+2')).toBe("'-1+2")
    expect(csvCell(null)).toBe('')
    expect(toCsv(['A', 'B'], [['1', 'x y']])).toBe('\uFEFFA,B\r\n1,x y\r\n')
  })
})
