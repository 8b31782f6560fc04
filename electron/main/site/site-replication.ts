import type pg from 'pg'
import { createLogger } from '../log'
import type { LocalJournal, RemoteRecord } from './local-journal'
import { createSiteConnection, type SiteConnection, type SiteConnectionOptions } from './site-connection'
import { pullChanges } from './site-puller'
import { pushOutbox } from './site-pusher'
import { migrateSiteSchema, type SiteMigration } from './site-schema'
import { translate } from '../i18n'
import { encodeStoredMessage, translateStored, type TranslateKey } from '../../shared/i18n/stored-message'
import { siteProblem } from './site-problem'

const log = createLogger('site')

export type StationRole = 'reception' | 'guard' | 'both'

export interface SiteStatus {
  /** Site mode is configured and running on this station. */
  enabled: boolean
  /** The site database answered the last time we asked. */
  reachable: boolean
  /** ISO time the site database stopped answering (null while reachable). */
  unreachableSince: string | null
  /**
   * The last failure ('' when none) as a stored message (shared/i18n/stored-message.ts): translated
   * where shown, with PostgreSQL's or Node's own text only as its technical detail.
   */
  lastError: string
  /** Local changes not yet written to the site database. */
  waiting: number
  schemaVersion: number | null
}

/** What other stations changed and this station just applied locally. */
export interface AppliedChanges {
  kinds: ReadonlySet<string>
  records: readonly RemoteRecord[]
}

export interface SiteReplicationOptions {
  /** Asked again at every (re)connection: the password and a pinned certificate are read fresh. */
  connection: SiteConnectionOptions | (() => Promise<SiteConnectionOptions>)
  journal: LocalJournal
  migrations: readonly SiteMigration[]
  station: { name: string; role: StationRole }
  appVersion: string
  /** Heartbeat period; also the safety-net catch-up period. */
  heartbeatMs?: number
  /** Longest wait between two reconnection attempts. */
  maxBackoffMs?: number
}

export interface SiteReplication {
  start(): void
  stop(): Promise<void>
  status(): SiteStatus
  onStatus(listener: (status: SiteStatus) => void): () => void
  /** Other stations' changes, after they were written into the local tables. */
  onApplied(listener: (changes: AppliedChanges) => void): () => void
  /** Push and pull now (after a local write; tests). Resolves when done or when the database is away. */
  syncNow(): Promise<void>
  /** The pool while connected (the guard's leader election uses it); null during an outage. */
  pool(): pg.Pool | null
  stationUid(): string
}

