/// <reference lib="dom" />
/**
 * Visitors registered on the ZKBio server by someone else (the simulator's control API stands for
 * ZKBio's own web UI or a kiosk) are on the on-site list and the evacuation roll call, labelled as
 * registered at the server; they leave when the server ends their visit, and a visitor registered at
 * this desk is never listed twice.
 */
import type { Page } from 'playwright'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { expect, test } from './fixtures'

let sim: RunningSimulator
let hostPin: string

test.beforeAll(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
  hostPin = (await sim.control.snapshot()).samplePins[0] as string
})
test.afterAll(async () => {
  await sim?.close()
})

const ELSEWHERE = 'ZKBio server (registered elsewhere)'

async function openOnSite(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reception' }).click()
  await page.getByRole('tab', { name: /On site/ }).click()
}

async function checkWithServer(page: Page) {
  await page.getByRole('button', { name: 'Check with server' }).click()
  await expect(page.getByTestId('server-history')).toHaveText(/Server visit history as of/, {
    timeout: 20_000,
  })
}

async function registerHere(page: Page, name: string, cert: string) {
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
  await form.getByLabel('Reason for the visit').fill('Meeting')
  await form.getByLabel('Reason for the visit').press('Enter')
  const badge = page.getByRole('dialog', { name: 'Visitor badge' })
  await expect(badge).toBeVisible({ timeout: 20_000 })
  await page.keyboard.press('Escape')
  await expect(badge).toBeHidden()
}

test('a visitor registered on the server elsewhere is on the list and the roll call until the server ends the visit; ours once', async ({
  launch,
}) => {
  test.setTimeout(120_000)
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
  const { page } = app
  const stamp = Date.now().toString(36).toUpperCase()
  const elsewhereCert = `ELSE${stamp}`
  await sim.control.registerVisit({
    certNumber: elsewhereCert,
    name: 'Selma Server',
    company: 'Kiosk Company',
  })
  const ownCert = `DESK${stamp}`
  await registerHere(page, 'Dana Desk', ownCert)

  await openOnSite(page)
  await checkWithServer(page)
  const row = page.getByRole('row').filter({ hasText: 'Selma Server' })
  await expect(row).toHaveCount(1)
  await expect(row.getByRole('cell', { name: ELSEWHERE })).toBeVisible()
  await expect(row.getByRole('cell', { name: 'Kiosk Company' })).toBeVisible()
  await expect(row.getByRole('button', { name: 'Check out Selma Server' })).toBeVisible()
  // No badge to reprint for a visit this desk did not register.
  await expect(row.getByRole('button', { name: /Reprint/ })).toHaveCount(0)

  // Registered here: listed once, as this desk's, although the server lists it too.
  const own = page.getByRole('row').filter({ hasText: 'Dana Desk' })
  await expect(own).toHaveCount(1)
  await expect(own.getByRole('cell', { name: 'This desk' })).toBeVisible()

  // The roll call (asked afresh) has them, with the server as their desk.
  await page.getByRole('button', { name: 'Print roll call' }).click()
  await expect.poll(async () => (await app.main.prints()).length, { timeout: 20_000 }).toBe(1)
  const [rollCall] = await app.main.prints()
  expect(rollCall?.html).toContain('Selma Server')
  expect(rollCall?.html).toContain(ELSEWHERE)
  expect(rollCall?.html).toContain('Server visit history as of')
  expect(rollCall?.html.split('Dana Desk').length).toBe(2)

  // The server ends the visit (an exit reader): the next check with the server takes them off.
  await sim.control.endVisit(elsewhereCert)
  await checkWithServer(page)
  await expect(page.getByRole('row').filter({ hasText: 'Selma Server' })).toHaveCount(0)
  await expect(own).toHaveCount(1)
  expect(await app.main.errors()).toEqual([])
})

test('checking out a visitor registered elsewhere ends the visit on the server', async ({ launch }) => {
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
  const { page } = app
  const cert = `LEAVE${Date.now().toString(36).toUpperCase()}`
  await sim.control.registerVisit({ certNumber: cert, name: 'Lars Leaving' })
  await openOnSite(page)
  await checkWithServer(page)
  await page.getByRole('button', { name: 'Check out Lars Leaving' }).click()
  await expect(page.getByText('Checked out.')).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('row').filter({ hasText: 'Lars Leaving' })).toHaveCount(0)
  const snapshot = await sim.control.snapshot()
  expect(snapshot.registrations.find((r) => r.certNum === cert)?.endTime).not.toBeNull()
})
