/**
 * The alarm engine: takes classified occurrences (from events and from door/gate states), keeps ONE
 * open alarm per key (coalescing), runs the lifecycle, persists every change and reports raised and
 * changed alarms in batches (one batch per poll, one database transaction per batch).
 */
import type { AlarmView } from '../../../shared/contract/guard'
import {
  comparePriority,
  type AlarmCandidate,
  type ConditionObservation,
} from '../../../shared/guard/alarm-kinds'
import {
  acknowledge,
  clearByOperator,
  coalesce,
  LifecycleError,
  newAlarm,
  observeCondition,
  resolveBySystem,
  toAlarmView,
  type AlarmRecord,
  type OccurrenceSource,
} from '../../../shared/guard/lifecycle'
import { randomUUID } from 'node:crypto'
import { mergeAlarm, sameAlarm, sameSharedContent } from '../../../shared/guard/alarm-merge'
import { AppError } from '../../app/app-error'
import { translate } from '../../i18n'
import type { AlarmStore } from './alarm-store'

export interface AlarmEngineHooks {
  /** A brand-new alarm (not a coalesced occurrence): notify, ring. */
  raised(alarm: AlarmView): void
  /** Every alarm that changed in one batch (raised ones included). */
  changed(alarms: AlarmView[]): void
  /**
   * Site mode: alarms this station changed (or knows more about than the copy it received), with
   * their site-wide identity, to pass on to the other stations.
   */
  share?(alarms: SharedAlarm[]): void
}

export interface SharedAlarm {
  uid: string
  record: Omit<AlarmRecord, 'id'>
}

/**
 * How long a cleared alarm raised from a door/gate state still takes the event it never got. The
 * server lists a forced door in its door state before the transaction poll brings the event; when the
 * guard acknowledges at once and the door closes, the alarm clears before its own event arrives, and
 * that event would otherwise raise a second alarm for the same forced door. A real second incident is
 * still raised: the door state shows it, and a state candidate never joins a cleared alarm.
 * Measured on a monotonic clock, so a changed wall clock neither stretches nor cuts it.
 */
export const LATE_EVENT_WINDOW_MS = 60_000

export class AlarmEngine {
  private readonly open = new Map<string, AlarmRecord>()
  /** Per key: the last alarm cleared while raised from state alone, and when (monotonic ms). */
  private readonly awaitingEvent = new Map<string, { id: number; clearedAt: number }>()
  private readonly latched: Set<string>
  private batch: Map<number, AlarmRecord> | null = null
  private raisedInBatch: AlarmRecord[] = []
  private toShare = new Map<number, AlarmRecord>()
  /** While a received copy is applied: the copy itself (what is equal to it is not passed on). */
  private applying: Omit<AlarmRecord, 'id'> | null = null

  constructor(
    private readonly store: AlarmStore,
    private readonly hooks: AlarmEngineHooks,
    private readonly now: () => number = Date.now,
    private readonly monotonic: () => number = () => performance.now(),
  ) {
    for (const a of store.loadOpen()) this.open.set(a.key, a)
    this.latched = new Set(store.latchedKeys())
  }

  /** Runs `fn` as one batch: one transaction, one `changed` report. Nested calls join the outer batch. */
  inBatch<T>(fn: () => T): T {
    if (this.batch) return fn()
    this.batch = new Map()
    this.raisedInBatch = []
    this.toShare = new Map()
    let result: T
    try {
      result = this.store.transaction(fn)
    } catch (error) {
      // The transaction rolled back: reload what is really stored.
      this.batch = null
      this.open.clear()
      for (const a of this.store.loadOpen()) this.open.set(a.key, a)
      throw error
    }
    const changed = [...this.batch.values()].map(toAlarmView)
    const raised = this.raisedInBatch.map(toAlarmView)
    const shared = [...this.toShare.values()]
    this.batch = null
    this.raisedInBatch = []
    this.toShare = new Map()
    if (changed.length) this.hooks.changed(changed)
    for (const a of raised) this.hooks.raised(a)
    if (shared.length && this.hooks.share) {
      this.hooks.share(
        shared.map((r) => {
          const { id, ...record } = r
          return { uid: this.store.uidOf(id) ?? `local|${id}`, record }
        }),
      )
    }
    return result
  }

