/// <reference lib="dom" />
/**
 * Guard site mode end to end: two and three REAL app instances (own main process, own userData), one
 * simulator, one private PostgreSQL. One poller whatever the number of stations; an alarm once on A
 * and on B; an acknowledgement in B's queue ends it on A (its notification closes, its sound stops)
 * within a second; killing the leader's process hands polling over within two intervals with no alarm
 * lost or doubled.
 */
import type { GuardSnapshot } from '../../electron/shared/contract/guard'
import type { GatehouseApp } from '../harness/launcher'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster'
import { expect, test } from './fixtures'
import { call, snapshot } from './support/page-api'

const POLL_MS = 500
let sim: RunningSimulator
let cluster: PostgresCluster

test.beforeAll(async () => {
  cluster = await startPostgresCluster()
})
test.afterAll(async () => {
  await cluster?.stop()
})
test.beforeEach(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
})
test.afterEach(async () => {
  await sim?.close()
})
const paused = (s: GuardSnapshot) => s.workers.every((w) => w.state === 'paused')

/** A station on the site database, with a name; waits until it shows the leader's doors. */
async function station(launch: (o?: object) => Promise<GatehouseApp>, name: string, database: string) {
  const app = await launch({
    simulatorUrl: sim.url,
    simulatorToken: sim.token,
    env: { GATEHOUSE_TEST_POLL_MS: String(POLL_MS) },
  })
  await app.page.setViewportSize({ width: 1366, height: 768 })
  await call(app.page, 'site', 'saveSettings', {
    settings: {
      enabled: true,
      host: cluster.host,
      port: cluster.port,
      database,
      user: cluster.user,
      tls: { mode: 'off' },
      role: 'guard',
    },
    stationName: name,
  })
  await expect
    .poll(async () => (await snapshot(app.page)).doors.length, { timeout: 30_000 })
    .toBeGreaterThan(0)
  return app
}

let databases = 0
const freshDatabase = () => `${cluster.database}_${process.pid}_${++databases}`
async function createDatabase(name: string) {
  const pg = (await import('pg')).default
  const admin = new pg.Client(cluster.connection)
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
}

/** Exactly one station polls, the others are paused: returns [leader, ...followers]. */
async function roles(apps: GatehouseApp[]): Promise<GatehouseApp[]> {
  let ordered: GatehouseApp[] = []
  await expect
    .poll(
      async () => {
        const snaps = await Promise.all(apps.map((a) => snapshot(a.page)))
        const leaders = apps.filter((_, i) => !paused(snaps[i]!))
        ordered = [...leaders, ...apps.filter((a) => !leaders.includes(a))]
        return leaders.length
      },
      { timeout: 20_000 },
    )
    .toBe(1)
  return ordered
}

async function monitorSessions(from: number): Promise<number> {
  const log = (await sim.control.requests()).slice(from)
  return new Set(
    log.filter((q) => q.path === '/api/transaction/monitor').map((q) => String(q.query.timestamp)),
  ).size
}

async function sensorDoors() {
  return (await sim.control.snapshot()).doors.filter((d) => d.connect === '1' && d.hasSensor)
}

const openOf = async (app: GatehouseApp, kind: string) =>
  (await snapshot(app.page)).openAlarms.filter((a) => a.kind === kind)

test(
  'an alarm shows once on A and B, and acknowledging it at B clears it on A within a second; one poller',
  { tag: '@timing' },
  async ({ launch }) => {
    test.setTimeout(120_000)
    const database = freshDatabase()
    await createDatabase(database)
    const a0 = await station(launch, 'Booth A', database)
    const b0 = await station(launch, 'Booth B', database)
    const [leader, follower] = await roles([a0, b0])
    const a = leader!
    const b = follower!

    // One poller: one monitor session over 3 s although two stations run.
    const from = (await sim.control.requests()).length
    await new Promise((r) => setTimeout(r, 3000))
    expect(await monitorSessions(from)).toBe(1)

    const [door] = await sensorDoors()
    await sim.control.trigger({ kind: 'forcedOpen', doorId: door!.id })
    for (const app of [a, b])
      await app.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guard' }).click()
    for (const app of [a, b])
      await expect.poll(async () => (await openOf(app, 'forcedOpen')).length, { timeout: 10_000 }).toBe(1)
    await new Promise((r) => setTimeout(r, 1500))
    for (const app of [a, b]) {
      expect(await openOf(app, 'forcedOpen')).toHaveLength(1)
      expect(
        (await app.main.notifications()).filter((n) => /Forced open/.test(String(n.options.title))),
      ).toHaveLength(1)
    }

    // B acknowledges in its queue, as a guard would.
    await b.page.goto(b.page.url().replace(/#.*$/, '#/guard/alarms'))
    const item = b.page
      .getByRole('list', { name: 'Open alarms' })
      .getByRole('listitem', { name: `Forced open: ${door!.name}` })
    await item.getByRole('button', { name: /^Acknowledge / }).click()
    const dialog = b.page.getByRole('dialog', { name: 'Acknowledge alarm' })
    await dialog.getByLabel('Comment').fill('Checked from booth B')
    const t0 = Date.now()
    await dialog.getByRole('button', { name: 'Acknowledge alarm' }).click()
    await expect
      .poll(async () => (await openOf(a, 'forcedOpen'))[0]?.status, { timeout: 1000, intervals: [20] })
      .toBe('acknowledged')
    const delay = Date.now() - t0
    console.log(`ack propagation B -> A (through the UI): ${delay} ms`)
    expect((await openOf(a, 'forcedOpen'))[0]).toMatchObject({ ackComment: 'Checked from booth B' })
    await expect
      .poll(async () => (await a.main.notifications()).every((n) => n.closed), { timeout: 1000 })
      .toBe(true)
    await expect.poll(async () => (await snapshot(a.page)).sound.ringing, { timeout: 1000 }).toBe(false)
  },
)

test('killing the leader hands polling over within two intervals, with no alarm lost or doubled', async ({
  launch,
}) => {
  test.setTimeout(150_000)
  const database = freshDatabase()
  await createDatabase(database)
  const apps = [
    await station(launch, 'Booth A', database),
    await station(launch, 'Booth B', database),
    await station(launch, 'Lobby', database),
  ]
  const [leader, ...others] = await roles(apps)
  const from = (await sim.control.requests()).length
  await new Promise((r) => setTimeout(r, 3000))
  expect(await monitorSessions(from)).toBe(1) // three stations, one poller

  const [d1, d2] = await sensorDoors()
  await sim.control.trigger({ kind: 'forcedOpen', doorId: d1!.id })
  for (const app of others)
    await expect.poll(async () => (await openOf(app, 'forcedOpen')).length, { timeout: 10_000 }).toBe(1)

  const t0 = Date.now()
  process.kill(leader!.pid, 'SIGKILL')
  await sim.control.trigger({ kind: 'duress', doorId: d2!.id }) // while nobody polls
  const [next] = await roles(others)
  const takeover = Date.now() - t0
  console.log(`leader failover (process killed): ${takeover} ms`)
  expect(takeover).toBeLessThan(2 * POLL_MS + 1500)
  expect(next).toBeTruthy()

  for (const app of others)
    await expect.poll(async () => (await openOf(app, 'duress')).length, { timeout: 15_000 }).toBe(1)
  await new Promise((r) => setTimeout(r, 2000))
  for (const app of others) {
    expect(await openOf(app, 'forcedOpen')).toHaveLength(1)
    expect(await openOf(app, 'duress')).toHaveLength(1)
  }
})
