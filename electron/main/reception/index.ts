/**
 * Reception's main-process services, built once at start-up:
 *
 *   const reception = createReceptionServices(core, connection, { printer })
 *   handlers = { ...handlers, ...reception.handlers }      // 'reception.*' channels
 *   createBadgeHandlers({ ..., visits: reception.visitLookup })
 *   app.on('before-quit', () => reception.stop())
 */
import { hostname } from 'node:os'
import type { Settings } from '../../shared/settings'
import { safeInterval } from '../app/safe-timer'
import { effectiveRole, runsDeskJob } from '../../shared/site/station-role'
import { bindingOf } from '../credentials/token-binding'
import type { CoreServices } from '../services'
import { createLogger } from '../log'
import type { ZkbioCore } from '../zkbio/core'
import type { ReceptionDeps } from './context'
import { createBlockListCheck } from './block-list-check'
import { createDraftStore } from './draft-store'
import { createFormOptions } from './form-options'
import { createHostDirectory, type HostDirectory } from './host-directory'
import { createHostPhotos } from './host-photos'
import { createOnSiteService } from './onsite-service'
import { createReplayWorker } from './pending-replay'
import { createReceptionHandlers, type ReceptionHandlers, type RollCallPrinter } from './reception-handlers'
import { createRegistrationService } from './registration-service'
import { createReservationService } from './reservation-service'
import { createReservationStore } from './reservation-store'
import { createServerVisitStore } from './server-visit-store'
import { createServerVisitSync } from './server-visit-sync'
import { applyRetention } from './retention'
import { createVisitLookup, type VisitLookup } from './visit-lookup'
import { createVisitStore, type ServerIdentity } from './visit-store'
import { describeWaiting } from './waiting-registrations'
import { createVisitorSearch } from './visitor-search'
import { zkbioReceptionServer } from './zkbio-reception-server'

export { receptionMigrations } from './migrations'
export type { VisitLookup } from './visit-lookup'
export type { ReceptionHandlers, RollCallPrinter } from './reception-handlers'

const log = createLogger('reception')

/** The active profile as the server pending registrations are bound to. */
export function activeServerIdentity(settings: Settings): ServerIdentity | null {
  const profile = settings.profiles.find((p) => p.id === settings.activeProfileId)
  if (!profile) return null
  return { profileId: profile.id, profileName: profile.name, url: profile.url, binding: bindingOf(profile) }
}
const RETENTION_EVERY_MS = 6 * 3_600_000
const RECONCILE_EVERY_MS = 5 * 60_000
/**
 * The server's visit history (visitors registered elsewhere) is read every few minutes: one paged
 * listing, never more often than the slowest polling interval the site chose allows.
 */
export function serverHistoryEveryMs(settings: Settings): number {
  const p = settings.polling
  const slowestPollMs =
    Math.max(p.doorStateSeconds, p.gateStateSeconds, p.accessEventsSeconds, p.gateEventsSeconds) * 1000
  return Math.max(RECONCILE_EVERY_MS, slowestPollMs)
}

/** The slice of the connection service reception uses. */
export interface ReceptionConnection {
  client(): ZkbioCore
  reportSuccess(): void
  reportFailure(error: unknown): void
  onChange?(listener: (status: { state: string }) => void): () => void
}

export interface ReceptionServices {
  handlers: ReceptionHandlers
  visitLookup: VisitLookup
  hosts: HostDirectory
  /** Runs the retention job now (also runs at start and every 6 hours). */
  applyRetention(): void
  /** Runs the end-of-day automatic check-out check now (it also runs every minute). */
  autoCheckoutNow(): Promise<number>
  /** Sends pending registrations now (tests, "Retry now"). */
  replayNow(): Promise<{ replayed: number; remaining: number }>
  stop(): void
}

