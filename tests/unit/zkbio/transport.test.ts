// Transport-level behaviour on a tiny raw HTTP server (connection reuse and request framing are not
// visible through the simulator's API).
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createZkbioClient } from '../../../electron/main/zkbio/index'

let server: Server
let url: string
let connections = 0
const seen: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body })
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ code: 0, message: 'success', data: req.url!.includes('/list') ? [] : null }))
    })
  })
  server.on('connection', () => connections++)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

const DOOR = 'ffffffffffffffffffffffffffffffff'

describe('http transport', () => {
  it('reuses one keep-alive connection for reads, and opens a fresh one for every command', async () => {
    const c = createZkbioClient({ baseUrl: url, token: 'tok-transport-1' })
    connections = 0
    for (let i = 0; i < 5; i++) await c.door.list({ pageNo: 1, pageSize: 1 })
    expect(connections).toBe(1)
    for (let i = 0; i < 3; i++) await c.door.remoteOpenById(DOOR, 5)
    expect(connections).toBe(4)
    c.close()
  })

  it('frames requests the way servers expect: token last as access_token, explicit lengths, JSON type', async () => {
    const c = createZkbioClient({ baseUrl: `${url}/zkbio/`, token: 'tok/with+chars' })
    seen.length = 0
    await c.door.remoteOpenById(DOOR, 7)
    await c.card.set({ pin: '1', cardNo: '42' })
    c.close()
    const [open, card] = seen
    expect(open!.method).toBe('POST')
    expect(open!.url).toBe(
      `/zkbio/api/door/remoteOpenById?doorId=${DOOR}&interval=7&access_token=tok%2Fwith%2Bchars`,
    )
    expect(open!.headers['content-length']).toBe('0')
    expect(open!.headers['transfer-encoding']).toBeUndefined()
    expect(card!.headers['content-type']).toBe('application/json;charset=UTF-8')
    expect(JSON.parse(card!.body)).toEqual({ pin: '1', cardNo: '42', cardType: '0' })
  })

  it('refuses a base URL that is not http(s)', () => {
    expect(() => createZkbioClient({ baseUrl: 'ftp://host', token: 'tok-transport-2' })).toThrow(
      /http:\/\/ or https:\/\//,
    )
  })
})
