import type { AddressInfo } from 'node:net'
import { SimulatorControl } from './control-client.ts'
import { SimulatorCore } from './core.ts'
import { createSelfSignedCert } from './lib/tls.ts'
import { buildServer } from './server.ts'

// Programmatic entry point (SIMULATOR-API.md): tests start one with { port: 0 }.

export interface SimulatorOptions {
  host?: string
  port?: number
  token?: string
  seed?: number
  size?: 'standard' | 'scale'
  eventRate?: number
  https?: boolean
  timeSpeed?: number
  quiet?: boolean
}

export interface RunningSimulator {
  url: string
  token: string
  fingerprint256?: string
  certPem?: string
  control: SimulatorControl
  /** in-process access for tests and tools (not part of the HTTP contract) */
  core: SimulatorCore
  startupMs: number
  close(): Promise<void>
}

export { SimulatorControl } from './control-client.ts'

export async function startSimulator(opts: SimulatorOptions = {}): Promise<RunningSimulator> {
  const t0 = performance.now()
  const host = opts.host ?? '127.0.0.1'
  const token = opts.token ?? 'gatehouse-sim-token'
  const core = new SimulatorCore({
    token,
    seed: opts.seed ?? 1,
    size: opts.size ?? 'standard',
    timeSpeed: opts.timeSpeed ?? 1,
    eventRate: opts.eventRate ?? 0,
  })
  const cert = opts.https ? createSelfSignedCert(host) : undefined
  const app = await buildServer(core, { https: cert && { key: cert.keyPem, cert: cert.certPem } })
  try {
    await app.listen({ host, port: opts.port ?? 8098 })
  } catch (e) {
    core.close()
    throw e
  }
  const port = (app.server.address() as AddressInfo).port
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host
  const url = `${cert ? 'https' : 'http'}://${urlHost}:${port}`
  let closed = false
  return {
    url,
    token,
    fingerprint256: cert?.fingerprint256,
    certPem: cert?.certPem,
    control: new SimulatorControl(url, { ca: cert?.certPem }),
    core,
    startupMs: performance.now() - t0,
    async close() {
      if (closed) return
      closed = true
      core.close()
      await app.close()
    },
  }
}