export function createReceptionServices(
  core: Pick<CoreServices, 'db' | 'settings' | 'audit' | 'emit'>,
  connection: ReceptionConnection,
  options: { printer: RollCallPrinter; now?: () => Date; startWorkers?: boolean; station?: string },
): ReceptionServices {
  let cachedCore: ZkbioCore | null = null
  let cachedServer: ReturnType<typeof zkbioReceptionServer> | null = null
  const deps: ReceptionDeps = {
    server() {
      const client = connection.client()
      if (client !== cachedCore) {
        cachedCore = client
        cachedServer = zkbioReceptionServer(client)
      }
      return cachedServer as ReturnType<typeof zkbioReceptionServer>
    },
    settings: core.settings,
    audit: core.audit,
    emit: core.emit,
    reportSuccess: () => connection.reportSuccess(),
    reportFailure: (error) => connection.reportFailure(error),
    ...(options.now ? { now: options.now } : {}),
    serverIdentity: () => activeServerIdentity(core.settings.get()),
    station: options.station ?? hostname(),
  }

  const visits = createVisitStore(core.db)
  // Pending registrations from before they recorded their server: with a single profile there is
  // only one server they can have been typed for; otherwise they wait and say so.
  const settingsNow = core.settings.get()
  const onlyServer = settingsNow.profiles.length === 1 ? activeServerIdentity(settingsNow) : null
  if (onlyServer) {
    try {
      const adopted = visits.adoptUnassigned(onlyServer)
      if (adopted) log.info('pending registrations bound to the only server profile', { adopted })
    } catch (error) {
      log.error('could not bind older pending registrations to their server', { error })
    }
  }
  const waiting = () => {
    const s = core.settings.get()
    return describeWaiting(visits.pendingGroups(), s.profiles, activeServerIdentity(s), bindingOf)
  }
  const reservations = createReservationStore(core.db)
  const drafts = createDraftStore(core.db)
  const hosts = createHostDirectory(core.db, (status) => core.emit('reception.directoryChanged', status))
  const replay = createReplayWorker(deps, visits)
  const serverVisitStore = createServerVisitStore(core.db)
  const serverVisits = createServerVisitSync(deps, serverVisitStore)
  const onSite = createOnSiteService(deps, visits, { store: serverVisitStore, sync: serverVisits })
  const registration = createRegistrationService(deps, visits, reservations, drafts, () => {
    void replay.runOnce().catch((error) => log.error('replay failed', { error: String(error) }))
  })
  const reservationService = createReservationService(deps, reservations)

  const retention = (): void => {
    try {
      const result = applyRetention(core.db, core.settings.get().retentionDays, deps.now?.() ?? new Date())
      if (result.visitsDeleted + result.photosDeleted > 0)
        core.emit('reception.visitsChanged', { reason: 'retention' })
    } catch (error) {
      log.error('retention failed', { error: String(error) })
    }
  }

  const timers: ReturnType<typeof setInterval>[] = []
  const unsubscribers: (() => void)[] = []
  if (options.startWorkers !== false) {
    retention()
    replay.start()
    onSite.start()
    const refreshHosts = (): void => {
      try {
        void hosts.refresh(deps.server())
      } catch {
        // Not configured yet: the next period (or the Refresh button) tries again.
      }
    }
    const minutes = core.settings.get().polling.hostDirectoryMinutes
    // Empty (a first start, a start without the server) or older than the refresh period.
    const directoryStale = (): boolean => {
      const { count, lastSyncAt } = hosts.status()
      return count === 0 || !lastSyncAt || Date.now() - Date.parse(lastSyncAt) > minutes * 60_000
    }
    // Visitors leave through exit readers and other desks too, and arrive through other systems:
    // follow the server's visit history while the server answers (the connection says when it does).
    // A guard booth of a site leaves this to the desks (station-role.ts: runsDeskJob); its roll call
    // still asks the server afresh when opened.
    let reachable = true
    const deskJob = (): boolean => runsDeskJob(effectiveRole(core.settings.get().site), 'visitReconcile')
    const refreshServerHistory = (): void => {
      if (!reachable || !deskJob()) return
      serverVisits
        .refresh()
        .catch((error) => log.warn('server visit history failed', { error: String(error) }))
    }
    const reconcile = (): void => {
      if (!reachable || !deskJob()) return
      if (visits.list('onSite').some((v) => v.status === 'onSite')) {
        onSite.reconcile().catch((error) => log.warn('reconcile failed', { error: String(error) }))
      } else refreshServerHistory()
    }
    timers.push(
      safeInterval('host directory refresh', refreshHosts, minutes * 60_000),
      safeInterval('retention', retention, RETENTION_EVERY_MS),
      safeInterval('visit reconcile', reconcile, serverHistoryEveryMs(core.settings.get())),
    )
    const firstHistory = setTimeout(refreshServerHistory, 2_000)
    firstHistory.unref?.()
    timers.push(firstHistory)
    // First sync shortly after start, so the window is up before a big directory is fetched; unless
    // the list is fresh: the connection coming up (below) has synced it already, or the app restarted
    // within the period. It had synced again regardless: a site of 50,000 persons was fetched twice in
    // the first five seconds, the second pass taking main a second of CPU time and holding its event
    // loop for 310 ms at once (the list replaced and indexed) while the guard screen filled.
    const first = setTimeout(() => {
      if (directoryStale()) refreshHosts()
    }, 3_000)
    first.unref?.()
    timers.push(first)
    if (connection.onChange) {
      unsubscribers.push(
        connection.onChange((status) => {
          const wasReachable = reachable
          reachable = status.state !== 'offline'
          if (status.state !== 'online') return
          if (!wasReachable) refreshServerHistory()
          void replay.runOnce({ ignoreBackoff: true }).catch(() => {})
          // A first start without the server (or a new server profile) leaves the directory empty or old.
          if (directoryStale()) refreshHosts()
        }),
      )
    }
  }

  return {
    handlers: createReceptionHandlers({
      deps,
      hosts,
      visits,
      reservations,
      drafts,
      registration,
      reservationService,
      onSite,
      replay,
      formOptions: createFormOptions(deps),
      printer: options.printer,
      waiting,
      visitorSearch: createVisitorSearch(deps, visits),
      blockList: createBlockListCheck(deps),
      hostPhotos: createHostPhotos(deps),
      serverVisits,
    }),
    visitLookup: createVisitLookup(deps, visits),
    hosts,
    applyRetention: retention,
    autoCheckoutNow: () => onSite.autoCheckoutTick(),
    replayNow: () => replay.runOnce({ ignoreBackoff: true }),
    stop() {
      replay.stop()
      onSite.stop()
      for (const t of timers) clearInterval(t)
      for (const u of unsubscribers) u()
    },
  }
}
