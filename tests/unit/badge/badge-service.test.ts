/**
 * The badge service as main runs it, against the simulator over real HTTP: badge details from
 * reception's visit lookup and the settings, a fresh QR for an on-site visit, a clear refusal for a
 * pending one, and the employee photo enrol with the server's verdicts.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../../../electron/main/app/app-error'
import type { NewAuditEntry } from '../../../electron/main/audit/audit-log'
import {
  createBadgeService,
  pendingQrMessage,
  type BadgeVisit,
  type BadgeVisitLookup,
} from '../../../electron/main/badge/badge-service'
import { enrolAcceptedMessage } from '../../../electron/main/badge/enrol-photo'
import { visitorApi } from '../../../electron/main/zkbio/api/visitor'
import { describeServerCode } from '../../../electron/main/zkbio/error-codes'
import { ZkbioCore } from '../../../electron/main/zkbio/core'
import { QR_REFRESH_MS } from '../../../electron/shared/contract/badge'
import { defaultSettings, type Settings } from '../../../electron/shared/settings'
import { electronDouble } from '../../harness/electron-double/control'
import { startSimulator, type RunningSimulator } from '../../simulator/index'

let sim: RunningSimulator
let core: ZkbioCore
let hostPin: string
let bigJpeg: string
let smallJpeg: string

/** Real JPEGs from Chromium's encoder: 300x400 (120,000 px) and 200x200 (40,000 px, too small). */
async function makeJpegs(): Promise<[string, string]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' })
  try {
    const page = await browser.newPage()
    return (await page.evaluate(`(() => [[300, 400], [200, 200]].map(([w, h]) => {
      const c = document.createElement('canvas')
      c.width = w
      c.height = h
      const g = c.getContext('2d')
      g.fillStyle = '#3a6'
      g.fillRect(0, 0, w, h)
      g.fillStyle = '#c28'
      g.fillRect(w / 4, h / 8, w / 2, h / 2)
      return c.toDataURL('image/jpeg', 0.9).split(',')[1]
    }))()`)) as [string, string]
  } finally {
    await browser.close()
  }
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
  core = new ZkbioCore({ baseUrl: sim.url, token: sim.token, retry: false })
  hostPin = (await sim.control.snapshot()).samplePins[0] as string
  ;[bigJpeg, smallJpeg] = await makeJpegs()
}, 60_000)
afterAll(async () => sim?.close())

function setup(visits: BadgeVisit[], photos: Record<string, string> = {}) {
  const settings: Settings = {
    ...defaultSettings(),
    siteName: 'North Gate',
    operatorName: 'Desk 1',
    badge: { layout: 'label62', printerName: 'Label-62', silentPrint: true, defaultVisitorLevelIds: [] },
  }
  const audit: NewAuditEntry[] = []
  const lookup: BadgeVisitLookup = {
    getVisit: (id) => visits.find((v) => v.id === id) ?? null,
    getPhoto: (id) => photos[id] ?? null,
    resolveVisitorPin: async () => null,
  }
  const service = createBadgeService({
    client: () => core,
    settings: { get: () => settings },
    audit: { write: (e) => (audit.push(e), { ...e, id: audit.length, at: '', detail: e.detail ?? null }) },
    visits: lookup,
    getMainWindow: () => null,
  })
  return { service, audit }
}

async function registeredVisit(status: BadgeVisit['status'] = 'onSite'): Promise<BadgeVisit> {
  const certNumber = `S${Date.now()}${Math.floor(Math.random() * 1000)}`
  if (status !== 'pending') {
    await visitorApi(core).registration.add({
      persPersonPin: hostPin,
      certType: 3,
      certNum: certNumber,
      visitorName: 'Lena Ortiz',
      company: 'Ortiz GmbH',
      visitReason: 'Meeting',
      startTime: new Date(),
      endTime: new Date(Date.now() + 3_600_000),
    })
  }
  return {
    id: crypto.randomUUID(),
    status,
    visitorPin: null,
    visitorName: 'Lena Ortiz',
    company: 'Ortiz GmbH',
    phone: '',
    certType: 3,
    certNumber,
    hostName: 'Rui Costa',
    validUntil: '2026-11-29 23:59:59',
  }
}

