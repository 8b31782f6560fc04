/**
 * Site mode for the guard, real parts only: three stations (each its own SQLite, guard service and
 * site connections), one simulator over HTTP, one private PostgreSQL cluster. One poller whatever the
 * number of stations; an alarm once everywhere; an acknowledgement anywhere ends it everywhere within
 * a second; the leader's loss hands polling over within two intervals, with no alarm lost or
 * duplicated.
 */
import pg from 'pg'
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest'
import { usePostgresCluster } from '../../support/postgres-cluster'
import { createSiteRig, type SiteRig, type SiteStation } from './support/site-rig'

const POLL_MS = 300
const cluster = usePostgresCluster({ beforeAll, afterAll })
let rig: SiteRig | null = null
afterEach(async () => {
  await rig?.close()
  rig = null
})

async function site(names: string[]): Promise<SiteRig> {
  rig = await createSiteRig(cluster(), { pollMs: POLL_MS })
  for (const n of names) await rig.addStation(n)
  const r = rig
  await r.waitFor(() => r.leaders().length === 1, 8000, 'a leader')
  // The leader's boards reached everyone.
  await r.waitFor(
    () => r.stations.every((s) => s.guard.snapshot().doors.length > 0),
    8000,
    'boards everywhere',
  )
  return r
}

async function sensorDoors(r: SiteRig) {
  const snap = await r.sim.control.snapshot()
  return snap.doors.filter((d: { connect: string; hasSensor: boolean }) => d.connect === '1' && d.hasSensor)
}

const openOf = (s: SiteStation, kind: string) => s.guard.snapshot().openAlarms.filter((a) => a.kind === kind)

/** Monitor sessions (their `timestamp`) and door-state reads the simulator saw since `from`. */
async function pollers(r: SiteRig, from: number) {
  const log = (await r.sim.control.requests()).slice(from)
  const sessions = new Set(
    log.filter((q) => q.path === '/api/transaction/monitor').map((q) => String(q.query.timestamp)),
  )
  return { sessions: sessions.size, doorReads: log.filter((q) => q.path === '/api/door/allDoorState').length }
}

