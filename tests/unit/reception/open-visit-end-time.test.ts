import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ZkbioCore } from '../../../electron/main/zkbio/core'
import { call, createReceptionFixture, walkIn, type ReceptionFixture } from './reception-fixture'

/**
 * Some ZKBio servers send `endTime: ""` (not null) for a visit that is still open. The simulator sends
 * null, so a small HTTP proxy in front of it rewrites the visit history the way such a server answers.
 */
const HISTORY_PATH = '/api/v2/visRegistration/getTransactionList'

let f: ReceptionFixture
let proxy: Server
let proxyCore: ZkbioCore
let rewritten = 0

function startRewritingProxy(target: string): Promise<Server> {
  const upstream = new URL(target)
  const server = createServer((req, res) => {
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        const chunks: Buffer[] = []
        answer.on('data', (c: Buffer) => chunks.push(c))
        answer.on('end', () => {
          let body = Buffer.concat(chunks)
          if ((req.url ?? '').startsWith(HISTORY_PATH)) {
            const json = JSON.parse(body.toString('utf8')) as { data?: { data?: { endTime?: unknown }[] } }
            for (const row of json.data?.data ?? []) {
              if (row.endTime === null) {
                row.endTime = ''
                rewritten++
              }
            }
            body = Buffer.from(JSON.stringify(json))
          }
          const headers = { ...answer.headers, 'content-length': String(body.length) }
          delete headers['transfer-encoding']
          res.writeHead(answer.statusCode ?? 502, headers)
          res.end(body)
        })
      },
    )
    req.pipe(forward)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

beforeAll(async () => {
  f = await createReceptionFixture({ operatorName: 'Desk 5', siteName: 'North Gate' })
  proxy = await startRewritingProxy(f.sim.url)
  const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
  proxyCore = new ZkbioCore({ baseUrl: url, token: f.sim.token, timeoutMs: 3_000 })
  f.useServer(
    { id: 'blank-end', name: 'Blank end time', url, tls: { mode: 'system' }, serverUtcOffsetMinutes: null },
    proxyCore,
  )
})
afterAll(async () => {
  proxyCore.close()
  await new Promise((resolve) => proxy.close(resolve))
  await f.close()
})

describe('a server that sends "" as the end time of an open visit', () => {
  it('keeps our on-site visitor on site and in the roll call after reconciling', async () => {
    const v = await call(f, 'reception.registerVisitor', walkIn({ visitorName: 'Still Here' }))
    expect(v.outcome).toBe('registered')
    rewritten = 0

    const result = await call(f, 'reception.reconcile', undefined)
    // The server really answered with "" for this visit: the case under test happened.
    expect(rewritten).toBeGreaterThan(0)
    expect(result).toMatchObject({ supported: true, checkedOutByServer: 0 })
    expect((await call(f, 'reception.getVisit', { visitId: v.visit.id })).visit?.status).toBe('onSite')
    const roll = await call(f, 'reception.rollCall', undefined)
    expect(roll.entries.map((e) => e.visitId)).toContain(v.visit.id)
  })

  it('still sees a visit the server ended (a real end time)', async () => {
    const v = await call(f, 'reception.registerVisitor', walkIn({ visitorName: 'Really Left' }))
    await f.sim.control.endVisit(v.visit.certNumber, String(v.visit.certType))
    const result = await call(f, 'reception.reconcile', undefined)
    expect(result.checkedOutByServer).toBe(1)
    expect((await call(f, 'reception.getVisit', { visitId: v.visit.id })).visit?.status).toBe('checkedOut')
  })
})
