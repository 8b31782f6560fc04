import type {
  AlarmPriority,
  AlarmView,
  DoorView,
  FeedEvent,
  GapView,
  GateView,
  LinkStatus,
  SoundState,
  WorkerStatus,
} from '@shared/contract/guard'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, triggerRef, type ShallowRef } from 'vue'
import { gatehouse, unwrap } from '../api/gatehouse'
import { createFrameBatcher } from './frame-batcher'

/** The feed keeps this many events (newest first); older ones are in the server's history. */
export const FEED_LIMIT = 10_000
const PRIORITY_ORDER: Record<AlarmPriority, number> = {
  emergency: 0,
  critical: 1,
  high: 2,
  medium: 3,
  low: 4,
}

/** Open alarms first by priority, then the oldest first: the one waiting longest gets seen. */
export function compareAlarms(a: AlarmView, b: AlarmView): number {
  return PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] || a.firstAt.localeCompare(b.firstAt)
}

/**
 * The guard screen's live state. Main polls the server; this store loads one snapshot and applies
 * the deltas and batches main pushes. Big collections are shallow refs (1,000 doors, 10,000 events):
 * Vue does not need to watch every field of every row.
 */
export const useGuardStore = defineStore('guard', () => {
  const doors = shallowRef(new Map<string, DoorView>())
  const gates = shallowRef(new Map<string, GateView>())
  const alarms = shallowRef(new Map<number, AlarmView>())
  const feed = shallowRef<FeedEvent[]>([])
  const gaps = ref<GapView[]>([])
  const workers = ref<WorkerStatus[]>([])
  const sound = ref<SoundState | null>(null)
  /** Main's judgement of the server link (door polls): while lost, nothing on the boards is live. */
  const link = ref<LinkStatus>({ state: 'starting', since: null, lastLiveAt: null, reason: null })
  const linkLost = computed(() => link.value.state === 'lost')
  const loaded = ref(false)
  const loadError = ref<string | null>(null)
  /** While paused the feed holds still; new events wait here and are shown on resume. */
  const paused = ref(false)
  const held = shallowRef<FeedEvent[]>([])
  let doorsRevision = 0
  let gatesRevision = 0
  const unsubscribers: (() => void)[] = []

  const openAlarms = computed(() =>
    [...alarms.value.values()].filter((a) => a.status !== 'cleared').sort(compareAlarms),
  )
  const doorList = computed(() => [...doors.value.values()])
  const gateList = computed(() => [...gates.value.values()])

  function addToFeed(events: readonly FeedEvent[]): void {
    if (!events.length) return
    const newestFirst = [...events].reverse()
    if (paused.value) {
      held.value = [...newestFirst, ...held.value].slice(0, FEED_LIMIT)
      return
    }
    feed.value = [...newestFirst, ...feed.value].slice(0, FEED_LIMIT)
  }

  // At most one feed update per frame and four a second, however many stream messages arrive: each
  // update re-renders the 10,000-row table, and one per message made frames long while the feed fills.
  const feedBatches = createFrameBatcher<FeedEvent>(addToFeed, { limit: FEED_LIMIT, minIntervalMs: 250 })

  function upsertAlarms(list: readonly AlarmView[]): void {
    const next = new Map(alarms.value)
    for (const alarm of list) {
      if (alarm.status === 'cleared') next.delete(alarm.id)
      else next.set(alarm.id, alarm)
    }
    alarms.value = next
  }

  async function load(): Promise<void> {
    try {
      const snap = await unwrap(gatehouse.guard.snapshot())
      doors.value = new Map(snap.doors.map((d) => [d.id, d]))
      gates.value = new Map(snap.gates.map((g) => [g.id, g]))
      doorsRevision = snap.doorsRevision
      gatesRevision = snap.gatesRevision
      alarms.value = new Map(snap.openAlarms.map((a) => [a.id, a]))
      workers.value = snap.workers
      gaps.value = snap.gaps
      sound.value = snap.sound
      link.value = snap.link
      if (!feed.value.length) {
        feed.value = await unwrap(gatehouse.guard.recentEvents({ limit: FEED_LIMIT }))
      }
      loaded.value = true
      loadError.value = null
    } catch (error) {
      loadError.value = error instanceof Error ? error.message : String(error)
    }
  }

  function applyBoard<T extends { id: string }>(
    target: ShallowRef<Map<string, T>>,
    delta: { revision: number; baseRevision: number; changed: T[]; removed: string[] },
    current: number,
  ): number | null {
    if (delta.baseRevision !== current) return null
    const map = target.value
    for (const item of delta.changed) map.set(item.id, item)
    for (const id of delta.removed) map.delete(id)
    triggerRef(target)
    return delta.revision
  }

  function start(): void {
    if (unsubscribers.length) return
    unsubscribers.push(
      gatehouse.on('guard.doors', (delta) => {
        const next = applyBoard(doors, delta, doorsRevision)
        if (next === null) void load()
        else doorsRevision = next
      }),
      gatehouse.on('guard.gates', (delta) => {
        const next = applyBoard(gates, delta, gatesRevision)
        if (next === null) void load()
        else gatesRevision = next
      }),
      gatehouse.on('guard.feed', ({ events }) => feedBatches.push(events)),
      gatehouse.on('guard.alarms', ({ alarms: changed }) => upsertAlarms(changed)),
      gatehouse.on('guard.gap', (gap) => {
        gaps.value = [gap, ...gaps.value.filter((g) => g.id !== gap.id)].slice(0, 200)
      }),
      gatehouse.on('guard.workers', ({ workers: list }) => {
        workers.value = list
      }),
      gatehouse.on('guard.sound', (state) => {
        sound.value = state
      }),
      gatehouse.on('guard.link', (status) => {
        link.value = status
      }),
    )
    void load()
  }

  function stop(): void {
    while (unsubscribers.length) unsubscribers.pop()?.()
    feedBatches.flush()
  }

  function setPaused(value: boolean): void {
    // What arrived before the click belongs on the side of the pause it arrived on.
    feedBatches.flush()
    paused.value = value
    if (!value && held.value.length) {
      feed.value = [...held.value, ...feed.value].slice(0, FEED_LIMIT)
      held.value = []
    }
  }

  async function acknowledge(id: number, comment: string): Promise<AlarmView> {
    const alarm = await unwrap(gatehouse.guard.acknowledgeAlarm({ id, comment }))
    upsertAlarms([alarm])
    return alarm
  }

  async function clear(id: number, comment?: string): Promise<AlarmView> {
    const alarm = await unwrap(gatehouse.guard.clearAlarm(comment ? { id, comment } : { id }))
    upsertAlarms([alarm])
    return alarm
  }

  return {
    doors,
    gates,
    alarms,
    feed,
    held,
    gaps,
    workers,
    sound,
    link,
    linkLost,
    loaded,
    loadError,
    paused,
    openAlarms,
    doorList,
    gateList,
    start,
    stop,
    load,
    setPaused,
    acknowledge,
    clear,
  }
})
