// https: a pinned self-signed certificate, a wrong pin (refused before a single request byte), a CA
// file, the system store, and the certificate probe of the first-connection dialog.
import { createServer as createHttpServer } from 'node:http'
import tls from 'node:tls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSelfSignedCert } from '../../simulator/lib/tls'
import { startSimulator, type RunningSimulator } from '../../simulator/index'
import {
  createZkbioClient,
  probeCertificate,
  ZkbioError,
  type TlsTrust,
} from '../../../electron/main/zkbio/index'

let sim: RunningSimulator
beforeAll(async () => {
  sim = await startSimulator({ port: 0, https: true, quiet: true })
})
afterAll(async () => sim?.close())

const OTHER_FINGERPRINT = Array.from({ length: 32 }, () => 'AB').join(':')

function client(trust: TlsTrust, baseUrl = sim.url) {
  return createZkbioClient({ baseUrl, token: sim.token, tls: trust, retry: false, timeoutMs: 4000 })
}

async function failure(p: Promise<unknown>): Promise<ZkbioError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  )
  expect(e).toBeInstanceOf(ZkbioError)
  return e as ZkbioError
}

describe('https to the simulator', () => {
  it('works with the server certificate pinned by its SHA-256 fingerprint, in any spelling', async () => {
    for (const fp of [sim.fingerprint256!, sim.fingerprint256!.replace(/:/g, '').toLowerCase()]) {
      const c = client({ mode: 'fingerprint', fingerprint256: fp })
      await expect(c.door.list({ pageNo: 1, pageSize: 2 })).resolves.toHaveLength(2)
      // keep-alive: a second call reuses the verified connection
      await expect(c.door.listV2({ pageNo: 1, pageSize: 2 })).resolves.toMatchObject({
        items: expect.any(Array),
      })
      c.close()
    }
  })

  it('refuses a different certificate as tlsPinMismatch, and the server never sees the request', async () => {
    await sim.control.clearRequests()
    const c = client({ mode: 'fingerprint', fingerprint256: OTHER_FINGERPRINT })
    const e = await failure(c.door.remoteOpenById('8a8a2730de143bdd8b701bdf3ce6922c', 5))
    expect(e.kind).toBe('tlsPinMismatch')
    expect(e.message).toMatch(/different security certificate/)
    expect(await sim.control.requests()).toEqual([])
    c.close()
  })

  it('works with the certificate given as a CA file', async () => {
    const c = client({ mode: 'ca', caPem: sim.certPem! })
    await expect(c.door.list({ pageNo: 1, pageSize: 1 })).resolves.toHaveLength(1)
    c.close()
  })

  it('refuses the self-signed certificate with the system store, explaining what to do', async () => {
    const c = client({ mode: 'system' })
    const e = await failure(c.door.list({ pageNo: 1, pageSize: 1 }))
    expect(e.kind).toBe('tls')
    expect(e.message).toMatch(/self-signed|not trusted/)
    c.close()
  })

  it('does not trust a CA file that did not sign the server certificate', async () => {
    const other = createSelfSignedCert('127.0.0.1')
    const c = client({ mode: 'ca', caPem: other.certPem })
    expect((await failure(c.door.list({ pageNo: 1, pageSize: 1 }))).kind).toBe('tls')
    c.close()
  })

  it('probes the certificate for the trust-on-first-use dialog without sending a request', async () => {
    await sim.control.clearRequests()
    const info = await probeCertificate(sim.url)
    expect(info.fingerprint256).toBe(sim.fingerprint256)
    expect(info.selfSigned).toBe(true)
    expect(info.trustedBySystem).toBe(false)
    expect(info.systemTrustError).toBe('DEPTH_ZERO_SELF_SIGNED_CERT')
    expect(info.expired).toBe(false)
    expect(Date.parse(info.validTo)).toBeGreaterThan(Date.now())
    expect(info.subject).toMatch(/CN=/)
    expect(info.pem).toMatch(/BEGIN CERTIFICATE/)
    expect(await sim.control.requests()).toEqual([])
  })

  it('says plainly that an http:// address has no certificate', async () => {
    await expect(probeCertificate('http://127.0.0.1:1')).rejects.toMatchObject({
      kind: 'tls',
      message: /http:\/\//,
    })
  })
})

describe('TLS edge cases on raw servers', () => {
  it('writes not one byte after the handshake when the pin does not match', async () => {
    const cert = createSelfSignedCert('127.0.0.1')
    let received = 0
    let connections = 0
    const server = tls.createServer({ key: cert.keyPem, cert: cert.certPem }, (socket) => {
      socket.on('data', (d) => (received += d.length))
      socket.on('error', () => {})
    })
    server.on('connection', () => connections++)
    server.on('tlsClientError', () => {})
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const port = (server.address() as { port: number }).port
    try {
      const c = client(
        { mode: 'fingerprint', fingerprint256: OTHER_FINGERPRINT },
        `https://127.0.0.1:${port}`,
      )
      expect((await failure(c.door.list({ pageNo: 1, pageSize: 1 }))).kind).toBe('tlsPinMismatch')
      await new Promise((r) => setTimeout(r, 100))
      expect(connections).toBe(1)
      expect(received).toBe(0)
      c.close()
      // The same server with its own fingerprint pinned does get the request.
      const ok = client(
        { mode: 'fingerprint', fingerprint256: cert.fingerprint256 },
        `https://127.0.0.1:${port}`,
      )
      await failure(ok.door.list({ pageNo: 1, pageSize: 1 }, { timeoutMs: 300 }))
      await new Promise((r) => setTimeout(r, 50))
      expect(received).toBeGreaterThan(0)
      ok.close()
    } finally {
      server.close()
    }
  })

  it('an https address on a plain http server is a tls error', async () => {
    const server = createHttpServer((_req, res) => res.end('{}'))
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const port = (server.address() as { port: number }).port
    try {
      const c = client({ mode: 'system' }, `https://127.0.0.1:${port}`)
      expect((await failure(c.door.list({ pageNo: 1, pageSize: 1 }))).kind).toBe('tls')
      c.close()
    } finally {
      server.close()
    }
  })
})
