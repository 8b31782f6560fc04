/**
 * The site database keeps the leader's events for the retention only, as each station does with its
 * own: the leader deletes older ones (guard-service's hourly prune -> GuardSiteSync.pruneEvents). Real
 * parts: a private PostgreSQL cluster, the simulator, stations of tests/unit/guard-site/support. Found
 * by the endurance run in site mode: every event of a site was kept for ever, the site database grew
 * by the day without bound.
 */
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { SharedEvent } from '../../../electron/main/guard/site/guard-site-port'
import { SiteGuardStore } from '../../../electron/main/guard/site/site-guard-store'
import { migrateSiteSchema, siteMigrations } from '../../../electron/main/site/index'
import { usePostgresCluster } from '../../support/postgres-cluster'
import { createSiteRig, type SiteRig } from './support/site-rig'

const cluster = usePostgresCluster({ beforeAll, afterAll })
let rig: SiteRig | null = null
afterEach(async () => {
  await rig?.close()
  rig = null
})

const DAY = 86_400_000

function event(key: string, receivedAt: string): SharedEvent {
  return {
    key,
    stream: 'access',
    serverTime: '2026-12-01 10:00:00',
    receivedAt,
    eventNo: 0,
    eventLevel: 0,
    eventName: 'Normal verify open',
    pointName: 'Door 1',
    readerName: null,
    deviceName: null,
    deviceSn: null,
    areaName: null,
    pin: '1001',
    personName: 'Ann Example',
    cardNo: null,
    verifyMode: null,
    temperature: null,
    maskFlag: null,
    photoPath: null,
    alarmUid: null,
    recovered: false,
  }
}

async function eventually(probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!(await probe())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await new Promise((res) => setTimeout(res, 50))
  }
}

async function withAdmin<T>(database: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ ...cluster().connection, database })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

const keysOf = (database: string, profileKey: string) =>
  withAdmin(database, async (c) =>
    (
      await c.query<{ key: string }>(
        'SELECT key FROM site_guard_events WHERE profile_key = $1 ORDER BY key',
        [profileKey],
      )
    ).rows.map((r) => r.key),
  )

describe('site database: events kept for the retention only', () => {
  it('the leader deletes the events that arrived before the cutoff; newer ones and other servers stay', async () => {
    rig = await createSiteRig(cluster(), { pollMs: 300 })
    const r = rig
    await r.addStation('A')
    await r.addStation('B')
    const leader = await r.waitFor(() => r.leaders()[0], 8000, 'a leader')
    const follower = r.stations.find((s) => s !== leader)!
    const now = Date.now()
    const old = new Date(now - 40 * DAY).toISOString()
    const recent = new Date(now - 2 * DAY).toISOString()
    await withAdmin(r.database, async (c) => {
      await new SiteGuardStore(r.profileKey, 'A').writeEvents(c, [
        event('old-1', old),
        event('old-2', old),
        event('recent-1', recent),
      ])
      // Another ZKBio server's events on the same site: not this leader's to judge.
      await new SiteGuardStore('other-server', 'X').writeEvents(c, [event('other-old', old)])
    })
    const cutoff = new Date(now - 30 * DAY).toISOString()

    // A follower deletes nothing: the leader does it for the site.
    follower.sync.pruneEvents(cutoff)
    await follower.sync.settle()
    await new Promise((res) => setTimeout(res, 300))
    expect(await keysOf(r.database, r.profileKey)).toEqual(expect.arrayContaining(['old-1', 'old-2']))

    leader.sync.pruneEvents(cutoff)
    await eventually(
      async () => !(await keysOf(r.database, r.profileKey)).includes('old-1'),
      5000,
      'old events deleted',
    )
    const left = await keysOf(r.database, r.profileKey)
    expect(left).not.toContain('old-2')
    expect(left).toContain('recent-1')
    expect(await keysOf(r.database, 'other-server')).toEqual(['other-old'])
  }, 60_000)

  it('events stored before schema 101 (no arrival-time column) are deleted by the time in their JSON, in batches', async () => {
    const database = `site_upgrade_${Date.now()}`
    await withAdmin(cluster().database, (c) => c.query(`CREATE DATABASE ${database}`))
    const pool = new pg.Pool({ ...cluster().connection, database, max: 2 })
    pool.on('error', () => undefined)
    try {
      const before = siteMigrations.filter((m) => m.version <= 100)
      await migrateSiteSchema(pool, before, 'earlier')
      const legacy = [
        event('legacy-old-1', '2026-10-01T08:30:00.000Z'),
        event('legacy-old-2', '2026-10-02T08:30:00.000Z'),
        event('legacy-old-3', '2026-10-03T08:30:00.000Z'),
        event('legacy-recent', '2026-11-20T08:30:00.000Z'),
      ]
      for (const e of legacy)
        await pool.query(
          `INSERT INTO site_guard_events (profile_key, key, body, seq) VALUES ('p', $1, $2, nextval('site_guard_seq'))`,
          [e.key, JSON.stringify(e)],
        )
      const result = await migrateSiteSchema(pool, siteMigrations, 'now')
      expect(result.applied).toContain(101)
      const store = new SiteGuardStore('p', 'A')
      await withAdmin(database, async (c) => {
        // And one stored since, with its column.
        await store.writeEvents(c, [event('dated-old', '2026-10-05T08:30:00.000Z')])
        // Two rows a statement: every old row goes, over several statements.
        expect(await store.pruneEvents(c, '2026-11-01T00:00:00.000Z', 2)).toBe(4)
      })
      const left = await pool.query<{ key: string }>('SELECT key FROM site_guard_events')
      expect(left.rows.map((r) => r.key)).toEqual(['legacy-recent'])
    } finally {
      await pool.end()
    }
  }, 60_000)
})
