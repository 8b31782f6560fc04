/// <reference lib="dom" />
/**
 * The guard screen end to end, driven like a guard drives it: by role and accessible name in the REAL
 * built app (main, preload, renderer through the harness) against the simulator over HTTP, polling
 * every 300 ms (test-only override). One app launch for the whole file (serial): each step builds on
 * the one before (the history step searches for the remote opening of the first step).
 * Hardware effects are checked in the simulator (control API snapshot, request log); the audit log in
 * the app's own SQLite database and on the Audit log tab.
 */
import Database from 'better-sqlite3'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright'
import { launchGatehouse, type GatehouseApp } from '../harness/launcher'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { expect, test } from './fixtures'

test.describe.configure({ mode: 'serial' })

let sim: RunningSimulator
let app: GatehouseApp
let page: Page
/** Online doors with a door sensor, as the simulator seeded them. */
let doors: { id: string; name: string }[]

test.beforeAll(async ({ harnessBrowser }) => {
  sim = await startSimulator({ port: 0, quiet: true })
  app = await launchGatehouse({
    browser: harnessBrowser,
    simulatorUrl: sim.url,
    simulatorToken: sim.token,
    env: { GATEHOUSE_TEST_POLL_MS: '300' },
  })
  page = app.page
  await page.setViewportSize({ width: 1400, height: 900 })
  const snap = await sim.control.snapshot()
  doors = snap.doors.filter((d) => d.connect === '1' && d.hasSensor).map((d) => ({ id: d.id, name: d.name }))
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guard' }).click()
  await expect(page.getByRole('heading', { name: 'Guard station' })).toBeVisible()
  // The board is loaded once every door is listed.
  await expect(page.getByRole('heading', { name: /^Doors \(\d+ of \d+\)$/ })).toContainText(
    `of ${snap.doors.length})`,
    { timeout: 30_000 },
  )
})

test.afterAll(async () => {
  await app?.close()
  await sim?.close()
})

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) {
    await testInfo.attach('main-output.txt', { body: app.output(), contentType: 'text/plain' })
    await testInfo.attach('page-errors.txt', { body: app.pageErrors.join('\n'), contentType: 'text/plain' })
  }
})

interface AuditRow {
  at: string
  operator: string
  action: string
  target: string
  result: string
  detail: string
}

function auditRows(action: string): AuditRow[] {
  const db = new Database(join(app.userDataDir, 'gatehouse.db'), { readonly: true, fileMustExist: true })
  try {
    return db.prepare('SELECT * FROM audit_log WHERE action = ? ORDER BY id').all(action) as AuditRow[]
  } finally {
    db.close()
  }
}

async function simDoor(id: string) {
  return (await sim.control.snapshot()).doors.find((d) => d.id === id)!
}

async function commandRequests(path: string): Promise<number> {
  return (await sim.control.requests()).filter((r) => r.path === path).length
}

function tab(name: string): Locator {
  return page.getByRole('tablist', { name: 'Guard views' }).getByRole('tab', { name })
}

/** Narrows the door board to one door so its row is on screen, whatever the sort order. */
async function findDoor(name: string): Promise<void> {
  await tab('Doors').click()
  await page.getByLabel('Find a door').fill(name)
}

