/// <reference lib="dom" />
/**
 * The receptionist's day end to end through the harness (real main, preload, renderer) against the
 * simulator: a walk-in typed from an empty form with the keyboard, a reservation that arrives, a
 * check-out, a blocklisted visitor refused with the server's message at the right field, and a
 * registration made while the server is down that is sent once it is back, without a duplicate.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { expect, test } from './fixtures'

let sim: RunningSimulator
let hostPin: string
let counter = 0

test.beforeAll(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
  hostPin = (await sim.control.snapshot()).samplePins[0] as string
})
test.afterAll(async () => {
  await sim?.close()
})

const newCert = (prefix = 'RC'): string => `${prefix}${Date.now().toString(36).toUpperCase()}${++counter}`

async function serverVisits(cert: string, server: RunningSimulator = sim) {
  const snapshot = (await server.control.snapshot()) as unknown as {
    registrations: { certNum: string; endTime: string | null }[]
  }
  return snapshot.registrations.filter((r) => r.certNum === cert)
}

async function openReception(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reception' }).click()
  const form = page.getByRole('form', { name: 'Register a visitor' })
  await expect(form).toBeVisible()
  return form
}

/** Types a walk-in the way a receptionist does: keyboard only, Tab between fields, Enter to register. */
async function typeWalkIn(page: Page, visitor: { name: string; cert: string; company?: string }) {
  const form = page.getByRole('form', { name: 'Register a visitor' })
  const host = form.getByRole('combobox', { name: 'Host (person visited)' })
  await host.focus()
  await page.keyboard.type(hostPin)
  await expect(page.getByRole('option').first()).toContainText(hostPin, { timeout: 20_000 })
  await page.keyboard.press('Enter') // picks the highlighted host
  await expect(host).toHaveValue(new RegExp(`\\(${hostPin}\\)`))
  await page.keyboard.press('Tab')
  await expect(form.getByLabel('ID document type')).toBeFocused()
  await form.getByLabel('ID document type').selectOption({ label: 'Passport' })
  await page.keyboard.press('Tab')
  await expect(form.getByLabel('ID document number')).toBeFocused()
  await page.keyboard.type(visitor.cert)
  await page.keyboard.press('Tab')
  await expect(form.getByLabel('Visitor name')).toBeFocused()
  await page.keyboard.type(visitor.name)
  await page.keyboard.press('Tab')
  await page.keyboard.type(visitor.company ?? 'Acme Logistics')
  await page.keyboard.press('Tab')
  await expect(form.getByLabel('Phone')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(form.getByLabel('Reason for the visit')).toBeFocused()
  await page.keyboard.type('Meeting')
}

test('walk-in from an empty form, keyboard only: registered on the server, badge shown, listed on site', async ({
  launch,
}) => {
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
  const { page } = app
  const form = await openReception(page)
  // Defaults: now to the end of the day, visitor levels preselected.
  await expect(form.getByLabel('End (valid until)')).toHaveValue(/ 23:59$/)
  await expect(form.getByLabel('Number of visitors')).toHaveValue('1')

  const cert = newCert('WALK')
  await typeWalkIn(page, { name: 'Walter Inn', cert })
  const started = Date.now()
  await page.keyboard.press('Enter')
  const badge = page.getByRole('dialog', { name: 'Visitor badge' })
  await expect(badge).toBeVisible({ timeout: 20_000 })
  await expect(badge.getByRole('img', { name: 'Visitor QR code' })).toBeVisible({ timeout: 20_000 })
  test.info().annotations.push({ type: 'submit-to-QR-ms', description: String(Date.now() - started) })
  expect(await serverVisits(cert)).toHaveLength(1)
  await page.keyboard.press('Escape')
  await expect(badge).toBeHidden()

  // The form is empty again and ready for the next visitor.
  await expect(form.getByLabel('Visitor name')).toHaveValue('')
  await page.getByRole('tab', { name: /On site/ }).click()
  const row = page.getByRole('row').filter({ hasText: 'Walter Inn' })
  await expect(row).toBeVisible()
  await expect(row.getByText('On site', { exact: true })).toBeVisible()
  expect(await app.main.errors()).toEqual([])
})

test('a blocklisted visitor is refused with the server’s message at the ID number', async ({ launch }) => {
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
  const { page } = app
  const form = await openReception(page)
  const cert = newCert('BLOCK')
  await sim.control.blocklist('3', cert)
  await typeWalkIn(page, { name: 'Barred Visitor', cert })
  await page.keyboard.press('Enter')
  const certField = form.getByLabel('ID document number')
  await expect(
    form.getByText('This visitor is on the block list and cannot be registered. Call security.'),
  ).toBeVisible({
    timeout: 20_000,
  })
  await expect(certField).toHaveAttribute('aria-invalid', 'true')
  await expect(certField).toBeFocused()
  await expect(page.getByRole('dialog', { name: 'Visitor badge' })).toBeHidden()
  expect(await serverVisits(cert)).toHaveLength(0)
  // Nothing typed is lost: the form still holds the visitor.
  await expect(form.getByLabel('Visitor name')).toHaveValue('Barred Visitor')
})

test('check-out from the on-site list ends the visit on the server', async ({ launch }) => {
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
  const { page } = app
  await openReception(page)
  const cert = newCert('OUT')
  await typeWalkIn(page, { name: 'Leaving Soon', cert })
  await page.keyboard.press('Enter')
  const badge = page.getByRole('dialog', { name: 'Visitor badge' })
  await expect(badge).toBeVisible({ timeout: 20_000 })
  await page.keyboard.press('Escape')

  await page.getByRole('tab', { name: /On site/ }).click()
  await page.getByRole('button', { name: 'Check out Leaving Soon' }).click()
  await expect(page.getByText('Checked out.')).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('row').filter({ hasText: 'Leaving Soon' })).toHaveCount(0)
  const [visit] = await serverVisits(cert)
  expect(visit?.endTime).not.toBeNull()
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Today' })
  await expect(
    page.getByRole('row').filter({ hasText: 'Leaving Soon' }).getByText('Checked out', { exact: true }),
  ).toBeVisible()
})

