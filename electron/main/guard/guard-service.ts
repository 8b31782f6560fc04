/**
 * The guard station's live side, assembled: five polling workers (door states, gate states, access,
 * gate and temperature events), the event pipeline with gap filling, the alarm engine, the boards,
 * the feed, native notifications and the sound policy. Everything it needs from Electron comes in
 * through `deps` (notifications, power events, focusing the window), so the same service runs in
 * the app, in the harness and in plain Node for benchmarks.
 */
import { storageKindOf } from '../app/storage-error'
import { runSafely, safeInterval } from '../app/safe-timer'
import { prepareTimeWords } from '../app/time-words'
import type { EventPayloadOf } from '../../shared/contract/index'
import type {
  AlarmView,
  DoorView,
  EventStream,
  FeedEvent,
  GateView,
  GuardSnapshot,
  WorkerName,
  WorkerStatus,
} from '../../shared/contract/guard'
import { compileEventPolicy } from '../../shared/guard/classify-event'
import { classifyDoor, toDoorView } from '../../shared/guard/classify-door'
import { classifyGate, toGateView } from '../../shared/guard/classify-gate'
import {
  ALARM_PRIORITY,
  plainAlarmTitle,
  type AlarmCandidate,
  type ConditionObservation,
} from '../../shared/guard/alarm-kinds'
import { LINK_LOST_PLACE } from '../../shared/guard/alarm-title'
import type { DeviceInfo, DoorStateInput, GateStateInput } from '../../shared/guard/states'
import { foldText } from '../../shared/guard/text'
import type { Settings } from '../../shared/settings'
import type { AuditLog } from '../audit/audit-log'
import type { Db } from '../db/database'
import type { EmitEvent } from '../ipc/event-sink'
import { AppError } from '../app/app-error'
import { createLogger } from '../log'
import { isZkbioError } from '../zkbio/errors'
import { AlarmEngine } from './alarms/alarm-engine'
import { AlarmEscalation } from './alarms/escalation'
import { AlarmStore } from './alarms/alarm-store'
import { Board } from './boards/board'
import { EventPipeline } from './events/event-pipeline'
import { EventStreamPoller } from './events/event-stream'
import { FeedBuffer } from './events/feed-buffer'
import { InstructionStore } from './instructions/instruction-store'
import { LinkJudge } from './link/link-judge'
import { liveWords } from '../app/live-words'
import { translate } from '../i18n'
import { AlarmNotifier, type NotificationPort } from './notifications/alarm-notifier'
import { SoundController } from './sound-controller'
import { guardAlertPolicy } from '../../shared/site/station-role'
import type { GuardSitePort, SharedEvent } from './site/guard-site-port'
import type { GuardSource } from './source'
import { PollWorker } from './workers/poll-worker'

const log = createLogger('guard')

export interface GuardServiceDeps {
  db: Db
  settings: { get(): Settings }
  audit: Pick<AuditLog, 'write'>
  emit: EmitEvent
  /** The active server's source; throws AppError('NOT_CONFIGURED') when there is none. */
  source: () => GuardSource
  notifications: NotificationPort
  /** Bring the window forward and show this alarm (null: the queue). */
  openAlarm: (alarmId: number | null) => void
  /** Connection bookkeeping (connection service). */
  connection?: { reportSuccess(): void; reportFailure(error: unknown): void }
  /** The operator signed in at the station (null: nobody; the settings' name is the fallback). */
  operatorName?: () => string | null
  /** A person's name by pin (the station's person directory), for events that carry only the pin. */
  personName?: (pin: string) => string | null
  /** Test-only: every interval in milliseconds (sub-second allowed). */
  pollIntervalOverrideMs?: number
  /**
   * Site mode: only the station elected leader for this ZKBio server polls it; the others pause their
   * workers and show what the leader passes on. Absent: a single station, polling as always.
   */
  site?: GuardSitePort
  /** Options for the event streams (tests shorten the overlap). */
  gapOverlapSeconds?: number
  now?: () => number
}

const STREAM_WORKERS: Record<EventStream, WorkerName> = {
  access: 'accessEvents',
  gate: 'gateEvents',
  temperature: 'temperatureEvents',
}

