import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { auditMigrations, createAuditLog, type AuditLog } from '../../../electron/main/audit/audit-log'
import { openDatabase, type Db } from '../../../electron/main/db/database'
import type { EmitEvent } from '../../../electron/main/ipc/event-sink'
import {
  createReceptionServices,
  receptionMigrations,
  type ReceptionServices,
} from '../../../electron/main/reception/index'
import { ZkbioCore } from '../../../electron/main/zkbio/core'
import { defaultSettings, type Settings } from '../../../electron/shared/settings'
import { startSimulator, type RunningSimulator } from '../../simulator/index'

/**
 * Reception's real services against a real simulator over HTTP, with a real SQLite file in a temp
 * folder (so a test can close and reopen it, like an app restart).
 */
export interface ReceptionFixture {
  sim: RunningSimulator
  dir: string
  db: Db
  audit: AuditLog
  settings: Settings
  events: { name: string; payload: unknown }[]
  printed: string[]
  services: ReceptionServices
  core: ZkbioCore
  clock: { now: Date | null }
  /** Closes the database and opens it again with fresh services: what an app restart does. */
  restart(): void
  /**
   * Makes another server the active profile (adds the profile if new), as a switch in Settings does:
   * reception's client and server identity follow.
   */
  useServer(profile: Settings['profiles'][number], core: ZkbioCore): void
  close(): Promise<void>
}

export interface ReceptionFixtureOptions {
  /** Where the database lives (e.g. a small tmpfs for the fault suite); default a temp folder. */
  dir?: string
  /** Opens the database (default `openDatabase` with the audit and reception migrations). */
  openDb?: (file: string) => Db
}

export async function createReceptionFixture(
  settings: Partial<Settings> = {},
  options: ReceptionFixtureOptions = {},
): Promise<ReceptionFixture> {
  const sim = await startSimulator({ port: 0, quiet: true })
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'gatehouse-reception-'))
  const core = new ZkbioCore({ baseUrl: sim.url, token: sim.token, timeoutMs: 3_000 })
  const events: { name: string; payload: unknown }[] = []
  const printed: string[] = []
  const clock: { now: Date | null } = { now: null }
  // The simulator is the active server profile: pending registrations are bound to it.
  const current: Settings = {
    ...defaultSettings(),
    profiles: [
      { id: 'sim', name: 'Simulator', url: sim.url, tls: { mode: 'system' }, serverUtcOffsetMinutes: null },
    ],
    activeProfileId: 'sim',
    ...settings,
  }
  const emit: EmitEvent = (name, payload) => {
    events.push({ name, payload })
  }

  let activeCore = core
  const build = () => {
    const file = join(dir, 'gatehouse.db')
    const db = options.openDb
      ? options.openDb(file)
      : openDatabase(file, [...auditMigrations, ...receptionMigrations])
    const audit = createAuditLog(db)
    const services = createReceptionServices(
      { db, audit, emit, settings: { get: () => current, update: () => current, onChange: () => () => {} } },
      { client: () => activeCore, reportSuccess: () => {}, reportFailure: () => {} },
      {
        startWorkers: false,
        now: () => clock.now ?? new Date(),
        printer: {
          print: async (html) => {
            printed.push(html)
          },
          savePdf: async (html, fileName) => {
            printed.push(html)
            return join(dir, fileName)
          },
        },
      },
    )
    return { db, audit, services }
  }

  let built = build()
  const fixture: ReceptionFixture = {
    sim,
    dir,
    core,
    events,
    printed,
    clock,
    settings: current,
    get db() {
      return built.db
    },
    get audit() {
      return built.audit
    },
    get services() {
      return built.services
    },
    useServer(profile, next) {
      if (!current.profiles.some((p) => p.id === profile.id))
        current.profiles = [...current.profiles, profile]
      current.activeProfileId = profile.id
      activeCore = next
    },
    restart() {
      built.services.stop()
      built.db.close()
      built = build()
    },
    async close() {
      built.services.stop()
      built.db.close()
      core.close()
      await sim.close()
      if (!options.dir) rmSync(dir, { recursive: true, force: true })
    },
  }
  return fixture
}

import { receptionChannels } from '../../../electron/shared/contract/reception'
import type { z } from 'zod'

type RC = typeof receptionChannels

/** Calls a reception handler the way main's dispatcher does: request parsed, response checked. */
export async function call<C extends keyof RC>(
  fixture: ReceptionFixture,
  name: C,
  payload: z.input<RC[C]['request']>,
): Promise<z.output<RC[C]['response']>> {
  const spec = receptionChannels[name]
  const request = spec.request.parse(payload)
  const handler = fixture.services.handlers[name] as (r: unknown, c: { senderId: number }) => unknown
  const response = await handler(request, { senderId: 1 })
  return spec.response.parse(response) as z.output<RC[C]['response']>
}

/** A walk-in as the form would send it, for a host of the seeded site. */
export function walkIn(overrides: Record<string, unknown> = {}) {
  const today = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  const day = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`
  const hh = pad(today.getHours())
  return {
    hostPin: '1001',
    hostName: 'Host One',
    visitorName: 'Ada Lovelace',
    certType: 3,
    certNumber: `P${Math.floor(Math.random() * 1e8)}`,
    phone: '+44 20 7946 0000',
    company: 'Analytical Engines',
    reason: 'Meeting',
    visitorCount: 1,
    startTime: `${day} ${hh}:00:00`,
    endTime: `${day} 23:59:59`,
    photoBase64: null,
    clientRequestId: crypto.randomUUID(),
    ...overrides,
  }
}
