/**
 * The guard's site mode over `pg` (only electron/main/site/ imports the driver): the pooled sessions
 * of the site replication for the guard's reads and writes, a dedicated connection for LISTEN, and
 * one more per ZKBio server for its leader lock. The guard's logic lives in guard/site/.
 */
import type pg from 'pg'
import { pgDriver } from './pg-driver'
import { withPooledClient } from './pooled-client'
import { createLogger } from '../log'
import type { SiteGuardDb } from '../guard/site/guard-site-sync'
import { advisoryLockKey, candidateLockKey } from '../guard/site/leader-key'
import type { LeaderSession } from '../guard/site/leader-election'
import { SiteGuardStore, siteGuardEventTimeSql, siteGuardSchemaSql } from '../guard/site/site-guard-store'
import { clientConfig, type SiteConnectionOptions } from './site-connection'
import type { SiteMigration } from './site-schema'
import { translate } from '../i18n'

const log = createLogger('guard-site')

export const guardSiteMigrations: SiteMigration[] = [
  {
    version: 100,
    name: 'guard alarms, events and boards',
    async up(client) {
      await client.query(siteGuardSchemaSql)
    },
  },
  {
    version: 101,
    name: 'guard events kept for the retention only',
    async up(client) {
      await client.query(siteGuardEventTimeSql)
    },
  },
]

/**
 * A dead station must lose its lock quickly even when its machine vanished without closing the TCP
 * connection (power cut, cable): the server probes an idle connection after 5 s, every 2 s, 3 times.
 */
const KEEPALIVE = 'SET tcp_keepalives_idle = 5; SET tcp_keepalives_interval = 2; SET tcp_keepalives_count = 3'

export function createGuardSiteDb(options: {
  /** Read at every new dedicated connection (the password and a pinned certificate are read fresh). */
  connection: SiteConnectionOptions | (() => Promise<SiteConnectionOptions | null>)
  /** The replication's pool while connected (null during an outage). */
  pool: () => pg.Pool | null
}): SiteGuardDb {
  const dedicated = async (purpose: string) => {
    const connection =
      typeof options.connection === 'function' ? await options.connection() : options.connection
    if (!connection) throw new Error(translate('site.errors.off'))
    // Named in pg_stat_activity, so IT (and the tests) can tell the leader lock's connection apart.
    const { Client } = pgDriver()
    const client = new Client({
      ...clientConfig(connection),
      query_timeout: 5_000,
      application_name: `Gatehouse ${purpose}`.slice(0, 63),
    })
    // Until the owner hooks its own listener: an 'error' without one would crash main.
    client.on('error', (error) => log.debug('site connection error', { error: error.message }))
    await client.connect()
    return client
  }
  return {
    async withSession(fn) {
      const pool = options.pool()
      if (!pool) throw new Error(translate('site.errors.notReachable'))
      return withPooledClient(pool, fn)
    },
    async listen(channel, onNotify, onLost) {
      const client = await dedicated('guard listener')
      let closed = false
      const lost = (error: unknown) => {
        if (closed) return
        closed = true
        client.end().catch(() => undefined)
        onLost(error)
      }
      client.on('notification', (n) => onNotify(n.payload ?? ''))
      client.on('error', lost)
      client.on('end', () => lost(new Error('the site database closed the connection')))
      try {
        await client.query(`LISTEN ${channel}`)
      } catch (error) {
        closed = true
        await client.end().catch(() => undefined)
        throw error
      }
      return {
        close() {
          closed = true
          client.end().catch(() => undefined)
        },
      }
    },
    async leaderSession(profileKey, station): Promise<LeaderSession> {
      const client = await dedicated(`guard leader ${station}`.slice(0, 60))
      try {
        await client.query(KEEPALIVE)
      } catch (error) {
        await client.end().catch(() => undefined)
        throw error
      }
      const lockKey = advisoryLockKey(profileKey)
      const candidateKey = candidateLockKey(profileKey)
      let ended = false
      return {
        tryLock: () => SiteGuardStore.tryLock(client, lockKey),
        holdCandidacy: () => SiteGuardStore.holdShared(client, candidateKey),
        candidatePresent: () => SiteGuardStore.heldElsewhere(client, candidateKey),
        renewLease: (ms) => SiteGuardStore.renewLease(client, profileKey, station, ms),
        release: () => SiteGuardStore.release(client, profileKey, station, lockKey),
        destroy() {
          if (ended) return
          ended = true
          client.end().catch(() => undefined)
        },
        onLost(listener) {
          client.on('error', listener)
          client.on('end', () => listener(new Error('the site database closed the connection')))
        },
      }
    },
  }
}
