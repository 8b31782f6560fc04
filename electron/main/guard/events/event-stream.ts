/**
 * One live event stream (access, gate or temperature): the monitor session plus gap filling. The
 * monitor's `timestamp` is a session key chosen once and reused (FIELD-NOTES). Whenever events may
 * have been missed (a failed poll, a system sleep, an app restart with history) the window since the
 * last event / last good poll is fetched from the v2 transaction lists and fed through the same
 * pipeline; the gap is recorded and shown in the event log. A gap that cannot be filled yet stays
 * pending and is retried on the next poll.
 */
import type { EventStream, GapView } from '../../../shared/contract/guard'
import { gapWindow } from '../../../shared/guard/gap-window'
import {
  laterServerTime,
  naiveMsToServerTime,
  serverNow,
  serverTimeToNaiveMs,
} from '../../../shared/guard/server-clock'
import type { AlarmStore, StreamCursor } from '../alarms/alarm-store'
import type { GuardSource } from '../source'
import type { EventPipeline } from './event-pipeline'

export interface EventStreamOptions {
  overlapSeconds?: number
  maxGapHours?: number
  pageSize?: number
  maxPages?: number
  /** Subtracted from the last good poll (desk clock) when it anchors a gap: covers clock skew. */
  pollSkewMarginSeconds?: number
}

interface PendingGap {
  cause: GapView['cause']
  anchor: StreamCursor
  gap: GapView | null
  /**
   * The range being fetched and the next page to ask for. A long outage at a busy site is many pages,
   * more than one poll's time allows: the fill goes on where it stopped at the next poll. The range is
   * fixed once chosen, so its pages (newest first) stay the same from one poll to the next.
   */
  range?: { from: string; to: string; nextPage: number }
  /** Another outage began while this gap was being filled: after its range, fetch on to now. */
  extend?: boolean
}

/** The share of a poll's time the gap fill may use; the rest waits for the next poll. */
const FILL_SHARE_OF_POLL = 0.5

export class EventStreamPoller {
  private sessionKey: number | null = null
  /** The server of the last poll in this run. */
  private serverId: string | null = null
  private pending: PendingGap | null = null
  private cursor: StreamCursor

  constructor(
    readonly stream: EventStream,
    private readonly deps: {
      store: AlarmStore
      pipeline: EventPipeline
      emitGap: (gap: GapView) => void
      now?: () => number
    },
    private readonly options: EventStreamOptions = {},
  ) {
    this.cursor = deps.store.cursor(stream)
    if (this.cursor.lastSeenServerTime || this.cursor.lastPollAt)
      this.pending = { cause: 'restart', anchor: { ...this.cursor }, gap: null }
  }

  private get now(): number {
    return (this.deps.now ?? Date.now)()
  }

  /** Events may have been missed since the last good poll (a poll failed). */
  markOutage(): void {
    if (this.pending?.range) this.pending.extend = true
    this.pending ??= { cause: 'outage', anchor: { ...this.cursor }, gap: null }
  }

  /** The system is going to sleep: whatever happens until resume is a gap. */
  markSuspend(): void {
    this.pending ??= { cause: 'resume', anchor: { ...this.cursor }, gap: null }
  }

  /**
   * Site mode, while another station polls: follow where its stream stands, so that on takeover this
   * station fills the gap from the leader's last poll, not from its own last poll of long ago.
   */
  followRemote(remote: { lastSeenServerTime: string | null; lastPollAt: string | null }): void {
    this.cursor.lastSeenServerTime = laterServerTime(
      this.cursor.lastSeenServerTime,
      remote.lastSeenServerTime,
    )
    if (remote.lastPollAt && (!this.cursor.lastPollAt || remote.lastPollAt > this.cursor.lastPollAt))
      this.cursor.lastPollAt = remote.lastPollAt
    this.pending = null
    this.deps.store.saveCursor(this.stream, this.cursor)
  }

  /** Where this stream stands (site mode passes it on to the other stations). */
  position(): { lastSeenServerTime: string | null; lastPollAt: string | null } {
    return { lastSeenServerTime: this.cursor.lastSeenServerTime, lastPollAt: this.cursor.lastPollAt }
  }

  /** Site mode: this station becomes the poller; whatever the old leader may have missed is a gap. */
  markTakeover(): void {
    this.pending ??= { cause: 'outage', anchor: { ...this.cursor }, gap: null }
  }

  hasPendingGap(): boolean {
    return this.pending !== null
  }

  async poll(source: GuardSource, signal: AbortSignal, timeoutMs: number): Promise<void> {
    if (this.serverId !== source.serverId) this.switchServer(source.serverId)
    this.sessionKey ??= this.now
    const rows = await source.monitor(this.stream, this.sessionKey, { signal, timeoutMs })
    const live = this.deps.pipeline.ingest(this.stream, rows, false)
    this.cursor.lastSeenServerTime = laterServerTime(this.cursor.lastSeenServerTime, live.newestServerTime)
    if (this.pending) await this.fillGap(source, signal, timeoutMs)
    this.cursor.lastPollAt = new Date(this.now).toISOString()
    this.deps.store.saveCursor(this.stream, this.cursor)
  }

