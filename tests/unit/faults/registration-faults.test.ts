/**
 * Fault injection on the registration path (audit finding 3 and 4): a full disk, a database another
 * program holds locked, a read-only database, and a crash while the server call is in flight. Each
 * time: a plain message with its own code, nothing lost (the server and the desk agree in the end),
 * nothing registered twice. The desk writes first, so a storage fault before the call sends nothing.
 */
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { STORAGE_MESSAGES } from '../../../electron/main/app/storage-error'
import { auditMigrations } from '../../../electron/main/audit/audit-log'
import { openDatabase } from '../../../electron/main/db/database'
import { receptionMigrations } from '../../../electron/main/reception/index'
import { serverHasItMessage } from '../../../electron/main/reception/registration-service'
import { call, createReceptionFixture, walkIn, type ReceptionFixture } from '../reception/reception-fixture'
import { createSmallDisk, lockDatabase, openReadOnly, type SmallDisk } from './small-disk'

let disk: SmallDisk
let f: ReceptionFixture

beforeAll(async () => {
  disk = createSmallDisk(4096)
  f = await createReceptionFixture({}, { dir: disk.dir })
})
afterEach(async () => {
  disk.free()
  await f.sim.control.clearFaults()
})
afterAll(async () => {
  await f.close()
  disk.dispose()
})

async function onServer(certNumber: string) {
  const snapshot = (await f.sim.control.snapshot()) as { registrations: { certNum: string }[] }
  return snapshot.registrations.filter((r) => r.certNum === certNumber)
}

/** Calls a handler the way dispatch answers the renderer: a thrown AppError becomes {code, message}. */
async function attempt(input: ReturnType<typeof walkIn>) {
  try {
    return { ok: true as const, data: await call(f, 'reception.registerVisitor', input) }
  } catch (error) {
    const e = error as { code?: string; message: string; details?: Record<string, unknown> }
    return { ok: false as const, code: e.code, message: e.message, details: e.details }
  }
}

const localRows = (certNumber: string) =>
  f.db.prepare('SELECT id, status FROM reception_visits WHERE cert_number = ?').all(certNumber) as {
    id: string
    status: string
  }[]

describe(`registration with a full disk (${process.platform === 'linux' && process.getuid?.() === 0 ? 'tmpfs' : 'injected'})`, () => {
  it('says the disk is full, sends nothing, keeps nothing half-written; after freeing space the same submission registers once', async () => {
    const input = walkIn({
      visitorName: 'Full Disk Fiona',
      photoBase64: Buffer.alloc(30_000, 7).toString('base64'),
    })
    disk.fill(f.db)
    const failed = await attempt(input)
    expect(failed).toMatchObject({ ok: false, code: 'DISK_FULL', message: STORAGE_MESSAGES.DISK_FULL })
    expect(failed.ok ? '' : failed.message).toMatch(/disk is full.*Nothing you typed is lost/)
    expect(await onServer(input.certNumber)).toHaveLength(0)
    expect(localRows(input.certNumber)).toHaveLength(0)

    disk.free()
    const done = await attempt(input)
    expect(done).toMatchObject({ ok: true, data: { outcome: 'registered', visit: { status: 'onSite' } } })
    expect(await onServer(input.certNumber)).toHaveLength(1)
    expect(localRows(input.certNumber)).toEqual([expect.objectContaining({ status: 'onSite' })])
  })

  it('the disk fills during the server call: the server has it, the desk says so, and completes it later without sending again', async () => {
    const input = walkIn({ visitorName: 'Mid Call Max' })
    await f.sim.control.addFault({ endpoint: '/api/visRegistration/add', kind: 'latency', ms: 600, times: 1 })
    const pending = attempt(input)
    // The desk wrote first: the row is there before the server answers.
    await expect.poll(() => localRows(input.certNumber).length, { timeout: 3000 }).toBe(1)
    disk.fill(f.db)
    const failed = await pending
    expect(failed).toMatchObject({ ok: false, code: 'DISK_FULL', message: serverHasItMessage() })
    expect(await onServer(input.certNumber)).toHaveLength(1)
    expect(localRows(input.certNumber)).toEqual([expect.objectContaining({ status: 'pending' })])

    disk.free()
    await f.sim.control.clearRequests()
    // The form makes a new submission id after an error: the desk still recognises the visitor.
    const renewed = await attempt({ ...input, clientRequestId: crypto.randomUUID() })
    expect(renewed).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringMatching(/never registered twice/),
    })
    // The operator presses Register again (same submission): the replay asks the visit history first.
    const again = await attempt(input)
    expect(again.ok).toBe(true)
    await f.services.replayNow()
    expect(localRows(input.certNumber)).toEqual([expect.objectContaining({ status: 'onSite' })])
    const requests = (await f.sim.control.requests()) as { path: string }[]
    expect(requests.filter((r) => r.path === '/api/visRegistration/add')).toHaveLength(0)
    expect(await onServer(input.certNumber)).toHaveLength(1)
  })
})

