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

/** The earlier of two ISO times (null loses). */
function earlier(a: string | null, b: string | null): 'a' | 'b' {
  if (a === null) return 'b'
  if (b === null) return 'a'
  return a <= b ? 'a' : 'b'
}

const later = (a: string, b: string) => (a >= b ? a : b)
const sooner = (a: string, b: string) => (a <= b ? a : b)

/** `local` keeps its id (ids are per station); everything else is merged with `remote`. */
export function mergeAlarm(local: AlarmRecord, remote: Omit<AlarmRecord, 'id'>): AlarmRecord {
  const status = RANK[remote.status] > RANK[local.status] ? remote.status : local.status
  const acked = [local, remote].filter((r) => r.acknowledgedAt !== null)
  const ackFrom =
    acked.length === 2
      ? earlier(local.acknowledgedAt, remote.acknowledgedAt) === 'a'
        ? local
        : remote
      : (acked[0] ?? null)
  const cleared = [local, remote].filter((r) => r.status === 'cleared')
  const clearFrom =
    cleared.length === 2
      ? earlier(local.clearedAt, remote.clearedAt) === 'a'
        ? local
        : remote
      : (cleared[0] ?? null)
  // The newer observation says whether the condition is still on.
  const newer = remote.lastAt > local.lastAt ? remote : local
  const eventCount = Math.max(local.eventCount, remote.eventCount)
  const stateCount = Math.max(local.stateCount, remote.stateCount)
  return {
    ...local,
    status,
    priority: local.priority,
    firstAt: sooner(local.firstAt, remote.firstAt),
    lastAt: later(local.lastAt, remote.lastAt),
    firstServerTime: local.firstServerTime ?? remote.firstServerTime,
    detail: newer.detail ?? local.detail ?? remote.detail,
    personPin: local.personPin ?? remote.personPin,
    personName: local.personName ?? remote.personName,
    eventCount,
    stateCount,
    count: Math.max(1, eventCount, stateCount),
    conditionActive: newer.conditionActive,
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

/** Same content (ids aside): nothing to store or pass on. */
export function sameAlarm(a: Omit<AlarmRecord, 'id'>, b: Omit<AlarmRecord, 'id'>): boolean {
  const { id: _a, ...x } = a as AlarmRecord
  const { id: _b, ...y } = b as AlarmRecord
  return JSON.stringify(x, Object.keys(x).sort()) === JSON.stringify(y, Object.keys(y).sort())
}
