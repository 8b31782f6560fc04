// The transaction store: one append-only log per kind, newest last, with monitor sessions on top.

export type EventKind = 'acc' | 'psg' | 'hep' | 'ele' | 'att'

export interface SimEvent {
  seq: number
  id: string
  kind: EventKind
  time: number
  eventNo: number
  eventLevel: 0 | 1 | 2
  eventName: string
  pin: string
  name: string
  lastName: string
  deptCode: string
  deptName: string
  areaName: string
  cardNo: string
  devId: string
  devSn: string
  devName: string
  verifyModeName: string
  /** door, gate or floor name ('' for device events) */
  eventPointName: string
  /** door, gate or floor id ('' for device events) */
  pointId: string
  readerName: string
  /** 0 in, 1 out, null when no reader */
  readerState: 0 | 1 | null
  logId: number
  gateType?: number
  temperature?: number
  maskFlag?: string | null
  tempStatus?: string
  eventNumber?: string
  photoPath?: string
}

interface MonitorSession {
  lastSeq: number
  lastRows: SimEvent[]
  lastUsed: number
}

/** Oldest events are dropped past this many per kind (scale mode runs for hours at 50 events/s). */
const CAP = 300_000
const SESSION_IDLE_MS = 30 * 60_000

export class EventLog {
  private logs: Record<EventKind, SimEvent[]> = { acc: [], psg: [], hep: [], ele: [], att: [] }
  private sessions = new Map<string, MonitorSession>()
  private seq = 0
  private listeners: ((e: SimEvent) => void)[] = []

  nextSeq(): number {
    return ++this.seq
  }

  /** false once an event was logged with a time before its predecessor (clock set backwards) */
  private ordered: Record<EventKind, boolean> = { acc: true, psg: true, hep: true, ele: true, att: true }

  add(event: SimEvent): SimEvent {
    const log = this.logs[event.kind]
    if (log.length && log[log.length - 1].time > event.time) this.ordered[event.kind] = false
    log.push(event)
    if (log.length > CAP) log.splice(0, log.length - CAP + 10_000)
    for (const l of this.listeners) l(event)
    return event
  }

  onEvent(listener: (e: SimEvent) => void): void {
    this.listeners.push(listener)
  }

  all(kind: EventKind): readonly SimEvent[] {
    return this.logs[kind]
  }

  /** Newest first, filtered. */
  query(kind: EventKind, filter: (e: SimEvent) => boolean): SimEvent[] {
    const log = this.logs[kind]
    const out: SimEvent[] = []
    for (let i = log.length - 1; i >= 0; i--) if (filter(log[i])) out.push(log[i])
    // the clock can be set backwards: keep lists in time order even then
    if (!this.ordered[kind]) out.sort((a, b) => b.time - a.time || b.seq - a.seq)
    return out
  }

  byId(id: string): SimEvent | undefined {
    for (const kind of Object.keys(this.logs) as EventKind[]) {
      const found = this.logs[kind].find((e) => e.id === id)
      if (found) return found
    }
    return undefined
  }

  count(kind: EventKind): number {
    return this.logs[kind].length
  }

  /**
   * Monitor semantics (FIELD-NOTES): the client's `timestamp` is a session key chosen at the first
   * call and reused unchanged. The first call opens the session and returns nothing; each later call
   * returns what was logged since the previous call of that session, oldest first.
   */
  monitor(kind: EventKind, sessionKey: string, now: number, repeatPrevious = false): SimEvent[] {
    const key = `${kind}:${sessionKey}`
    const log = this.logs[kind]
    const lastSeqInLog = log.length ? log[log.length - 1].seq : this.seq
    let session = this.sessions.get(key)
    if (!session) {
      this.expireSessions(now)
      session = { lastSeq: lastSeqInLog, lastRows: [], lastUsed: now }
      this.sessions.set(key, session)
      return []
    }
    const fresh: SimEvent[] = []
    for (let i = log.length - 1; i >= 0 && log[i].seq > session.lastSeq; i--) fresh.push(log[i])
    fresh.reverse()
    const rows = repeatPrevious ? [...session.lastRows, ...fresh] : fresh
    session.lastSeq = Math.max(session.lastSeq, lastSeqInLog)
    session.lastRows = fresh.length ? fresh : session.lastRows
    session.lastUsed = now
    return rows
  }

  sessionCount(): number {
    return this.sessions.size
  }

  private expireSessions(now: number): void {
    for (const [key, s] of this.sessions) if (now - s.lastUsed > SESSION_IDLE_MS) this.sessions.delete(key)
  }
}
