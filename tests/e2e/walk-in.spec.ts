/// <reference lib="dom" />
/**
 * The walk-in desk at the usual reception PC (1366x768): one screen, no scrolling, keyboard first;
 * returning visitors found while typing; the block list checked as soon as the ID number is typed;
 * names as people write them; ID numbers masked in lists. Through the harness, against the simulator.
 */
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

const newCert = (prefix = 'WI'): string => `${prefix}${Date.now().toString(36).toUpperCase()}${++counter}`

async function openDesk(page: Page) {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reception' }).click()
  const form = page.getByRole('form', { name: 'Register a visitor' })
  await expect(form).toBeVisible()
  return form
}

async function pickHost(page: Page) {
  const form = page.getByRole('form', { name: 'Register a visitor' })
  const host = form.getByRole('combobox', { name: /Host \(person visited\)/ })
  await host.focus()
  await page.keyboard.type(hostPin)
  await expect(page.getByRole('option').first()).toContainText(hostPin, { timeout: 20_000 })
  await page.keyboard.press('Enter')
  await expect(host).toHaveValue(new RegExp(`\\(${hostPin}\\)`))
}

test('a walk-in on one screen at 1366x768: no scrolling, Register always visible, one Tab per date, first error focused', async ({
  launch,
}) => {
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
  const { page } = app
  const form = await openDesk(page)
  const register = form.getByRole('button', { name: 'Register visitor' })
  await expect(register).toBeInViewport({ ratio: 1 })
  await expect(form.getByRole('region', { name: 'Visitor photo' })).toBeInViewport()
  const scroll = () =>
    page.evaluate(() => {
      const main = document.querySelector('main') as HTMLElement
      return {
        page: main.scrollHeight - main.clientHeight,
        doc: document.documentElement.scrollHeight - innerHeight,
      }
    })
  expect(await scroll()).toEqual({ page: 0, doc: 0 })
  // Required fields are marked for people and for assistive technology.
  for (const name of [
    'ID document number',
    'Visitor name',
    'Reason for the visit',
    'Start',
    'End (valid until)',
  ])
    await expect(form.getByLabel(name, { exact: false }).first()).toHaveAttribute('aria-required', 'true')
  await expect(form.getByText('required', { exact: false })).toBeVisible()

  // Empty submit: the first field at fault in reading order gets the focus (the host).
  await register.click()
  await expect(form.getByRole('combobox', { name: /Host \(person visited\)/ })).toBeFocused()
  await expect(register).toBeInViewport({ ratio: 1 })

  // Keyboard only, counting Tab stops from the host to Register.
  await pickHost(page)
  let tabs = 0
  const press = async (text?: string) => {
    await page.keyboard.press('Tab')
    tabs++
    if (text !== undefined) await page.keyboard.type(text)
  }
  await press() // ID type (Passport by keyboard)
  await form.getByLabel('ID document type').selectOption({ label: 'Passport' })
  const cert = newCert()
  await press(cert)
  await press('Gráinne Ní Mháille')
  await press('Harbour Freight')
  await press('+353 1 555 0101')
  await press('Meeting')
  await press() // start: default now
  await expect(form.getByRole('textbox', { name: 'Start', exact: true })).toBeFocused()
  await expect(form.getByRole('textbox', { name: 'Start', exact: true })).toHaveValue(
    /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
  )
  await press() // end: default end of the day, ONE stop
  await expect(form.getByLabel('End (valid until)')).toBeFocused()
  await expect(form.getByLabel('End (valid until)')).toHaveValue(/ 23:59$/)
  await press()
  await expect(form.getByLabel('Number of visitors')).toBeFocused()
  while (!(await register.evaluate((el) => el === document.activeElement)) && tabs < 40) await press()
  test.info().annotations.push({ type: 'tab-stops-host-to-register', description: String(tabs) })
  expect(tabs).toBeLessThanOrEqual(20)
  expect(await scroll()).toEqual({ page: 0, doc: 0 })
  await page.screenshot({ path: test.info().outputPath('walk-in-1366x768.png') })

  await page.keyboard.press('Enter')
  const badge = page.getByRole('dialog', { name: 'Visitor badge' })
  await expect(badge).toBeVisible({ timeout: 20_000 })
  expect((await sim.control.snapshot()).visitors.some((v) => v.certNumber === cert)).toBe(true)
  await page.keyboard.press('Escape')
  await expect(badge).toBeHidden()

  // After a registration: one camera button, an Enter echo does not complain, the banner goes
  // as soon as the next visitor is typed.
  await expect(form.getByRole('button', { name: 'Start camera' })).toHaveCount(1)
  await form.getByLabel('Visitor name').focus()
  await page.keyboard.press('Enter')
  await expect(form.getByRole('alert')).toHaveCount(0)
  const banner = page.getByText('Gráinne Ní Mháille is registered.')
  await expect(banner).toBeVisible()
  await page.keyboard.type('N')
  await expect(banner).toBeHidden()
  expect(await app.main.errors()).toEqual([])
})