describe('badge details and QR', () => {
  it('assembles the badge from the visit, its photo and the site settings', async () => {
    const visit = await registeredVisit()
    const { service } = setup([visit], { [visit.id]: bigJpeg })
    expect(service.details(visit.id)).toEqual({
      visitId: visit.id,
      status: 'onSite',
      visitorName: 'Lena Ortiz',
      company: 'Ortiz GmbH',
      hostName: 'Rui Costa',
      validUntil: '2026-11-29 23:59:59',
      photoBase64: bigJpeg,
      siteName: 'North Gate',
      layout: 'label62',
      printerName: 'Label-62',
      silentPrint: true,
      qrUnavailableReason: null,
    })
  })

  it("returns a fresh QR that the server recognises as the visitor's, and when to fetch it again", async () => {
    const visit = await registeredVisit()
    const { service } = setup([visit])
    const qr = await service.qr(visit.id)
    // First sight: the phase of the server's changes is unknown, so it looks again within a second.
    expect(qr.refreshInMs).toBeLessThanOrEqual(1_000)
    expect(qr.refreshInMs).toBeLessThan(QR_REFRESH_MS)
    expect(qr).toMatchObject({ periodMs: 30_000, periodLearned: false })
    const owner = await sim.control.decodeQr(qr.payload)
    const visitor = (await sim.control.snapshot()).visitors.find((v) => v.certNumber === visit.certNumber)
    expect(owner).toMatchObject({ kind: 'visitor', pin: visitor?.pin })
  })

  it('explains that a pending registration has no badge yet, without calling the server', async () => {
    const visit = await registeredVisit('pending')
    const { service } = setup([visit])
    const before = (await sim.control.requests()).length
    const error = await service.qr(visit.id).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('CONFLICT')
    expect((error as AppError).message).toBe(pendingQrMessage())
    expect(service.details(visit.id).qrUnavailableReason).toBe(pendingQrMessage())
    expect((await sim.control.requests()).length).toBe(before)
  })

  it('says when the visit is no longer in the local records', async () => {
    const { service } = setup([])
    expect(() => service.details('0f7d2c1e-0000-4000-8000-000000000000')).toThrow(
      /no longer in the local records/,
    )
  })
})

describe('badge audit entries', () => {
  // The audit log is never pruned: it must not keep the visitor's name (nor a file path, which is
  // named after the visitor) beyond the visit's retention.
  it('name the visit, not the visitor, for a print, a failed print and a saved PDF', async () => {
    const visit = await registeredVisit()
    const { service, audit } = setup([visit])
    const dir = mkdtempSync(join(tmpdir(), 'gatehouse-badge-audit-'))
    try {
      await service.print(visit.id)
      electronDouble.queuePrintResult({ success: false, failureReason: 'Paper jam' })
      await expect(service.print(visit.id)).rejects.toThrow(/Paper jam/)
      const file = join(dir, `badge-${visit.visitorName}.pdf`)
      electronDouble.queueDialogResponse('showSaveDialog', { canceled: false, filePath: file })
      expect(await service.savePdf(visit.id)).toMatchObject({ saved: true, filePath: file })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    const rows = (action: string) => audit.filter((e) => e.action === action)
    const printed = rows('badge.print')
    expect(printed.map((e) => e.result).sort()).toEqual(['failed', 'ok'])
    expect(printed.find((e) => e.result === 'ok')?.detail).toContain('Label-62')
    expect(rows('badge.savePdf')).toMatchObject([{ result: 'ok', detail: 'saved as PDF' }])
    for (const entry of [...printed, ...rows('badge.savePdf')]) {
      expect(entry.target).toBe(`visit:${visit.id}`)
      expect(JSON.stringify(entry)).not.toContain(visit.visitorName)
      expect(JSON.stringify(entry)).not.toContain('gatehouse-badge-audit-')
    }
  })
})

describe('enrol photo', () => {
  it("sends the employee's photo and reports the server's acceptance, audited", async () => {
    const { service, audit } = setup([])
    const verdict = await service.enrolPhoto(hostPin, bigJpeg)
    expect(verdict).toEqual({ accepted: true, serverCode: null, message: enrolAcceptedMessage() })
    expect(audit.at(-1)).toMatchObject({ action: 'person.enrolPhoto', target: hostPin, result: 'ok' })
    const sent = (await sim.control.requests()).filter((r) => r.path === '/api/person/updatePersonnelPhoto')
    expect(sent.at(-1)?.status).toBe(200)
  })

  it('shows the server verdict -5001 for a picture under 80,000 pixels', async () => {
    const { service, audit } = setup([])
    const verdict = await service.enrolPhoto(hostPin, smallJpeg)
    expect(verdict.accepted).toBe(false)
    expect(verdict.serverCode).toBe(-5001)
    expect(verdict.message).toBe(describeServerCode(-5001)?.message)
    expect(audit.at(-1)).toMatchObject({ result: 'failed' })
  })

  it('shows the server verdict -27 for a file the server cannot read as a picture', async () => {
    const { service } = setup([])
    const damaged = `/9j/${Buffer.alloc(400, 1).toString('base64')}`
    const verdict = await service.enrolPhoto(hostPin, damaged)
    expect(verdict).toMatchObject({
      accepted: false,
      serverCode: -27,
      message: describeServerCode(-27)?.message,
    })
  })

  it('refuses a non-JPEG before sending it', async () => {
    const { service } = setup([])
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64').padEnd(200, 'A')
    const error = await service.enrolPhoto(hostPin, png).catch((e: unknown) => e)
    expect((error as AppError).code).toBe('BAD_REQUEST')
  })

  it('passes an unknown employee pin on as the server refusal', async () => {
    const { service } = setup([])
    const verdict = await service.enrolPhoto('no-such-pin-42', bigJpeg)
    expect(verdict.accepted).toBe(false)
    expect(verdict.serverCode).toBe(-22)
  })
})