describe('registration with the database locked by another program', () => {
  it('answers DATABASE_BUSY within about a second (not 5 s), sends nothing; once free it registers once', async () => {
    const input = walkIn({ visitorName: 'Locked Lena' })
    const release = lockDatabase(join(disk.dir, 'gatehouse.db'))
    const started = Date.now()
    let failed: Awaited<ReturnType<typeof attempt>>
    try {
      failed = await attempt(input)
    } finally {
      release()
    }
    const waited = Date.now() - started
    expect(failed).toMatchObject({
      ok: false,
      code: 'DATABASE_BUSY',
      message: STORAGE_MESSAGES.DATABASE_BUSY,
    })
    expect(waited).toBeLessThan(2500)
    expect(await onServer(input.certNumber)).toHaveLength(0)
    expect((await attempt(input)).ok).toBe(true)
    expect(await onServer(input.certNumber)).toHaveLength(1)
  })
})

describe('registration on a read-only database', () => {
  it('answers READ_ONLY and sends nothing', async () => {
    const ro = await createReceptionFixture(
      {},
      {
        openDb: (file) => {
          openDatabase(file, [...auditMigrations, ...receptionMigrations]).close()
          return openReadOnly(file)
        },
      },
    )
    try {
      const input = walkIn({ visitorName: 'Read Only Rita' })
      let outcome: { code?: string; message?: string } = {}
      try {
        await call(ro, 'reception.registerVisitor', input)
      } catch (error) {
        outcome = error as { code?: string; message?: string }
      }
      expect(outcome).toMatchObject({ code: 'READ_ONLY', message: STORAGE_MESSAGES.READ_ONLY })
      const snapshot = (await ro.sim.control.snapshot()) as { registrations: { certNum: string }[] }
      expect(snapshot.registrations.filter((r) => r.certNum === input.certNumber)).toHaveLength(0)
    } finally {
      await ro.close()
    }
  })
})

describe('a crash while the server call is in flight', () => {
  it('after the restart the desk asks the visit history, completes the record and sends nothing again', async () => {
    const input = walkIn({ visitorName: 'Crash Carl' })
    await f.sim.control.addFault({ endpoint: '/api/visRegistration/add', kind: 'latency', ms: 500, times: 1 })
    const inFlight = attempt(input)
    await expect.poll(() => localRows(input.certNumber).length, { timeout: 3000 }).toBe(1)
    // The app dies now: the database is closed under the call, as a crash would leave it.
    f.restart()
    await inFlight // answers with an error on the closed database; nothing of that process survives
    await expect.poll(async () => (await onServer(input.certNumber)).length, { timeout: 3000 }).toBe(1)
    expect(localRows(input.certNumber)).toEqual([expect.objectContaining({ status: 'pending' })])

    await f.sim.control.clearRequests()
    expect(await f.services.replayNow()).toMatchObject({ replayed: 1 })
    expect(localRows(input.certNumber)).toEqual([expect.objectContaining({ status: 'onSite' })])
    const requests = (await f.sim.control.requests()) as { path: string }[]
    expect(requests.filter((r) => r.path === '/api/visRegistration/add')).toHaveLength(0)
    expect(await onServer(input.certNumber)).toHaveLength(1)
    expect(f.audit.list({ action: 'reception.replay' })[0]?.detail).toMatch(/server already had the visit/)
  })
})
