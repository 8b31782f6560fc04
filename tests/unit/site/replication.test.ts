import { randomBytes, randomUUID } from 'node:crypto'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createAuditLog } from '../../../electron/main/audit/audit-log'
import { openDatabase, type Db } from '../../../electron/main/db/database'
import { createReservationStore } from '../../../electron/main/reception/reservation-store'
import type { RegistrationRequest } from '../../../electron/main/reception/server-port'
import { createVisitStore, type NewVisit } from '../../../electron/main/reception/visit-store'
import { allMigrations } from '../../../electron/main/services'
import {
  createLocalJournal,
  createSiteReplication,
  migrateSiteSchema,
  siteMigrations,
  siteSharedKinds,
  SiteSchemaTooNewError,
  type LocalJournal,
  type SiteReplication,
} from '../../../electron/main/site/index'
import { withPooledClient } from '../../../electron/main/site/pooled-client'
import { pullChanges } from '../../../electron/main/site/site-puller'
import { usePostgresCluster } from '../../support/postgres-cluster'

/**
 * The replication layer against a real, private PostgreSQL (no mocked database): two stations, each
 * with its own SQLite journal and the real reception and audit stores.
 */
const cluster = usePostgresCluster({ beforeAll, afterAll })

interface Station {
  db: Db
  replication: SiteReplication
  visits: ReturnType<typeof createVisitStore>
  audit: ReturnType<typeof createAuditLog>
}
const stations: Station[] = []
afterEach(async () => {
  for (const s of stations.splice(0)) {
    await s.replication.stop()
    s.db.close()
  }
})

async function freshDatabase(): Promise<string> {
  const name = `site_${randomUUID().replace(/-/g, '').slice(0, 12)}`
  const admin = await siteClient()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  return name
}

function station(
  database: string,
  name: string,
  wrapJournal: (journal: LocalJournal) => LocalJournal = (j) => j,
): Station {
  const db = openDatabase(':memory:', allMigrations)
  const journal = wrapJournal(createLocalJournal(db, siteSharedKinds))
  const replication = createSiteReplication({
    connection: { ...cluster().connection, database, ssl: false },
    journal,
    migrations: siteMigrations,
    station: { name, role: 'reception' },
    appVersion: '0.0.0-test',
    heartbeatMs: 200,
    maxBackoffMs: 300,
  })
  const audit = createAuditLog(db, { actor: () => ({ id: 'op-1', name: 'Anna Novak' }), station: () => name })
  const s = { db, replication, visits: createVisitStore(db), audit }
  stations.push(s)
  return s
}

function visit(id: string): NewVisit {
  return {
    id,
    status: 'onSite',
    visitorPin: '800000099',
    visitorName: `Visitor ${id}`,
    company: 'Acme',
    phone: '',
    certType: 3,
    certNumber: `P-${id}`,
    hostPin: '1001',
    hostName: 'Host',
    hostDepartment: 'Sales',
    reason: 'Meeting',
    visitorCount: 1,
    startTime: '2026-01-01 09:00:00',
    validUntil: '2026-01-01 23:59:59',
    checkedInAt: new Date().toISOString(),
    cardNo: '',
    levelIds: [],
    clientRequestId: randomUUID(),
    reservationId: null,
  }
}

async function until(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 50))
  }
}

/**
 * A pool of the test's own on the site database. The outage test stops PostgreSQL, which terminates
 * every connection left, and pg-pool's end() resolves before its clients' sockets are closed: a
 * terminated idle client then emits 'error' on its pool, an uncaught exception without a listener,
 * which failed the outage test once (CI). The app's pools have theirs (site-connection.ts).
 */
function sitePool(database: string): pg.Pool {
  const pool = new pg.Pool({ ...cluster().connection, database })
  pool.on('error', () => undefined)
  return pool
}

/** A client of the test's own, with its 'error' listener for the same reason as sitePool's. */
async function siteClient(database?: string): Promise<pg.Client> {
  const client = new pg.Client({ ...cluster().connection, ...(database ? { database } : {}) })
  client.on('error', () => undefined)
  await client.connect()
  return client
}

