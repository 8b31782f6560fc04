/**
 * Every transaction row, live or recovered, goes through here: normalise, drop repeats (same key seen
 * before, in memory or, for alarm events, in the database across restarts), classify, hand alarms to
 * the engine, and pass the row to the live feed. One database transaction per batch.
 */
import type { EventStream, FeedEvent } from '../../../shared/contract/guard'
import type { AlarmCandidate } from '../../../shared/guard/alarm-kinds'
import { eventKey } from '../../../shared/guard/event-key'
import { toEventRow, type EventRow } from '../../../shared/guard/event-row'
import { serverTimeToNaiveMs } from '../../../shared/guard/server-clock'
import { SeenSet } from '../../../shared/guard/seen-set'
import type { AlarmEngine } from '../alarms/alarm-engine'
import type { AlarmStore } from '../alarms/alarm-store'

export interface IngestResult {
  /** Rows new to us (after de-duplication). */
  events: number
  /** Alarm occurrences among them. */
  alarms: number
  duplicates: number
  /** Newest server time among the rows (new or not). */
  newestServerTime: string | null
}

export interface EventPipelineDeps {
  store: AlarmStore
  engine: AlarmEngine
  classify: () => (row: EventRow) => AlarmCandidate | null
  feed: (events: FeedEvent[]) => void
  /** The person's name from the station's directory: access monitor rows often carry only the pin. */
  personName?: (pin: string) => string | null
  now?: () => number
  /** In-memory de-duplication window (rows). */
  memory?: number
}

export class EventPipeline {
  private readonly seen: SeenSet
  private readonly now: () => number

  constructor(private readonly deps: EventPipelineDeps) {
    this.seen = new SeenSet(deps.memory ?? 100_000)
    this.now = deps.now ?? Date.now
  }

  /** Site mode: an event another station already ingested (a later gap fill skips it here too). */
  noteSeen(key: string): boolean {
    return this.seen.add(key)
  }

  ingest(stream: EventStream, rawRows: readonly unknown[], recovered: boolean): IngestResult {
    const rows: EventRow[] = []
    for (const raw of rawRows) {
      const row = toEventRow(stream, raw)
      if (!row) continue
      if (!row.personName && row.pin && this.deps.personName) row.personName = this.deps.personName(row.pin)
      rows.push(row)
    }
    // Oldest first, so alarms and the feed follow the order things happened (v2 lists are newest first).
    const timed = rows.map((row) => ({ row, ms: serverTimeToNaiveMs(row.serverTime) ?? 0 }))
    timed.sort((a, b) => a.ms - b.ms)
    const classify = this.deps.classify()
    const receivedAt = new Date(this.now()).toISOString()
    const feed: FeedEvent[] = []
    let alarms = 0
    let duplicates = 0
    let newest: { ms: number; text: string } | null = null
    // The keys this batch adds to the seen set: if the batch rolls back (a locked database, a full
    // disk), they are forgotten again, so the gap fill that follows the failed poll brings their rows
    // back as new. Kept, they made a forced door that failed to be stored a "duplicate" for good.
    const added: string[] = []
    try {
      this.deps.engine.inBatch(() => {
        for (const { row, ms } of timed) {
          if (!newest || ms > newest.ms) newest = { ms, text: row.serverTime }
          const key = eventKey(row)
          if (!this.seen.add(key)) {
            duplicates++
            continue
          }
          added.push(key)
          const candidate = classify(row)
          let alarmId: number | null = null
          if (candidate) {
            if (this.deps.store.wasSeen(key)) {
              duplicates++
              continue
            }
            alarmId = this.deps.engine.eventOccurrence(candidate, recovered, key)
            this.deps.store.markSeen(key, alarmId, receivedAt)
            alarms++
          }
          feed.push(toFeedEvent(row, key, alarmId, recovered, receivedAt))
        }
      })
    } catch (error) {
      for (const key of added) this.seen.delete(key)
      throw error
    }
    if (feed.length) this.deps.feed(feed)
    return {
      events: feed.length,
      alarms,
      duplicates,
      newestServerTime: (newest as { text: string } | null)?.text ?? null,
    }
  }
}

const cut = (s: string | null, max: number) => (s === null ? null : s.slice(0, max))

function toFeedEvent(
  row: EventRow,
  key: string,
  alarmId: number | null,
  recovered: boolean,
  receivedAt: string,
): FeedEvent {
  return {
    key: key.slice(0, 400),
    stream: row.stream,
    serverTime: row.serverTime.slice(0, 32),
    receivedAt,
    eventNo: row.eventNo === null ? null : Math.trunc(row.eventNo),
    eventLevel: row.eventLevel,
    eventName: row.eventName.slice(0, 200),
    pointName: cut(row.pointName, 200),
    readerName: cut(row.readerName, 200),
    deviceName: cut(row.deviceName, 200),
    deviceSn: cut(row.deviceSn, 64),
    areaName: cut(row.areaName, 200),
    pin: cut(row.pin, 64),
    personName: cut(row.personName, 200),
    cardNo: cut(row.cardNo, 64),
    verifyMode: cut(row.verifyMode, 120),
    temperature: row.temperature,
    maskFlag: cut(row.maskFlag, 8),
    photoPath: cut(row.photoPath, 512),
    alarmId,
    recovered,
  }
}
