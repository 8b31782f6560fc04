import { afterEach, describe, expect, it } from 'vitest'
import { addLogSink, createLogger, type LogRecord } from '../../../electron/main/log'
import {
  forgetSecret,
  MIN_SECRET_LENGTH,
  redact,
  registerSecret,
  safeStringify,
} from '../../../electron/main/security/redact'
import { formatLogEntry } from '../../../electron/main/zkbio/log'

// A token with the two characters JSON escapes: its escaped spelling is `ab\"cd\\ef-0123`.
const TOKEN = 'ab"cd\\ef-0123'

describe('one redaction module for main', () => {
  afterEach(() => forgetSecret(TOKEN))

  it('masks a secret containing " and \\ in structured log fields (redacted before serialising)', () => {
    registerSecret(TOKEN)
    const records: LogRecord[] = []
    const off = addLogSink((r) => records.push(r))
    try {
      createLogger('test').warn(`echo ${TOKEN}`, {
        body: `{"token_echo":${JSON.stringify(TOKEN)}}`,
        error: new Error(`server said ${TOKEN}`),
        nested: [{ text: TOKEN }],
      })
    } finally {
      off()
    }
    const line = JSON.stringify(records)
    expect(line).not.toContain('ab"cd')
    expect(line).not.toContain('ab\\"cd')
    expect(line).not.toContain('cd\\\\ef')
    expect(line).toContain('***')
    expect(records[0]!.message).toBe('echo ***')
  })

  it('masks the JSON-escaped spelling in text that was serialised elsewhere', () => {
    registerSecret(TOKEN)
    const serialised = JSON.stringify({ echoed: TOKEN })
    expect(redact(serialised)).toBe('{"echoed":"***"}')
    expect(safeStringify({ a: TOKEN, token: 'short' })).toBe('{"a":"***","token":"***"}')
    expect(formatLogEntry({ event: 'notice', message: 'x', fields: { v: TOKEN } })).not.toContain('cd')
  })

  it('one threshold: shorter values only through access_token= and secret-named keys', () => {
    expect(MIN_SECRET_LENGTH).toBe(8)
    registerSecret('admin')
    expect(redact('Ask the administrator; GET /x?access_token=admin')).toBe(
      'Ask the administrator; GET /x?access_token=***',
    )
    expect(safeStringify({ password: 'admin' })).toBe('{"password":"***"}')
  })
})
