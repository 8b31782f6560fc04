/// <reference lib="dom" />
/**
 * Site mode end to end: TWO app instances (two stations, each with its own user-data folder), one
 * simulator, one private PostgreSQL. Each station is switched to site mode through Settings like an
 * administrator does; a registration at the lobby desk appears in the dock desk's on-site list and
 * roll call with the lobby desk's name; with PostgreSQL stopped the lobby desk keeps registering
 * ("not yet shared"), and once PostgreSQL is back each record is in the site database exactly once
 * and on the other desk once.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import type { Page } from 'playwright'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { writeFakeVideo } from '../support/fake-video'
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster'
import { expect, test } from './fixtures'

let sim: RunningSimulator
let cluster: PostgresCluster
let hostPin: string
let videoDir: string
let video: string

test.beforeAll(async () => {
  ;[sim, cluster] = await Promise.all([startSimulator({ port: 0, quiet: true }), startPostgresCluster()])
  hostPin = (await sim.control.snapshot()).samplePins[0] as string
  videoDir = await mkdtemp(join(tmpdir(), 'gatehouse-site-video-'))
  video = await writeFakeVideo(join(videoDir, 'visitor.y4m'), { width: 640, height: 480 })
})
test.afterAll(async () => {
  await sim?.close()
  await cluster?.stop()
  if (videoDir) await rm(videoDir, { recursive: true, force: true })
})

async function siteRows(sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
  const client = new pg.Client(cluster.connection)
  await client.connect()
  try {
    return (await client.query(sql, params)).rows as Record<string, unknown>[]
  } finally {
    await client.end()
  }
}

async function joinSite(
  page: Page,
  stationName: string,
  role: 'Reception' | 'Guard' | 'Reception and guard',
) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  const section = page.getByRole('region', { name: 'Site database' })
  await expect(section).toBeVisible()
  await section.getByLabel('Station name').fill(stationName)
  await section.getByLabel('Station role').selectOption({ label: role })
  await section.getByLabel('Site database host').fill(cluster.host)
  await section.getByLabel('Site database port').fill(String(cluster.port))
  await section.getByLabel('Database name').fill(cluster.database)
  await section.getByLabel('Database user').fill(cluster.user)
  await section.getByLabel('Encryption (TLS)').selectOption({ label: 'No TLS (closed site network only)' })
  await section.getByRole('button', { name: 'Test site database connection' }).click()
  await expect(section.getByText(/Connected to PostgreSQL 1\d/)).toBeVisible({ timeout: 15_000 })
  await section.getByLabel(/Enable site mode/).check()
  await section.getByRole('button', { name: 'Save site database' }).click()
  await expect(section.getByText('Site database saved. Site mode is on.')).toBeVisible()
  const status = page.getByRole('region', { name: 'Station status' })
  await expect(status.getByTestId('site-database-state')).toHaveText(/^Reachable/, { timeout: 20_000 })
  await expect(page.getByRole('status', { name: 'Site database' })).toHaveText(/Site database connected/)
}

/** Registers a walk-in; with `photo`, the webcam photo is taken first and its base64 returned. */
async function register(page: Page, name: string, cert: string, photo = false): Promise<string | null> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reception' }).click()
  const form = page.getByRole('form', { name: 'Register a visitor' })
  await expect(form).toBeVisible()
  const host = form.getByRole('combobox', { name: 'Host (person visited)' })
  await host.focus()
  await page.keyboard.type(hostPin)
  await expect(page.getByRole('option').first()).toContainText(hostPin, { timeout: 20_000 })
  await page.keyboard.press('Enter')
  await form.getByLabel('ID document type').selectOption({ label: 'Passport' })
  await form.getByLabel('ID document number').fill(cert)
  await form.getByLabel('Visitor name').fill(name)
  await form.getByLabel('Reason for the visit').fill('Delivery')
  let photoBase64: string | null = null
  if (photo) {
    await form.getByRole('button', { name: 'Start camera' }).click()
    await form.getByRole('button', { name: 'Capture photo' }).click()
    const still = form.getByRole('img', { name: 'Captured visitor photo' })
    await expect(still).toBeVisible()
    photoBase64 = ((await still.getAttribute('src')) ?? '').replace(/^data:image\/jpeg;base64,/, '')
    expect(photoBase64.startsWith('/9j/')).toBe(true)
  }
  await form.getByLabel('Reason for the visit').press('Enter')
  const badge = page.getByRole('dialog', { name: 'Visitor badge' })
  await expect(badge).toBeVisible({ timeout: 20_000 })
  await page.keyboard.press('Escape')
  await expect(badge).toBeHidden()
  return photoBase64
}

async function onSiteRow(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reception' }).click()
  await page.getByRole('tab', { name: /On site/ }).click()
  return page.getByRole('row').filter({ hasText: name })
}

