/**
 * The guard domain's entry for main/index.ts: builds the live guard service over the core services
 * and the connection, hooks system suspend/resume, and returns the IPC handlers.
 *
 *   const guard = createGuard(core, connection, { focusWindow: () => focusWindow(mainWindow), iconPath })
 *   handlers = { ...handlers, ...guard.handlers }; guard.service.start()
 */
import { powerMonitor } from 'electron'
import type { ZkbioClient } from '../zkbio/client'
import type { ZkbioCore } from '../zkbio/core'
import type { CoreServices } from '../services'
import { createGuardHandlers } from './guard-handlers'
import { createGuardService, type GuardService } from './guard-service'
import { createElectronNotificationPort } from './notifications/electron-notifications'
import { createPlanHandlers } from './plans/plan-handlers'
import { createPlanService } from './plans/plan-service'
import { listReaders } from './plans/plan-readers'
import { sourceFromClient, type GuardSource } from './source'
import type { SiteService } from '../site/site-service'
import { createGuardSiteDb } from '../site/guard-site'
import { AlarmStore } from './alarms/alarm-store'
import { GuardSiteSwitch } from './site/guard-site-switch'
import { GuardSiteSync } from './site/guard-site-sync'
import { leaderProfileKey } from './site/leader-key'
import { effectiveRole, electionStance } from '../../shared/site/station-role'
import { SiteOutbox } from './site/site-outbox'

export { guardMigrations } from './alarms/alarm-store'

export interface GuardConnection {
  client(): ZkbioClient | ZkbioCore
  reportSuccess(): void
  reportFailure(error: unknown): void
  /** Status changes: when the server comes (back) online the workers poll at once. */
  onChange?(listener: (status: { state: string }) => void): () => void
}

/** Test-only: GATEHOUSE_TEST_POLL_MS=500 polls every 500 ms (never in a packaged app). */
function testPollOverride(isPackaged: boolean): number | undefined {
  const raw = process.env.GATEHOUSE_TEST_POLL_MS
  if (isPackaged || !raw) return undefined
  const ms = Number(raw)
  return Number.isFinite(ms) && ms >= 50 ? ms : undefined
}

export function createGuard(
  core: CoreServices,
  connection: GuardConnection,
  options: {
    focusWindow: () => void
    iconPath?: string
    isPackaged?: boolean
    operatorName?: () => string | null
    /** Names for events that carry only a pin (the reception's person directory). */
    personName?: (pin: string) => string | null
    /** Site mode: one poller per ZKBio server among the site's stations, alarms shared. */
    site?: SiteService
  },
): {
  service: GuardService
  /** Site mode's state for the guard (null when the app has no site service). */
  site: GuardSiteSwitch | null
  handlers: ReturnType<typeof createGuardHandlers> & ReturnType<typeof createPlanHandlers>
} {
  // One source per client: the client changes when the profile changes.
  let cached: { client: ZkbioClient | ZkbioCore; source: GuardSource } | null = null
  const source = (): GuardSource => {
    const client = connection.client()
    if (cached?.client !== client) {
      const settings = core.settings.get()
      const profile = settings.profiles.find((p) => p.id === settings.activeProfileId)
      cached = {
        client,
        source: sourceFromClient(client, profile ? `${profile.id}|${profile.url}` : 'default'),
      }
    }
    return cached.source
  }
  const override = testPollOverride(options.isPackaged ?? false)
  const pollIntervalMs = () => override ?? core.settings.get().polling.doorStateSeconds * 1000
  const siteSwitch = options.site ? guardSiteSwitch(core, options.site, pollIntervalMs) : null
  const service = createGuardService({
    db: core.db,
    settings: core.settings,
    audit: core.audit,
    emit: core.emit,
    source,
    notifications: createElectronNotificationPort(options.iconPath),
    openAlarm: (alarmId) => {
      options.focusWindow()
      core.emit('app.navigate', { path: alarmId === null ? '/guard/alarms' : `/guard/alarms/${alarmId}` })
    },
    connection,
    ...(options.operatorName ? { operatorName: options.operatorName } : {}),
    ...(options.personName ? { personName: options.personName } : {}),
    ...(override ? { pollIntervalOverrideMs: override } : {}),
    ...(siteSwitch ? { site: siteSwitch } : {}),
  })
  let lastState = ''
  connection.onChange?.((status) => {
    if (status.state === 'online' && lastState !== 'online' && lastState !== '') service.pollNow()
    lastState = status.state
  })
  powerMonitor.on('suspend', () => service.suspend())
  powerMonitor.on('resume', () => service.resume())
  const plans = createPlanService({
    db: core.db,
    userDataDir: core.userDataDir,
    audit: core.audit,
    operator: () => core.settings.get().operatorName || 'Operator',
  })
  return {
    service,
    site: siteSwitch,
    handlers: {
      ...createGuardHandlers(service),
      ...createPlanHandlers(plans, () => listReaders(connection.client())),
    },
  }
}

/**
 * The guard's site mode follows the settings: on with a running site database and an active ZKBio
 * profile, one sync per (site database, server address, station name); off otherwise.
 */
function guardSiteSwitch(
  core: CoreServices,
  site: SiteService,
  pollIntervalMs: () => number,
): GuardSiteSwitch {
  const ids = new WeakMap<object, number>()
  let nextId = 1
  return new GuardSiteSwitch(
    () => {
      const replication = site.replication()
      const settings = core.settings.get()
      const profile = settings.profiles.find((p) => p.id === settings.activeProfileId)
      if (!replication || !profile) return null
      if (!ids.has(replication)) ids.set(replication, nextId++)
      const profileKey = leaderProfileKey(profile.url)
      const station = site.stationName()
      const stance = electionStance(effectiveRole(settings.site))
      return {
        key: `${ids.get(replication)}|${profileKey}|${station}|${stance}`,
        create: () =>
          new GuardSiteSync({
            db: createGuardSiteDb({
              connection: () => site.connectionOptions(),
              pool: () => replication.pool(),
            }),
            profileKey,
            station,
            store: new AlarmStore(core.db),
            outbox: new SiteOutbox(core.db),
            pollIntervalMs,
            stance,
          }),
      }
    },
    {
      // Long enough to ride out a database restart; short enough that a booth is never blind for long.
      standaloneAfterMs: () => Math.max(30_000, pollIntervalMs() * 3),
      // A desk polls on its own during an outage only if it was the site's (fallback) poller: the
      // booths poll on their own anyway, and every desk joining them would multiply the server's load.
      standaloneFor: () => electionStance(effectiveRole(core.settings.get().site)),
    },
  )
}
