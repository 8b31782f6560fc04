/**
 * Server answers are capped per endpoint kind and the read stops at the cap (audit: a 120 MB body was
 * buffered whole and took main from 86 to 231 MB). A raw HTTP server sends the oversized answers: a
 * list streamed without end, and a single record announced at 2 MB.
 */
import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ANSWER_LIMITS, answerKind } from '../../../electron/main/zkbio/answer-limit'
import { doorEndpoints } from '../../../electron/main/zkbio/api/door'
import { ZkbioError } from '../../../electron/main/zkbio/errors'
import { createZkbioClient } from '../../../electron/main/zkbio/index'

let server: Server
let url: string
const sent = { bytes: 0, closed: false }

beforeAll(async () => {
  server = createServer((req, res) => {
    sent.bytes = 0
    sent.closed = false
    res.on('close', () => (sent.closed = true))
    res.setHeader('content-type', 'application/json')
    if (req.url!.startsWith('/api/door/list')) {
      // An endless JSON list, written as fast as the client reads it.
      const chunk = Buffer.from(`{"name":"${'x'.repeat(1000)}"},`)
      res.write('{"code":0,"message":"success","data":[')
      const pump = () => {
        while (!res.destroyed) {
          sent.bytes += chunk.length
          if (!res.write(chunk)) return void res.once('drain', pump)
        }
      }
      pump()
      return
    }
    if (req.url!.startsWith('/api/door/get')) {
      const body = Buffer.alloc(2 * 1024 * 1024, 0x20)
      res.setHeader('content-length', body.length)
      res.end(body)
      return
    }
    res.end('{"code":0,"message":"success","data":null}')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

describe('answer limits per endpoint kind', () => {
  it('classifies lists, records and answers that carry images', () => {
    expect(answerKind(doorEndpoints.list)).toBe('list')
    expect(answerKind(doorEndpoints.get)).toBe('record')
    expect(answerKind({ path: '/api/person/getQrCode/{pin}' })).toBe('media')
    expect(ANSWER_LIMITS.list).toBe(16 * 1024 * 1024)
    expect(ANSWER_LIMITS.record).toBe(1024 * 1024)
  })

  it('stops reading an endless list at 16 MB with a plain error, and closes the connection', async () => {
    const client = createZkbioClient({ baseUrl: url, token: 'tok-answer-limit', retry: false })
    const error = await client.door.list({ pageNo: 1, pageSize: 10 }).catch((e: unknown) => e)
    client.close()
    expect(error).toBeInstanceOf(ZkbioError)
    expect((error as ZkbioError).message).toMatch(/larger than Gatehouse accepts for this request \(16 MB\)/)
    await expect.poll(() => sent.closed).toBe(true)
    // The server could write only what the socket buffers held beyond the cap.
    expect(sent.bytes).toBeLessThan(ANSWER_LIMITS.list + 8 * 1024 * 1024)
  })

  it('refuses a single record announced at 2 MB before reading it', async () => {
    const client = createZkbioClient({ baseUrl: url, token: 'tok-answer-limit', retry: false })
    const error = await client.door.get('d1').catch((e: unknown) => e)
    client.close()
    expect(error).toBeInstanceOf(ZkbioError)
    expect((error as ZkbioError).message).toMatch(/\(1 MB\)/)
  })
})
