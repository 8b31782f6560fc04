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
  },
): {
  service: GuardService
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
    handlers: {
      ...createGuardHandlers(service),
      ...createPlanHandlers(plans, () => listReaders(connection.client())),
    },
  }
}