test('remote open: the confirmation names the door, cancel sends nothing, confirm opens the relay and is audited', async () => {
  const door = doors[0]!
  await findDoor(door.name)
  await sim.control.clearRequests()

  await page.getByRole('button', { name: `Open door ${door.name}` }).click()
  const dialog = page.getByRole('dialog', { name: `Open door: ${door.name}?` })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('Open for (seconds)')).toHaveValue('5')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await page.waitForTimeout(600) // two poll rounds: anything sent would be in the log by now
  expect(await commandRequests('/api/door/remoteOpenById')).toBe(0)
  expect((await simDoor(door.id)).relay).toBe('off')
  expect(auditRows('door.remoteOpen')).toEqual([])

  await page.getByRole('button', { name: `Open door ${door.name}` }).click()
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Open for (seconds)').fill('20')
  await dialog.getByRole('button', { name: 'Confirm open door' }).click()
  await expect(dialog.getByRole('status')).toHaveText(`Door "${door.name}" opened for 20 s.`)
  expect(await commandRequests('/api/door/remoteOpenById')).toBe(1)
  expect((await simDoor(door.id)).relay).toBe('open')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()

  // The board follows the relay through the door-state poll.
  await expect(page.getByLabel('Door board').getByRole('row', { name: new RegExp(door.name) })).toContainText(
    'Unlocked',
  )

  const rows = auditRows('door.remoteOpen')
  expect(rows).toHaveLength(1)
  expect(rows[0]).toMatchObject({ operator: expect.any(String), result: 'ok' })
  expect(rows[0]!.operator.length).toBeGreaterThan(0)
  expect(rows[0]!.target).toContain(door.name)
  expect(rows[0]!.target).toContain(door.id)

  await tab('Audit log').click()
  const entry = page.getByLabel('Audit log').getByRole('row', { name: /door\.remoteOpen/ })
  await expect(entry).toHaveCount(1)
  await expect(entry).toContainText(rows[0]!.operator)
  await expect(entry).toContainText(door.name)
  await expect(entry).toContainText('ok')
})

test('close a door and open a gate for exit', async () => {
  const door = doors[0]!
  await findDoor(door.name)
  await page.getByRole('button', { name: `Close door ${door.name}` }).click()
  const closeDialog = page.getByRole('dialog', { name: `Close door: ${door.name}?` })
  await closeDialog.getByRole('button', { name: 'Confirm close door' }).click()
  await expect(closeDialog.getByRole('status')).toHaveText(`Door "${door.name}" closed.`)
  expect((await simDoor(door.id)).relay).toBe('off')
  await closeDialog.getByRole('button', { name: 'Done' }).click()
  expect(auditRows('door.remoteClose')).toMatchObject([{ result: 'ok' }])

  const gate = (await sim.control.snapshot()).gates.find((g) => g.connect === '1')!
  await tab('Gates').click()
  await page.getByRole('button', { name: `Open gate ${gate.name} for exit` }).click()
  const gateDialog = page.getByRole('dialog', { name: `Open gate for exit: ${gate.name}?` })
  await gateDialog.getByRole('button', { name: 'Confirm open gate for exit' }).click()
  await expect(gateDialog.getByRole('status')).toHaveText(`Gate "${gate.name}" opened for exit.`)
  // Simulator relay codes: 1 = exit open, 2 = entry open.
  const simGate = (await sim.control.snapshot()).gates.find((g) => g.id === gate.id)!
  expect(simGate.relay).toBe('1')
  await gateDialog.getByRole('button', { name: 'Done' }).click()
  const audit = auditRows('gate.remoteOpen.exit')
  expect(audit).toHaveLength(1)
  expect(audit[0]).toMatchObject({ result: 'ok' })
  expect(audit[0]!.target).toContain(gate.name)
})