test('a reservation is booked, then the visitor arrives and is registered with everything prefilled', async ({
  launch,
}) => {
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
  const { page } = app
  await openReception(page)
  await page.getByRole('tab', { name: 'Reservations' }).click()
  const booking = page.getByRole('form', { name: 'Book a visit' })
  await booking.getByRole('combobox', { name: 'Host (person visited)' }).fill(hostPin)
  await expect(page.getByRole('option').first()).toContainText(hostPin, { timeout: 20_000 })
  await page.keyboard.press('Enter')
  const cert = newCert('RES')
  await booking.getByLabel('Visitor name').fill('Reserved Rita')
  await booking.getByLabel('Company').fill('Booked Ltd')
  await booking.getByLabel('ID document type').selectOption({ label: 'Passport' })
  await booking.getByLabel('ID document number').fill(cert)
  await booking.getByLabel('Reason for the visit').fill('Interview')
  // From now to the end of today, in the server's clock.
  const now = (await sim.control.clock()).now
  await booking.getByLabel('Visit from').fill(`${now.slice(0, 10)}T${now.slice(11, 16)}`)
  await booking.getByLabel('Visit until').fill(`${now.slice(0, 10)}T23:59`)
  await booking.getByRole('button', { name: 'Book visit' }).click()
  await expect(page.getByText('Reservation booked for Reserved Rita')).toBeVisible({ timeout: 20_000 })
  const snapshot = (await sim.control.snapshot()) as unknown as { reservations: Record<string, string>[] }
  expect(snapshot.reservations.some((r) => Object.values(r).includes(cert))).toBe(true)

  await page.getByRole('button', { name: 'Arrived: Reserved Rita' }).click()
  const form = page.getByRole('form', { name: 'Register a visitor' })
  await expect(form.getByLabel('Visitor name')).toHaveValue('Reserved Rita')
  await expect(form.getByLabel('ID document number')).toHaveValue(cert)
  await expect(form.getByLabel('Company')).toHaveValue('Booked Ltd')
  await expect(form.getByLabel('Reason for the visit')).toHaveValue('Interview')
  await expect(form.getByRole('combobox', { name: 'Host (person visited)' })).toHaveValue(new RegExp(hostPin))
  await form.getByLabel('Visitor name').press('Enter')
  await expect(page.getByRole('dialog', { name: 'Visitor badge' })).toBeVisible({ timeout: 20_000 })
  expect(await serverVisits(cert)).toHaveLength(1)
  await page.keyboard.press('Escape')
  await page.getByRole('tab', { name: 'Reservations' }).click()
  await expect(page.getByRole('button', { name: 'Arrived: Reserved Rita' })).toHaveCount(0)
})

