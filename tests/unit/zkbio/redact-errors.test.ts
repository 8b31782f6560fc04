import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SERVER_ERROR_CODES } from '../../../electron/main/zkbio/error-codes'
import { ZkbioError, ZKBIO_ERROR_KINDS } from '../../../electron/main/zkbio/errors'
import { redact, redactDeep, registerSecret } from '../../../electron/main/security/redact'

describe('redact', () => {
  it('hides access_token (and the misprinted acc_token) wherever it sits in a URL', () => {
    expect(redact('/api/door/list?pageNo=1&access_token=abc123&x=1')).toBe(
      '/api/door/list?pageNo=1&access_token=***&x=1',
    )
    expect(redact('http://h:8098/api/x?access_token=abc123')).toBe('http://h:8098/api/x?access_token=***')
    expect(redact('GET /api/t/device/1?pageNo=1&acc_token=zz')).toBe(
      'GET /api/t/device/1?pageNo=1&acc_token=***',
    )
    expect(redact('ACCESS_TOKEN=Q&b')).toBe('ACCESS_TOKEN=***&b')
  })

  it('hides a registered secret even outside a query string, raw and URL-encoded', () => {
    registerSecret('s3cr3t/token+x')
    expect(redact('server echoed s3cr3t/token+x back')).toBe('server echoed *** back')
    expect(redact('v=s3cr3t%2Ftoken%2Bx')).toBe('v=***')
  })

  it('does not register short values that would garble ordinary words', () => {
    registerSecret('admin')
    expect(redact('Ask the administrator. /x?access_token=admin')).toBe(
      'Ask the administrator. /x?access_token=***',
    )
  })

  it('redacts every string of a structured value and token-named keys', () => {
    const out = redactDeep({ a: ['x?access_token=1'], token: 'plain', nested: { accessToken: 'k', n: 3 } })
    expect(out).toEqual({ a: ['x?access_token=***'], token: '***', nested: { accessToken: 'k', n: 3 } })
  })
})

describe('error code table', () => {
  const manualUrl = new URL('../../../../shared/zkbio/api-manual.txt', import.meta.url)
  // The manual lives beside the repository (../shared); a bare clone elsewhere skips this check.
  it.skipIf(!existsSync(manualUrl))(
    'has every appendix code of the manual with its text, and the FIELD-NOTES extras',
    () => {
      const manual = readFileSync(manualUrl, 'utf8')
      const appendix = manual.slice(manual.indexOf('3.1 Error Code'))
      const codes = [...appendix.matchAll(/^\s*(-\d+)\s+(\S.*)$/gm)].map(
        (m) => [Number(m[1]), m[2]!.trim()] as const,
      )
      expect(codes.length).toBeGreaterThan(70)
      for (const [code, text] of codes) {
        expect(SERVER_ERROR_CODES[code], `code ${code}`).toBeDefined()
        expect(SERVER_ERROR_CODES[code]!.manual).toBe(text)
      }
      for (const extra of [-102, -103, -104, -105, -5001, -5002, -5003])
        expect(SERVER_ERROR_CODES[extra]).toBeDefined()
    },
  )

  it('gives every code a plain sentence (capital letter, full stop, no jargon)', () => {
    for (const [code, info] of Object.entries(SERVER_ERROR_CODES)) {
      expect(info.message, code).toMatch(/^[A-Z].*[.]$/)
      expect(info.message, code).not.toMatch(/\b(null|pin number|validtype|templateNo|SN)\b/)
    }
  })
})

describe('ZkbioError', () => {
  it('uses the table sentence for a known server code and keeps the code', () => {
    const e = new ZkbioError({
      kind: 'server',
      endpoint: '/api/door/remoteOpenById?access_token=x',
      serverCode: -45,
      status: 200,
    })
    expect(e.message).toBe('The door can be opened for 1 to 254 seconds only.')
    expect(e.endpoint).toBe('/api/door/remoteOpenById')
    expect(e.code).toBe('ZKBIO_SERVER')
    expect(e.toJSON()).toEqual({
      code: 'ZKBIO_SERVER',
      message: 'The door can be opened for 1 to 254 seconds only.',
      kind: 'server',
      endpoint: '/api/door/remoteOpenById',
      status: 200,
      serverCode: -45,
    })
  })

  it('says something readable for an unknown code, with the server text', () => {
    const e = new ZkbioError({
      kind: 'server',
      endpoint: '/api/x',
      serverCode: -777,
      detail: 'Something odd',
    })
    expect(e.message).toBe('The ZKBio server refused the request: Something odd (code -777).')
  })

  it('maps every kind to its own machine code and a sentence', () => {
    const codes = new Set<string>()
    for (const kind of ZKBIO_ERROR_KINDS) {
      const e = new ZkbioError({ kind, endpoint: '/api/x' })
      codes.add(e.code)
      expect(e.message.length).toBeGreaterThan(20)
    }
    expect(codes.size).toBe(ZKBIO_ERROR_KINDS.length)
    expect(new ZkbioError({ kind: 'tlsPinMismatch', endpoint: '' }).code).toBe('ZKBIO_TLS_PIN_MISMATCH')
  })

  it('gives the renderer the IPC shape, and UNSUPPORTED for a missing feature', () => {
    const ipc = new ZkbioError({ kind: 'timeout', endpoint: '/api/door/list' }).toIpcError()
    expect(ipc).toMatchObject({
      code: 'ZKBIO',
      kind: 'timeout',
      details: { kind: 'timeout', zkbioCode: 'ZKBIO_TIMEOUT' },
    })
    expect(new ZkbioError({ kind: 'unsupported', endpoint: '' }).toIpcError().code).toBe('UNSUPPORTED')
    const withCode = new ZkbioError({ kind: 'server', endpoint: '/a', serverCode: -22 }).toIpcError()
    expect(withCode.serverCode).toBe(-22)
  })

  it('never carries the token, in message, detail, endpoint or cause', () => {
    const cause = new Error('connect ECONNREFUSED http://h/api/x?access_token=TOPSECRET1')
    const e = new ZkbioError({
      kind: 'network',
      endpoint: '/api/x?access_token=TOPSECRET1',
      detail: 'GET /api/x?access_token=TOPSECRET1',
      message: 'failed at /api/x?access_token=TOPSECRET1',
      cause,
    })
    const all = JSON.stringify([
      e.message,
      e.detail,
      e.endpoint,
      e.toJSON(),
      e.toIpcError(),
      String(e),
      e.cause,
      e.stack,
    ])
    expect(all).not.toContain('TOPSECRET1')
  })

  it('counts only network, timeout and 5xx as transient', () => {
    expect(new ZkbioError({ kind: 'network', endpoint: '' }).transient).toBe(true)
    expect(new ZkbioError({ kind: 'timeout', endpoint: '' }).transient).toBe(true)
    expect(new ZkbioError({ kind: 'http', endpoint: '', status: 503 }).transient).toBe(true)
    expect(new ZkbioError({ kind: 'html', endpoint: '', status: 502 }).transient).toBe(true)
    expect(new ZkbioError({ kind: 'http', endpoint: '', status: 404 }).transient).toBe(false)
    expect(new ZkbioError({ kind: 'server', endpoint: '', serverCode: -1 }).transient).toBe(false)
    expect(new ZkbioError({ kind: 'auth', endpoint: '' }).transient).toBe(false)
  })
})
