// Every endpoint of the manual's table (manual-endpoints.ts) must be served by the simulator: called with
// the right method, the token and example parameters, it must answer from a route, not with a 404,
// Spring's 'Not Found' body, a 405, or a 302 to the login page although the token is right.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { MANUAL_ENDPOINTS, MANUAL_ONLY, type ManualEndpoint } from '../manual-endpoints'
import type { ApiResponse } from './sections/client'
import { useSimulator } from './sections/harness'

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

describe('simulator serves every endpoint of the table', () => {
  it('answers every row from a route', async () => {
    const failures: string[] = []
    // Sequential on purpose: some rows change state (deletes), and order keeps the run deterministic.
    for (const row of MANUAL_ENDPOINTS as readonly ManualEndpoint[]) {
      const label = `${row.section} ${row.method} ${row.path}${row.aliasOf ? ' (alias)' : ''} (api-manual.txt:${row.line})`
      try {
        const res = await handle.api.row(row)
        const reason = notServedReason(res)
        if (reason) failures.push(`${label}: ${reason}`)
      } catch (error) {
        failures.push(`${label}: request failed: ${(error as Error).message}`)
      }
    }
    expect(failures, `${failures.length} endpoint(s) not served:\n${failures.join('\n')}`).toEqual([])
  }, 20_000)
})