test('a forced door is queued; the notification click selects it; acknowledged with a comment in the UI', async () => {
  const door = doors[1]!
  await sim.control.trigger({ kind: 'forcedOpen', doorId: door.id })
  const queue = page.getByRole('list', { name: 'Open alarms' })
  const item = queue.getByRole('listitem', { name: `Forced open: ${door.name}` })
  await expect(item).toHaveCount(1)
  await expect(item).toContainText('critical')
  await expect(page.getByRole('heading', { name: 'Alarms (1)' })).toBeVisible()

  // The door board shows the alarm on that door too.
  await findDoor(door.name)
  await expect(page.getByLabel('Door board').getByRole('row', { name: new RegExp(door.name) })).toContainText(
    'Forced open',
  )

  await expect.poll(async () => (await app.main.notifications()).length).toBe(1)
  const notification = (await app.main.notifications())[0]!
  expect(String(notification.options.title)).toContain(door.name)
  const alarmId = await page.evaluate(async () => {
    const api = (
      window as unknown as {
        gatehouse: { guard: { listAlarms(p: object): Promise<{ data: { alarms: { id: number }[] } }> } }
      }
    ).gatehouse
    return (await api.guard.listAlarms({ status: 'open', limit: 10 })).data.alarms[0]!.id
  })
  await app.main.clickNotification(notification.index)
  await expect(page).toHaveURL(new RegExp(`#/guard/alarms/${alarmId}$`))
  await expect(item).toHaveAttribute('aria-current', 'true')

  await item.getByRole('button', { name: /^Acknowledge / }).click()
  const ack = page.getByRole('dialog', { name: 'Acknowledge alarm' })
  // An empty comment is refused in the dialog; nothing is sent.
  await ack.getByRole('button', { name: 'Acknowledge alarm' }).click()
  await expect(ack.getByRole('alert')).toContainText('audit log')
  await ack.getByLabel('Comment').fill('Checked on camera, contractor propped it open')
  await ack.getByRole('button', { name: 'Acknowledge alarm' }).click()
  await expect(ack).toBeHidden()
  await expect(item).toContainText('Checked on camera, contractor propped it open')
  await expect(item.getByRole('button', { name: /^Acknowledge / })).toHaveCount(0)

  const rows = auditRows('guard.alarm.acknowledge')
  expect(rows).toHaveLength(1)
  expect(rows[0]).toMatchObject({ result: 'ok', detail: 'Checked on camera, contractor propped it open' })
  expect(rows[0]!.target).toContain(door.name)

  // Closing the door clears the acknowledged alarm by itself: the queue empties.
  await sim.control.trigger({ kind: 'doorClose', doorId: door.id })
  await expect(item).toHaveCount(0)
  await expect(page.getByText('No open alarms.')).toBeVisible()
})

test('live feed: a triggered access event appears, filters by door and person, pause holds new events', async () => {
  const door = doors[2]!
  const other = doors[3]!
  const [pin] = (await sim.control.snapshot()).samplePins
  const [granted] = await sim.control.trigger({ kind: 'accessGranted', doorId: door.id, pin: pin! })
  await sim.control.trigger({ kind: 'accessGranted', doorId: other.id })
  await tab('Live events').click()
  const feed = page.getByLabel('Live event feed')
  const row = (text: string | RegExp) => feed.getByRole('row').filter({ hasText: text })
  await expect(row(door.name).filter({ hasText: granted!.eventName })).toHaveCount(1)
  await expect(row(other.name).first()).toBeVisible()

  await page.getByLabel('Filter by door').fill(door.name)
  await expect(row(other.name)).toHaveCount(0)
  await expect(row(door.name).first()).toBeVisible()
  await page.getByLabel('Filter by door').fill('')

  await page.getByLabel('Filter by person').fill(pin!)
  await expect(row(other.name)).toHaveCount(0)
  await expect(row(door.name).filter({ hasText: granted!.eventName })).toHaveCount(1)
  await page.getByLabel('Filter by person').fill('')

  await page.getByRole('button', { name: 'Pause' }).click()
  const shown = await feed.getByRole('row').count()
  const [held] = await sim.control.trigger({ kind: 'accessDenied', doorId: other.id })
  const resume = page.getByRole('button', { name: /^Resume \(\d+ new\)$/ })
  await expect(resume).toHaveText(/Resume \([1-9]\d* new\)/)
  expect(await feed.getByRole('row').count()).toBe(shown)
  await expect(row(held!.eventName)).toHaveCount(0)
  await resume.click()
  await expect(row(held!.eventName).filter({ hasText: other.name })).toHaveCount(1)
})