describe('guard site mode', () => {
  it('one poller for three stations; an alarm once everywhere; an acknowledgement at B ends it at A within a second', async () => {
    const r = await site(['A', 'B', 'C'])
    const [leader] = r.leaders()
    const followers = r.stations.filter((s) => s !== leader)

    // One poller: one monitor session and one door read per interval, whatever the number of stations.
    const from = (await r.sim.control.requests()).length
    await new Promise((res) => setTimeout(res, 3000))
    const seen = await pollers(r, from)
    expect(seen.sessions).toBe(1)
    expect(seen.doorReads).toBeLessThanOrEqual(Math.ceil(3000 / POLL_MS) + 2)
    for (const f of followers) expect(f.guard.workerStatuses().every((w) => w.state === 'paused')).toBe(true)

    const door = (await sensorDoors(r))[0]!
    await r.sim.control.trigger({ kind: 'forcedOpen', doorId: door.id })
    await r.waitFor(
      () => r.stations.every((s) => openOf(s, 'forcedOpen').length === 1),
      5000,
      'alarm everywhere',
    )
    await new Promise((res) => setTimeout(res, 1000)) // more polls: still one alarm, one notification
    for (const s of r.stations) {
      expect(openOf(s, 'forcedOpen')).toHaveLength(1)
      expect(s.notifications.filter((n) => n.title.length > 0)).toHaveLength(1)
      expect(s.guard.snapshot().sound.ringing).toBe(true)
    }
    // The follower's board points at its own copy of the alarm.
    const b = followers[0]!
    const atB = openOf(b, 'forcedOpen')[0]!
    await r.waitFor(
      () => b.guard.snapshot().doors.find((d) => d.id === door.id)?.alarmId === atB.id,
      3000,
      'marker at B',
    )

    // Within a second is the requirement, and the delay is measured by tests/bench/guard-site-bench.ts
    // (p50/p95); here a loaded test machine gets slack so the test judges the behaviour, not the load.
    const SLACK_MS = 4000
    // Whichever station won the election is "A" here, and the first other one "B".
    b.guard.acknowledge(atB.id, `Camera checked at ${b.name}`)
    const a = leader!
    await r.waitFor(() => openOf(a, 'forcedOpen')[0]?.status === 'acknowledged', SLACK_MS, 'ack at A')
    await r.waitFor(() => a.notifications.every((n) => n.closed), SLACK_MS, 'A notification closed')
    await r.waitFor(() => a.sounds.at(-1)?.ringing === false, SLACK_MS, 'A sound stopped')
    const atA = openOf(a, 'forcedOpen')[0]!
    expect(atA).toMatchObject({
      acknowledgedBy: `Guard at ${b.name}`,
      ackComment: `Camera checked at ${b.name}`,
    })
  }, 60_000)

  it('a leader that loses the site database stops polling at once; a dead leader is replaced within two intervals; no alarm lost or doubled', async () => {
    const r = await site(['A', 'B', 'C'])
    const first = r.leaders()[0]!
    const doors = await sensorDoors(r)
    await r.sim.control.trigger({ kind: 'forcedOpen', doorId: doors[0]!.id })
    await r.waitFor(
      () => r.stations.every((s) => openOf(s, 'forcedOpen').length === 1),
      5000,
      'alarm everywhere',
    )

    // The leader's site connection is cut: it stops polling at once (no second poller meanwhile).
    const admin = new pg.Client({ ...cluster().connection, database: r.database })
    await admin.connect()
    await admin.query(
      `SELECT pg_terminate_backend(l.pid) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE l.locktype = 'advisory' AND l.granted AND a.application_name = $1`,
      [`Gatehouse guard leader ${first.name}`],
    )
    await admin.end()
    await r.waitFor(() => !first.sync.isLeader(), 500, 'the cut leader steps down')
    expect(first.guard.workerStatuses().every((w) => w.state === 'paused')).toBe(true)
    await r.waitFor(() => r.leaders().length === 1, 2 * POLL_MS + 1000, 'a leader again')

    // The leader dies (its process gone: connections dropped, nothing released).
    const dead = r.leaders()[0]!
    await dead.crash()
    await r.sim.control.trigger({ kind: 'duress', doorId: doors[1]!.id })
    // Two intervals is the requirement (measured by the site bench); slack for a loaded test machine.
    const next = await r.waitFor(() => r.leaders()[0], 2 * POLL_MS + 4000, 'takeover')
    expect(next).not.toBe(dead)

    const alive = r.stations.filter((s) => s.alive())
    await r.waitFor(() => alive.every((s) => openOf(s, 'duress').length === 1), 8000, 'duress everywhere')
    await new Promise((res) => setTimeout(res, 1500))
    expect(r.leaders()).toHaveLength(1)
    for (const s of alive) {
      expect(openOf(s, 'forcedOpen')).toHaveLength(1)
      expect(openOf(s, 'duress')).toHaveLength(1)
      expect(
        s.guard.listAlarms({ status: 'all', limit: 50 }).alarms.filter((x) => x.kind !== 'linkLost'),
      ).toHaveLength(2)
    }
  }, 60_000)

  it('an acknowledgement made while the site database is down is shared once it is back, exactly once', async () => {
    const r = await site(['A', 'B'])
    const [leader] = r.leaders()
    const b = r.stations.find((s) => s !== leader)!
    const door = (await sensorDoors(r))[2]!
    await r.sim.control.trigger({ kind: 'forcedOpen', doorId: door.id })
    await r.waitFor(
      () => r.stations.every((s) => openOf(s, 'forcedOpen').length === 1),
      5000,
      'alarm everywhere',
    )

    await cluster().stopServer()
    try {
      await r.waitFor(() => r.leaders().length === 0, 3000, 'nobody leads without the site database')
      b.guard.acknowledge(openOf(b, 'forcedOpen')[0]!.id, 'Checked during the outage')
      expect(b.sync.status().waiting).toBeGreaterThan(0)
    } finally {
      await cluster().startServer()
    }
    await r.waitFor(
      () => openOf(leader!, 'forcedOpen')[0]?.status === 'acknowledged',
      15_000,
      'ack at A after the outage',
    )
    await r.waitFor(() => b.sync.status().waiting === 0, 5000, 'outbox empty')
    await r.waitFor(() => r.leaders().length === 1, 5000, 'a leader again')
    const admin = new pg.Client({ ...cluster().connection, database: r.database })
    await admin.connect()
    const rows = await admin.query("SELECT body FROM site_guard_alarms WHERE body->>'kind' = 'forcedOpen'")
    await admin.end()
    expect(rows.rows).toHaveLength(1)
    expect(rows.rows[0].body).toMatchObject({
      status: 'acknowledged',
      ackComment: 'Checked during the outage',
    })
  }, 60_000)
})
