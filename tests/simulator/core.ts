import { FaultSet } from './lib/faults.ts'
import { SimClock } from './state/clock.ts'
import { Scenario } from './state/scenario.ts'
import { seedSite } from './state/seed.ts'
import { SiteState, type SiteSize } from './state/site.ts'

// What one running simulator holds besides the HTTP server: the site, faults, scenario, request log.

export interface RequestLogEntry {
  method: string
  path: string
  query: Record<string, unknown>
  status: number
  at: string
}

const LOG_LIMIT = 10_000

export class SimulatorCore {
  state!: SiteState
  scenario!: Scenario
  readonly faults = new FaultSet()
  requestLog: RequestLogEntry[] = []
  online = true
  readonly token: string
  readonly size: SiteSize
  readonly timeSpeed: number
  seed: number
  seedMs = 0

  constructor(opts: { token: string; seed: number; size: SiteSize; timeSpeed: number; eventRate: number }) {
    this.token = opts.token
    this.size = opts.size
    this.timeSpeed = opts.timeSpeed
    this.seed = opts.seed
    this.reset(opts.seed)
    this.scenario.setRate(opts.eventRate)
  }

  /** Fresh deterministic state; faults and the request log cleared; the scenario keeps its rate. */
  reset(seed = this.seed): void {
    const rate = this.scenario?.rate ?? 0
    this.scenario?.stop()
    const t = performance.now()
    this.seed = seed
    this.state = new SiteState(seed, this.size, new SimClock(this.timeSpeed))
    seedSite(this.state)
    this.seedMs = performance.now() - t
    this.scenario = new Scenario(this.state)
    // the history is written right after start-up (or by the first request, whichever comes first)
    const state = this.state
    setImmediate(() => state.ensureHistory())
    this.scenario.setRate(rate)
    this.faults.clear()
    this.requestLog = []
    this.online = true
  }

  log(entry: RequestLogEntry): RequestLogEntry {
    this.requestLog.push(entry)
    if (this.requestLog.length > LOG_LIMIT) this.requestLog.splice(0, this.requestLog.length - LOG_LIMIT)
    return entry
  }

  close(): void {
    this.scenario.stop()
  }
}