test('history: a door-name search finds the remote opening; Export CSV writes rows that parse', async () => {
  const door = doors[0]!
  await tab('History').click()
  await page.getByLabel('Door or gate name').fill(door.name)
  await page.getByRole('button', { name: 'Search' }).click()
  const results = page.getByLabel('Event history results')
  await expect(results.getByRole('row').filter({ hasText: 'Remote Opening' }).first()).toBeVisible()
  const rows = results.getByRole('row').filter({ hasText: door.name })
  expect(await rows.count()).toBeGreaterThanOrEqual(2) // the opening and the closing

  const filePath = join(mkdtempSync(join(tmpdir(), 'gatehouse-csv-')), 'door-events.csv')
  await app.main.queueDialogResponse('showSaveDialog', { canceled: false, filePath })
  await page.getByRole('button', { name: 'Export CSV' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Saved \d+ events to / })).toContainText(filePath)
  const records = parseCsv(readFileSync(filePath, 'utf8'))
  expect(records[0]).toEqual([
    'Time',
    'Event',
    'Level',
    'Door / gate',
    'Reader',
    'Device',
    'Device SN',
    'Area',
    'PIN',
    'Person',
    'Card',
    'Verification',
  ])
  const body = records.slice(1)
  expect(body.length).toBeGreaterThanOrEqual(2)
  for (const record of body) {
    expect(record).toHaveLength(12)
    expect(record[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    expect(record[3]).toContain(door.name)
  }
  expect(body.some((r) => r[1] === 'Remote Opening')).toBe(true)
  const saved = (await app.main.dialogs()).filter((d) => d.method === 'showSaveDialog')
  expect(saved).toHaveLength(1)
  expect(await app.main.errors()).toEqual([])
  expect(app.pageErrors).toEqual([])
})

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  const input = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      record.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++
      record.push(field)
      records.push(record)
      record = []
      field = ''
    } else field += c
  }
  if (field || record.length) {
    record.push(field)
    records.push(record)
  }
  return records
}

test('events arriving at the top of the live feed fill its rows in place: no row element moves, rows stay in order', async () => {
  await tab('Live events').click()
  const feed = page.getByRole('table', { name: 'Live event feed' })
  const door = doors[3]!
  // More events than the table has row elements, so that new ones push rows out at the bottom.
  for (let i = 0; i < 60; i++) await sim.control.trigger({ kind: 'accessGranted', doorId: door.id })
  await expect.poll(() => feed.getByRole('row').filter({ hasText: door.name }).count()).toBeGreaterThan(15)
  // Counting starts once the window is full (the table holds rows beyond its row elements): while it
  // was still filling, rows came in as new elements (a fresh clone's run counted 5).
  const body = feed.getByRole('rowgroup').nth(1)
  const beyondWindow = async () =>
    Number(await feed.getAttribute('aria-rowcount')) - 1 - (await body.getByRole('row').count())
  await expect.poll(beyondWindow).toBeGreaterThan(10)
  const elements = await body.getByRole('row').count()
  // Every element taken out of the table's body or put back into it, from now on (a moved element
  // is both: Blink rebuilds its styles and layout).
  await body.evaluate((el) => {
    const w = window as unknown as { rowMoves: number }
    w.rowMoves = 0
    new MutationObserver((records) => {
      for (const r of records) w.rowMoves += r.removedNodes.length + r.addedNodes.length
    }).observe(el, { childList: true })
  })
  const [denied] = await sim.control.trigger({ kind: 'accessDenied', doorId: door.id })
  const first = body.getByRole('row').first()
  await expect(first).toContainText(denied!.eventName)
  await expect(first).toHaveAttribute('aria-rowindex', '2')
  await sim.control.trigger({ kind: 'accessGranted', doorId: door.id })
  await expect(body.getByRole('row').nth(1)).toContainText(denied!.eventName)
  expect(await page.evaluate(() => (window as unknown as { rowMoves: number }).rowMoves)).toBe(0)
  expect(await body.getByRole('row').count()).toBe(elements)
  // The page order is the rows' order (a screen reader reads rows in page order).
  const indexes = await body
    .getByRole('row')
    .evaluateAll((list) => list.map((row) => Number(row.getAttribute('aria-rowindex'))))
  expect(indexes).toEqual(indexes.map((_, i) => indexes[0]! + i))
})
