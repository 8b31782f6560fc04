/**
 * Badge print and save-as-PDF audit entries against the simulator over real HTTP (the QR on the badge)
 * with a real audit log: the audit log is never pruned, so it must not keep the visitor's name (nor a
 * file path, which is named after the visitor) beyond the visit's retention.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditMigrations, createAuditLog, type AuditLog } from '../../../electron/main/audit/audit-log'
import { createBadgeService, type BadgeVisit } from '../../../electron/main/badge/badge-service'
import { openDatabase } from '../../../electron/main/db/database'
import { visitorApi } from '../../../electron/main/zkbio/api/visitor'
import { ZkbioCore } from '../../../electron/main/zkbio/core'
import { defaultSettings, type Settings } from '../../../electron/shared/settings'
import { electronDouble } from '../../harness/electron-double/control'
import { startSimulator, type RunningSimulator } from '../../simulator/index'

const NAME = 'Lena Ortiz'

let sim: RunningSimulator
let core: ZkbioCore
let dir: string
let audit: AuditLog
let visit: BadgeVisit

beforeAll(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
  core = new ZkbioCore({ baseUrl: sim.url, token: sim.token, retry: false })
  dir = mkdtempSync(join(tmpdir(), 'gatehouse-badge-audit-'))
  audit = createAuditLog(openDatabase(':memory:', auditMigrations))
  const hostPin = (await sim.control.snapshot()).samplePins[0] as string
  const certNumber = `A${Date.now()}`
  await visitorApi(core).registration.add({
    persPersonPin: hostPin,
    certType: 3,
    certNum: certNumber,
    visitorName: NAME,
    company: 'Ortiz GmbH',
    visitReason: 'Meeting',
    startTime: new Date(),
    endTime: new Date(Date.now() + 3_600_000),
  })
  visit = {
    id: crypto.randomUUID(),
    status: 'onSite',
    visitorPin: null,
    visitorName: NAME,
    company: 'Ortiz GmbH',
    phone: '',
    certType: 3,
    certNumber,
    hostName: 'Rui Costa',
    validUntil: '2026-11-29 23:59:59',
  }
})
afterAll(async () => {
  core?.close()
  await sim?.close()
  rmSync(dir, { recursive: true, force: true })
})

function service() {
  const settings: Settings = {
    ...defaultSettings(),
    operatorName: 'Desk 1',
    badge: { layout: 'label62', printerName: 'Label-62', silentPrint: false, defaultVisitorLevelIds: [] },
  }
  return createBadgeService({
    client: () => core,
    settings: { get: () => settings },
    audit,
    visits: {
      getVisit: (id) => (id === visit.id ? visit : null),
      getPhoto: () => null,
      resolveVisitorPin: async () => null,
    },
    getMainWindow: () => null,
  })
}

const rows = (action: string) => audit.list({ action })

describe('badge audit entries', () => {
  it('name the visit, not the visitor, for a print, a failed print and a saved PDF', async () => {
    const badge = service()
    await badge.print(visit.id)
    electronDouble.queuePrintResult({ success: false, failureReason: 'Paper jam' })
    await expect(badge.print(visit.id)).rejects.toThrow(/Paper jam/)
    const file = join(dir, `badge-${NAME}.pdf`)
    electronDouble.queueDialogResponse('showSaveDialog', { canceled: false, filePath: file })
    expect(await badge.savePdf(visit.id)).toMatchObject({ saved: true, filePath: file })

    const printed = rows('badge.print')
    expect(printed.map((e) => e.result).sort()).toEqual(['failed', 'ok'])
    expect(printed.find((e) => e.result === 'ok')?.detail).toContain('Label-62')
    expect(rows('badge.savePdf')).toMatchObject([{ result: 'ok', detail: 'saved as PDF' }])
    for (const entry of [...printed, ...rows('badge.savePdf')]) {
      expect(entry.target).toBe(`visit:${visit.id}`)
      expect(JSON.stringify(entry)).not.toContain(NAME)
      expect(JSON.stringify(entry)).not.toContain(dir)
    }
  })
})
