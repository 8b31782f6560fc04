// Every fault kind of the control API, per endpoint and global, with `times`.
import { request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { get, useSim } from './helpers.ts'

const h = useSim()
const STATE = '/api/door/allDoorState'
const LIST = '/api/door/list'
const PAGE = { pageNo: 1, pageSize: 5 }

afterEach(async () => {
  await h.sim.control.clearFaults()
})

/** Raw request: resolves with status and body, or with the socket error (reset). */
function raw(path: string, timeoutMs = 2000): Promise<{ status?: number; body?: string; error?: string }> {
  return new Promise((resolve) => {
    const req = request(
      `${h.sim.url}${path}${path.includes('?') ? '&' : '?'}access_token=${h.sim.token}`,
      (res) => {
        let body = ''
        res.on('data', (d) => (body += d))
        res.on('end', () => resolve({ status: res.statusCode, body }))
        res.on('error', (e) => resolve({ error: e.message }))
      },
    )
    req.setTimeout(timeoutMs, () => {
      req.destroy(new Error('timeout'))
    })
    req.on('error', (e) => resolve({ error: e.message }))
    req.end()
  })
}

describe('faults', () => {
  it('latency delays only the named endpoint', async () => {
    await h.sim.control.addFault({ endpoint: STATE, kind: 'latency', ms: 1500 })
    const order: string[] = []
    const t = performance.now()
    const delayed = get(h.sim, STATE).then((r) => {
      order.push('state')
      return [r, performance.now() - t] as const
    })
    const other = get(h.sim, LIST, PAGE).then(() => order.push('list'))
    const [[answer, ms]] = await Promise.all([delayed, other])
    expect(answer.json.code).toBe(0)
    expect(ms).toBeGreaterThanOrEqual(1490)
    expect(order).toEqual(['list', 'state'])
  })

  it('stall never answers (the client times out)', async () => {
    await h.sim.control.addFault({ endpoint: STATE, kind: 'stall' })
    expect(await raw(STATE, 500)).toEqual({ error: 'timeout' })
  })

  it('reset destroys the connection', async () => {
    await h.sim.control.addFault({ endpoint: STATE, kind: 'reset' })
    const r = await raw(STATE)
    expect(r.error).toMatch(/socket hang up|ECONNRESET/)
  })

  it('http500 answers a Spring 500 body', async () => {
    await h.sim.control.addFault({ endpoint: STATE, kind: 'http500' })
    const r = await get(h.sim, STATE)
    expect(r.status).toBe(500)
    expect(r.json).toMatchObject({ status: 500, error: 'Internal Server Error', path: STATE })
  })

  it('html answers a proxy 502 page', async () => {
    await h.sim.control.addFault({ endpoint: STATE, kind: 'html' })
    const r = await get(h.sim, STATE)
    expect(r.status).toBe(502)
    expect(r.headers.get('content-type')).toMatch(/text\/html/)
    expect(r.text).toContain('502 Bad Gateway')
  })

  it('redirectLogin answers 302 to the login page', async () => {
    await h.sim.control.addFault({ endpoint: STATE, kind: 'redirectLogin' })
    const r = await get(h.sim, STATE)
    expect(r.status).toBe(302)
    expect(r.headers.get('location')).toBe('/login.html')
  })

  it('springError answers a Spring 404 body', async () => {
    await h.sim.control.addFault({ endpoint: STATE, kind: 'springError' })
    const r = await get(h.sim, STATE)
    expect(r.status).toBe(404)
    expect(Object.keys(r.json).sort()).toEqual(['error', 'message', 'path', 'status', 'timestamp'])
  })

  it('truncatedJson sends half a body with a matching length', async () => {
    await h.sim.control.addFault({ endpoint: STATE, kind: 'truncatedJson' })
    const r = await get(h.sim, STATE)
    expect(r.status).toBe(200)
    expect(r.json).toBeUndefined()
    expect(r.text.startsWith('{"code":0')).toBe(true)
    expect(Number(r.headers.get('content-length'))).toBe(Buffer.byteLength(r.text))
  })

  it('malformedJson sends a body no JSON parser accepts', async () => {
    await h.sim.control.addFault({ endpoint: STATE, kind: 'malformedJson' })
    const r = await get(h.sim, STATE)
    expect(r.status).toBe(200)
    expect(() => JSON.parse(r.text)).toThrow()
  })

  it('apiAccessAbnormal answers the licence error text', async () => {
    await h.sim.control.addFault({ kind: 'apiAccessAbnormal' })
    const r = await get(h.sim, LIST, PAGE)
    expect(r.json).toMatchObject({ code: -1, message: 'API access abnormal' })
  })

  it('doorStateArray turns door states into arrays of numeric codes', async () => {
    await h.sim.control.addFault({ endpoint: '/api/door/*', kind: 'doorStateArray' })
    const rows = (await get(h.sim, STATE)).json.data
    expect(Array.isArray(rows[0])).toBe(true)
    expect(rows[0]).toHaveLength(7)
    for (const v of rows[0].slice(3)) expect(typeof v).toBe('number')
  })

  it('localisedNames serves Spanish event names', async () => {
    await h.sim.control.trigger({ kind: 'accessDenied' })
    await h.sim.control.addFault({ kind: 'localisedNames', lang: 'es' })
    const rows = (await get(h.sim, '/api/v2/transaction/list', { pageNo: 1, pageSize: 1 })).json.data.data
    expect(rows[0].eventName).toBe('Usuario no registrado')
  })

  it('repeatMonitorRows repeats the previous batch of a monitor session', async () => {
    const ts = String(Date.now())
    await get(h.sim, '/api/transaction/monitor', { timestamp: ts })
    await h.sim.control.trigger({ kind: 'accessGranted' })
    expect((await get(h.sim, '/api/transaction/monitor', { timestamp: ts })).json.data).toHaveLength(1)
    await h.sim.control.addFault({
      endpoint: '/api/transaction/monitor',
      kind: 'repeatMonitorRows',
      times: 1,
    })
    await h.sim.control.trigger({ kind: 'accessGranted' })
    expect((await get(h.sim, '/api/transaction/monitor', { timestamp: ts })).json.data).toHaveLength(2)
    expect((await get(h.sim, '/api/transaction/monitor', { timestamp: ts })).json.data).toHaveLength(0)
  })

  it('times limits a fault; a global fault hits every /api path but not the control API', async () => {
    await h.sim.control.addFault({ kind: 'http500', times: 2 })
    expect((await get(h.sim, LIST, PAGE)).status).toBe(500)
    expect((await h.sim.control.snapshot()).counts.doors).toBe(40)
    expect((await get(h.sim, STATE)).status).toBe(500)
    expect((await get(h.sim, STATE)).status).toBe(200)
    expect(await h.sim.control.listFaults()).toEqual([])
  })

  it('unknown fault kinds are refused', async () => {
    await expect(h.sim.control.addFault({ kind: 'nope' as never })).rejects.toThrow(/unknown fault kind/)
  })

  it('server down: every /api request is reset, the control API still answers', async () => {
    await h.sim.control.setOnline(false)
    expect((await raw(STATE)).error).toMatch(/socket hang up|ECONNRESET/)
    expect((await h.sim.control.snapshot()).online).toBe(false)
    await h.sim.control.setOnline(true)
    expect((await get(h.sim, STATE)).json.code).toBe(0)
  })
})
