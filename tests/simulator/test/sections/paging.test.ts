// Paging rules of every paged endpoint of the table (query pageNo/pageSize, or the JSON body of the person
// lists): appendix -90 (<= 0), -91 (pageSize > 1000), -92 (missing); FIELD-NOTES: 1 <= pageSize <= 1000.
import { beforeAll, describe, it } from 'vitest'
import { z } from 'zod'
import { MANUAL_ENDPOINTS, type ManualEndpoint } from '../../manual-endpoints'
import type { Query } from './client'
import { at, useSimulator } from './harness'
import { expectCode, expectOk, expectV2 } from './shape'

const h = useSimulator()

const queryPaged = MANUAL_ENDPOINTS.filter(
  (r) => r.query?.includes('pageNo') && !r.optionalQuery?.includes('pageNo'),
)
const bodyPaged = MANUAL_ENDPOINTS.filter((r) => r.path.endsWith('/person/getPersonList'))

// Real values for path parameters, so that paging is the only thing wrong in a request.
const values: Record<string, string> = {}

beforeAll(async () => {
  const persons = expectV2(
    await h.api.post('/api/v2/person/getPersonList', undefined, { pageNo: 1, pageSize: 1 }),
    z.object({ pin: z.string() }).loose(),
    at('2.13.9'),
  )
  values.pin = persons.data[0]!.pin
  const accDevices = expectOk(
    await h.api.get('/api/device/accList', { pageNo: 1, pageSize: 1 }),
    z.array(z.object({ sn: z.string() }).loose()),
    at('2.9.1'),
  )
  values.accSn = accDevices[0]!.sn
  const psgDevices = expectOk(
    await h.api.get('/api/psgDevice/list', { pageNo: 1, pageSize: 1 }),
    z.array(z.object({ sn: z.string() }).loose()),
    at('2.30.1'),
  )
  values.psgSn = psgDevices[0]!.sn
})

function pathOf(row: ManualEndpoint): string {
  const deviceSn = row.module === 'psgTransaction' ? values.psgSn! : values.accSn!
  return row.path.replace('{pin}', values.pin!).replace('{deviceSn}', deviceSn)
}

const CASES: readonly [string, Query, number][] = [
  ['pageNo=0', { pageNo: 0, pageSize: 20 }, -90],
  ['pageSize=0', { pageNo: 1, pageSize: 0 }, -90],
  ['pageSize=1001', { pageNo: 1, pageSize: 1001 }, -91],
  ['no pageNo', { pageSize: 20 }, -92],
  ['no pageSize', { pageNo: 1 }, -92],
]

describe.each(queryPaged.map((r) => ({ label: `${r.section} ${r.method} ${r.path}`, r })))(
  '$label',
  ({ r }) => {
    it.each(CASES)('%s', async (_label, paging, code) => {
      const res = await h.api.request(r.method, pathOf(r), { query: paging })
      expectCode(res, code, at(r.section, `with ${JSON.stringify(paging)}`))
    })

    it('pageSize=1000 is allowed', async () => {
      const res = await h.api.request(r.method, pathOf(r), { query: { pageNo: 100000, pageSize: 1000 } })
      expectOk(res, z.unknown(), at(r.section, 'pageSize=1000'))
    })
  },
)

describe.each(bodyPaged.map((r) => ({ label: `${r.section} ${r.method} ${r.path} (JSON body)`, r })))(
  '$label',
  ({ r }) => {
    it.each(CASES)('%s', async (_label, paging, code) => {
      const res = await h.api.post(r.path, undefined, { pins: values.pin, ...paging })
      expectCode(res, code, at(r.section, `with body ${JSON.stringify(paging)}`))
    })
  },
)