test('registered while the server is down: shown as waiting, sent when it is back, no duplicate', async ({
  launch,
}) => {
  // Its own simulator: switching a shared one off would break the tests running beside this one.
  const own = await startSimulator({ port: 0, quiet: true })
  const app = await launch({ simulatorUrl: own.url, simulatorToken: own.token })
  const { page } = app
  await openReception(page)
  // The host directory is a local cache: once synced, hosts are found with the server away.
  await expect(page.getByText(/[1-9][\d,]* people in the directory/)).toBeVisible({ timeout: 20_000 })
  await own.control.setOnline(false)
  try {
    const cert = newCert('DOWN')
    await typeWalkIn(page, { name: 'Patient Pat', cert })
    await page.keyboard.press('Enter')
    await expect(page.getByText('Patient Pat is saved on this computer')).toBeVisible({
      timeout: 30_000,
    })
    await expect(page.getByRole('dialog', { name: 'Visitor badge' })).toBeHidden()
    await page.getByRole('tab', { name: /On site/ }).click()
    const row = page.getByRole('row').filter({ hasText: 'Patient Pat' })
    await expect(row.getByText('Waiting for the server', { exact: true })).toBeVisible()
    expect(await serverVisits(cert, own)).toHaveLength(0)

    await own.control.setOnline(true)
    // Sent by itself once the server answers again (the list follows main's event).
    await expect(row.getByText('On site', { exact: true })).toBeVisible({ timeout: 45_000 })
    expect(await serverVisits(cert, own)).toHaveLength(1)
    // Another round finds nothing left to send.
    const again = await page.evaluate(() => window.gatehouse.reception.retryPending())
    expect(again).toEqual({ ok: true, data: { replayed: 0, remaining: 0 } })
    expect(await serverVisits(cert, own)).toHaveLength(1)
    await row.getByRole('button', { name: 'Reprint badge for Patient Pat' }).click()
    await expect(
      page.getByRole('dialog', { name: 'Visitor badge' }).getByRole('img', { name: 'Visitor QR code' }),
    ).toBeVisible({
      timeout: 20_000,
    })
  } finally {
    await app.close()
    await own.close()
  }
})

test('closing the app while the server is down loses nothing: the pending visit and the half-typed form come back', async ({
  launch,
}) => {
  const own = await startSimulator({ port: 0, quiet: true })
  const userDataDir = await mkdtemp(join(tmpdir(), 'gatehouse-reception-restart-'))
  try {
    const first = await launch({ simulatorUrl: own.url, simulatorToken: own.token, userDataDir })
    await openReception(first.page)
    await expect(first.page.getByText(/[1-9][\d,]* people in the directory/)).toBeVisible({ timeout: 20_000 })
    await own.control.setOnline(false)
    const cert = newCert('KEEP')
    await typeWalkIn(first.page, { name: 'Kept Karl', cert })
    await first.page.keyboard.press('Enter')
    await expect(first.page.getByText('Kept Karl is saved on this computer')).toBeVisible({ timeout: 30_000 })
    // The next visitor is half typed when the app is closed.
    const form = first.page.getByRole('form', { name: 'Register a visitor' })
    await form.getByLabel('Visitor name').fill('Half Typed Hanna')
    await form.getByLabel('Company').fill('Draft & Co')
    await first.page.waitForTimeout(800) // the draft is saved 300 ms after the last keystroke
    await first.close()

    const second = await launch({ simulatorUrl: own.url, simulatorToken: own.token, userDataDir })
    const again = await openReception(second.page)
    await expect(second.page.getByText('Restored the form you had not sent')).toBeVisible()
    await expect(again.getByLabel('Visitor name')).toHaveValue('Half Typed Hanna')
    // As typed, in the form the server accepts (& is refused, ＆ is not).
    await expect(again.getByLabel('Company')).toHaveValue('Draft ＆ Co')
    await second.page.getByRole('tab', { name: /On site/ }).click()
    const row = second.page.getByRole('row').filter({ hasText: 'Kept Karl' })
    await expect(row.getByText('Waiting for the server', { exact: true })).toBeVisible()
    expect(await serverVisits(cert, own)).toHaveLength(0)

    await own.control.setOnline(true)
    await expect(row.getByText('On site', { exact: true })).toBeVisible({ timeout: 45_000 })
    expect(await serverVisits(cert, own)).toHaveLength(1)
  } finally {
    await own.close()
    await rm(userDataDir, { recursive: true, force: true })
  }
})