async function siteQuery<T extends pg.QueryResultRow>(database: string, sql: string, params: unknown[] = []) {
  const client = await siteClient(database)
  try {
    return (await client.query<T>(sql, params)).rows
  } finally {
    await client.end()
  }
}

describe('site replication', () => {
  it("two stations see each other's visits and audit entries, with the station that wrote them", async () => {
    const database = await freshDatabase()
    const a = station(database, 'Lobby desk')
    const b = station(database, 'Dock desk')
    a.replication.start()
    b.replication.start()
    await until(() => a.replication.status().reachable && b.replication.status().reachable)

    a.visits.insert(visit('va'), null)
    a.audit.write({ action: 'reception.register', target: 'Visitor va', result: 'ok', detail: null })
    b.visits.insert(visit('vb'), null)
    await a.replication.syncNow()
    await b.replication.syncNow()

    await until(() => b.visits.get('va') !== null && a.visits.get('vb') !== null)
    expect(b.visits.get('va')?.visitorName).toBe('Visitor va')
    const row = b.db.prepare("SELECT station FROM reception_visits WHERE id = 'va'").get() as {
      station: string
    }
    expect(row.station).toBe('Lobby desk')
    await until(() => b.audit.list().some((e) => e.target === 'Visitor va'))
    expect(b.audit.list().find((e) => e.target === 'Visitor va')?.station).toBe('Lobby desk')

    // A check-out at B reaches A.
    b.visits.checkOut('va', 'manual')
    await b.replication.syncNow()
    await until(() => a.visits.get('va')?.status === 'checkedOut')
    expect(a.replication.status().waiting).toBe(0)
    expect(b.replication.status().waiting).toBe(0)
  })

  it('catches up in pages bounded by size: many photos arrive, never all in one answer', async () => {
    const database = await freshDatabase()
    const a = station(database, 'Lobby desk')
    a.replication.start()
    await until(() => a.replication.status().reachable)
    // Random bytes, as a real JPEG: the database's size of a record is after its own compression.
    const photos = Array.from({ length: 7 }, () => `/9j/${randomBytes(4500).toString('base64')}`)
    const jpeg = (i: number) => photos[i]!
    for (let i = 1; i <= 6; i++) a.visits.insert(visit(`pv${i}`), jpeg(i))
    await a.replication.syncNow()
    await until(() => a.replication.status().waiting === 0)

    // A desk that was away: its own journal, pulled directly with a 15 KB page budget.
    const db = openDatabase(':memory:', allMigrations)
    const journal = createLocalJournal(db, siteSharedKinds)
    const pool = sitePool(database)
    const pages: number[] = []
    const counting = {
      query: async (...args: Parameters<pg.Pool['query']>) => {
        const result = await (pool.query as (...a: unknown[]) => Promise<pg.QueryResult>)(...args)
        pages.push(result.rows.length)
        return result
      },
    } as unknown as pg.Pool
    try {
      await pullChanges(counting, journal, 500, 15_000)
      const visits = createVisitStore(db)
      for (let i = 1; i <= 6; i++) expect(visits.photo(`pv${i}`)).toBe(jpeg(i))
      // Each 6 KB photo record fits two to a page at most; the visits and the audit are small.
      expect(pages.length).toBeGreaterThan(3)
      expect(pages.at(-1)).toBe(0)
    } finally {
      await pool.end()
      db.close()
    }
  })

  it('shares the visitor photo as its own record: the other desk has it, even when it arrives first', async () => {
    const database = await freshDatabase()
    const a = station(database, 'Lobby desk')
    const b = station(database, 'Dock desk')
    a.replication.start()
    b.replication.start()
    await until(() => a.replication.status().reachable && b.replication.status().reachable)

    const jpeg = '/9j/' + 'A'.repeat(4000)
    a.visits.insert(visit('vp'), jpeg)
    await a.replication.syncNow()
    await until(() => b.visits.get('vp')?.hasPhoto === true)
    expect(b.visits.photo('vp')).toBe(jpeg)
    // The visit record itself does not carry the photo.
    const [shared] = await siteQuery<{ data: Record<string, unknown> }>(
      database,
      "SELECT data FROM site_records WHERE kind = 'visit' AND id = 'vp'",
    )
    expect(JSON.stringify(shared?.data)).not.toContain(jpeg)

    // A photo that reaches a desk before its visit (the visit changed again before it was pushed) is
    // kept, and the visit shows it once it arrives.
    const journal = createLocalJournal(b.db, siteSharedKinds)
    journal.apply(
      [
        {
          kind: 'visit-photo',
          id: 'early',
          origin: 'another-station',
          deleted: false,
          data: { visit_id: 'early', jpeg_base64: jpeg, stored_at: new Date().toISOString() },
          seq: 0,
        },
      ],
      0,
    )
    expect(b.visits.photo('early')).toBe(jpeg)
    expect(b.visits.get('early')).toBeNull()
    a.visits.insert(visit('early'), null)
    await a.replication.syncNow()
    await until(() => b.visits.get('early')?.hasPhoto === true)
  })

  it('keeps working during a site-database outage and writes each record exactly once after it', async () => {
    const database = await freshDatabase()
    const a = station(database, 'Lobby desk')
    const b = station(database, 'Dock desk')
    a.replication.start()
    b.replication.start()
    await until(() => a.replication.status().reachable && b.replication.status().reachable)

    await cluster().stopServer()
    try {
      for (let i = 0; i < 5; i += 1) {
        a.visits.insert(visit(`out-${i}`), null)
        a.audit.write({
          action: 'reception.register',
          target: `Visitor out-${i}`,
          result: 'ok',
          detail: null,
        })
      }
      a.visits.checkOut('out-0', 'manual')
      await a.replication.syncNow()
      await until(() => !a.replication.status().reachable)
      expect(a.replication.status().unreachableSince).not.toBeNull()
      expect(a.replication.status().waiting).toBe(10)
    } finally {
      await cluster().startServer()
    }
    await until(() => a.replication.status().reachable && a.replication.status().waiting === 0, 20_000)
    await until(() => b.visits.get('out-4') !== null, 20_000)

    const counts = await siteQuery<{ kind: string; n: string }>(
      database,
      "SELECT kind, COUNT(*) AS n FROM site_records WHERE id LIKE 'out-%' OR data->>'target' LIKE 'Visitor out-%' GROUP BY kind ORDER BY kind",
    )
    expect(counts).toEqual([
      { kind: 'audit', n: '5' },
      { kind: 'visit', n: '5' },
    ])
    expect(b.visits.get('out-0')?.status).toBe('checkedOut')
    const bAudit = b.audit.list().filter((e) => e.target.startsWith('Visitor out-'))
    expect(bAudit).toHaveLength(5)
    // Room for its own waits: stopping and starting PostgreSQL on a loaded machine takes seconds each.
  }, 90_000)

  it('reconnects after a sync fails between two heartbeats (the outage struck after the heartbeat)', async () => {
    const database = await freshDatabase()
    // The sync after a heartbeat fails once, as when PostgreSQL goes away between the two queries.
    let failNextSync = false
    const a = station(database, 'Lobby desk', (journal) => ({
      ...journal,
      nextBatch: (size) => {
        if (failNextSync) {
          failNextSync = false
          throw new Error('Connection terminated unexpectedly')
        }
        return journal.nextBatch(size)
      },
    }))
    a.replication.start()
    await until(() => a.replication.status().reachable)
    failNextSync = true
    await until(() => !failNextSync && !a.replication.status().reachable)

    // Its reconnection (backoff 500 ms) must not be replaced by the next heartbeat: it connects again
    // and what was written meanwhile reaches the site database.
    a.visits.insert(visit('after-failed-sync'), null)
    await until(() => a.replication.status().reachable && a.replication.status().waiting === 0, 10_000)
    const rows = await siteQuery<{ id: string }>(
      database,
      "SELECT id FROM site_records WHERE id = 'after-failed-sync'",
    )
    expect(rows).toEqual([{ id: 'after-failed-sync' }])
  })

  it('shares what a station held before joining; pending registrations stay with their own station', async () => {
    const database = await freshDatabase()
    const a = station(database, 'Lobby desk')
    const reservations = createReservationStore(a.db)
    const booked = reservations.add({
      hostPin: '1001',
      hostName: 'Host',
      hostDepartment: 'Sales',
      visitorName: 'Rita Reserved',
      certType: 3,
      certNumber: 'R-1',
      phone: '',
      company: 'Acme',
      reason: 'Audit',
      visitDate: '2026-12-04',
      visitEndDate: '2026-12-04',
    })
    a.visits.insert(visit('before'), null)
    // Waiting for the server, as a registration made while it was away is.
    a.visits.insert(
      { ...visit('waiting'), status: 'pending', visitorPin: null },
      null,
      {
        certNum: 'P-waiting',
      } as unknown as RegistrationRequest,
      {
        server: { profileId: 'p1', profileName: 'Main server', url: 'http://zkbio', binding: 'b' },
        station: 'Lobby desk',
        phase: 'queued',
      },
    )
    const b = station(database, 'Dock desk')
    a.replication.start()
    b.replication.start()
    await until(() => a.replication.status().reachable && a.replication.status().waiting === 0)
    await b.replication.syncNow()
    await until(() => b.visits.get('before') !== null && b.visits.get('waiting') !== null)
    expect(createReservationStore(b.db).get(booked.id)?.visitorName).toBe('Rita Reserved')
    // The dock desk sees the waiting visit, but never replays it: its queue stays empty.
    expect(b.visits.get('waiting')?.status).toBe('pending')
    expect(b.visits.pendingCount()).toBe(0)
    expect(a.visits.pendingCount()).toBe(1)
    const pending = await siteQuery<{ station: string; profile: string }>(
      database,
      "SELECT data->>'station' AS station, data->>'profile_name' AS profile FROM site_records WHERE kind = 'pending-registration' AND id = 'waiting'",
    )
    expect(pending).toEqual([{ station: 'Lobby desk', profile: 'Main server' }])
  })

  it('refuses, in plain words, a site database upgraded by a newer Gatehouse', async () => {
    const database = await freshDatabase()
    const pool = sitePool(database)
    try {
      const newer = [...siteMigrations, { version: 98, name: 'from the future', up: async () => undefined }]
      await migrateSiteSchema(pool, newer, '9.9.9')
      const error = await migrateSiteSchema(pool, siteMigrations, '1.0.0').catch((e: unknown) => e)
      expect(error).toBeInstanceOf(SiteSchemaTooNewError)
      expect((error as Error).message).toMatch(/upgraded by a newer Gatehouse \(9\.9\.9, site schema 98\)/)
      expect((error as Error).message).toMatch(/Update Gatehouse on this station/)
    } finally {
      await pool.end()
    }
  })

  it('a pooled connection the database cuts while in use fails its query, crashes nothing, and the pool goes on', async () => {
    const database = await freshDatabase()
    // No 'error' listener on this pool on purpose: while a client is checked out only
    // withPooledClient's listener stands between the cut and an uncaught exception (which vitest
    // reports as a failed run).
    const pool = new pg.Pool({ ...cluster().connection, database, max: 1 })
    try {
      const failure = await withPooledClient(pool, async (client) => {
        const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
        await siteQuery(database, 'SELECT pg_terminate_backend($1)', [rows[0]!.pid])
        return client.query('SELECT 1').then(
          () => null,
          (error: unknown) => error,
        )
      })
      expect(failure).toBeInstanceOf(Error)
      // The broken client was dropped: the next checkout is a new connection that works.
      const answer = await withPooledClient(pool, (client) => client.query<{ n: number }>('SELECT 2 AS n'))
      expect(answer.rows[0]!.n).toBe(2)
    } finally {
      await pool.end()
    }
  })

  it('applies each schema version once when stations connect at the same moment', async () => {
    const database = await freshDatabase()
    const pools = [0, 1, 2].map(() => sitePool(database))
    try {
      const results = await Promise.all(pools.map((p) => migrateSiteSchema(p, siteMigrations, '1.0.0')))
      expect(results.flatMap((r) => r.applied)).toEqual(siteMigrations.map((m) => m.version))
      const rows = await siteQuery<{ version: number }>(database, 'SELECT version FROM site_schema')
      expect(rows).toHaveLength(siteMigrations.length)
    } finally {
      await Promise.all(pools.map((p) => p.end()))
    }
  })
})
