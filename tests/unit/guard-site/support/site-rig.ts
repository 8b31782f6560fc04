/**
 * A site of N guard stations in one process, real parts only: one simulator over HTTP, one private
 * PostgreSQL cluster (tests/support/postgres-cluster.ts), and per station its own SQLite database,
 * its own guard service and its own site sync with its own connections (as separate machines would
 * have). Used by the site integration tests and the site benchmark.
 */
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { openDatabase, type Db } from '../../../../electron/main/db/database'
import { auditMigrations, createAuditLog } from '../../../../electron/main/audit/audit-log'
import { AlarmStore, guardMigrations } from '../../../../electron/main/guard/alarms/alarm-store'
import { createGuardService, type GuardService } from '../../../../electron/main/guard/guard-service'
import { GuardSiteSync } from '../../../../electron/main/guard/site/guard-site-sync'
import { leaderProfileKey } from '../../../../electron/main/guard/site/leader-key'
import { SiteOutbox } from '../../../../electron/main/guard/site/site-outbox'
import { sourceFromClient } from '../../../../electron/main/guard/source'
import { createGuardSiteDb } from '../../../../electron/main/site/guard-site'
import { migrateSiteSchema, siteMigrations } from '../../../../electron/main/site/index'
import { createZkbioClient, type ZkbioClient } from '../../../../electron/main/zkbio/client'
import { defaultSettings } from '../../../../electron/shared/settings'
import { startSimulator, type RunningSimulator } from '../../../simulator/index'
import type { PostgresCluster } from '../../../support/postgres-cluster'

export interface RecordedNotice {
  alarmId: number | null
  title: string
  at: number
  closed: boolean
}

export interface SiteStation {
  name: string
  db: Db
  guard: GuardService
  sync: GuardSiteSync
  pool: pg.Pool
  client: ZkbioClient
  notifications: RecordedNotice[]
  /** `guard.sound` states sent to the window, with their time. */
  sounds: { ringing: boolean; at: number }[]
  alive(): boolean
  /** A clean stop: the lock is given up. */
  stop(): Promise<void>
  /** As a killed process: polling ends and the connections drop without a word. */
  crash(): Promise<void>
}

export interface SiteRig {
  sim: RunningSimulator
  database: string
  profileKey: string
  stations: SiteStation[]
  addStation(name: string): Promise<SiteStation>
  leaders(): SiteStation[]
  waitFor<T>(probe: () => T | undefined | null | false, timeoutMs?: number, what?: string): Promise<T>
  close(): Promise<void>
}

export async function createSiteRig(
  cluster: PostgresCluster,
  options: { pollMs?: number } = {},
): Promise<SiteRig> {
  const pollMs = options.pollMs ?? 300
  const sim = await startSimulator({ port: 0, quiet: true })
  const database = `site_${randomUUID().replace(/-/g, '').slice(0, 12)}`
  const admin = new pg.Client(cluster.connection)
  await admin.connect()
  await admin.query(`CREATE DATABASE ${database}`)
  await admin.end()
  const connection = { ...cluster.connection, database, ssl: false as const }
  const profileKey = leaderProfileKey(sim.url)
  const stations: SiteStation[] = []

  async function addStation(name: string): Promise<SiteStation> {
    const db = openDatabase(':memory:', [...auditMigrations, ...guardMigrations])
    const pool = new pg.Pool({ ...connection, max: 4 })
    pool.on('error', () => undefined)
    await migrateSiteSchema(pool, siteMigrations, 'test')
    const client = createZkbioClient({ baseUrl: sim.url, token: sim.token, retry: false, timeoutMs: 5000 })
    const source = sourceFromClient(client, `${name}|${sim.url}`)
    const settings = defaultSettings()
    settings.operatorName = `Guard at ${name}`
    const notifications: RecordedNotice[] = []
    const sounds: { ringing: boolean; at: number }[] = []
    const sync = new GuardSiteSync({
      db: createGuardSiteDb({ connection, pool: () => pool }),
      profileKey,
      station: name,
      store: new AlarmStore(db),
      outbox: new SiteOutbox(db),
      pollIntervalMs: () => pollMs,
    })
    const guard = createGuardService({
      db,
      settings: { get: () => settings },
      audit: createAuditLog(db),
      emit: (event, payload) => {
        if (event === 'guard.sound')
          sounds.push({ ringing: (payload as { ringing: boolean }).ringing, at: Date.now() })
      },
      source: () => source,
      notifications: {
        show(spec) {
          const rec: RecordedNotice = {
            alarmId: spec.alarmId,
            title: spec.title,
            at: Date.now(),
            closed: false,
          }
          notifications.push(rec)
          return { close: () => void (rec.closed = true) }
        },
      },
      openAlarm: () => undefined,
      pollIntervalOverrideMs: pollMs,
      gapOverlapSeconds: 5,
      site: sync,
    })
    sync.start()
    guard.start()
    let stopped = false
    const end = async (release: boolean) => {
      if (stopped) return
      stopped = true
      guard.stop()
      await guard.idle()
      await sync.stop({ release })
      await pool.end().catch(() => undefined)
      client.close()
      db.close()
    }
    const station: SiteStation = {
      name,
      db,
      guard,
      sync,
      pool,
      client,
      notifications,
      sounds,
      alive: () => !stopped,
      stop: () => end(true),
      crash: () => end(false),
    }
    stations.push(station)
    return station
  }

  return {
    sim,
    database,
    profileKey,
    stations,
    addStation,
    leaders: () => stations.filter((s) => s.alive() && s.sync.isLeader()),
    async waitFor(probe, timeoutMs = 8000, what = 'condition') {
      const until = Date.now() + timeoutMs
      for (;;) {
        const value = probe()
        if (value) return value
        if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
        await new Promise((r) => setTimeout(r, 20))
      }
    },
    async close() {
      for (const s of stations) await s.stop()
      await sim.close()
    },
  }
}
