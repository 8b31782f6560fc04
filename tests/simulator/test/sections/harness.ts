// One simulator per test file (started on a free port, closed after the file), and a way to name a
// manual section with its line in api-manual.txt so a failure points at the text it checks.
import { afterAll, beforeAll } from 'vitest'
import { startSimulator, type RunningSimulator } from '../../index'
import { MANUAL_ENDPOINTS, type ManualEndpoint } from '../../manual-endpoints'
import { SimClient, rowOf } from './client'

export interface SimulatorHandle {
  readonly sim: RunningSimulator
  readonly api: SimClient
}

export function useSimulator(): SimulatorHandle {
  let sim: RunningSimulator | undefined
  let api: SimClient | undefined
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, quiet: true })
    api = new SimClient(sim.url, sim.token)
  }, 15_000)
  afterAll(async () => {
    await sim?.close()
  })
  return {
    get sim() {
      if (!sim) throw new Error('simulator not started')
      return sim
    },
    get api() {
      if (!api) throw new Error('simulator not started')
      return api
    },
  }
}

/** '2.11.8 POST /api/door/remoteOpenById (api-manual.txt:2078)' */
export function at(section: string, extra = ''): string {
  const row = MANUAL_ENDPOINTS.find((r) => r.section === section && !r.aliasOf)
  const where = row ? `${section} ${row.method} ${row.path} (api-manual.txt:${row.line})` : section
  return extra ? `${where} ${extra}` : where
}

export function row(path: string, method?: string): ManualEndpoint {
  return rowOf(MANUAL_ENDPOINTS, path, method)
}

/** The appendix (3.1 Error Code) starts here; codes are cited with their own line. */
export const APPENDIX_LINE = 9458