  /** One occurrence from an event row; returns the alarm id it raised or joined. */
  eventOccurrence(candidate: AlarmCandidate, recovered: boolean, eventKey?: string): number {
    return this.inBatch(() => this.occur(candidate, 'event', recovered, eventKey).id)
  }

  /**
   * Site mode: another station's copy of an alarm. It is merged with ours (never overwritten: the
   * lifecycle only moves forward), so an acknowledgement made elsewhere ends our notifications and
   * sound like one made here. Returns the local id.
   */
  applyRemote(uid: string, remote: Omit<AlarmRecord, 'id'>): number {
    return this.inBatch(() => {
      this.applying = remote
      try {
        let local = this.store.getByUid(uid)
        if (!local) {
          // The same open alarm raised here apart (before the copies met): one alarm, the site's name.
          const open = this.open.get(remote.key)
          if (open && remote.status !== 'cleared') {
            this.store.adoptUid(open.id, uid)
            local = open
          }
        }
        if (!local) {
          if (remote.status !== 'cleared' && this.open.has(remote.key)) return -1
          const created = this.store.insert(remote, uid)
          if (created.status !== 'cleared') this.open.set(created.key, created)
          if (created.latched) this.latched.add(created.key)
          this.batch?.set(created.id, created)
          if (created.status === 'new') this.raisedInBatch.push(created)
          return created.id
        }
        const merged = mergeAlarm(local, remote)
        if (!sameAlarm(merged, local)) this.save(merged)
        // Ours says more than the copy that came in: pass it on (our presentation is not news).
        else if (!sameSharedContent(merged, remote)) this.toShare.set(merged.id, merged)
        if (merged.latched) this.latched.add(merged.key)
        return merged.id
      } finally {
        this.applying = null
      }
    })
  }

  /** One door/gate state poll: candidates first (they count activations), then conditions. */
  stateObservation(candidates: readonly AlarmCandidate[], conditions: readonly ConditionObservation[]): void {
    this.inBatch(() => {
      const seen = new Set<string>()
      for (const c of candidates) {
        if (seen.has(c.key)) continue
        seen.add(c.key)
        const open = this.open.get(c.key)
        if (open) {
          if (open.conditionActive !== true) this.occur(c, 'state', false)
        } else if (!this.latched.has(c.key)) {
          this.occur(c, 'state', false)
        }
      }
      const nowIso = this.iso()
      const settled = new Set<string>()
      for (const cond of conditions) {
        if (settled.has(cond.key)) continue
        if (cond.active) {
          if (seen.has(cond.key)) continue
        } else {
          settled.add(cond.key)
          if (this.latched.delete(cond.key)) this.store.unlatch(cond.key)
        }
        const open = this.open.get(cond.key)
        if (!open) continue
        const next = observeCondition(open, cond.active, nowIso)
        if (next) this.save(next)
      }
    })
  }

  /** Gatehouse's own alarm (link lost): raise it once; further calls while it is open change nothing. */
  raiseSystem(candidate: AlarmCandidate): void {
    this.inBatch(() => {
      if (!this.open.has(candidate.key)) this.occur(candidate, 'state', false)
    })
  }

  /** Its cause is gone (the link is back): clear it whatever its status. */
  resolveSystem(key: string, reason: string): AlarmView | null {
    return this.inBatch(() => {
      const open = this.open.get(key)
      return open ? toAlarmView(this.save(resolveBySystem(open, reason, this.iso()))) : null
    })
  }

  /** Open alarms still new (unacknowledged), for escalation. */
  unacknowledged(): AlarmView[] {
    const out: AlarmView[] = []
    for (const a of this.open.values()) if (a.status === 'new') out.push(toAlarmView(a))
    return out
  }

  acknowledge(id: number, by: string, comment: string): AlarmView {
    return this.inBatch(() =>
      toAlarmView(this.save(this.lifecycle(id, (a) => acknowledge(a, by, comment, this.iso())))),
    )
  }

  clear(id: number, by: string, comment: string | null): AlarmView {
    return this.inBatch(() => {
      const cleared = this.save(this.lifecycle(id, (a) => clearByOperator(a, by, comment, this.iso())))
      if (cleared.latched) this.latched.add(cleared.key)
      return toAlarmView(cleared)
    })
  }