test('a visitor past their end time is highlighted as an overstay', async ({ launch }) => {
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
  const { page } = app
  const form = await openReception(page)
  const cert = newCert('LATE')
  await typeWalkIn(page, { name: 'Overstaying Olaf', cert })
  // Valid for two more minutes only (the simulator runs on this machine's clock).
  const inTwoMinutes = await page.evaluate(() =>
    new Date(Date.now() + 2 * 60_000 - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16),
  )
  await form.getByLabel('End (valid until)').fill(inTwoMinutes)
  await form.getByLabel('Reason for the visit').press('Enter')
  await expect(page.getByRole('dialog', { name: 'Visitor badge' })).toBeVisible({ timeout: 20_000 })
  await page.keyboard.press('Escape')

  // Three hours later on the desk's clock.
  await page.clock.install({ time: Date.now() + 3 * 3_600_000 })
  await page.getByRole('tab', { name: /On site/ }).click()
  const row = page.getByRole('row').filter({ hasText: 'Overstaying Olaf' })
  await expect(row.getByText('Overstay', { exact: true })).toBeVisible()
  await expect(page.getByText(/\d+ visitors? stayed past (the|their) end time/)).toBeVisible()
})

test('visitor levels come from the server and the site default is preselected for the next visitor', async ({
  launch,
}) => {
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
  const { page } = app
  const form = await openReception(page)
  const levels = form.getByRole('group', { name: 'Visitor levels' })
  const lobby = levels.getByRole('checkbox', { name: 'Visitor Lobby' })
  await expect(lobby).toBeVisible()
  await lobby.check()
  await levels.getByRole('button', { name: 'Preselect these levels for every visitor' }).click()
  await expect(levels.getByText('These levels are now preselected for every new visitor.')).toBeVisible()

  const cert = newCert('LVL')
  await typeWalkIn(page, { name: 'Level Lena', cert })
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Visitor badge' })).toBeVisible({ timeout: 20_000 })
  await page.keyboard.press('Escape')
  // The fresh form for the next visitor starts with the site default.
  await expect(form.getByLabel('Visitor name')).toHaveValue('')
  await expect(lobby).toBeChecked()
  const settings = await page.evaluate(() => window.gatehouse.settings.get())
  expect(settings.ok && settings.data.general.badge.defaultVisitorLevelIds).toHaveLength(1)
})

test('a returning visitor is recognised by the ID document and the form is prefilled', async ({ launch }) => {
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
  const { page } = app
  const form = await openReception(page)
  const known = (await sim.control.snapshot()).visitors.find((v) => v.certType === '3')
  expect(known).toBeTruthy()
  await form.getByLabel('ID document type').selectOption({ label: 'Passport' })
  await form.getByLabel('ID document number').fill(known!.certNumber)
  await form.getByLabel('ID document number').press('Tab')
  await expect(form.getByText(/Returning visitor/)).toBeVisible({ timeout: 20_000 })
  await expect(form.getByLabel('Visitor name')).toHaveValue(`${known!.name} ${known!.lastName}`)
  await expect(form.getByLabel('Company')).toHaveValue(known!.company)
  await expect(form.getByLabel('Phone')).toHaveValue(known!.phone)
})
