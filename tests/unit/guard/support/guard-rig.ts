/**
 * A real guard service (workers, engine, pipeline, notifier) against a real simulator over HTTP, in
 * plain Node: only Electron's pieces are replaced (notifications are recorded with their time, events
 * are recorded instead of sent to a window). Used by the integration tests and the benchmarks.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  events as contractEvents,
  type EventName,
  type EventPayloadOf,
} from '../../../../electron/shared/contract/index'
import { defaultSettings, type Settings } from '../../../../electron/shared/settings'
import { auditMigrations, createAuditLog, type AuditLog } from '../../../../electron/main/audit/audit-log'
import { openDatabase, type Db } from '../../../../electron/main/db/database'
import { guardMigrations } from '../../../../electron/main/guard/alarms/alarm-store'
import { createGuardService, type GuardService } from '../../../../electron/main/guard/guard-service'
import type { NotificationSpec } from '../../../../electron/main/guard/notifications/alarm-notifier'
import { sourceFromClient } from '../../../../electron/main/guard/source'
import { createZkbioClient, type ZkbioClient } from '../../../../electron/main/zkbio/client'
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../../../simulator/index'

export interface RecordedNotification extends NotificationSpec {
  at: number
  closed: boolean
}

export interface RecordedEvent {
  name: EventName
  payload: unknown
  at: number
}

export interface GuardRig {
  sim: RunningSimulator
  client: ZkbioClient
  db: Db
  audit: AuditLog
  settings: Settings
  guard: GuardService
  notifications: RecordedNotification[]
  events: RecordedEvent[]
  opened: (number | null)[]
  /** Starts a fresh service on the same database (an app restart). */
  restart(): GuardService
  waitFor<T>(probe: () => T | undefined | null | false, timeoutMs?: number, what?: string): Promise<T>
  close(): Promise<void>
}

export async function createGuardRig(
  options: {
    pollMs?: number
    sim?: SimulatorOptions
    settings?: (s: Settings) => void
    dbDir?: string
    /** Opens the database (the fault suite opens it read-only); default `openDatabase` with migrations. */
    openDb?: (file: string) => Db
  } = {},
): Promise<GuardRig> {
  const sim = await startSimulator({ port: 0, quiet: true, ...options.sim })
  const client = createZkbioClient({ baseUrl: sim.url, token: sim.token, retry: false, timeoutMs: 5000 })
  const dir = options.dbDir ?? mkdtempSync(join(tmpdir(), 'guard-rig-'))
  const file = join(dir, 'gatehouse.db')
  const db = options.openDb
    ? options.openDb(file)
    : openDatabase(file, [...auditMigrations, ...guardMigrations])
  const audit = createAuditLog(db)
  const settings = defaultSettings()
  settings.operatorName = 'Guard Test'
  options.settings?.(settings)
  const notifications: RecordedNotification[] = []
  const events: RecordedEvent[] = []
  const opened: (number | null)[] = []
  const source = sourceFromClient(client)

  const build = () =>
    createGuardService({
      db,
      settings: { get: () => settings },
      audit,
      emit: (name, payload) => {
        // Same check as the real event sink: a payload outside the contract is a test failure.
        const checked = contractEvents[name].payload.safeParse(payload)
        if (!checked.success) throw new Error(`event ${name} outside its contract: ${checked.error.message}`)
        events.push({ name, payload, at: Date.now() })
      },
      source: () => source,
      notifications: {
        show(spec) {
          const rec: RecordedNotification = { ...spec, at: Date.now(), closed: false }
          notifications.push(rec)
          return { close: () => void (rec.closed = true) }
        },
      },
      openAlarm: (id) => opened.push(id),
      pollIntervalOverrideMs: options.pollMs ?? 200,
    })

  let guard = build()
  const rig: GuardRig = {
    sim,
    client,
    db,
    audit,
    settings,
    get guard() {
      return guard
    },
    notifications,
    events,
    opened,
    restart() {
      guard.stop()
      guard = build()
      return guard
    },
    async waitFor(probe, timeoutMs = 8000, what = 'condition') {
      const until = Date.now() + timeoutMs
      for (;;) {
        const value = probe()
        if (value) return value
        if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
        await new Promise((r) => setTimeout(r, 25))
      }
    },
    async close() {
      guard.stop()
      await guard.idle()
      client.close()
      db.close()
      await sim.close()
      if (!options.dbDir) rmSync(dir, { recursive: true, force: true })
    },
  }
  return rig
}

export function eventsNamed<E extends EventName>(rig: GuardRig, name: E): EventPayloadOf<E>[] {
  return rig.events.filter((e) => e.name === name).map((e) => e.payload as EventPayloadOf<E>)
}
