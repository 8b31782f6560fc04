/**
 * The alarm lifecycle as pure transitions: new -> acknowledged (operator, comment) -> cleared
 * (automatically once acknowledged AND normal again, or by an operator). One open alarm per key:
 * a further occurrence of the same target+kind only updates the open alarm. Occurrences are counted
 * as the larger of distinct event rows and state activations, so a forced door seen both as an event
 * and in its door state counts once.
 */
import type { AlarmView } from '../contract/guard'
import type { AlarmCandidate } from './alarm-kinds'

export interface AlarmRecord extends AlarmView {
  eventCount: number
  stateCount: number
  /** Cleared by hand while the condition was still on: do not re-raise from state until it is normal. */
  latched: boolean
}

export type OccurrenceSource = 'event' | 'state'

export interface OccurrenceContext {
  nowIso: string
  source: OccurrenceSource
  recovered: boolean
}

export function newAlarm(candidate: AlarmCandidate, ctx: OccurrenceContext): Omit<AlarmRecord, 'id'> {
  return {
    key: candidate.key,
    kind: candidate.kind,
    priority: candidate.priority,
    status: 'new',
    targetType: candidate.targetType,
    targetName: candidate.targetName,
    targetId: candidate.targetId,
    title: candidate.title,
    detail: candidate.detail,
    personPin: candidate.personPin,
    personName: candidate.personName,
    firstAt: ctx.nowIso,
    lastAt: ctx.nowIso,
    firstServerTime: candidate.serverTime,
    count: 1,
    eventCount: ctx.source === 'event' ? 1 : 0,
    stateCount: ctx.source === 'state' ? 1 : 0,
    conditionActive: ctx.source === 'state' ? true : null,
    recovered: ctx.recovered,
    acknowledgedAt: null,
    acknowledgedBy: null,
    ackComment: null,
    clearedAt: null,
    clearedBy: null,
    clearComment: null,
    clearedReason: null,
    latched: false,
  }
}

/** Another occurrence joins the open alarm. Returns the updated record. */
export function coalesce(open: AlarmRecord, candidate: AlarmCandidate, ctx: OccurrenceContext): AlarmRecord {
  const eventCount = open.eventCount + (ctx.source === 'event' ? 1 : 0)
  const stateCount = open.stateCount + (ctx.source === 'state' && open.conditionActive !== true ? 1 : 0)
  return {
    ...open,
    lastAt: ctx.nowIso,
    eventCount,
    stateCount,
    count: Math.max(1, eventCount, stateCount),
    conditionActive: ctx.source === 'state' ? true : open.conditionActive,
    firstServerTime: open.firstServerTime ?? candidate.serverTime,
    personPin: open.personPin ?? candidate.personPin,
    personName: open.personName ?? candidate.personName,
    // Titles are plain words (kind + place) whatever the source; the detail keeps the server's own
    // text, so an event's words win over a state summary.
    title: open.title,
    detail:
      open.eventCount === 0 && ctx.source === 'event'
        ? (candidate.detail ?? open.detail)
        : (open.detail ?? candidate.detail),
  }
}

/** A state poll says the condition is on or off. Returns the updated record, or null if unchanged. */
export function observeCondition(open: AlarmRecord, active: boolean, nowIso: string): AlarmRecord | null {
  if (open.conditionActive === active) return null
  const next: AlarmRecord = { ...open, conditionActive: active }
  if (!active && next.status === 'acknowledged') return clearRecord(next, nowIso, null, null, 'normal')
  return next
}

export class LifecycleError extends Error {
  constructor(
    readonly code: 'CONFLICT' | 'NOT_FOUND',
    message: string,
  ) {
    super(message)
  }
}

export function acknowledge(open: AlarmRecord, by: string, comment: string, nowIso: string): AlarmRecord {
  if (open.status === 'cleared') throw new LifecycleError('CONFLICT', 'This alarm is already cleared.')
  if (open.status === 'acknowledged')
    throw new LifecycleError('CONFLICT', `Already acknowledged by ${open.acknowledgedBy}.`)
  const acked: AlarmRecord = {
    ...open,
    status: 'acknowledged',
    acknowledgedAt: nowIso,
    acknowledgedBy: by,
    ackComment: comment,
  }
  // Normal already (the door closed before anyone looked): acknowledging ends it.
  return acked.conditionActive === false ? clearRecord(acked, nowIso, null, null, 'normal') : acked
}

/** Clear by hand. A new alarm needs a comment: it is acknowledged with it at the same time. */
export function clearByOperator(
  open: AlarmRecord,
  by: string,
  comment: string | null,
  nowIso: string,
): AlarmRecord {
  if (open.status === 'cleared') throw new LifecycleError('CONFLICT', 'This alarm is already cleared.')
  let rec = open
  if (rec.status === 'new') {
    if (!comment)
      throw new LifecycleError('CONFLICT', 'Acknowledge this alarm with a comment before clearing it.')
    rec = { ...rec, status: 'acknowledged', acknowledgedAt: nowIso, acknowledgedBy: by, ackComment: comment }
  }
  return { ...clearRecord(rec, nowIso, by, comment, 'operator'), latched: rec.conditionActive !== false }
}

/**
 * Gatehouse's own alarms (server link lost) end when their cause ends, acknowledged or not: the guard
 * cannot act on a link that is back, and a stale "link lost" in the queue would hide the next one.
 */
export function resolveBySystem(open: AlarmRecord, reason: string, nowIso: string): AlarmRecord {
  return clearRecord({ ...open, conditionActive: false }, nowIso, 'Gatehouse', reason, 'normal')
}

function clearRecord(
  rec: AlarmRecord,
  nowIso: string,
  by: string | null,
  comment: string | null,
  reason: 'normal' | 'operator',
): AlarmRecord {
  return {
    ...rec,
    status: 'cleared',
    clearedAt: nowIso,
    clearedBy: by,
    clearComment: comment,
    clearedReason: reason,
  }
}

/** The public view (internal counters dropped). */
export function toAlarmView(rec: AlarmRecord): AlarmView {
  const { eventCount: _e, stateCount: _s, latched: _l, ...view } = rec
  return view
}