/**
 * Door alarms (forced, held open, tamper, duress) show both in the door-state poll and in the access
 * event monitor. The event monitors poll half an interval after the state polls, so such an alarm waits
 * a quarter of an interval on average instead of half, and each worker still keeps its own interval.
 * The alarm engine keeps one alarm per key, whichever stream sees it first.
 */
const HALF_INTERVAL_BEHIND: ReadonlySet<WorkerName> = new Set([
  'accessEvents',
  'gateEvents',
  'temperatureEvents',
])

export type GuardService = ReturnType<typeof createGuardService>

export function createGuardService(deps: GuardServiceDeps) {
  const now = deps.now ?? Date.now
  const settings = () => deps.settings.get()
  const operator = () => deps.operatorName?.() ?? (settings().operatorName || 'Operator')
  const store = new AlarmStore(deps.db)
  const instructions = new InstructionStore(deps.db)
  const site = deps.site ?? null
  /** This station polls the server: always on its own, in site mode only while it leads. */
  const polling = () => !site || site.isLeader()

  // ------------------------------------------------------------- alarms, notifications, sound
  let doorBoard: Board<DoorView> | null = null
  let gateBoard: Board<GateView> | null = null
  /**
   * A reception-only station of a site raises no native notifications and no sound for the site's
   * alarms (station-role.ts); its guard pages, for an operator allowed to see them, still show them.
   */
  const alertPolicy = () => guardAlertPolicy(settings().notifications, settings().site)
  const notifier = new AlarmNotifier({
    port: deps.notifications,
    policy: alertPolicy,
    isStillNew: (id) => engine.isNew(id),
    open: deps.openAlarm,
    now,
  })
  const sound = new SoundController({
    policy: alertPolicy,
    newAlarms: () => engine.newAlarms().map((a) => ({ ...a, escalated: escalation.isEscalated(a.id) })),
    send: (state) => deps.emit('guard.sound', state),
    audit: (action, by, detail) =>
      deps.audit.write({ operator: by, action, target: 'alarm sound', result: 'ok', detail }),
    now,
  })
  const engine: AlarmEngine = new AlarmEngine(
    store,
    {
      raised(alarm) {
        notifier.onRaised(alarm)
        sound.onRaised()
      },
      changed(alarms) {
        for (let i = 0; i < alarms.length; i += 1000)
          deps.emit('guard.alarms', { alarms: alarms.slice(i, i + 1000) })
        for (const a of alarms) if (a.status !== 'new') notifier.dismiss(a.id)
        const index = engine.openByTarget()
        doorBoard?.refreshAlarms(index)
        gateBoard?.refreshAlarms(index)
        sound.update()
      },
      ...(site ? { share: (alarms) => site.shareAlarms(alarms) } : {}),
    },
    now,
  )
  const escalation = new AlarmEscalation({
    unacknowledged: () => engine.unacknowledged(),
    afterSeconds: () => settings().notifications.escalateAfterSeconds,
    escalate(alarm) {
      log.warn('alarm not acknowledged in time: escalating', { id: alarm.id, kind: alarm.kind })
      notifier.renotify(alarm)
      sound.onRaised()
    },
    now,
  })

  // ------------------------------------------------------------- feed and events
  const feed = new FeedBuffer((events) => deps.emit('guard.feed', { events }))
  let classifier = { names: [] as readonly string[], fn: compileEventPolicy({ alarmEventNames: [] }) }
  const classify = () => {
    const names = settings().notifications.alarmEventNames
    if (names !== classifier.names) classifier = { names, fn: compileEventPolicy({ alarmEventNames: names }) }
    return classifier.fn
  }
  // Device lists carry no area on many servers; access events do: learn each door's area from them.
  const areaByDoor = new Map<string, string>()
  const pipeline = new EventPipeline({
    store,
    engine,
    classify,
    ...(deps.personName ? { personName: deps.personName } : {}),
    feed: (events) => {
      for (const e of events) {
        if (e.stream === 'access' && e.pointName && e.areaName && areaByDoor.size < 50_000)
          areaByDoor.set(foldText(e.pointName), e.areaName)
      }
      feed.push(events)
      if (site && polling() && site.active()) {
        site.shareEvents(
          events.map(({ alarmId, ...e }): SharedEvent => ({
            ...e,
            alarmUid: alarmId === null ? null : store.uidOf(alarmId),
          })),
        )
      }
    },
    now,
  })
  const streams = new Map<EventStream, EventStreamPoller>()
  for (const stream of ['access', 'gate', 'temperature'] as const) {
    streams.set(
      stream,
      new EventStreamPoller(
        stream,
        { store, pipeline, emitGap: (gap) => deps.emit('guard.gap', gap), now },
        { overlapSeconds: deps.gapOverlapSeconds ?? 60 },
      ),
    )
  }

  // ------------------------------------------------------------- boards
  const devices = { byId: new Map<string, DeviceInfo>(), loadedAt: 0, failedAt: 0 }
  const openSince = new Map<string, number>()
  // The last ONLINE reading of each door and gate: what the board shows, greyed, while its controller
  // is offline ("last known at ...").
  const lastKnownDoor = new Map<string, { view: DoorView; atMs: number }>()
  const lastKnownGate = new Map<string, { view: GateView; atMs: number }>()
  doorBoard = new Board<DoorView>((d) => deps.emit('guard.doors', d))
  gateBoard = new Board<GateView>((d) => deps.emit('guard.gates', d))

  /**
   * The device directory names devices and keys device-offline alarms by serial (as events do), so the
   * FIRST load happens before the first door poll; later refreshes run in the background with their
   * own timeout, never slowing a door poll.
   */
  let directoryLoad: AbortController | null = null
  async function loadDevices(source: GuardSource, signal: AbortSignal, timeoutMs: number): Promise<void> {
    const t = now()
    try {
      const list = await source.devices({ signal, timeoutMs })
      devices.byId = new Map(list.map((d) => [d.id, d]))
      devices.loadedAt = t
    } catch (error) {
      // Aborted by a pause (suspend, another station took over polling): not a failure to wait out.
      if (signal.aborted) return
      devices.failedAt = t
      log.warn('device directory unavailable; boards show device ids', { error: String(error) })
    }
  }
  async function refreshDevices(source: GuardSource, signal: AbortSignal, timeoutMs: number): Promise<void> {
    const t = now()
    const maxAge = settings().polling.hostDirectoryMinutes * 60_000
    if (t - devices.loadedAt < maxAge || t - devices.failedAt < 60_000 || directoryLoad) return
    if (devices.loadedAt === 0) return loadDevices(source, signal, timeoutMs)
    const controller = new AbortController()
    directoryLoad = controller
    const timer = setTimeout(() => controller.abort(new Error('device directory timed out')), 30_000)
    timer.unref?.()
    runSafely('device directory refresh', () =>
      loadDevices(source, controller.signal, 30_000).finally(() => {
        clearTimeout(timer)
        directoryLoad = null
      }),
    )
  }

  function applyDoorStates(states: readonly DoorStateInput[]): void {
    const t = now()
    const threshold = settings().notifications.doorOpenAlarmSeconds
    const candidates: AlarmCandidate[] = []
    const conditions: ConditionObservation[] = []
    const present = new Set<string>()
    for (const s of states) {
      present.add(s.doorId)
      if (s.connect === 'online' && s.sensor === 'open') {
        if (!openSince.has(s.doorId)) openSince.set(s.doorId, t)
      } else {
        openSince.delete(s.doorId)
      }
      const device = s.deviceId ? (devices.byId.get(s.deviceId) ?? null) : null
      const r = classifyDoor(s, {
        nowMs: t,
        openSinceMs: openSince.get(s.doorId) ?? null,
        doorOpenAlarmSeconds: threshold,
        device,
      })
      candidates.push(...r.candidates)
      conditions.push(...r.conditions)
    }
    for (const id of openSince.keys()) if (!present.has(id)) openSince.delete(id)
    engine.stateObservation(candidates, conditions)
    const index = engine.openByTarget()
    const views = states.map((s) => {
      const device = s.deviceId ? (devices.byId.get(s.deviceId) ?? null) : null
      const area = device?.areaName ?? areaByDoor.get(foldText(s.doorName)) ?? null
      const view = toDoorView(s, {
        device: device
          ? { ...device, areaName: area }
          : { id: s.deviceId ?? '', sn: null, name: null, areaName: area },
        openSinceMs: openSince.get(s.doorId) ?? null,
        alarmId: index.get(doorTarget(s.doorName || s.doorId)) ?? null,
        lastKnown: lastKnownDoor.get(s.doorId) ?? null,
      })
      if (s.connect === 'online') lastKnownDoor.set(s.doorId, { view, atMs: t })
      return view
    })
    doorBoard!.update(views, (v) => doorTarget(v.name))
    if (site && polling()) site.shareState({ kind: 'doors', views, polledAt: new Date(t).toISOString() })
  }

  function applyGateStates(states: readonly GateStateInput[]): void {
    const candidates: AlarmCandidate[] = []
    const conditions: ConditionObservation[] = []
    for (const s of states) {
      const r = classifyGate(s, s.deviceId ? (devices.byId.get(s.deviceId) ?? null) : null)
      candidates.push(...r.candidates)
      conditions.push(...r.conditions)
    }
    engine.stateObservation(candidates, conditions)
    const index = engine.openByTarget()
    const t = now()
    const views = states.map((s) => {
      const view = toGateView(
        s,
        index.get(gateTarget(s.gateName || s.gateId)) ?? null,
        lastKnownGate.get(s.gateId) ?? null,
      )
      if (s.connect === 'online') lastKnownGate.set(s.gateId, { view, atMs: t })
      return view
    })
    gateBoard!.update(views, (v) => gateTarget(v.name))
    if (site && polling()) site.shareState({ kind: 'gates', views, polledAt: new Date(t).toISOString() })
  }

  // ------------------------------------------------------------- workers
  const intervals: Record<WorkerName, () => number> = {
    doorStates: () => deps.pollIntervalOverrideMs ?? settings().polling.doorStateSeconds * 1000,
    gateStates: () => deps.pollIntervalOverrideMs ?? settings().polling.gateStateSeconds * 1000,
    accessEvents: () => deps.pollIntervalOverrideMs ?? settings().polling.accessEventsSeconds * 1000,
    gateEvents: () => deps.pollIntervalOverrideMs ?? settings().polling.gateEventsSeconds * 1000,
    temperatureEvents: () =>
      deps.pollIntervalOverrideMs ?? settings().polling.temperatureEventsSeconds * 1000,
  }
  const statuses = new Map<WorkerName, WorkerStatus>()
  let statusTimer: ReturnType<typeof setTimeout> | null = null
  const onStatus = (s: WorkerStatus) => {
    statuses.set(s.name, s)
    // Five workers at a 1 s interval change state ~15 times a second: send at most every 100 ms.
    statusTimer ??= setTimeout(() => {
      statusTimer = null
      deps.emit('guard.workers', { workers: [...statuses.values()] })
    }, 100)
    statusTimer.unref?.()
  }
  const notConfigured = (error: unknown) =>
    !!error &&
    typeof error === 'object' &&
    'code' in error &&
    (error as { code: unknown }).code === 'NOT_CONFIGURED'
  const reportFailure = (error: unknown) => {
    if (!notConfigured(error)) deps.connection?.reportFailure(error)
  }

  // ------------------------------------------------------------- the link, judged by the door poll
  const link = new LinkJudge({
    intervalMs: intervals.doorStates,
    onChange(status, previous) {
      deps.emit('guard.link', status)
      // A station that does not poll shows the leader's judgement; the leader raises the alarm.
      if (!polling()) return
      site?.shareState({ kind: 'link', status })
      if (status.state === 'lost') {
        log.warn('server link lost', { reason: status.reason })
        engine.raiseSystem(linkLostAlarm(status.reason))
      } else if (status.state === 'live' && previous.state === 'lost') {
        engine.resolveSystem(LINK_LOST_KEY, translate('server.alarm.serverAnswersAgain'))
        // Back: every other worker polls now (the event streams fill the gap) instead of waiting out
        // its backoff.
        for (const [name, w] of workers) if (name !== 'doorStates') w.pollNow()
      }
    },
    now,
  })
  const backoffCapMs = deps.pollIntervalOverrideMs ? Math.max(2_000, deps.pollIntervalOverrideMs * 8) : 60_000

  const workers = new Map<WorkerName, PollWorker>()
  // A site without entrance control or temperature devices answers 404 there: not an outage. Such an
  // optional worker says so and then checks again every 10 minutes instead of backing off forever.
  // Only after several 404s in a row while the core workers (doors, access events) succeed: a server
  // or proxy answering 404 to EVERYTHING is an outage, never "no such module".
  const unsupportedUntil = new Map<WorkerName, number>()
  const missingInARow = new Map<WorkerName, number>()
  const coreHealthy = () =>
    (['doorStates', 'accessEvents'] as const).some((n) => {
      const s = workers.get(n)?.status()
      return (
        !!s &&
        s.consecutiveFailures === 0 &&
        s.lastSuccessAt !== null &&
        now() - Date.parse(s.lastSuccessAt) < 120_000
      )
    })
  const addWorker = (
    name: WorkerName,
    run: (source: GuardSource, signal: AbortSignal, timeoutMs: number) => Promise<void>,
    onFailure?: (error: unknown) => void,
    backoffCap: number | (() => number) = backoffCapMs,
  ) =>
    workers.set(
      name,
      new PollWorker({
        name,
        intervalMs: intervals[name],
        phaseMs: () => (HALF_INTERVAL_BEHIND.has(name) ? intervals[name]() / 2 : 0),
        backoffCapMs: backoffCap,
        run: async (signal, timeoutMs) => {
          if ((unsupportedUntil.get(name) ?? 0) > now()) return
          try {
            await run(deps.source(), signal, timeoutMs)
            missingInARow.delete(name)
          } catch (error) {
            if (!OPTIONAL_WORKERS.has(name) || !isMissingFeature(error)) {
              missingInARow.delete(name)
              throw error
            }
            const count = (missingInARow.get(name) ?? 0) + 1
            missingInARow.set(name, count)
            if (count < 3 || !coreHealthy()) throw error
            missingInARow.delete(name)
            unsupportedUntil.set(name, now() + UNSUPPORTED_RECHECK_MS)
            throw new AppError(
              'UNSUPPORTED',
              translate('server.errors.checksAgain', { feature: WORKER_FEATURE[name] }),
            )
          }
        },
        onStatus,
        onSuccess: () => deps.connection?.reportSuccess(),
        onFailure: (error) => {
          if (error instanceof AppError && error.code === 'UNSUPPORTED') return
          onFailure?.(error)
          reportFailure(error)
        },
        now,
      }),
    )
  // The door poll judges the link, so while the server is away it keeps asking every interval (no
  // growing backoff): the board turns live again within one interval of the server's return.
  addWorker(
    'doorStates',
    async (source, signal, timeoutMs) => {
      link.pollStarted()
      await refreshDevices(source, signal, timeoutMs)
      const states = await source.doorStates({ signal, timeoutMs })
      // The server answered: the link is live even if storing the states fails (a full disk is not an
      // outage; the worker says plainly why nothing is stored).
      link.pollSucceeded()
      applyDoorStates(states)
    },
    (error) => {
      if (notConfigured(error)) link.stop()
      else if (!storageKindOf(error)) {
        link.pollFailed(error)
        // Raised once at the change to "lost"; if that write failed (a full disk), every later failed
        // poll raises it again (a no-op once it is open), so the guard still gets the alarm.
        const judged = link.status()
        if (judged.state === 'lost' && polling()) engine.raiseSystem(linkLostAlarm(judged.reason))
      }
    },
    intervals.doorStates,
  )
  addWorker('gateStates', async (source, signal, timeoutMs) =>
    applyGateStates(await source.gateStates({ signal, timeoutMs })),
  )
  for (const [stream, poller] of streams) {
    addWorker(
      STREAM_WORKERS[stream],
      async (source, signal, timeoutMs) => {
        await poller.poll(source, signal, timeoutMs)
        if (site && polling()) site.shareState({ kind: 'cursor', stream, ...poller.position() })
      },
      () => poller.markOutage(),
    )
  }
  for (const w of workers.values()) statuses.set(w.status().name, w.status())

  // ------------------------------------------------------------- lifecycle
  let pruneTimer: ReturnType<typeof setInterval> | null = null
  let prepareTimer: ReturnType<typeof setTimeout> | null = null
  let suspended = false
  const siteStops: (() => void)[] = []
  /** Site mode: leadership came or went. */
  function leaderChanged(leader: boolean): void {
    if (leader) {
      log.info('this station now polls the server for the site')
      // Whatever the previous leader had no time to see is a gap: filled from the server's history.
      for (const s of streams.values()) s.markTakeover()
      if (!suspended) for (const w of workers.values()) w.resume()
    } else {
      log.info('another station polls the server for the site')
      for (const w of workers.values()) w.pause()
      link.stop()
    }
  }
  function applyRemote(): () => void {
    return site!.subscribe({
      alarms: (alarms) =>
        engine.inBatch(() => {
          for (const a of alarms) engine.applyRemote(a.uid, a.record)
        }),
      events(events) {
        const fresh: FeedEvent[] = []
        engine.inBatch(() => {
          for (const { alarmUid, ...e } of events) {
            if (!pipeline.noteSeen(e.key)) continue
            const alarmId = alarmUid ? (store.getByUid(alarmUid)?.id ?? null) : null
            if (alarmId !== null) store.markSeen(e.key, alarmId, e.receivedAt)
            fresh.push({ ...e, alarmId })
          }
        })
        if (fresh.length) feed.push(fresh)
      },
      state(state) {
        if (polling()) return
        const index = () => engine.openByTarget()
        if (state.kind === 'doors') {
          doorBoard!.update(state.views, (v) => doorTarget(v.name))
          doorBoard!.refreshAlarms(index())
        } else if (state.kind === 'gates') {
          gateBoard!.update(state.views, (v) => gateTarget(v.name))
          gateBoard!.refreshAlarms(index())
        } else if (state.kind === 'link') {
          link.adopt(state.status)
        } else {
          streams.get(state.stream)?.followRemote(state)
        }
      },
    })
  }
  const service = {
    start(): void {
      for (const w of workers.values()) w.start()
      if (site) {
        if (!site.isLeader()) for (const w of workers.values()) w.pause()
        siteStops.push(applyRemote(), site.onLeaderChange(leaderChanged))
      }
      escalation.start()
      const prune = () => {
        const cutoff = new Date(now() - settings().retentionDays * 86_400_000).toISOString()
        store.pruneSeen(cutoff)
        // Site mode: the site database's copies of the events too (the leader does it for the site).
        site?.pruneEvents(cutoff)
      }
      // Housekeeping only: runSafely logs a full disk or read-only database instead of throwing, so the
      // guard still starts (the workers then say plainly why alarms cannot be stored).
      runSafely('seen-set prune', prune)
      pruneTimer = safeInterval('seen-set prune', prune, 3_600_000)
      // The notification text's clock, prepared once the start's own work is done rather than in the
      // first alarm's notification (time-words.ts).
      prepareTimer = setTimeout(() => runSafely('notification time format', prepareTimeWords), 5_000)
      prepareTimer.unref?.()
    },
    stop(): void {
      for (const off of siteStops.splice(0)) off()
      for (const w of workers.values()) w.stop()
      link.stop()
      escalation.stop()
      directoryLoad?.abort(new Error('stopped'))
      feed.flush()
      feed.stop()
      notifier.stop()
      sound.stop()
      if (statusTimer) clearTimeout(statusTimer)
      if (pruneTimer) clearInterval(pruneTimer)
      if (prepareTimer) clearTimeout(prepareTimer)
    },
    /** System suspend: stop polling; everything until resume is a gap to fill. */
    suspend(): void {
      suspended = true
      for (const s of streams.values()) s.markSuspend()
      for (const w of workers.values()) w.pause()
    },
    /** System resume: poll at once (the event streams fill the gap). */
    resume(): void {
      suspended = false
      if (polling()) for (const w of workers.values()) w.resume()
    },
    pollNow(): WorkerStatus[] {
      if (polling()) for (const w of workers.values()) w.pollNow()
      return service.workerStatuses()
    },
    workerStatuses(): WorkerStatus[] {
      return [...workers.values()].map((w) => w.status())
    },
    /** Resolves when no poll is in flight (tests). */
    async idle(): Promise<void> {
      await Promise.all([...workers.values()].map((w) => w.idle()))
    },
    snapshot(): GuardSnapshot {
      const doors = doorBoard!.snapshot()
      const gates = gateBoard!.snapshot()
      return {
        doors: doors.views,
        doorsRevision: doors.revision,
        gates: gates.views,
        gatesRevision: gates.revision,
        openAlarms: engine.openAlarms(),
        recentEvents: feed.recent(500),
        gaps: store.recentGaps(50),
        workers: service.workerStatuses(),
        sound: sound.state(),
        link: link.status(),
      }
    },
    recentEvents: (limit: number) => feed.recent(limit),
    listAlarms: (q: { status: 'open' | 'cleared' | 'all'; limit: number; beforeId?: number }) => {
      const page = store.list(q)
      return { alarms: page.alarms.map((a) => engine.get(a.id)), hasMore: page.hasMore }
    },
    getAlarm: (id: number): AlarmView => engine.get(id),
    acknowledge(id: number, comment: string): AlarmView {
      const by = operator()
      const alarm = engine.acknowledge(id, by, comment)
      deps.audit.write({
        operator: by,
        action: 'guard.alarm.acknowledge',
        target: alarmTarget(alarm),
        result: 'ok',
        detail: comment,
      })
      return alarm
    },
    clear(id: number, comment: string | null): AlarmView {
      const by = operator()
      const alarm = engine.clear(id, by, comment)
      deps.audit.write({
        operator: by,
        action: 'guard.alarm.clear',
        target: alarmTarget(alarm),
        result: 'ok',
        detail: comment,
      })
      return alarm
    },
    listInstructions: () => instructions.list(),
    setInstructions(kind: AlarmView['kind'], text: string) {
      // The operator's name comes from the settings until sign-in exists (operators issue).
      const by = operator()
      const saved = instructions.set(kind, text, by, new Date(now()).toISOString())
      deps.audit.write({
        operator: by,
        action: 'guard.instructions.set',
        target: `instructions for ${kind}`,
        result: 'ok',
        detail: text ? `${text.length} characters` : 'removed',
      })
      return saved
    },
    muteSound: (minutes: number, reason: string) => sound.muteFor(minutes, reason, operator()),
    unmuteSound: () => sound.unmute(operator()),
    /** For benches and diagnostics. */
    notifierStats: () => ({ ...notifier.stats }),
    flushFeed: () => feed.flush(),
  }
  return service
}