test('a returning visitor is found by name while typing, and the form filled from it', async ({ launch }) => {
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
  const { page } = app
  const form = await openDesk(page)
  // A visitor the server knows from an earlier visit (the simulator's past visitors).
  const known = (await sim.control.snapshot()).visitors[2] as {
    name: string
    lastName: string
    certNumber: string
    company: string
  }
  await form.getByLabel('Visitor name').fill(known.name)
  const matches = form.getByRole('region', { name: 'Returning visitors' })
  const use = matches.getByRole('button', { name: new RegExp(`^Use ${known.name} ${known.lastName}`) })
  await expect(use).toBeVisible({ timeout: 10_000 })
  // The list shows the ID number masked: the last four characters only.
  await expect(use).toHaveAccessibleName(new RegExp(`ID •+${known.certNumber.slice(-4)}$`))
  await expect(matches).not.toContainText(known.certNumber)
  await use.click()
  await expect(form.getByLabel('Visitor name')).toHaveValue(`${known.name} ${known.lastName}`)
  await expect(form.getByLabel('ID document number')).toHaveValue(known.certNumber)
  await expect(form.getByLabel('Company')).toHaveValue(known.company)
})

test('the block list is checked as soon as the ID number is typed, before anything else', async ({
  launch,
}) => {
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
  const { page } = app
  const form = await openDesk(page)
  const cert = newCert('BAR')
  await sim.control.blocklist('3', cert)
  const before = (await sim.control.snapshot()).registrations.length
  await form.getByLabel('ID document type').selectOption({ label: 'Passport' })
  await form.getByLabel('ID document number').fill(cert)
  await page.keyboard.press('Tab')
  const certField = form.getByLabel('ID document number')
  await expect(form.getByRole('alert').filter({ hasText: 'on the block list' })).toBeVisible({
    timeout: 10_000,
  })
  await expect(certField).toHaveAttribute('aria-invalid', 'true')
  // Nothing else was typed, and nobody was registered by the check.
  await expect(form.getByLabel('Visitor name')).toHaveValue('')
  expect((await sim.control.snapshot()).registrations.length).toBe(before)
  // A clear passport says so.
  await certField.fill(newCert('OK'))
  await page.keyboard.press('Tab')
  await expect(form.getByText('Not on the block list.')).toBeVisible({ timeout: 10_000 })
})

test('O’Brien as people write it: the apostrophe shown as ’ before sending, registered as such; ID masked in the list', async ({
  launch,
}) => {
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
  const { page } = app
  const form = await openDesk(page)
  await pickHost(page)
  await form.getByLabel('ID document type').selectOption({ label: 'Passport' })
  const cert = newCert('OB')
  await form.getByLabel('ID document number').fill(cert)
  await form.getByLabel('Visitor name').pressSequentially("Conor O'Brien")
  await expect(form.getByLabel('Visitor name')).toHaveValue('Conor O’Brien')
  await expect(form.getByRole('status').filter({ hasText: "' → ’" })).toBeVisible()
  await form.getByLabel('Company').fill('Acme')
  await form.getByLabel('Reason for the visit').fill('Meeting')
  await form.getByRole('button', { name: 'Register visitor' }).click()
  await expect(page.getByRole('dialog', { name: 'Visitor badge' })).toBeVisible({ timeout: 20_000 })
  const visitor = (await sim.control.snapshot()).visitors.find((v) => v.certNumber === cert)
  expect(visitor?.name).toBe('Conor O’Brien')
  await page.keyboard.press('Escape')

  await page.getByRole('tab', { name: /On site/ }).click()
  const row = page.getByRole('row').filter({ hasText: 'Conor O’Brien' })
  await expect(row).toContainText(`••••${cert.slice(-4)}`)
  await expect(row).not.toContainText(cert)
  await row.getByRole('button', { name: /Details for Conor O’Brien/ }).click()
  await expect(page.getByRole('region', { name: 'Visit details' })).toContainText(cert)
})
