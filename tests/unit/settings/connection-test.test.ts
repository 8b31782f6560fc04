/**
 * "Test connection" step by step against the simulator over HTTPS and HTTP: each failure names the
 * step, says what was found and what to do; the token is never sent before the certificate passed.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { ConnectionTestResult } from '../../../electron/shared/contract/connection'
import { runConnectionTest } from '../../../electron/main/connection/connection-test'
import { createServerLink } from '../../../electron/main/connection/server-link'
import { startSimulator, type RunningSimulator } from '../../simulator/index'

let https: RunningSimulator
let http: RunningSimulator
beforeAll(async () => {
  ;[https, http] = await Promise.all([
    startSimulator({ port: 0, https: true, quiet: true }),
    startSimulator({ port: 0, quiet: true }),
  ])
})
afterAll(async () => {
  await Promise.all([https.close(), http.close()])
})

const stepOf = (r: ConnectionTestResult, id: string) => r.steps.find((s) => s.id === id)!
const pinned = () => ({ mode: 'fingerprint' as const, fingerprint256: https.fingerprint256! })

describe('connection test', () => {
  test('self-signed and not yet trusted: fingerprint shown for trust on first use, token not sent', async () => {
    await https.control.clearRequests()
    const r = await runConnectionTest(
      { url: https.url, token: https.token, tls: { mode: 'system' } },
      createServerLink,
    )
    expect(r.success).toBe(false)
    expect(r.certificateTrust).toBe('untrusted')
    expect(r.certificate?.fingerprint256).toBe(https.fingerprint256)
    expect(r.certificate?.selfSigned).toBe(true)
    expect(stepOf(r, 'reachable').status).toBe('passed')
    expect(stepOf(r, 'certificate')).toMatchObject({ status: 'failed' })
    expect(stepOf(r, 'certificate').action).toMatch(/Trust this certificate/)
    expect(stepOf(r, 'token').status).toBe('skipped')
    expect((await https.control.requests()).filter((q) => q.path.startsWith('/api/'))).toEqual([])
  })

  test('trusted fingerprint and the right token: every step passes, capabilities listed', async () => {
    const r = await runConnectionTest({ url: https.url, token: https.token, tls: pinned() }, createServerLink)
    expect(r.steps.map((s) => [s.id, s.status])).toEqual([
      ['reachable', 'passed'],
      ['certificate', 'passed'],
      ['token', 'passed'],
      ['licence', 'passed'],
      ['capabilities', 'passed'],
    ])
    expect(r.success).toBe(true)
    expect(r.certificateTrust).toBe('pinned')
    expect(r.capabilities.map((c) => c.availability)).toEqual(['yes', 'yes', 'yes', 'yes', 'yes'])
  })

  test('wrong token: the token step fails with where to get the right one', async () => {
    const r = await runConnectionTest(
      { url: https.url, token: 'wrong-token', tls: pinned() },
      createServerLink,
    )
    expect(r.success).toBe(false)
    expect(stepOf(r, 'token').status).toBe('failed')
    expect(stepOf(r, 'token').message).toMatch(/refused this token/)
    expect(stepOf(r, 'token').action).toMatch(/API Authorization/)
  })

  test('API licence not active: the licence step explains "API access abnormal"', async () => {
    await https.control.addFault({ endpoint: '*', kind: 'apiAccessAbnormal' })
    try {
      const r = await runConnectionTest(
        { url: https.url, token: https.token, tls: pinned() },
        createServerLink,
      )
      expect(stepOf(r, 'licence')).toMatchObject({ status: 'failed' })
      expect(stepOf(r, 'licence').message).toMatch(/API access abnormal/)
      expect(stepOf(r, 'licence').action).toMatch(/activate the API licence/)
    } finally {
      await https.control.clearFaults()
    }
  })

  test('a proxy error page instead of the API is named as such', async () => {
    await http.control.addFault({ endpoint: '*', kind: 'html' })
    try {
      const r = await runConnectionTest(
        { url: http.url, token: http.token, tls: { mode: 'system' } },
        createServerLink,
      )
      expect(stepOf(r, 'token').status).toBe('failed')
      expect(stepOf(r, 'token').message).toMatch(/web page|proxy|gateway/i)
    } finally {
      await http.control.clearFaults()
    }
  })

  test('plain http works but warns that the token travels unencrypted', async () => {
    const r = await runConnectionTest(
      { url: http.url, token: http.token, tls: { mode: 'system' } },
      createServerLink,
    )
    expect(r.success).toBe(true)
    expect(stepOf(r, 'certificate')).toMatchObject({ status: 'warning' })
    expect(stepOf(r, 'certificate').message).toMatch(/unencrypted/)
    expect(r.certificateTrust).toBe('not-applicable')
  })

  test('nothing listening: the reachable step fails with the port advice', async () => {
    const r = await runConnectionTest(
      { url: 'http://127.0.0.1:9', token: 'x', tls: { mode: 'system' } },
      createServerLink,
    )
    expect(r.success).toBe(false)
    expect(stepOf(r, 'reachable').status).toBe('failed')
    expect(stepOf(r, 'reachable').action).toMatch(/8098/)
    expect(r.steps.slice(1).every((s) => s.status === 'skipped')).toBe(true)
  })

  test('a certificate different from the pinned one is refused, with the new fingerprint for comparison', async () => {
    const other = await startSimulator({ port: 0, https: true, quiet: true })
    try {
      const r = await runConnectionTest(
        { url: other.url, token: other.token, tls: pinned() },
        createServerLink,
      )
      expect(r.success).toBe(false)
      expect(r.certificateTrust).toBe('changed')
      expect(stepOf(r, 'certificate').message).toMatch(/^The server's certificate has changed/)
      expect(r.certificate?.fingerprint256).toBe(other.fingerprint256)
      expect((await other.control.requests()).filter((q) => q.path.startsWith('/api/'))).toEqual([])
    } finally {
      await other.close()
    }
  })
})

describe('capabilities', () => {
  test('an older server without the v1.2 visitor endpoints: the step warns and says what is missing', async () => {
    for (const endpoint of [
      '/api/visVisitor/getVisitorList',
      '/api/v2/visRegistration/getQrCodeByCertNumber',
      '/api/v2/visRegistration/getTransactionList',
      '/api/visRegistration/getQrCode',
    ]) {
      await http.control.addFault({ endpoint, kind: 'springError' })
    }
    try {
      const r = await runConnectionTest(
        { url: http.url, token: http.token, tls: { mode: 'system' } },
        createServerLink,
      )
      expect(r.success).toBe(true)
      expect(stepOf(r, 'capabilities').status).toBe('warning')
      expect(stepOf(r, 'capabilities').message).toMatch(/This server lacks: QR codes on visitor badges/)
      expect(stepOf(r, 'capabilities').action).toMatch(/v1\.2 or later/)
      const qr = r.capabilities.find((c) => c.feature === 'visitorQr')!
      expect(qr.availability).toBe('no')
      expect(qr.message).toMatch(/offers no way to get a visitor's QR code/)
    } finally {
      await http.control.clearFaults()
    }
  })
})
