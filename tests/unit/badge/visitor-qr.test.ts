/**
 * The visitor QR against the simulator over real HTTP: each route the server may offer, the fallbacks
 * when a route is missing (Spring 404, as real older servers answer), and the clear refusal when none
 * exists. Every payload is checked with the simulator: it must belong to the registered visitor.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '../../../electron/main/app/app-error'
import { fetchVisitorQr, type QrClient, type QrVisit } from '../../../electron/main/badge/visitor-qr'
import { visitorApi } from '../../../electron/main/zkbio/api/visitor'
import { FEATURE_MESSAGES } from '../../../electron/main/zkbio/capabilities'
import { ZkbioCore } from '../../../electron/main/zkbio/core'
import { ZkbioError } from '../../../electron/main/zkbio/errors'
import { startSimulator, type RunningSimulator } from '../../simulator/index'

let sim: RunningSimulator
let hostPin: string
let certCounter = 0

beforeAll(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
  hostPin = (await sim.control.snapshot()).samplePins[0] as string
})
afterAll(async () => sim?.close())
beforeEach(async () => sim.control.clearFaults())

/** A fresh client per test: capabilities learnt in one test must not leak into the next. */
function newClient(): { core: ZkbioCore; client: QrClient } {
  const core = new ZkbioCore({ baseUrl: sim.url, token: sim.token, retry: false })
  return { core, client: { capabilities: core.capabilities, visitor: visitorApi(core) } }
}

/** Registers a visitor on the simulator and returns the visit as reception stores it, plus the pin. */
async function registerVisitor(): Promise<{ visit: QrVisit; pin: string }> {
  const { core } = newClient()
  const certNumber = `P${Date.now()}${++certCounter}`
  await visitorApi(core).registration.add({
    persPersonPin: hostPin,
    certType: 3,
    certNum: certNumber,
    visitorName: 'Badge Tester',
    visitorPhone: '555000111',
    company: 'Acme',
    visitReason: 'Audit',
    visitorCount: 1,
    startTime: new Date(),
    endTime: new Date(Date.now() + 3_600_000),
  })
  const visitor = (await sim.control.snapshot()).visitors.find((v) => v.certNumber === certNumber)
  if (!visitor) throw new Error('the simulator did not create the visitor')
  return { visit: { visitorPin: null, certType: 3, certNumber, phone: '555000111' }, pin: visitor.pin }
}

async function ownerOf(payload: string): Promise<{ kind: string; pin: string }> {
  return sim.control.decodeQr(payload)
}

const never = async (): Promise<string | null> => {
  throw new Error('resolvePin must not be called here')
}

describe('fetchVisitorQr', () => {
  it('uses the manual route with the pin in the path when the pin is known', async () => {
    const { visit, pin } = await registerVisitor()
    const { client } = newClient()
    const qr = await fetchVisitorQr(client, { ...visit, visitorPin: pin }, never)
    expect(qr.source).toBe('pinPath')
    expect(qr.payload).toMatch(/^2#/)
    expect(await ownerOf(qr.payload)).toMatchObject({ kind: 'visitor', pin })
  })

  it('falls back to ?pin= when the path route is missing, and keeps using it', async () => {
    const { visit, pin } = await registerVisitor()
    await sim.control.addFault({ endpoint: '/api/visRegistration/getQrCode/*', kind: 'springError' })
    const { client } = newClient()
    const first = await fetchVisitorQr(client, { ...visit, visitorPin: pin }, never)
    expect(first.source).toBe('pinQuery')
    expect(await ownerOf(first.payload)).toMatchObject({ pin })
    const before = (await sim.control.requests()).length
    const second = await fetchVisitorQr(client, { ...visit, visitorPin: pin }, never)
    expect(second.source).toBe('pinQuery')
    const paths = (await sim.control.requests()).slice(before).map((r) => r.path)
    expect(paths.filter((p) => p.startsWith('/api/visRegistration/getQrCode/'))).toHaveLength(0)
  })

  it('gets the QR from the ID document when the pin is unknown (v1.2)', async () => {
    const { visit, pin } = await registerVisitor()
    const { client } = newClient()
    const qr = await fetchVisitorQr(client, visit, never)
    expect(qr.source).toBe('certNumber')
    expect(await ownerOf(qr.payload)).toMatchObject({ kind: 'visitor', pin })
  })

  it('asks reception for the pin when the server has no QR-by-document route', async () => {
    const { visit, pin } = await registerVisitor()
    await sim.control.addFault({
      endpoint: '/api/v2/visRegistration/getQrCodeByCertNumber',
      kind: 'springError',
    })
    const { client } = newClient()
    let asked = 0
    const qr = await fetchVisitorQr(client, visit, async () => {
      asked++
      return pin
    })
    expect(asked).toBe(1)
    expect(qr.source).toBe('pinPath')
    expect(await ownerOf(qr.payload)).toMatchObject({ pin })
  })

  it('says plainly that the server offers no way when every route is missing', async () => {
    const { visit } = await registerVisitor()
    await sim.control.addFault({
      endpoint: '/api/v2/visRegistration/getQrCodeByCertNumber',
      kind: 'springError',
    })
    const { client } = newClient()
    const error = await fetchVisitorQr(client, visit, async () => null).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('UNSUPPORTED')
    expect((error as AppError).message).toBe(FEATURE_MESSAGES.visitorQr)
  })

  it('passes a server refusal through (unknown visitor pin)', async () => {
    const { visit } = await registerVisitor()
    const { client } = newClient()
    const error = await fetchVisitorQr(client, { ...visit, visitorPin: '899999999' }, never).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ZkbioError)
    expect((error as ZkbioError).kind).toBe('server')
  })

  it('gives a new payload once the 30 s QR window has passed (dynamic QR)', async () => {
    const { visit, pin } = await registerVisitor()
    const { client } = newClient()
    const first = await fetchVisitorQr(client, { ...visit, visitorPin: pin }, never)
    await sim.control.clock({ advanceMs: 31_000 })
    const second = await fetchVisitorQr(client, { ...visit, visitorPin: pin }, never)
    expect(second.payload).not.toBe(first.payload)
    expect(await ownerOf(second.payload)).toMatchObject({ pin })
  })
})
