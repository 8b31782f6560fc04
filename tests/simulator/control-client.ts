// Typed client of the simulator's control API (/__sim, no token). Works against any running
// simulator, in-process or not: `new SimulatorControl('http://127.0.0.1:8098')`.

import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { FaultSpec } from './lib/faults.ts'
import type { TriggerRequest } from './state/triggers.ts'

export type { FaultKind, FaultSpec } from './lib/faults.ts'
export type { TriggerKind, TriggerRequest } from './state/triggers.ts'

export interface TriggeredEvent {
  seq: number
  id: string
  kind: 'acc' | 'psg' | 'hep' | 'ele' | 'att'
  eventNo: number
  eventLevel: 0 | 1 | 2
  eventName: string
  eventTime: string
  pin: string
  devSn: string
  devName: string
  eventPointName: string
  pointId: string
  readerName: string
  [key: string]: unknown
}

export interface RequestLogEntry {
  method: string
  path: string
  query: Record<string, unknown>
  status: number
  at: string
}

export interface DoorPatch {
  id?: string
  name?: string
  /** 'open'/'closed' (or the API's 'off') gives the door a sensor; 'none'/'no sensor' removes it */
  sensor?: 'closed' | 'open' | 'none' | 'off' | 'no sensor'
  hasSensor?: boolean
  /** a key ('forced', 'timeout', 'tamper', ...) or the API text ('be opened accidentally', ...) */
  alarm?: string
  /** the API's connect code: '0' controller offline, '1' online, '2' door disabled */
  connect?: '0' | '1' | '2'
  relay?: 'open' | 'off'
  relaySeconds?: number
  enabled?: boolean
  online?: boolean
  deviceEnabled?: boolean
}

export interface GatePatch {
  id?: string
  name?: string
  /** '0' device offline, '1' online, '2' disabled */
  connect?: '0' | '1' | '2'
  gateState?: number
  alarm?: number
  relay?: number
  relaySeconds?: number
  online?: boolean
  deviceEnabled?: boolean
}

/** A row of v2/visRegistration/getTransactionList, as the simulator answers it. */
export interface ServerRegistration {
  id: string
  visEmpPin: string
  visEmpName: string
  certType: string
  certNum: string
  company: string
  phone: string
  visitReason: string
  visitorCount: number
  startTime: string
  endTime: string | null
  persPersonPin: string
  persPersonName: string
  visitedEmpDept: string
  cardNo: string
}

export interface Snapshot {
  seed: number
  size: 'standard' | 'scale'
  now: string
  online: boolean
  personsCount: number
  counts: Record<string, number>
  doors: {
    id: string
    name: string
    deviceId: string
    deviceSn: string
    connect: string
    sensor: string
    alarm: string
    relay: string
    alarmKey: string
    hasSensor: boolean
  }[]
  gates: {
    id: string
    name: string
    deviceId: string
    deviceSn: string
    connect: string
    gateState: string
    alarm: string
    relay: string
  }[]
  devices: { id: string; sn: string; name: string; module: string; online: boolean; enabled: boolean }[]
  visitors: {
    pin: string
    certType: string
    certNumber: string
    name: string
    lastName: string
    company: string
    phone: string
    qr: string
  }[]
  registrations: {
    id: string
    visEmpPin: string
    certType: string
    certNum: string
    startTime: string
    endTime: string | null
    persPersonPin: string
  }[]
  reservations: { certType: string; certNumber: string; visitDate: string; hostPin: string }[]
  blocklist: string[]
  samplePins: string[]
  [key: string]: unknown
}

export class SimulatorControl {
  readonly baseUrl: string
  private readonly ca?: string

  /** `ca`: the simulator's certificate PEM when it runs with --https (trusted for these calls only). */
  constructor(baseUrl: string, options: { ca?: string } = {}) {
    this.baseUrl = baseUrl.replace(/\/+$/, '')
    this.ca = options.ca
  }

