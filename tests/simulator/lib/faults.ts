// Fault injection for the control API: per endpoint or global ('*'), optionally limited in count.

export const FAULT_KINDS = [
  'latency',
  'stall',
  'http500',
  'html',
  'redirectLogin',
  'springError',
  'truncatedJson',
  'malformedJson',
  'reset',
  'repeatMonitorRows',
  'localisedNames',
  'doorStateArray',
  'apiAccessAbnormal',
] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

export interface FaultSpec {
  /** path under /api ('/api/door/allDoorState'), a prefix ending in '*' ('/api/door/*'), or '*' */
  endpoint?: string
  kind: FaultKind
  /** latency: delay in ms */
  ms?: number
  /** localisedNames: language, only 'es' is built in */
  lang?: string
  /** how many matching requests it affects; unlimited when omitted */
  times?: number
}

export interface Fault extends FaultSpec {
  id: number
  endpoint: string
  hits: number
}

export class FaultSet {
  private faults: Fault[] = []
  private nextId = 1

  add(spec: FaultSpec): Fault {
    if (!FAULT_KINDS.includes(spec.kind)) {
      throw new Error(`unknown fault kind '${String(spec.kind)}'; known: ${FAULT_KINDS.join(', ')}`)
    }
    if (spec.times !== undefined && (!Number.isInteger(spec.times) || spec.times < 1)) {
      throw new Error('times must be a positive integer')
    }
    if (spec.kind === 'latency' && !(Number(spec.ms) >= 0)) throw new Error("latency needs 'ms' >= 0")
    const fault: Fault = { ...spec, endpoint: spec.endpoint || '*', id: this.nextId++, hits: 0 }
    this.faults.push(fault)
    return fault
  }

  clear(): void {
    this.faults = []
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }))
  }

  /** Faults that apply to this path; each use counts against `times`. */
  take(path: string): Fault[] {
    const hit: Fault[] = []
    for (const f of this.faults) {
      const e = f.endpoint
      const matches = e === '*' || e === path || (e.endsWith('*') && path.startsWith(e.slice(0, -1)))
      if (!matches) continue
      f.hits++
      hit.push({ ...f })
    }
    this.faults = this.faults.filter((f) => f.times === undefined || f.hits < f.times)
    return hit
  }
}