const UNSUPPORTED_RECHECK_MS = 10 * 60_000
const OPTIONAL_WORKERS: ReadonlySet<WorkerName> = new Set(['gateStates', 'gateEvents', 'temperatureEvents'])

const WORKER_NAMES: readonly WorkerName[] = [
  'doorStates',
  'gateStates',
  'accessEvents',
  'gateEvents',
  'temperatureEvents',
]
/** Why a worker is idle on this server, in the current language. */
const WORKER_FEATURE = liveWords<WorkerName>('server.guard.feature', WORKER_NAMES)

/** The server answered that the endpoint does not exist (module not installed). */
function isMissingFeature(error: unknown): boolean {
  if (!isZkbioError(error)) return false
  return (
    error.kind === 'springError' ||
    error.kind === 'unsupported' ||
    (error.kind === 'http' && error.status === 404)
  )
}

/** Gatehouse's own alarm while the server cannot be read: one at a time, whatever the cause. */
const LINK_LOST_KEY = 'site|server|linkLost'
function linkLostAlarm(reason: string | null): AlarmCandidate {
  return {
    key: LINK_LOST_KEY,
    kind: 'linkLost',
    priority: ALARM_PRIORITY.linkLost,
    targetType: 'site',
    targetName: 'ZKBio server',
    targetId: null,
    title: plainAlarmTitle('linkLost', LINK_LOST_PLACE),
    detail: `${translate('server.guard.statesNotLive')} ${reason ?? ''}`.trim(),
    personPin: null,
    personName: null,
    serverTime: null,
  }
}

const doorTarget = (name: string) => `door|${foldText(name)}`
const gateTarget = (name: string) => `gate|${foldText(name)}`
const alarmTarget = (a: AlarmView) => `alarm #${a.id} ${a.kind} ${a.targetType} ${a.targetName}`

export type GuardEventPayload<E extends 'guard.doors' | 'guard.gates'> = EventPayloadOf<E>
