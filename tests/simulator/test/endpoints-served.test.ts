// Every endpoint of the manual's table (manual-endpoints.ts) must be served by the simulator: called with
// the right method, the token and the manual's example parameters, it must answer from a route, not with a
// 404, Spring's 'Not Found' body, a 405, or a 302 to the login page although the token is right; and the
// answer must be the envelope the row documents.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { MANUAL_ENDPOINTS, MANUAL_ONLY, type ManualEndpoint } from '../manual-endpoints'
import type { ApiResponse } from './sections/client'
import { useSimulator } from './sections/harness'
import { codeEnvelope, expectShape, retEnvelope, v2Page } from './sections/shape'

const handle = useSimulator()

// The manual beside the repository (issue 3: ../shared/zkbio/api-manual.txt); absent on machines without it.
const MANUAL = fileURLToPath(new URL('../../../../shared/zkbio/api-manual.txt', import.meta.url))

function notServedReason(res: ApiResponse): string | undefined {
  if (res.status === 404) return `HTTP 404 ${res.text.slice(0, 120)}`
  if (res.status === 405) return 'HTTP 405 (method not allowed)'
  if (res.status >= 300 && res.status < 400)
    return `HTTP ${res.status} to ${res.headers.get('location') ?? '?'}`
  const body = res.json as Record<string, unknown> | undefined
  if (body && (body.status === 404 || body.error === 'Not Found'))
    return `Spring 'Not Found' body: ${res.text}`
  if (res.status >= 500) return `HTTP ${res.status} ${res.text.slice(0, 120)}`
  if (body === undefined) return `HTTP ${res.status} non-JSON body: ${res.text.slice(0, 120)}`
  return undefined
}

describe('the endpoint table', () => {
  it('covers every section 2.1 to 2.34 of the manual', () => {
    const sections = new Set(MANUAL_ONLY.map((r) => r.section.split('.').slice(0, 2).join('.')))
    for (let n = 1; n <= 34; n++) expect(sections, `section 2.${n}`).toContain(`2.${n}`)
    expect(MANUAL_ONLY).toHaveLength(133)
    expect(MANUAL_ENDPOINTS.filter((r) => r.section === 'FN-visitor')).toHaveLength(4)
    expect(MANUAL_ENDPOINTS.filter((r) => r.aliasOf)).toHaveLength(3)
  })

  it.skipIf(!existsSync(MANUAL))('points every row at its section heading, near its printed path', () => {
    const lines = readFileSync(MANUAL, 'utf8').split('\n')
    const wrong: string[] = []
    for (const row of MANUAL_ONLY) {
      const heading = lines[row.line - 1] ?? ''
      if (!heading.trim().startsWith(row.section))
        wrong.push(`${row.section}: line ${row.line} is "${heading}"`)
      // The last literal path segment must be printed in the section's first lines (heading or URL).
      const segment =
        row.path
          .replace(/\{\w+\}/g, '')
          .split('/')
          .filter(Boolean)
          .pop() ?? ''
      const text = lines
        .slice(row.line - 1, row.line + 12)
        .join('')
        .replace(/\s/g, '')
      if (!text.includes(segment))
        wrong.push(`${row.section}: "${segment}" not printed near line ${row.line}`)
    }
    expect(wrong).toEqual([])
  })

  it('has one row per method and path', () => {
    const keys = MANUAL_ENDPOINTS.map((r) => `${r.method} ${r.path}`)
    expect(new Set(keys).size).toBe(keys.length)
  })
})

// One walk over the table with the manual's example requests; the served check and the envelope checks
// below read its answers. Sequential on purpose: some rows change state (deletes), and order keeps the
// run deterministic.
const answers = new Map<ManualEndpoint, ApiResponse | Error>()
const labelOf = (row: ManualEndpoint) =>
  `${row.section} ${row.method} ${row.path}${row.aliasOf ? ' (alias)' : ''} (api-manual.txt:${row.line})`

beforeAll(async () => {
  for (const row of MANUAL_ENDPOINTS) {
    try {
      answers.set(row, await handle.api.row(row))
    } catch (error) {
      answers.set(row, error as Error)
    }
  }
}, 60_000)

describe('simulator serves every endpoint of the table', () => {
  it('answers every row from a route', () => {
    const failures: string[] = []
    for (const row of MANUAL_ENDPOINTS) {
      const res = answers.get(row)!
      const reason = res instanceof Error ? `request failed: ${res.message}` : notServedReason(res)
      if (reason) failures.push(`${labelOf(row)}: ${reason}`)
    }
    expect(failures, `${failures.length} endpoint(s) not served:\n${failures.join('\n')}`).toEqual([])
  })
})

// Whatever the outcome (success, or an appendix code because an example id does not exist here), every
// answer must be the envelope its row documents: {code, message, data}; a v2 page inside `data` on
// success for v2 rows; {ret, msg, data, i18nArgs} for the getDoorTransactions family.
describe('every row answers its documented envelope to the manual example request', () => {
  it.each(MANUAL_ENDPOINTS.map((r) => [`${r.section} ${r.method} ${r.path}`, r] as const))(
    '%s',
    (_label, row) => {
      const where = labelOf(row)
      const res = answers.get(row)!
      if (res instanceof Error) expect.fail(`${where}: request failed: ${res.message}`)
      expect(res.status, `${where}: HTTP status`).toBe(200)
      expect(res.headers.get('content-type') ?? '', `${where}: content type`).toMatch(/application\/json/)
      if (row.envelope === 'ret') {
        const body = expectShape(retEnvelope(z.unknown()), res.json, where)
        if (body.ret === 'fail') expect(body.data, `${where}: data of a failure`).toBeNull()
        return
      }
      const body = expectShape(codeEnvelope(z.unknown()), res.json, where)
      expect(Number.isInteger(body.code), `${where}: integer code`).toBe(true)
      // FIELD-NOTES: failures are negative; a positive code has never been seen.
      expect(body.code, `${where}: code is 0 or negative`).toBeLessThanOrEqual(0)
      if (body.code === 0 && row.envelope === 'v2')
        expectShape(v2Page(z.unknown()), body.data, `${where} v2 page`)
      if (body.code < 0) expect(body.data ?? null, `${where}: data of a failure`).toBeNull()
    },
  )
})