  /**
   * First poll of the run, or the active server changed. History of ANOTHER server is not a gap of this
   * one: its cursor and pending gap are dropped (and the new server gets a new monitor session).
   */
  private switchServer(serverId: string): void {
    const firstPoll = this.serverId === null
    const persistedElsewhere = this.cursor.server !== null && this.cursor.server !== serverId
    this.serverId = serverId
    if (!firstPoll || persistedElsewhere) {
      this.sessionKey = null
      this.cursor = { lastSeenServerTime: null, lastPollAt: null, server: serverId }
      this.pending = null
    }
    this.cursor.server = serverId
  }

  private async fillGap(source: GuardSource, signal: AbortSignal, timeoutMs: number): Promise<void> {
    const pending = this.pending!
    if (!pending.range) {
      const window = this.gapWindowNow(source, pending)
      if (!window) {
        this.pending = null
        return
      }
      pending.gap ??= this.deps.store.insertGap({
        stream: this.stream,
        from: window.from,
        to: window.to,
        detectedAt: new Date(this.now).toISOString(),
        cause: pending.cause,
      })
      pending.range = { from: pending.gap.fromServerTime, to: window.to, nextPage: 1 }
    }
    const range = pending.range
    pending.gap = { ...pending.gap!, toServerTime: range.to, status: 'filling', error: null }
    this.deps.emitGap(this.deps.store.updateGap(pending.gap))
    const started = performance.now()
    try {
      const pageSize = this.options.pageSize ?? 1000
      const maxPages = this.options.maxPages ?? 50
      for (;;) {
        const page = await source.range(this.stream, range.from, range.to, range.nextPage, pageSize, {
          signal,
          timeoutMs,
        })
        // Each page is stored as it comes (a repeat of a row is dropped), so what one poll fetched is
        // kept even if the next page fails.
        const recovered = this.deps.pipeline.ingest(this.stream, page.rows, true)
        this.cursor.lastSeenServerTime = laterServerTime(
          this.cursor.lastSeenServerTime,
          recovered.newestServerTime,
        )
        pending.gap = {
          ...pending.gap,
          recoveredEvents: pending.gap.recoveredEvents + recovered.events,
          recoveredAlarms: pending.gap.recoveredAlarms + recovered.alarms,
        }
        range.nextPage++
        if (page.last || range.nextPage > maxPages) break
        if (performance.now() - started > timeoutMs * FILL_SHARE_OF_POLL) {
          // Out of this poll's time: the next poll goes on from the next page.
          this.deps.emitGap(this.deps.store.updateGap(pending.gap))
          return
        }
      }
      if (pending.extend) {
        // An outage during the fill: from the end of this range on to now, in the same gap.
        const overlap = (this.options.overlapSeconds ?? 60) * 1000
        const endMs = serverTimeToNaiveMs(range.to)
        const window = this.gapWindowNow(source, pending)
        pending.extend = false
        if (window && endMs !== null && (serverTimeToNaiveMs(window.to) ?? 0) > endMs) {
          pending.range = { from: naiveMsToServerTime(endMs - overlap), to: window.to, nextPage: 1 }
          this.deps.emitGap(this.deps.store.updateGap({ ...pending.gap, toServerTime: window.to }))
          return
        }
      }
      this.pending = null
      this.deps.emitGap(this.deps.store.updateGap({ ...pending.gap, status: 'filled' }))
    } catch (error) {
      const failed: GapView = {
        ...pending.gap,
        status: 'failed',
        error: (error instanceof Error ? error.message : String(error)).slice(0, 500),
      }
      pending.gap = failed
      this.deps.emitGap(this.deps.store.updateGap(failed))
      throw error
    }
  }

  /** The window a gap covers, from the anchor it was detected at to the server's now (plus a margin). */
  private gapWindowNow(source: GuardSource, pending: PendingGap) {
    const offset = source.serverUtcOffsetMinutes()
    const pollMs = pending.anchor.lastPollAt ? Date.parse(pending.anchor.lastPollAt) : NaN
    const margin = (this.options.pollSkewMarginSeconds ?? 120) * 1000
    const nowServer =
      laterServerTime(serverNow(this.now, offset), this.cursor.lastSeenServerTime) ??
      serverNow(this.now, offset)
    return gapWindow({
      lastSeenServerTime: pending.anchor.lastSeenServerTime,
      lastPollServerTime: Number.isFinite(pollMs) ? serverNow(pollMs - margin, offset) : null,
      nowServerTime: nowServer,
      overlapSeconds: this.options.overlapSeconds ?? 60,
      maxGapHours: this.options.maxGapHours ?? 24,
    })
  }
}

/** For tests and logs: a server time `seconds` before another. */
export function serverTimeMinus(text: string, seconds: number): string | null {
  const ms = serverTimeToNaiveMs(text)
  return ms === null ? null : naiveMsToServerTime(ms - seconds * 1000)
}