  get(id: number): AlarmView {
    const rec = this.findOpenById(id) ?? this.store.get(id)
    if (!rec) throw new AppError('NOT_FOUND', translate('server.alarm.notFound', { id }))
    return toAlarmView(rec)
  }

  openAlarms(): AlarmView[] {
    return [...this.open.values()].map(toAlarmView)
  }

  newAlarms(): { id: number; priority: AlarmView['priority'] }[] {
    const out: { id: number; priority: AlarmView['priority'] }[] = []
    for (const a of this.open.values()) if (a.status === 'new') out.push({ id: a.id, priority: a.priority })
    return out
  }

  isNew(id: number): boolean {
    return this.findOpenById(id)?.status === 'new'
  }

  /** The most urgent open alarm per target ('door|<folded name>'), for the boards. */
  openByTarget(): Map<string, number> {
    const best = new Map<string, AlarmRecord>()
    for (const a of this.open.values()) {
      const target = a.key.slice(0, a.key.lastIndexOf('|'))
      const current = best.get(target)
      if (!current || comparePriority(a.priority, current.priority) < 0) best.set(target, a)
    }
    return new Map([...best].map(([k, a]) => [k, a.id]))
  }

  private occur(
    candidate: AlarmCandidate,
    source: OccurrenceSource,
    recovered: boolean,
    eventKey?: string,
  ): AlarmRecord {
    const ctx = { nowIso: this.iso(), source, recovered }
    const open = this.open.get(candidate.key)
    if (open) return this.save(coalesce(open, candidate, ctx))
    if (source === 'event') {
      const late = this.lateEventTarget(candidate.key)
      if (late) return this.save(coalesce(late, candidate, ctx))
    }
    // Named by the raising event where there is one: the same event seen again is the same alarm.
    const uid = eventKey ? `event|${eventKey}` : `${source}|${randomUUID()}`
    const created = this.store.insert(newAlarm(candidate, ctx), uid)
    this.open.set(created.key, created)
    this.batch?.set(created.id, created)
    this.raisedInBatch.push(created)
    this.toShare.set(created.id, created)
    return created
  }

  private lifecycle(id: number, step: (a: AlarmRecord) => AlarmRecord): AlarmRecord {
    const rec = this.findOpenById(id) ?? this.store.get(id)
    if (!rec) throw new AppError('NOT_FOUND', translate('server.alarm.notFound', { id }))
    try {
      return step(rec)
    } catch (error) {
      if (error instanceof LifecycleError) throw new AppError(error.code, error.message)
      throw error
    }
  }

  private save(rec: AlarmRecord): AlarmRecord {
    this.store.update(rec)
    if (!this.applying || !sameSharedContent(rec, this.applying)) this.toShare.set(rec.id, rec)
    else this.toShare.delete(rec.id)
    if (rec.status === 'cleared') {
      if (this.open.get(rec.key)?.id === rec.id) {
        this.open.delete(rec.key)
        if (rec.eventCount === 0 && rec.stateCount > 0)
          this.awaitingEvent.set(rec.key, { id: rec.id, clearedAt: this.monotonic() })
      }
    } else {
      this.open.set(rec.key, rec)
    }
    this.batch?.set(rec.id, rec)
    // A raised alarm changed again in the same batch: report its latest form.
    const i = this.raisedInBatch.findIndex((r) => r.id === rec.id)
    if (i >= 0) this.raisedInBatch[i] = rec
    return rec
  }

  /** The cleared state-raised alarm this key's event still belongs to (see LATE_EVENT_WINDOW_MS). */
  private lateEventTarget(key: string): AlarmRecord | null {
    const waiting = this.awaitingEvent.get(key)
    if (!waiting) return null
    this.awaitingEvent.delete(key)
    if (this.monotonic() - waiting.clearedAt > LATE_EVENT_WINDOW_MS) return null
    const rec = this.store.get(waiting.id)
    return rec && rec.status === 'cleared' && rec.eventCount === 0 ? rec : null
  }

  private findOpenById(id: number): AlarmRecord | undefined {
    for (const a of this.open.values()) if (a.id === id) return a
    return undefined
  }

  private iso(): string {
    return new Date(this.now()).toISOString()
  }
}
