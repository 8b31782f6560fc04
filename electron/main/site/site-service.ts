import type pg from 'pg'
import { pgDriver } from './pg-driver'
import { stationNameOf } from '../app/station-name'
import type { SiteSettings, Settings } from '../../shared/settings'
import type { SiteLeader, SiteStation, SiteStatusView } from '../../shared/contract/site'
import type { CredentialService } from '../credentials/credential-service'
import type { Db } from '../db/database'
import type { EmitEvent } from '../ipc/event-sink'
import { createLogger } from '../log'
import type { SettingsService } from '../settings/settings-service'
import { siteMigrations, siteSharedKinds } from './index'
import { createLocalJournal, type LocalJournal } from './local-journal'
import { clientConfig, type SiteConnectionOptions } from './site-connection'
import {
  createSiteReplication,
  plainError,
  type AppliedChanges,
  type SiteReplication,
} from './site-replication'
import { encodeStoredMessage } from '../../shared/i18n/stored-message'
import { siteProblem } from './site-problem'
import { createSiteSecret, type SiteSecret } from './site-secret'
import { pgSslOptions, probeCertificate } from './site-tls'
import { translate } from '../i18n'
import { guardStationConnected } from '../../shared/site/station-role'

const log = createLogger('site')

/**
 * Site mode on this station: follows the settings (on, off, another database), runs the replication
 * (site-replication.ts) and tells the renderer how it goes ('site.statusChanged'). Other stations'
 * records land in the local tables; `onApplied` lets the domains refresh their screens.
 */
export interface SiteService {
  start(): void
  stop(): Promise<void>
  status(): Promise<SiteStatusView>
  stationName(): string
  secret: SiteSecret
  /** One connection with these (unsaved) settings: what happened, in plain words. */
  test(
    settings: SiteSettings,
    password: string | null,
  ): Promise<{ ok: boolean; message: string; fingerprint256: string | null }>
  onApplied(listener: (changes: AppliedChanges) => void): () => void
  /** The running replication (the guard's leader election uses its pool); null with site mode off. */
  replication(): SiteReplication | null
  /** The running site's connection settings, for the guard's own dedicated connections (LISTEN, lock). */
  connectionOptions(): Promise<SiteConnectionOptions | null>
  journal: LocalJournal
}

export interface SiteServiceDeps {
  db: Db
  settings: SettingsService
  credentials: CredentialService
  emit: EmitEvent
  appVersion: string
  /** Faster heartbeats for tests. */
  heartbeatMs?: number
}