export function createSiteReplication(options: SiteReplicationOptions): SiteReplication {
  const { journal } = options
  const heartbeatMs = options.heartbeatMs ?? 5_000
  const maxBackoffMs = options.maxBackoffMs ?? 15_000
  const statusListeners = new Set<(s: SiteStatus) => void>()
  const appliedListeners = new Set<(c: AppliedChanges) => void>()
  let connection: SiteConnection | null = null
  let listener: pg.Client | null = null
  let running = false
  let connected = false
  let schemaVersion: number | null = null
  let unreachableSince: string | null = null
  let lastError = ''
  let backoffMs = 500
  let timer: ReturnType<typeof setTimeout> | null = null
  let syncing: Promise<void> | null = null
  let syncAgain = false

  const status = (): SiteStatus => ({
    enabled: running,
    reachable: connected,
    unreachableSince: connected ? null : unreachableSince,
    lastError,
    waiting: safeWaiting(),
    schemaVersion,
  })
  const safeWaiting = () => {
    try {
      return journal.waiting()
    } catch {
      return 0
    }
  }
  let lastPublished = ''
  const publish = () => {
    const s = status()
    const text = JSON.stringify(s)
    if (text === lastPublished) return
    lastPublished = text
    for (const l of statusListeners) l(s)
  }
  const announce = (records: RemoteRecord[]) => {
    if (!records.length) return
    const changes: AppliedChanges = { kinds: new Set(records.map((r) => r.kind)), records }
    for (const l of appliedListeners) {
      try {
        l(changes)
      } catch (error) {
        log.warn('a listener of shared changes failed', { error })
      }
    }
  }

  const schedule = (ms: number, task: () => void) => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(task, ms)
    timer.unref?.()
  }

  const lost = (error: unknown) => {
    const message = encodeStoredMessage(siteProblem(error))
    if (connected || !unreachableSince) {
      unreachableSince = new Date().toISOString()
      log.warn('site database unreachable; work continues locally', { error: plainError(error) })
    }
    connected = false
    lastError = message
    const old = listener
    listener = null
    old?.end().catch(() => undefined)
    // A fresh pool at the next attempt: its settings (password, pinned certificate) are read again.
    const oldConnection = connection
    connection = null
    void oldConnection?.close()
    publish()
    if (!running) return
    schedule(backoffMs, () => void connect())
    backoffMs = Math.min(backoffMs * 2, maxBackoffMs)
  }

  const connect = async () => {
    if (!running) return
    try {
      if (!connection) {
        const settings =
          typeof options.connection === 'function' ? await options.connection() : options.connection
        connection = createSiteConnection(settings)
      }
      const result = await migrateSiteSchema(connection.pool, options.migrations, options.appVersion)
      schemaVersion = result.version
      const site = await connection.pool.query<{ value: string }>(
        "SELECT value FROM site_meta WHERE key = 'site_id'",
      )
      // A site this station joins for the first time gets what the station already holds (its
      // visits, reservations, audit log), written once like any other change.
      if (journal.followSite(site.rows[0]?.value ?? '')) {
        const queued = journal.enqueueAll()
        if (queued) log.info('records of this station queued for the site database', { queued })
      }
      const client = await connection.dedicatedClient()
      client.on('notification', () => void syncNow())
      client.on('error', (error) => lost(error))
      client.on('end', () => {
        if (listener === client) lost(new Error('the site database closed the connection'))
      })
      await client.query('LISTEN site_records')
      if (!running) {
        await client.end().catch(() => undefined)
        return
      }
      listener = client
      connected = true
      unreachableSince = null
      lastError = ''
      backoffMs = 500
      log.info('site database connected', { schema: schemaVersion })
      await heartbeat()
      await syncNow()
      publish()
      nextHeartbeat()
    } catch (error) {
      if (isSchemaRefusal(error)) {
        // Not an outage: retrying will not help until this station is updated.
        connected = false
        lastError = encodeStoredMessage(siteProblem(error))
        unreachableSince = unreachableSince ?? new Date().toISOString()
        log.error('site database refused', { error: plainError(error) })
        publish()
        schedule(maxBackoffMs * 4, () => void connect())
        return
      }
      lost(error)
    }
  }

  const heartbeat = async () => {
    if (!connection) return
    await connection.pool.query(
      `INSERT INTO site_stations (uid, name, role, app_version, schema_version, started_at, last_seen)
       VALUES ($1, $2, $3, $4, $5, now(), now())
       ON CONFLICT (uid) DO UPDATE SET name = excluded.name, role = excluded.role,
         app_version = excluded.app_version, schema_version = excluded.schema_version, last_seen = now()`,
      [
        journal.stationUid(),
        options.station.name,
        options.station.role,
        options.appVersion,
        schemaVersion ?? 0,
      ],
    )
  }

  const tick = async () => {
    if (!running || !connected) return
    try {
      await heartbeat()
      await syncNow()
      nextHeartbeat()
    } catch (error) {
      lost(error)
    }
  }
  /**
   * Only while still connected: a sync that failed does not throw, it calls lost(), whose reconnection
   * timer shares `timer`; replacing it with a heartbeat (which returns at once when not connected) left
   * the station unreachable for good, until a restart.
   */
  const nextHeartbeat = () => {
    if (running && connected) schedule(heartbeatMs, tick)
  }

  const syncOnce = async () => {
    if (!connection || !connected) return
    const pushed = await pushOutbox(connection.pool, journal, options.station.name)
    const pulled = await pullChanges(connection.pool, journal)
    announce([...pushed.superseded, ...pulled])
  }

  /** One sync at a time; a request during one runs once more after it. */
  const syncNow = async (): Promise<void> => {
    if (syncing) {
      syncAgain = true
      return syncing
    }
    syncing = (async () => {
      try {
        do {
          syncAgain = false
          await syncOnce()
        } while (syncAgain && connected)
      } catch (error) {
        lost(error)
      } finally {
        syncing = null
        publish()
      }
    })()
    return syncing
  }

  return {
    start() {
      if (running) return
      running = true
      journal.enable(options.station.name)
      unreachableSince = new Date().toISOString()
      publish()
      void connect()
    },
    async stop() {
      running = false
      if (timer) clearTimeout(timer)
      timer = null
      const old = listener
      listener = null
      connected = false
      await old?.end().catch(() => undefined)
      await syncing?.catch(() => undefined)
      await connection?.close()
      connection = null
      publish()
    },
    status,
    onStatus(l) {
      statusListeners.add(l)
      return () => statusListeners.delete(l)
    },
    onApplied(l) {
      appliedListeners.add(l)
      return () => appliedListeners.delete(l)
    },
    syncNow,
    pool: () => (connected && connection ? connection.pool : null),
    stationUid: () => journal.stationUid(),
  }
}

function isSchemaRefusal(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'SITE_SCHEMA_TOO_NEW'
}

/**
 * A site-database failure in plain words, in the current language (a log line, a connection test's
 * answer). What main keeps for later (the status's last error) is `siteProblem`, stored, instead.
 */
export function plainError(error: unknown): string {
  return translateStored(siteProblem(error), translate as TranslateKey)
}