  private call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const url = new URL(`${this.baseUrl}/__sim${path}`)
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    return new Promise<T>((resolve, reject) => {
      const req = send(
        url,
        {
          method,
          headers:
            payload === undefined
              ? {}
              : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
          ...(this.ca ? { ca: this.ca } : {}),
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8')
            let data: unknown
            try {
              data = text ? JSON.parse(text) : undefined
            } catch {
              data = undefined
            }
            const status = res.statusCode ?? 0
            if (status >= 400) {
              const message = (data as { error?: string } | undefined)?.error ?? text
              reject(new Error(`simulator control ${method} ${path}: ${status} ${message}`))
            } else resolve(data as T)
          })
          res.on('error', reject)
        },
      )
      req.on('error', reject)
      req.end(payload)
    })
  }

  reset(seed?: number): Promise<{ ok: true; seed: number; now: string }> {
    return this.call('POST', '/reset', seed === undefined ? {} : { seed })
  }
  addFault(fault: FaultSpec): Promise<{ ok: true; fault: FaultSpec & { id: number } }> {
    return this.call('POST', '/faults', fault)
  }
  listFaults(): Promise<(FaultSpec & { id: number; hits: number })[]> {
    return this.call('GET', '/faults')
  }
  clearFaults(): Promise<{ ok: true }> {
    return this.call('DELETE', '/faults')
  }
  async trigger(request: TriggerRequest): Promise<TriggeredEvent[]> {
    return (await this.triggerTimed(request)).events
  }
  /** trigger, with the wall-clock instant (Date.now() in the simulator's process) the events were written. */
  triggerTimed(request: TriggerRequest): Promise<{ events: TriggeredEvent[]; writtenAtMs: number }> {
    return this.call('POST', '/trigger', request)
  }
  setState(patch: {
    door?: DoorPatch
    gate?: GatePatch
    device?: { id?: string; sn?: string; online?: boolean; enabled?: boolean }
  }): Promise<{ ok: true }> {
    return this.call('POST', '/state', patch)
  }
  clock(change: { advanceMs?: number; set?: string } = {}): Promise<{ now: string; nowMs: number }> {
    return this.call('POST', '/clock', change)
  }
  requests(): Promise<RequestLogEntry[]> {
    return this.call('GET', '/requests')
  }
  clearRequests(): Promise<{ ok: true }> {
    return this.call('DELETE', '/requests')
  }
  scenario(options: {
    rate?: number
    steps?: number
    /** Doors the scenario leaves alone (a test's probes own them). */
    quietDoors?: string[]
  }): Promise<{ ok: true; rate: number; steps: number; events: TriggeredEvent[] }> {
    return this.call('POST', '/scenario', options)
  }
  snapshot(): Promise<Snapshot> {
    return this.call('GET', '/snapshot')
  }
  /** Whose QR payload is this? Throws when it matches nobody. */
  decodeQr(payload: string): Promise<{ kind: 'visitor' | 'person'; pin: string; age: number }> {
    return this.call('POST', '/qr', { payload })
  }
  blocklist(
    certType: string,
    certNumber: string,
    remove = false,
  ): Promise<{ ok: true; blocklist: string[] }> {
    return this.call('POST', '/blocklist', { certType, certNumber, remove })
  }
  /** Registers a visit on the server as another system would (not through Gatehouse). */
  registerVisit(visit: {
    certNumber: string
    name: string
    certType?: string
    company?: string
    phone?: string
    hostPin?: string
    reason?: string
    visitorCount?: number
  }): Promise<{ ok: true; registration: ServerRegistration }> {
    return this.call('POST', '/visits', visit)
  }
  /** Ends a visit on the server (an exit reader, another system's check-out). */
  endVisit(certNumber: string, certType = '3'): Promise<{ ok: true; registration: ServerRegistration }> {
    return this.call('POST', '/visits/exit', { certNumber, certType })
  }
  setOnline(enabled: boolean): Promise<{ ok: true; online: boolean }> {
    return this.call('POST', '/online', { enabled })
  }
}
