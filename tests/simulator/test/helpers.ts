// Shared by the simulator's own tests: one simulator per file on a free port, and a tiny API client
// (real HTTP, token in the query, redirects not followed).
import { afterAll, beforeAll } from 'vitest'
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../index.ts'

export interface Answer {
  status: number
  headers: Headers
  text: string
  /** parsed JSON body (any: assertions read arbitrary fields), undefined when not JSON */
  json: any
}

export function useSim(options: SimulatorOptions = {}): { readonly sim: RunningSimulator } {
  let sim: RunningSimulator | undefined
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, quiet: true, ...options })
  }, 20_000)
  afterAll(async () => {
    await sim?.close()
  })
  return {
    get sim() {
      if (!sim) throw new Error('simulator not started')
      return sim
    },
  }
}

export async function call(
  sim: RunningSimulator,
  method: string,
  path: string,
  query: Record<string, string | number | undefined> = {},
  body?: unknown,
  token: string | null = sim.token,
): Promise<Answer> {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v))
  if (token !== null) params.set('access_token', token)
  const res = await fetch(`${sim.url}${path}?${params}`, {
    method,
    redirect: 'manual',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  let json: unknown
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return { status: res.status, headers: res.headers, text, json }
}

export const get = (
  sim: RunningSimulator,
  path: string,
  query: Record<string, string | number | undefined> = {},
) => call(sim, 'GET', path, query)
export const post = (
  sim: RunningSimulator,
  path: string,
  query: Record<string, string | number | undefined> = {},
  body?: unknown,
) => call(sim, 'POST', path, query, body)

/** yyyy-MM-dd HH:mm:ss of the simulated clock, shifted by hours */
export function simTime(nowText: string, hours = 0): string {
  const [d, t] = nowText.split(' ')
  const [y, mo, da] = d.split('-').map(Number)
  const [h, mi, s] = t.split(':').map(Number)
  const date = new Date(y, mo - 1, da, h + hours, mi, s)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
}
