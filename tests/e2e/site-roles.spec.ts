/// <reference lib="dom" />
/**
 * Station roles in site mode, end to end with two REAL app instances, one simulator and one private
 * PostgreSQL: a reception desk on its own warns that nobody watches the door alarms (and polls as the
 * fallback so the site is not blind); once a guard booth joins, the booth polls and the desk never does
 * while the booth lives; a forced door notifies the booth natively and rings there, the desk neither.
 * And the audit log page of one station shows another station's new entry live, without navigating.
 */
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
const polling = async (app: GatehouseApp) =>
  !(await snapshot(app.page)).workers.every((w) => w.state === 'paused')

let databases = 0
async function freshDatabase(): Promise<string> {
  const name = `${cluster.database}_roles_${process.pid}_${++databases}`
  const pg = (await import('pg')).default
  const admin = new pg.Client(cluster.connection)
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  return name
}

/** A station on the site database with a name and a role; waits until it shows the site's doors. */
async function station(
  launch: (o?: object) => Promise<GatehouseApp>,
  name: string,
  role: 'reception' | 'guard' | 'both',
  database: string,
) {
  const app = await launch({
    simulatorUrl: sim.url,
    simulatorToken: sim.token,
    env: { GATEHOUSE_TEST_POLL_MS: String(POLL_MS), GATEHOUSE_TEST_SITE_HEARTBEAT_MS: '500' },
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
      role,
    },
    stationName: name,
  })
  await expect
    .poll(async () => (await snapshot(app.page)).doors.length, { timeout: 30_000 })
    .toBeGreaterThan(0)
  return app
}

async function monitorSessions(from: number): Promise<number> {
  const log = (await sim.control.requests()).slice(from)
  return new Set(
    log.filter((q) => q.path === '/api/transaction/monitor').map((q) => String(q.query.timestamp)),
  ).size
}

const forcedOpenAlarms = async (app: GatehouseApp) =>
  (await snapshot(app.page)).openAlarms.filter((a) => a.kind === 'forcedOpen')
const forcedOpenNotices = async (app: GatehouseApp) =>
  (await app.main.notifications()).filter((n) => /Forced open/.test(String(n.options.title)))

test('a reception desk never polls while a guard booth lives, and gets no alarm notification or sound', async ({
  launch,
}) => {
  test.setTimeout(150_000)
  const database = await freshDatabase()

  // The desk alone: it polls as the fallback (the site is not blind) and warns nobody watches.
  const desk = await station(launch, 'Front desk', 'reception', database)
  await expect.poll(() => polling(desk), { timeout: 15_000 }).toBe(true)
  await desk.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  const deskStatus = desk.page.getByRole('region', { name: 'Station status' })
  const warning = deskStatus.getByRole('alert', {
    name: 'No guard station is connected; door alarms are not being watched.',
  })
  await expect(warning).toBeVisible({ timeout: 20_000 })
  await expect(desk.page.getByRole('status', { name: 'Site database' })).toHaveText(
    /Site database connected · Reception/,
  )

  // A guard booth joins: it takes the polling over, and the warning goes.
  const booth = await station(launch, 'Guard booth', 'guard', database)
  await expect
    .poll(async () => (await polling(booth)) && !(await polling(desk)), { timeout: 15_000 })
    .toBe(true)
  await expect(warning).toBeHidden({ timeout: 15_000 })
  await expect(booth.page.getByRole('status', { name: 'Site database' })).toHaveText(
    /Site database connected · Guard/,
  )

  // While the booth lives the desk never polls: sampled for many stand-back times, one monitor session.
  const from = (await sim.control.requests()).length
  for (let i = 0; i < 16; i++) {
    expect(await polling(desk)).toBe(false)
    await new Promise((r) => setTimeout(r, 250))
  }
  expect(await monitorSessions(from)).toBe(1)
  expect(await polling(booth)).toBe(true)

  // A forced door: both see the alarm; only the booth is told natively and rings.
  const [door] = (await sim.control.snapshot()).doors.filter((d) => d.connect === '1' && d.hasSensor)
  await sim.control.trigger({ kind: 'forcedOpen', doorId: door!.id })
  for (const app of [booth, desk])
    await expect.poll(async () => (await forcedOpenAlarms(app)).length, { timeout: 10_000 }).toBe(1)
  await expect.poll(async () => (await forcedOpenNotices(booth)).length, { timeout: 5_000 }).toBe(1)
  expect((await snapshot(booth.page)).sound.ringing).toBe(true)
  await new Promise((r) => setTimeout(r, 1500))
  expect(await forcedOpenNotices(desk)).toHaveLength(0)
  expect(await desk.main.notifications()).toHaveLength(0)
  expect((await snapshot(desk.page)).sound).toMatchObject({ ringing: false, enabled: false })
  // The desk's operator may still look at the guard's queue (operator roles decide what a person sees).
  await desk.page.goto(desk.page.url().replace(/#.*$/, '#/guard/alarms'))
  await expect(
    desk.page
      .getByRole('list', { name: 'Open alarms' })
      .getByRole('listitem', { name: `Forced open: ${door!.name}` }),
  ).toBeVisible({ timeout: 10_000 })
  expect(await polling(desk)).toBe(false)
  expect(await desk.main.errors()).toEqual([])
  expect(await booth.main.errors()).toEqual([])
})

test("the audit log page shows another station's new entry within seconds, without navigating", async ({
  launch,
}) => {
  test.setTimeout(120_000)
  const database = await freshDatabase()
  const booth = await station(launch, 'Guard booth', 'guard', database)
  const office = await station(launch, 'Security office', 'both', database)

  await office.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click()
  await expect(office.page.getByRole('heading', { name: 'Audit log' })).toBeVisible()
  const muted = office.page
    .getByRole('row')
    .filter({ hasText: 'Guard booth' })
    .filter({ hasText: 'muted the alarm sound' })
  await expect(muted).toHaveCount(0)

  // At the booth a guard mutes the sound for a drill: an audited action.
  const t0 = Date.now()
  await call(booth.page, 'guard', 'muteSound', { reason: 'Fire drill in the east wing', minutes: 5 })
  await expect(muted.first()).toBeVisible({ timeout: 8_000 })
  console.log(`audit entry from another station on the open page: ${Date.now() - t0} ms`)
  // The page was never left: still the audit log, nothing typed lost.
  expect(office.page.url()).toMatch(/#\/audit/)
  expect(await office.main.errors()).toEqual([])
})
