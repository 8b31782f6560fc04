/**
 * Guard station, live part: door and gate boards, the live event feed, the alarm queue and the alarm
 * sound. Everything live comes from polling workers in main (FIELD-NOTES: the server has no push), so
 * main pushes DELTAS (boards) and BATCHES (feed, alarm changes); the renderer loads the full picture
 * once with `guard.snapshot` and applies the events on top. Commands and history live in their own
 * contract file (guard-ops), not here.
 */
import { z } from 'zod'
import { channel, event } from './define'

const isoTime = z.iso.datetime()
/** Server local time as the server writes it: 'yyyy-MM-dd HH:mm:ss', no zone. */
const serverTime = z.string().max(32)
const text = (max: number) => z.string().max(max)

// ---------------------------------------------------------------- alarms

export const alarmKind = z.enum([
  'forcedOpen',
  'heldOpen',
  'duress',
  'tamper',
  'deviceOffline',
  'gateFault',
  'temperature',
  'accessAlarm',
  /** The station lost its link to the server: nothing on the boards is live (raised and cleared by Gatehouse). */
  'linkLost',
  'other',
])
export type AlarmKind = z.infer<typeof alarmKind>

/**
 * emergency: duress only (a person under threat: above everything, its own colour, sound and icon).
 * critical: forced open, server link lost (native notification with critical urgency, sound repeats).
 */
export const alarmPriority = z.enum(['emergency', 'critical', 'high', 'medium', 'low'])
export type AlarmPriority = z.infer<typeof alarmPriority>

export const alarmStatus = z.enum(['new', 'acknowledged', 'cleared'])
export type AlarmStatus = z.infer<typeof alarmStatus>

export const alarmTargetType = z.enum(['door', 'gate', 'device', 'site'])
export type AlarmTargetType = z.infer<typeof alarmTargetType>

export const alarmView = z.object({
  id: z.number().int().positive(),
  /** Coalescing key: one open alarm per target and kind, e.g. 'door|main entrance-1|forcedOpen'. */
  key: text(300),
  kind: alarmKind,
  priority: alarmPriority,
  status: alarmStatus,
  targetType: alarmTargetType,
  /** Door or gate name as the server writes it (device name for device-level alarms). */
  targetName: text(200),
  targetId: text(128).nullable(),
  /** What happened and where, in plain words: 'Forced open: Main Entrance'. */
  title: text(200),
  /** More about it; the server's own event text is kept here ('Server: "Door Opened Forcefully"'). */
  detail: text(500).nullable(),
  /** Who caused it when the server says (pin and name of the person at the reader). */
  personPin: text(64).nullable(),
  personName: text(200).nullable(),
  firstAt: isoTime,
  lastAt: isoTime,
  /** Server time of the first event row that raised it (null for alarms seen in door/gate state). */
  firstServerTime: serverTime.nullable(),
  /** Occurrences coalesced into this alarm. */
  count: z.number().int().positive(),
  /** true: the door/gate still shows the condition; false: normal again; null: unknown (event-only). */
  conditionActive: z.boolean().nullable(),
  /** Raised from the events of an outage (gap fill), not live. */
  recovered: z.boolean(),
  acknowledgedAt: isoTime.nullable(),
  acknowledgedBy: text(80).nullable(),
  ackComment: text(500).nullable(),
  clearedAt: isoTime.nullable(),
  clearedBy: text(80).nullable(),
  clearComment: text(500).nullable(),
  /** 'normal': the state went back to normal after acknowledgement; 'operator': cleared by hand. */
  clearedReason: z.enum(['normal', 'operator']).nullable(),
})
export type AlarmView = z.infer<typeof alarmView>

// ---------------------------------------------------------------- boards

export const connectionState = z.enum(['online', 'offline', 'disabled', 'unknown'])
export type DeviceConnection = z.infer<typeof connectionState>

export const doorView = z.object({
  id: text(128),
  name: text(200),
  deviceId: text(128).nullable(),
  deviceName: text(200).nullable(),
  areaName: text(200).nullable(),
  connection: connectionState,
  sensor: z.enum(['open', 'closed', 'noSensor', 'unknown']),
  relay: z.enum(['open', 'closed', 'unknown']),
  /** Normalised alarm field; 'none' when quiet. */
  alarm: z.enum([
    'none',
    'alarm',
    'timeout',
    'forced',
    'tamper',
    'duressPassword',
    'duressFingerprint',
    'duress',
    'normalOpen',
    'lowBattery',
    'replaceBattery',
    'illegalOperation',
    'backupPower',
    'unknown',
  ]),
  /** The alarm text exactly as the server sent it (for the tooltip). */
  alarmText: text(120).nullable(),
  /** When the sensor was first seen open in this run (null when closed or unknown). */
  openSince: isoTime.nullable(),
  /** The open alarm on this door with the highest priority, if any. */
  alarmId: z.number().int().positive().nullable(),
  /**
   * null while the door's state is live. When its controller is offline: when the sensor/relay shown
   * were last read (they are the last known ones), or null with unknown fields if never seen online.
   */
  staleSince: isoTime.nullable(),
})
export type DoorView = z.infer<typeof doorView>