test('two stations share one site: visitors, roll call, station status, and an outage that loses nothing', async ({
  launch,
}) => {
  test.setTimeout(180_000)
  const env = { GATEHOUSE_TEST_SITE_HEARTBEAT_MS: '500' }
  const [lobby, dock] = await Promise.all([
    launch({ simulatorUrl: sim.url, simulatorToken: sim.token, env, fakeVideo: video }),
    launch({ simulatorUrl: sim.url, simulatorToken: sim.token, env }),
  ])
  await joinSite(lobby.page, 'Lobby desk', 'Reception')
  await joinSite(dock.page, 'Dock desk', 'Reception and guard')

  // Both stations are in the station list, each seen by the other.
  const stations = lobby.page.getByRole('table', { name: 'Stations of the site' })
  await expect(stations.getByRole('row').filter({ hasText: 'Dock desk' })).toBeVisible({ timeout: 20_000 })
  await expect(stations.getByRole('row').filter({ hasText: 'Lobby desk (this station)' })).toBeVisible()

  // A registration at the lobby appears at the dock with the lobby's name, and in its roll call with
  // the photo the lobby took.
  const cert = `SITE${Date.now().toString(36).toUpperCase()}`
  const photo = await register(lobby.page, 'Sara Shared', cert, true)
  const sharedRow = await onSiteRow(dock.page, 'Sara Shared')
  await expect(sharedRow).toBeVisible({ timeout: 10_000 })
  await expect(sharedRow.getByRole('cell', { name: 'Lobby desk' })).toBeVisible()
  await dock.page.getByRole('button', { name: 'Print roll call' }).click()
  await expect.poll(async () => (await dock.main.prints()).length, { timeout: 15_000 }).toBe(1)
  const [rollCall] = await dock.main.prints()
  expect(rollCall?.html).toContain('Sara Shared')
  expect(rollCall?.html).toContain('Lobby desk')
  expect(rollCall?.html).toContain(`<img src="data:image/jpeg;base64,${photo}"`)
  // The photo travelled as its own record, not inside the visit.
  const photoRecords = await siteRows(
    "SELECT COUNT(*)::int AS n FROM site_records r WHERE r.kind = 'visit-photo' AND r.id IN (SELECT id FROM site_records WHERE kind = 'visit' AND data->>'cert_number' = $1)",
    [cert],
  )
  expect(photoRecords).toEqual([{ n: 1 }])
  // The dock's on-site list shows it in the visit's details.
  await sharedRow.getByRole('button', { name: 'Details for Sara Shared' }).click()
  const shownPhoto = dock.page.getByRole('img', { name: 'Photo of Sara Shared' })
  await expect(shownPhoto).toBeVisible()
  expect(await shownPhoto.getAttribute('src')).toBe(`data:image/jpeg;base64,${photo}`)

  // The site database goes away: the lobby keeps registering, and says what is not yet shared.
  await cluster.stopServer()
  const outageCert = `${cert}OUT`
  try {
    await expect(lobby.page.getByRole('status', { name: 'Site database' })).toHaveText(/unreachable since/, {
      timeout: 20_000,
    })
    await register(lobby.page, 'Otto Outage', outageCert)
    await expect(lobby.page.getByRole('status', { name: 'Site database' })).toHaveText(/\d+ not yet shared/)
  } finally {
    await cluster.startServer()
  }
  await expect(lobby.page.getByRole('status', { name: 'Site database' })).toHaveText(
    /^Site database connected · Reception$/,
    {
      timeout: 30_000,
    },
  )
  // The dock reconnects on its own schedule: its attempts back off (to 15 s apart) while the database
  // is down, so it may come back some seconds after the lobby. Then it pulls the lobby's visit.
  await expect(dock.page.getByRole('status', { name: 'Site database' })).toHaveText(
    /^Site database connected/,
    {
      timeout: 30_000,
    },
  )
  const outageRow = await onSiteRow(dock.page, 'Otto Outage')
  await expect(outageRow).toHaveCount(1, { timeout: 20_000 })
  await expect(outageRow.getByRole('cell', { name: 'Lobby desk' })).toBeVisible()

  // Exactly once in the site database: one visit per registration, one audit entry of each.
  const visits = await siteRows(
    "SELECT data->>'cert_number' AS cert, COUNT(*)::int AS n FROM site_records WHERE kind = 'visit' AND data->>'cert_number' = ANY($1) GROUP BY 1 ORDER BY 1",
    [[cert, outageCert]],
  )
  expect(visits).toEqual([
    { cert, n: 1 },
    { cert: outageCert, n: 1 },
  ])
  // The outage registration's audit entry was shared too, once (keys are station id + row id).
  const [outageVisit] = await siteRows(
    "SELECT id FROM site_records WHERE kind = 'visit' AND data->>'cert_number' = $1",
    [outageCert],
  )
  const audits = await siteRows(
    "SELECT data->>'station' AS station, COUNT(*)::int AS n FROM site_records WHERE kind = 'audit' AND data->>'target' = $1 GROUP BY 1",
    [`visit:${String(outageVisit?.id)}`],
  )
  expect(audits).toEqual([{ station: 'Lobby desk', n: 1 }])
  // The dock's audit log shows the lobby's entries with the lobby's name.
  await dock.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click()
  await expect(
    dock.page
      .getByRole('row')
      .filter({ hasText: 'Lobby desk' })
      .filter({ hasText: 'registered a visitor' })
      .first(),
  ).toBeVisible({ timeout: 10_000 })
  expect(await lobby.main.errors()).toEqual([])
  expect(await dock.main.errors()).toEqual([])
})