export function createSiteService(deps: SiteServiceDeps): SiteService {
  const journal = createLocalJournal(deps.db, siteSharedKinds)
  const secret = createSiteSecret(deps.credentials)
  const appliedListeners = new Set<(c: AppliedChanges) => void>()
  let running: SiteReplication | null = null
  let runningKey = ''
  let runningSite: SiteSettings | null = null
  let stopChange: (() => void) | null = null
  // The station list and the leaders change without this station's status changing: republish.
  let refresher: ReturnType<typeof setInterval> | null = null

  const stationName = () => stationNameOf(deps.settings.get())
  const siteOf = (s: Settings) => s.site

  const connectionOptions = async (site: SiteSettings): Promise<SiteConnectionOptions> => {
    const password = await secret.get(site)
    return {
      host: site.host,
      port: site.port,
      database: site.database,
      user: site.user,
      ...(password ? { password } : {}),
      ssl: await pgSslOptions(site.tls, site.host, site.port),
      applicationName: `Gatehouse ${stationName()}`.slice(0, 63),
    }
  }

  const publish = () => {
    status().then(
      (view) => deps.emit('site.statusChanged', view),
      (error: unknown) => log.warn('could not publish the site status', { error }),
    )
  }

  const follow = async () => {
    const s = deps.settings.get()
    const site = siteOf(s)
    const want = site.enabled && site.host ? JSON.stringify([site, stationName()]) : ''
    if (want === runningKey) return
    const old = running
    running = null
    runningKey = want
    await old?.stop()
    if (!want) {
      journal.disable()
      publish()
      return
    }
    const replication = createSiteReplication({
      connection: () => connectionOptions(site),
      journal,
      migrations: siteMigrations,
      station: { name: stationName(), role: site.role },
      appVersion: deps.appVersion,
      ...(deps.heartbeatMs ? { heartbeatMs: deps.heartbeatMs } : {}),
    })
    replication.onStatus(() => publish())
    replication.onApplied((changes) => {
      for (const l of appliedListeners) l(changes)
    })
    running = replication
    runningSite = site
    replication.start()
  }

  const queryStations = async (pool: pg.Pool, selfUid: string): Promise<SiteStation[]> => {
    const { rows } = await pool.query<{
      uid: string
      name: string
      role: SiteStation['role']
      last_seen: Date
      app_version: string
    }>('SELECT uid, name, role, last_seen, app_version FROM site_stations ORDER BY name LIMIT 200')
    return rows.map((r) => ({
      name: r.name,
      role: r.role,
      lastSeen: r.last_seen.toISOString(),
      appVersion: r.app_version,
      self: r.uid === selfUid,
    }))
  }
  const queryLeaders = async (pool: pg.Pool): Promise<SiteLeader[]> => {
    const { rows } = await pool.query<{ profile_key: string; station: string; lease_until: Date }>(
      'SELECT profile_key, station, lease_until FROM site_leaders WHERE lease_until > now() ORDER BY profile_key LIMIT 50',
    )
    return rows.map((r) => ({
      profileKey: r.profile_key,
      station: r.station,
      leaseUntil: r.lease_until.toISOString(),
    }))
  }

  /**
   * A booth that missed three heartbeats is gone (a cut cable, a crash) as far as door alarms go.
   * Heartbeats carry the database's clock: measured against this station's own last heartbeat, so a
   * skewed computer clock changes nothing. Unknown (no station list: the database is away) is no warning.
   */
  const guardConnected = (stations: readonly SiteStation[]): boolean => {
    const self = stations.find((s) => s.self)
    if (!self) return true
    return guardStationConnected(stations, Date.parse(self.lastSeen), 3 * (deps.heartbeatMs ?? 5_000) + 2_000)
  }

  async function status(): Promise<SiteStatusView> {
    const site = siteOf(deps.settings.get())
    const base = running?.status()
    let stations: SiteStation[] = []
    let leaders: SiteLeader[] = []
    const pool = running?.pool()
    if (pool) {
      try {
        stations = await queryStations(pool, journal.stationUid())
        leaders = await queryLeaders(pool)
      } catch (error) {
        log.debug('could not read the station list', { error: plainError(error) })
      }
    }
    return {
      enabled: base?.enabled ?? false,
      reachable: base?.reachable ?? false,
      unreachableSince: base?.unreachableSince ?? null,
      lastError: base?.lastError ?? '',
      waiting: base?.waiting ?? 0,
      stationName: stationName(),
      role: site.role,
      stations,
      leaders,
      guardConnected: guardConnected(stations),
    }
  }

  return {
    start() {
      refresher = setInterval(() => {
        if (running) publish()
      }, deps.heartbeatMs ?? 5_000)
      refresher.unref?.()
      stopChange = deps.settings.onChange(
        () => void follow().catch((error) => log.error('site mode', { error })),
      )
      void follow().catch((error) => log.error('site mode', { error }))
    },
    async stop() {
      if (refresher) clearInterval(refresher)
      stopChange?.()
      runningKey = ''
      const old = running
      running = null
      await old?.stop()
    },
    status,
    stationName,
    secret,
    async test(site, password) {
      let fingerprint256: string | null = null
      if (!site.host) return { ok: false, message: translate('site.test.noHost'), fingerprint256 }
      try {
        if (site.tls.mode === 'fingerprint' || site.tls.mode === 'system' || site.tls.mode === 'ca') {
          fingerprint256 = await probeCertificate(site.host, site.port)
            .then((c) => c.fingerprint256)
            .catch(() => null)
        }
        const options = await connectionOptions(site)
        const { Client } = pgDriver()
        const client = new Client(clientConfig({ ...options, ...(password !== null ? { password } : {}) }))
        client.on('error', () => undefined)
        await client.connect()
        try {
          const version = await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")
          // Two steps: a query naming a missing table fails while it is planned.
          const exists = await client.query<{ t: string | null }>(
            "SELECT to_regclass('site_schema')::text AS t",
          )
          const schema = exists.rows[0]?.t
            ? await client.query<{ v: number | null }>('SELECT max(version) AS v FROM site_schema')
            : { rows: [{ v: null }] }
          const known = Math.max(...siteMigrations.map((m) => m.version))
          const have = schema.rows[0]?.v ?? null
          const tables =
            have === null
              ? translate('site.test.noTables')
              : have > known
                ? translate('site.test.tablesTooNew', { have, known })
                : translate('site.test.tablesAt', { have })
          return {
            ok: have === null || have <= known,
            message: translate('site.test.connected', {
              version: version.rows[0]?.v ?? '',
              user: site.user,
              tables,
            }),
            fingerprint256,
          }
        } finally {
          await client.end().catch(() => undefined)
        }
      } catch (error) {
        // Kept as its kind: the panel translates it and folds PostgreSQL's own text away.
        return { ok: false, message: encodeStoredMessage(siteProblem(error)), fingerprint256 }
      }
    },
    onApplied(listener) {
      appliedListeners.add(listener)
      return () => appliedListeners.delete(listener)
    },
    replication: () => running,
    connectionOptions: async () => (running && runningSite ? connectionOptions(runningSite) : null),
    journal,
  }
}