export const gateView = z.object({
  id: text(128),
  name: text(200),
  deviceId: text(128).nullable(),
  connection: connectionState,
  gateState: z.enum(['notConnected', 'online', 'disabled', 'lockdown', 'unknown']),
  alarm: z.enum([
    'none',
    'openedAccidentally',
    'tamper',
    'duressPassword',
    'duressFingerprint',
    'duress',
    'infraredFault',
    'gateError',
    'unknown',
  ]),
  relay: z.enum(['off', 'exitOpen', 'entryOpen', 'unknown']),
  alarmId: z.number().int().positive().nullable(),
  /** As for doors: set while the gate's device is not connected (passage shown is the last known). */
  staleSince: isoTime.nullable(),
})
export type GateView = z.infer<typeof gateView>

/** A board change: apply `changed` (upsert by id) and `removed` on top of revision `baseRevision`. */
const boardDelta = <T extends z.ZodType>(item: T) =>
  z.object({
    revision: z.number().int().nonnegative(),
    /** If the renderer's revision is not this, it missed a delta: call guard.snapshot again. */
    baseRevision: z.number().int().nonnegative(),
    changed: z.array(item).max(5000),
    removed: z.array(text(128)).max(5000),
  })

// ---------------------------------------------------------------- feed

export const eventStream = z.enum(['access', 'gate', 'temperature'])
export type EventStream = z.infer<typeof eventStream>

export const feedEvent = z.object({
  /** De-duplication key (stable across monitor rows and v2 list rows of the same event). */
  key: text(400),
  stream: eventStream,
  serverTime: serverTime,
  receivedAt: isoTime,
  eventNo: z.number().int().nullable(),
  /** 0 normal, 1 warning, 2 alarm (null when the server gave none). */
  eventLevel: z.number().int().min(0).max(2).nullable(),
  eventName: text(200),
  /** Door or gate name. */
  pointName: text(200).nullable(),
  readerName: text(200).nullable(),
  deviceName: text(200).nullable(),
  deviceSn: text(64).nullable(),
  areaName: text(200).nullable(),
  pin: text(64).nullable(),
  personName: text(200).nullable(),
  cardNo: text(64).nullable(),
  verifyMode: text(120).nullable(),
  temperature: z.number().nullable(),
  /** '0' no mask, '1' mask, null undetected. */
  maskFlag: text(8).nullable(),
  /** Server path of a capture photo (temperature devices), fetch through the server. */
  photoPath: text(512).nullable(),
  /** The event raised or joined this alarm. */
  alarmId: z.number().int().positive().nullable(),
  /** Fetched afterwards for an outage (gap fill), not seen live. */
  recovered: z.boolean(),
})
export type FeedEvent = z.infer<typeof feedEvent>

export const gapView = z.object({
  id: z.number().int().positive(),
  stream: eventStream,
  /** Server-time window fetched (with the overlap). */
  fromServerTime: serverTime,
  toServerTime: serverTime,
  detectedAt: isoTime,
  /** 'outage' | 'resume' (system sleep) | 'restart' (app start with history). */
  cause: z.enum(['outage', 'resume', 'restart']),
  status: z.enum(['filling', 'filled', 'failed']),
  recoveredEvents: z.number().int().nonnegative(),
  recoveredAlarms: z.number().int().nonnegative(),
  error: text(500).nullable(),
})
export type GapView = z.infer<typeof gapView>

// ---------------------------------------------------------------- workers, sound

export const workerName = z.enum([
  'doorStates',
  'gateStates',
  'accessEvents',
  'gateEvents',
  'temperatureEvents',
])
export type WorkerName = z.infer<typeof workerName>

export const workerStatus = z.object({
  name: workerName,
  /** polling: a request in flight; waiting: until nextPollAt; backoff: after a failure; paused: system asleep. */
  state: z.enum(['stopped', 'waiting', 'polling', 'backoff', 'paused']),
  intervalMs: z.number().int().positive(),
  lastSuccessAt: isoTime.nullable(),
  lastError: text(500).nullable(),
  lastErrorAt: isoTime.nullable(),
  nextPollAt: isoTime.nullable(),
  consecutiveFailures: z.number().int().nonnegative(),
  lastDurationMs: z.number().nonnegative().nullable(),
})
export type WorkerStatus = z.infer<typeof workerStatus>

/**
 * What the renderer's alarm sound should do. Play resources/alarm.wav once each time `cue` changes
 * while `ringing`; when `loop` is true keep repeating until `ringing` or `loop` turns false.
 */
export const soundState = z.object({
  enabled: z.boolean(),
  ringing: z.boolean(),
  loop: z.boolean(),
  cue: z.number().int().nonnegative(),
  alarmId: z.number().int().positive().nullable(),
  /** 'duress' plays the duress siren (resources/duress.wav) instead of the alarm sound. */
  tone: z.enum(['alarm', 'duress']),
  /** An unacknowledged critical alarm waited past the escalation time: play louder and loop. */
  escalated: z.boolean(),
  muted: z.object({ until: isoTime, reason: text(200), by: text(80) }).nullable(),
})
export type SoundState = z.infer<typeof soundState>

