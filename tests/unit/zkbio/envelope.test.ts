// Response interpretation on hand-made answers (pure: no server). The same cases are exercised over
// real HTTP against the simulator in faults.sim.test.ts.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { interpretResponse } from '../../../electron/main/zkbio/envelope'
import { ZkbioError } from '../../../electron/main/zkbio/errors'
import { list, page, record, str } from '../../../electron/main/zkbio/schemas/primitives'

const res = (status: number, body: string, headers: Record<string, string> = {}) => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: Buffer.from(body),
})
const item = record({ id: str, name: str.nullish() })
const run = (r: ReturnType<typeof res>, schema: z.ZodType = list(item)) =>
  interpretResponse(r, { endpoint: '/api/x', schema })
const kindOf = (fn: () => unknown): ZkbioError => {
  try {
    fn()
  } catch (e) {
    if (e instanceof ZkbioError) return e
    throw e
  }
  throw new Error('no error thrown')
}

describe('interpretResponse', () => {
  it('reads the code/message envelope and validates data', () => {
    expect(run(res(200, '{"code":0,"message":"success","data":[{"id":"a","name":"A"}]}'))).toEqual([
      { id: 'a', name: 'A' },
    ])
  })

  it('accepts msg instead of message, string codes and key case differences', () => {
    expect(run(res(200, '{"Code":"0","msg":"ok","Data":[{"ID":7,"Name":"x"}]}'))).toEqual([
      { id: '7', name: 'x' },
    ])
  })

  it('reads the ret envelope', () => {
    expect(
      run(res(200, '{"ret":"ok","msg":"operation succeed","data":[{"id":"1"}],"success":true}')),
    ).toEqual([{ id: '1' }])
    const e = kindOf(() => run(res(200, '{"ret":"fail","msg":"failed info","data":null}')))
    expect(e.kind).toBe('server')
    expect(e.message).toContain('failed info')
  })

  it('unwraps v2 pages', () => {
    const out = run(
      res(
        200,
        '{"code":0,"message":"success","data":{"page":0,"size":1,"total":"5","data":[{"id":"a"}],"offset":0,"lastPage":false}}',
      ),
      page(item),
    )
    expect(out).toEqual({ items: [{ id: 'a' }], page: 0, size: 1, total: 5, lastPage: false })
  })

  it('refuses a list that is not a list instead of returning an empty one', () => {
    for (const data of ['null', '{}', '"x"', '{"id":"a"}']) {
      const e = kindOf(() => run(res(200, `{"code":0,"message":"success","data":${data}}`)))
      expect(e.kind, data).toBe('validation')
    }
  })

  it('maps negative codes to server errors with the appendix sentence', () => {
    const e = kindOf(() => run(res(200, '{"code":-22,"message":"The person does not exist","data":null}')))
    expect(e).toMatchObject({
      kind: 'server',
      serverCode: -22,
      message: 'No person with this number exists on the server.',
    })
  })

  it('treats a positive code as success only when the data validates', () => {
    expect(run(res(200, '{"code":1,"message":"ok","data":[]}'))).toEqual([])
    expect(kindOf(() => run(res(200, '{"code":3,"message":"??","data":7}'))).kind).toBe('server')
  })

  it('maps 302 to the login page, 401 and "API access abnormal" to auth', () => {
    expect(kindOf(() => run(res(302, '', { location: '/login.html' }))).kind).toBe('auth')
    expect(kindOf(() => run(res(401, 'nope', { 'content-type': 'text/plain' }))).kind).toBe('auth')
    expect(kindOf(() => run(res(200, '{"code":-1,"message":"API access abnormal","data":null}'))).kind).toBe(
      'auth',
    )
    expect(kindOf(() => run(res(200, 'API access abnormal', { 'content-type': 'text/plain' }))).kind).toBe(
      'auth',
    )
    expect(kindOf(() => run(res(200, '{"ret":"fail","msg":"API access abnormal"}'))).kind).toBe('auth')
    // a record that merely mentions the phrase is data, not a refusal
    expect(
      run(res(200, '{"code":0,"message":"success","data":[{"id":"1","name":"API access abnormal"}]}')),
    ).toEqual([{ id: '1', name: 'API access abnormal' }])
    const loginPage =
      '<html><title>ZKBio CVSecurity</title><form><input type="password" name="p"></form></html>'
    expect(kindOf(() => run(res(200, loginPage, { 'content-type': 'text/html' }))).kind).toBe('auth')
  })

  it('maps proxy HTML pages, Spring bodies, bad JSON and bare HTTP errors to their kinds', () => {
    const html = kindOf(() =>
      run(
        res(502, '<html><head><title>502 Bad Gateway</title></head></html>', { 'content-type': 'text/html' }),
      ),
    )
    expect(html).toMatchObject({ kind: 'html', status: 502 })
    const spring =
      '{"timestamp":"2024-01-01T00:00:00.000+00:00","status":404,"error":"Not Found","message":"No message available","path":"/api/x"}'
    expect(kindOf(() => run(res(404, spring))).kind).toBe('springError')
    const spring500 = spring.replace('404', '500').replace('Not Found', 'Internal Server Error')
    expect(kindOf(() => run(res(500, spring500)))).toMatchObject({ kind: 'http', status: 500 })
    expect(kindOf(() => run(res(200, '{"code":0,"message":"success","data":[{"id":'))).kind).toBe(
      'malformedJson',
    )
    expect(kindOf(() => run(res(200, ''))).kind).toBe('malformedJson')
    expect(kindOf(() => run(res(503, 'busy', { 'content-type': 'text/plain' })))).toMatchObject({
      kind: 'http',
      status: 503,
    })
    expect(kindOf(() => run(res(200, '[1,2]'))).kind).toBe('validation')
    expect(kindOf(() => run(res(200, '{"hello":1}'))).kind).toBe('validation')
  })

  it('lets select pick from the envelope (v1 getDoorTransactions keeps paging at the top)', () => {
    const out = interpretResponse(
      res(200, '{"ret":"ok","msg":"","data":[{"id":"1"}],"page":1,"pageSize":10,"total":2}'),
      {
        endpoint: '/api/x',
        schema: z.looseObject({ data: list(item), total: z.number() }),
        select: (env) => env,
      },
    )
    expect(out).toMatchObject({ total: 2, data: [{ id: '1' }] })
  })
})
