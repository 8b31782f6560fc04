import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { auditMigrations, createAuditLog } from '../../../electron/main/audit/audit-log'
import { openDatabase, type Db } from '../../../electron/main/db/database'
import { guardMigrations } from '../../../electron/main/guard/alarms/alarm-store'
import { inspectPlanImage } from '../../../electron/main/guard/plans/plan-image'
import { createPlanService } from '../../../electron/main/guard/plans/plan-service'

/** A real 3x2 PNG header (signature + IHDR) is all the inspector reads. */
function pngHeader(width: number, height: number): Buffer {
  const b = Buffer.alloc(33)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0)
  b.writeUInt32BE(13, 8)
  b.write('IHDR', 12, 'latin1')
  b.writeUInt32BE(width, 16)
  b.writeUInt32BE(height, 20)
  return b
}

function jpegHeader(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x04, 0x00, 0x00])
  const sof = Buffer.from([0xff, 0xc2, 0x00, 0x0b, 0x08, 0, 0, 0, 0, 0x01, 0x00])
  sof.writeUInt16BE(height, 5)
  sof.writeUInt16BE(width, 7)
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.alloc(8)])
}

describe('inspectPlanImage', () => {
  it('reads PNG and JPEG sizes from the bytes and refuses anything else (SVG markup, PDF)', () => {
    expect(inspectPlanImage(pngHeader(1200, 800))).toEqual({ mime: 'image/png', width: 1200, height: 800 })
    expect(inspectPlanImage(jpegHeader(640, 480))).toEqual({ mime: 'image/jpeg', width: 640, height: 480 })
    expect(inspectPlanImage(Buffer.from('<svg onload="alert(1)"></svg>'))).toBeNull()
    expect(inspectPlanImage(Buffer.from('%PDF-1.4\n'))).toBeNull()
  })
})

describe('plan service', () => {
  let dir: string
  let db: Db
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'plans-'))
    db = openDatabase(join(dir, 'gatehouse.db'), [...auditMigrations, ...guardMigrations])
  })
  afterEach(() => {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('stores the image as a file named by id, placements survive a reopen, removal deletes both', async () => {
    const audit = createAuditLog(db)
    const plans = createPlanService({ db, userDataDir: dir, audit, operator: () => 'Supervisor' })
    const plan = await plans.add({
      name: 'Ground floor',
      areaName: 'Main building',
      sourceType: 'pdf',
      image: { mime: 'image/png', base64: pngHeader(1200, 800).toString('base64') },
    })
    expect(plan).toMatchObject({
      name: 'Ground floor',
      width: 1200,
      height: 800,
      sourceType: 'pdf',
      markers: [],
    })
    expect(readdirSync(join(dir, 'floor-plans'))).toEqual([`plan-${plan.id}.png`])
    plans.place(plan.id, { targetType: 'door', targetId: 'd1', targetName: 'Main Entrance', x: 0.25, y: 0.5 })
    plans.place(plan.id, { targetType: 'door', targetId: 'd1', targetName: 'Main Entrance', x: 0.3, y: 0.5 })
    plans.place(plan.id, { targetType: 'gate', targetId: 'g1', targetName: 'Turnstile 1', x: 0.9, y: 0.1 })

    const reopened = createPlanService({ db, userDataDir: dir, audit, operator: () => 'x' })
    const [again] = reopened.list()
    expect(again!.markers).toEqual([
      { targetType: 'door', targetId: 'd1', targetName: 'Main Entrance', x: 0.3, y: 0.5 },
      { targetType: 'gate', targetId: 'g1', targetName: 'Turnstile 1', x: 0.9, y: 0.1 },
    ])
    expect((await reopened.image(plan.id)).dataUrl).toMatch(/^data:image\/png;base64,/)
    expect(reopened.unplace(plan.id, 'gate', 'g1').markers).toHaveLength(1)

    await expect(
      plans.add({
        name: 'Evil',
        sourceType: 'svg',
        image: { mime: 'image/png', base64: Buffer.from('<svg/>').toString('base64') },
      }),
    ).rejects.toThrow(/not a PNG or JPEG/)
    expect(await plans.remove(plan.id)).toEqual({ removed: true })
    expect(plans.list()).toEqual([])
    expect(readdirSync(join(dir, 'floor-plans'))).toEqual([])
    expect(audit.list({ action: 'guard.plan.add' })).toHaveLength(1)
    expect(audit.list({ action: 'guard.plan.remove' })).toHaveLength(1)
  })
})
