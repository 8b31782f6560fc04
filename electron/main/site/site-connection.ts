import type pg from 'pg'
import { pgDriver } from './pg-driver'
import { createLogger } from '../log'

const log = createLogger('site')

/**
 * The connection to the site database (PostgreSQL): a small pool for queries and, apart from it, one
 * dedicated client that LISTENs (a pooled client goes back to the pool and would lose its LISTEN).
 * Only electron/main/site/ imports `pg`: the domains keep their synchronous SQLite stores, and the
 * replication layer (replication.ts) copies shared records between the two.
 */
export interface SiteConnectionOptions {
  host: string
  port: number
  database: string
  user: string
  /** From the OS keychain (site-secret.ts); never logged. */
  password?: string
  /** `false`: plain TCP (a site network). Otherwise options for tls.connect (see site-tls.ts). */
  ssl: false | pg.ConnectionConfig['ssl']
  /** Shown in pg_stat_activity, so a DBA sees which station holds a connection. */
  applicationName?: string
  /** Connection timeout; short, so an outage is noticed and reported quickly. */
  connectTimeoutMs?: number
}

export interface SiteConnection {
  pool: pg.Pool
  /** A new client that is not pooled (for LISTEN); the caller ends it. */
  dedicatedClient(): Promise<pg.Client>
  close(): Promise<void>
}

export function clientConfig(options: SiteConnectionOptions): pg.ClientConfig {
  return {
    host: options.host,
    port: options.port,
    database: options.database,
    user: options.user,
    password: options.password,
    ssl: options.ssl === false ? false : options.ssl,
    application_name: options.applicationName ?? 'Gatehouse',
    connectionTimeoutMillis: options.connectTimeoutMs ?? 3_000,
    // A query on a half-dead connection must fail, not hang the pusher forever.
    query_timeout: 15_000,
    keepAlive: true,
  }
}

export function createSiteConnection(options: SiteConnectionOptions): SiteConnection {
  const config = clientConfig(options)
  const { Pool, Client } = pgDriver()
  const pool = new Pool({ ...config, max: 4, idleTimeoutMillis: 30_000 })
  // An idle pooled client losing its server emits 'error' on the pool; unhandled it would crash main.
  pool.on('error', (error) => log.warn('site database connection lost', { error: error.message }))
  let closed = false
  return {
    pool,
    async dedicatedClient() {
      const client = new Client(config)
      client.on('error', (error) => log.warn('site database listener lost', { error: error.message }))
      await client.connect()
      return client
    },
    async close() {
      if (closed) return
      closed = true
      await pool.end().catch(() => undefined)
    },
  }
}