/**
 * The guard's judgement of its link to the server, from the door-state poll: 'lost' after ONE failed
 * poll (or a poll unanswered for a whole interval). While lost, nothing on the boards is live.
 */
export const linkStatus = z.object({
  state: z.enum(['starting', 'live', 'lost']),
  /** Lost since (the first failed poll). */
  since: isoTime.nullable(),
  /** The last poll that read the door states: the boards' "last known at". */
  lastLiveAt: isoTime.nullable(),
  reason: text(500).nullable(),
})
export type LinkStatus = z.infer<typeof linkStatus>

export const guardSnapshot = z.object({
  doors: z.array(doorView).max(20000),
  doorsRevision: z.number().int().nonnegative(),
  gates: z.array(gateView).max(5000),
  gatesRevision: z.number().int().nonnegative(),
  openAlarms: z.array(alarmView).max(5000),
  recentEvents: z.array(feedEvent).max(10000),
  gaps: z.array(gapView).max(200),
  workers: z.array(workerStatus),
  sound: soundState,
  link: linkStatus,
})
export type GuardSnapshot = z.infer<typeof guardSnapshot>

/** The site's standard operating procedure for one alarm kind, shown when such an alarm is opened. */
export const alarmInstructions = z.object({
  kind: alarmKind,
  text: text(4000),
  updatedAt: isoTime.nullable(),
  updatedBy: text(80).nullable(),
})
export type AlarmInstructions = z.infer<typeof alarmInstructions>

const alarmId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)
const comment = z.string().trim().min(1).max(500)

export const guardChannels = {
  'guard.snapshot': channel(
    z.undefined(),
    guardSnapshot,
    'Everything the guard screen shows right now: boards, open alarms, the last 500 events, workers, sound.',
  ),
  'guard.recentEvents': channel(
    z.object({ limit: z.number().int().min(1).max(10000) }).strict(),
    z.array(feedEvent).max(10000),
    'The newest live events kept in memory (newest first), for filling a feed.',
  ),
  'guard.listAlarms': channel(
    z
      .object({
        status: z.enum(['open', 'cleared', 'all']),
        limit: z.number().int().min(1).max(500),
        /** Paging: only alarms with an id below this. */
        beforeId: alarmId.optional(),
      })
      .strict(),
    z.object({ alarms: z.array(alarmView).max(500), hasMore: z.boolean() }),
    'Alarm queue (open = new + acknowledged) or alarm history, newest first.',
  ),
  'guard.getAlarm': channel(
    z.object({ id: alarmId }).strict(),
    alarmView,
    'One alarm (e.g. after a notification click).',
  ),
  'guard.acknowledgeAlarm': channel(
    z.object({ id: alarmId, comment }).strict(),
    alarmView,
    'Acknowledge an alarm with a comment; written to the audit log; stops its sound.',
  ),
  'guard.clearAlarm': channel(
    z.object({ id: alarmId, comment: comment.optional() }).strict(),
    alarmView,
    'Clear an alarm by hand. A new (unacknowledged) alarm needs a comment: it is acknowledged and cleared at once.',
  ),
  'guard.muteSound': channel(
    z
      .object({ reason: z.string().trim().min(3).max(200), minutes: z.number().int().min(1).max(120) })
      .strict(),
    soundState,
    'Silence the alarm sound for a while; the reason is required and goes to the audit log.',
  ),
  'guard.unmuteSound': channel(z.undefined(), soundState, 'End a mute early (audited).'),
  'guard.listInstructions': channel(
    z.undefined(),
    z.array(alarmInstructions).max(50),
    'The instructions (standard operating procedure) of every alarm kind that has some.',
  ),
  'guard.setInstructions': channel(
    z.object({ kind: alarmKind, text: z.string().trim().max(4000) }).strict(),
    alarmInstructions,
    "Write an alarm kind's instructions (empty text removes them); audited.",
  ),
  'guard.pollNow': channel(
    z.undefined(),
    z.array(workerStatus),
    'Poll every worker now (e.g. a Refresh button).',
  ),
} as const

export const guardEvents = {
  'guard.doors': event(boardDelta(doorView), 'Door board delta after a door-state poll.'),
  'guard.gates': event(boardDelta(gateView), 'Gate board delta after a gate-state poll.'),
  'guard.feed': event(
    z.object({ events: z.array(feedEvent).max(1000) }),
    'New live events, oldest first, batched (at most every 250 ms, at most 1000 per batch).',
  ),
  'guard.alarms': event(
    z.object({ alarms: z.array(alarmView).max(1000) }),
    'Alarms that were raised or changed (upsert by id; status cleared = leaves the queue).',
  ),
  'guard.gap': event(gapView, 'An outage window was detected or filled (mark it in the event log).'),
  'guard.workers': event(z.object({ workers: z.array(workerStatus) }), 'Polling worker status changed.'),
  'guard.sound': event(soundState, 'What the alarm sound should do now.'),
  'guard.link': event(linkStatus, 'The link to the server was judged lost or live again.'),
} as const
