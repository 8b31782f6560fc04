import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, type TestContext } from 'vitest'
import { auditMigrations, createAuditLog } from '../../../electron/main/audit/audit-log'
import { openDatabase, type Db } from '../../../electron/main/db/database'
import {
  createReceptionServices,
  receptionMigrations,
  type ReceptionServices,
} from '../../../electron/main/reception/index'
import { ZkbioCore } from '../../../electron/main/zkbio/core'
import { defaultSettings, type Settings } from '../../../electron/shared/settings'
import { startSimulator, type RunningSimulator } from '../../simulator/index'

/**
 * The directory sync at start: reception's services with their workers running, against the simulator
 * over HTTP, counting how often the first page of persons is asked for. The connection coming up syncs
 * an empty or old list at once; the sync planned three seconds after start runs only when the list
 * is still empty or old then, so a start fetches the whole directory once, not twice.
 */
const FIRST_SYNC_MS = 3_000

interface Station {
  sim: RunningSimulator
  db: Db
  dir: string
  core: ZkbioCore
  services: ReceptionServices
  /** Tells reception the connection state changed, as main's connection monitor does. */
  connection: (state: 'online' | 'offline') => void
}

/** Closes a station when its test ends (the tests run at once: each closes only its own). */
function closeWhenDone(context: TestContext, station: Station): void {
  context.onTestFinished(async () => {
    station.services.stop()
    station.db.close()
    station.core.close()
    await station.sim.close()
    rmSync(station.dir, { recursive: true, force: true })
  })
}

/** Reception's services with their workers; on `restartOf`'s database and simulator: an app restart. */
async function startStation(context: TestContext, restartOf?: Station): Promise<Station> {
  if (restartOf) restartOf.services.stop()
  const sim = restartOf?.sim ?? (await startSimulator({ port: 0, quiet: true }))
  const dir = restartOf?.dir ?? mkdtempSync(join(tmpdir(), 'gatehouse-first-sync-'))
  const db =
    restartOf?.db ?? openDatabase(join(dir, 'gatehouse.db'), [...auditMigrations, ...receptionMigrations])
  const core = restartOf?.core ?? new ZkbioCore({ baseUrl: sim.url, token: sim.token, timeoutMs: 3_000 })
  const settings: Settings = {
    ...defaultSettings(),
    profiles: [
      { id: 'sim', name: 'Simulator', url: sim.url, tls: { mode: 'system' }, serverUtcOffsetMinutes: null },
    ],
    activeProfileId: 'sim',
  }
  const listeners: ((status: { state: string }) => void)[] = []
  const services = createReceptionServices(
    {
      db,
      audit: createAuditLog(db),
      emit: () => {},
      settings: { get: () => settings, update: () => settings, onChange: () => () => {} },
    },
    {
      client: () => core,
      reportSuccess: () => {},
      reportFailure: () => {},
      onChange: (listener) => {
        listeners.push(listener)
        return () => listeners.splice(listeners.indexOf(listener), 1)
      },
    },
    { printer: { print: async () => {}, savePdf: async (_html, name) => join(dir, name) } },
  )
  const station: Station = {
    sim,
    db,
    dir,
    core,
    services,
    connection: (state) => listeners.forEach((l) => l({ state })),
  }
  if (!restartOf) closeWhenDone(context, station)
  else restartOf.services = services // closed with the station
  return station
}

/** How many times the sync began: its first page asked for. */
async function syncsBegun(sim: RunningSimulator): Promise<number> {
  const requests = await sim.control.requests()
  return requests.filter((r) => r.path === '/api/v2/person/getPersonList' && String(r.query.pageNo) === '1')
    .length
}

const until = async (done: () => boolean, timeoutMs = 10_000): Promise<void> => {
  const started = Date.now()
  while (!done()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('the host directory sync at start', () => {
  it.concurrent('runs once when the connection came up first and synced the list', async (context) => {
    const started = Date.now()
    const station = await startStation(context)
    station.connection('online')
    await until(() => station.services.hosts.status().count > 0 && !station.services.hosts.status().syncing)
    expect(Date.now() - started).toBeLessThan(FIRST_SYNC_MS)
    // Past the planned first sync, and time for it to have asked.
    await new Promise((resolve) => setTimeout(resolve, FIRST_SYNC_MS + 700 - (Date.now() - started)))
    expect(await syncsBegun(station.sim)).toBe(1)
    expect(station.services.hosts.status().count).toBeGreaterThan(0)
  })

  it.concurrent('runs at three seconds when the connection has said nothing yet', async (context) => {
    const station = await startStation(context)
    expect(await syncsBegun(station.sim)).toBe(0)
    await until(() => station.services.hosts.status().count > 0, FIRST_SYNC_MS + 10_000)
    expect(await syncsBegun(station.sim)).toBe(1)
  })

  /** A station whose list the connection synced; its last sync moved `ageMinutes` into the past. */
  async function syncedStation(context: TestContext, ageMinutes: number): Promise<Station> {
    const station = await startStation(context)
    station.connection('online')
    await until(() => station.services.hosts.status().count > 0 && !station.services.hosts.status().syncing)
    const at = new Date(Date.now() - ageMinutes * 60_000).toISOString()
    station.db.prepare(`UPDATE reception_meta SET value = ? WHERE key = 'hosts.lastSyncAt'`).run(at)
    await station.sim.control.clearRequests()
    return station
  }
  const minutes = defaultSettings().polling.hostDirectoryMinutes

  it.concurrent(
    'runs again after a restart when the cached list is older than the period',
    async (context) => {
      const restarted = await startStation(context, await syncedStation(context, minutes + 1))
      const before = restarted.services.hosts.status().lastSyncAt
      await until(() => restarted.services.hosts.status().lastSyncAt !== before, FIRST_SYNC_MS + 5_000)
      expect(await syncsBegun(restarted.sim)).toBe(1)
    },
  )

  it.concurrent(
    'does not run after a restart within the period, the connection up or not',
    async (context) => {
      const restarted = await startStation(context, await syncedStation(context, 1))
      restarted.connection('online')
      await new Promise((resolve) => setTimeout(resolve, FIRST_SYNC_MS + 700))
      expect(await syncsBegun(restarted.sim)).toBe(0)
      expect(restarted.services.hosts.status().count).toBeGreaterThan(0)
    },
  )
})
