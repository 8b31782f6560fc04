/**
 * Which time range to fetch after an outage, a sleep or a restart. Start: the later of the last event
 * the server sent on this stream (its own clock) and the last successful poll converted to server time
 * (the caller subtracts a safety margin for clock skew from that one), minus an overlap (rows of the same second, clock jitter; duplicates are removed by key). End: the
 * server's now plus a margin (the desk and server clocks may differ). Capped to `maxGapHours`.
 */
import { naiveMsToServerTime, serverTimeToNaiveMs } from './server-clock'

export interface GapInput {
  lastSeenServerTime: string | null
  /** The last successful poll, as server time (estimated from the desk clock and server offset). */
  lastPollServerTime: string | null
  nowServerTime: string
  overlapSeconds: number
  maxGapHours: number
  /** Added to the end (desk/server clock difference). */
  endMarginSeconds?: number
}

export interface GapWindow {
  from: string
  to: string
  /** The start was moved later because the outage was longer than maxGapHours. */
  truncated: boolean
}

export function gapWindow(input: GapInput): GapWindow | null {
  const seen = serverTimeToNaiveMs(input.lastSeenServerTime)
  const polled = serverTimeToNaiveMs(input.lastPollServerTime)
  const anchor = seen === null ? polled : polled === null ? seen : Math.max(seen, polled)
  const now = serverTimeToNaiveMs(input.nowServerTime)
  if (anchor === null || now === null) return null
  const end = Math.max(now, anchor) + (input.endMarginSeconds ?? 300) * 1000
  let start = anchor - input.overlapSeconds * 1000
  const earliest = end - input.maxGapHours * 3_600_000
  const truncated = start < earliest
  if (truncated) start = earliest
  return { from: naiveMsToServerTime(start), to: naiveMsToServerTime(end), truncated }
}
