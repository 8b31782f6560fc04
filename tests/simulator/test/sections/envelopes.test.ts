// A walk through the whole table with the manual's example requests (example body, example query values):
// whatever the outcome (success, or an appendix code because an example id does not exist here), every
// answer must be the envelope the row documents: {code, message, data}; a v2 page inside `data` on
// success for v2 rows; {ret, msg, data, i18nArgs} for the getDoorTransactions family. Errors are negative.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { MANUAL_ENDPOINTS } from '../../manual-endpoints'
import { useSimulator } from './harness'
import { codeEnvelope, expectShape, retEnvelope, v2Page } from './shape'

const h = useSimulator()

const rows = MANUAL_ENDPOINTS.map((r) => [`${r.section} ${r.method} ${r.path}`, r] as const)

describe('every row answers its documented envelope with the manual example request', () => {
  it.each(rows)('%s', async (_label, row) => {
    const where = `${row.section} ${row.method} ${row.path} (api-manual.txt:${row.line})`
    const res = await h.api.row(row)
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
  })
})
