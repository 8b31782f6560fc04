/**
 * Two stations may change the same alarm at the same moment (the leader counts another occurrence
 * while a guard elsewhere acknowledges it). Every copy is merged, never overwritten, so the result does
 * not depend on the order the copies arrive in: the lifecycle only moves forward (new, acknowledged,
 * cleared), the first acknowledgement and the first clearance win, counters take the larger value.
 */
import type { AlarmStatus } from '../contract/guard'
import type { AlarmRecord } from './lifecycle'

const RANK: Record<AlarmStatus, number> = { new: 0, acknowledged: 1, cleared: 2 }

export const statusRank = (status: AlarmStatus): number => RANK[status]

/**
 * The first of two copies by `at` (the acknowledgement, the clearance, the person first seen): the
 * earlier time wins, null loses; at the same time the smaller of `by` (who, what they wrote), so both
 * stations pick the same one whichever copy is theirs.
 */
function firstOf<T extends Omit<AlarmRecord, 'id'>>(
  a: T,
  b: T,
  at: (r: T) => string | null,
  by: (r: T) => string,
): T | null {
  const [x, y] = [at(a), at(b)]
  if (x === null) return y === null ? null : b
  if (y === null || x < y) return a
  if (y < x) return b
  return by(a) <= by(b) ? a : b
}

const later = (a: string, b: string) => (a >= b ? a : b)
const sooner = (a: string, b: string) => (a <= b ? a : b)
/** The smaller of two values, null losing: the same answer in either order. */
function least<T extends string>(a: T | null, b: T | null): T | null {
  if (a === null) return b
  if (b === null) return a
  return a <= b ? a : b
}

/**
 * `local` keeps its id (ids are per station) and its own presentation (title in its language, priority
 * by its settings, what it names the target); everything else is merged with `remote`, and the merge of
 * those shared fields gives the same result in either order (mergeAlarm(a, b) and mergeAlarm(b, a) agree
 * on sharedContent). That is what makes the copies meet: the site database merges a station's copy into
 * its own, the station merges the site's into its own, and both must land on the same content, or the
 * station sends its copy again at every echo for ever (a door closed without a new occurrence did just
 * that: the condition's end was lost at the site, and the leader rewrote the alarm hundreds of times a
 * second).
 */
export function mergeAlarm(local: AlarmRecord, remote: Omit<AlarmRecord, 'id'>): AlarmRecord {
  const status = RANK[remote.status] > RANK[local.status] ? remote.status : local.status
  const ackFrom = firstOf(
    local,
    remote,
    (r) => r.acknowledgedAt,
    (r) => `${r.acknowledgedBy ?? ''}\u0000${r.ackComment ?? ''}`,
  )
  const clearFrom = firstOf(
    local,
    remote,
    (r) => (r.status === 'cleared' ? r.clearedAt : null),
    (r) => `${r.clearedBy ?? ''}\u0000${r.clearComment ?? ''}\u0000${r.clearedReason ?? ''}`,
  )
  const eventCount = Math.max(local.eventCount, remote.eventCount)
  const stateCount = Math.max(local.stateCount, remote.stateCount)
  // The person first seen: from the copy with the earlier first occurrence (the same one either way).
  const withPerson = firstOf(
    local,
    remote,
    (r) => (r.personPin !== null || r.personName !== null ? r.firstAt : null),
    (r) => `${r.personPin ?? ''}\u0000${r.personName ?? ''}`,
  )
  return {
    ...local,
    status,
    priority: local.priority,
    firstAt: sooner(local.firstAt, remote.firstAt),
    lastAt: later(local.lastAt, remote.lastAt),
    firstServerTime: least(local.firstServerTime, remote.firstServerTime),
    detail: mergeDetail(local, remote),
    personPin: withPerson?.personPin ?? null,
    personName: withPerson?.personName ?? null,
    eventCount,
    stateCount,
    count: Math.max(1, eventCount, stateCount),
    conditionActive: mergeCondition(local, remote),
    recovered: local.recovered && remote.recovered,
    acknowledgedAt: ackFrom?.acknowledgedAt ?? null,
    acknowledgedBy: ackFrom?.acknowledgedBy ?? null,
    ackComment: ackFrom?.ackComment ?? null,
    clearedAt: clearFrom?.clearedAt ?? null,
    clearedBy: clearFrom?.clearedBy ?? null,
    clearComment: clearFrom?.clearComment ?? null,
    clearedReason: clearFrom?.clearedReason ?? null,
    latched: local.latched || remote.latched,
  }
}

/**
 * Whether the condition (a door held open...) is still on: the newer observation says. A state poll
 * ends it without a new occurrence (lastAt unchanged), while turning it on comes with one (lastAt
 * moves): so between copies of the same lastAt, "ended" is the later news.
 */
function mergeCondition(a: Omit<AlarmRecord, 'id'>, b: Omit<AlarmRecord, 'id'>): boolean | null {
  if (a.lastAt !== b.lastAt) return a.lastAt > b.lastAt ? a.conditionActive : b.conditionActive
  if (a.conditionActive === false || b.conditionActive === false) return false
  if (a.conditionActive === true || b.conditionActive === true) return true
  return null
}

/** The newer copy's detail, else the other's; between copies of the same lastAt, the smaller text. */
function mergeDetail(a: Omit<AlarmRecord, 'id'>, b: Omit<AlarmRecord, 'id'>): string | null {
  if (a.lastAt !== b.lastAt) {
    const [newer, older] = a.lastAt > b.lastAt ? [a, b] : [b, a]
    return newer.detail ?? older.detail
  }
  return least(a.detail, b.detail)
}

/** A station's own presentation of an alarm, never passed on (see mergeAlarm). */
const PRESENTATION = new Set([
  'id',
  'key',
  'kind',
  'priority',
  'targetType',
  'targetName',
  'targetId',
  'title',
])

const ID_ONLY = new Set(['id'])

/** A record's fields but `skip`, in a fixed order, as one string to compare. */
function contentOf(r: Omit<AlarmRecord, 'id'>, skip: ReadonlySet<string>): string {
  return JSON.stringify(
    Object.keys(r)
      .filter((k) => !skip.has(k))
      .sort()
      .map((k) => [k, (r as Record<string, unknown>)[k]]),
  )
}

/** The same shared content (what mergeAlarm merges): nothing to pass on. */
export function sameSharedContent(a: Omit<AlarmRecord, 'id'>, b: Omit<AlarmRecord, 'id'>): boolean {
  return contentOf(a, PRESENTATION) === contentOf(b, PRESENTATION)
}

/** Same content (ids aside): nothing to store or pass on. */
export function sameAlarm(a: Omit<AlarmRecord, 'id'>, b: Omit<AlarmRecord, 'id'>): boolean {
  return contentOf(a, ID_ONLY) === contentOf(b, ID_ONLY)
}
