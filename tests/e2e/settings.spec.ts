/**
 * The Settings page end to end: general settings saved and kept across a restart (with the 10 s
 * polling warning), server profiles added through the wizard, switched and removed, tokens write-only.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { test, expect } from './fixtures'

let main: RunningSimulator
let second: RunningSimulator
test.beforeAll(async () => {
  ;[main, second] = await Promise.all([
    startSimulator({ port: 0, quiet: true }),
    startSimulator({ port: 0, quiet: true, token: 'second-server-token-41' }),
  ])
})
test.afterAll(async () => {
  await Promise.all([main.close(), second.close()])
})
const ownDirs: string[] = []
test.afterEach(() => {
  for (const dir of ownDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const indicator = (page: Page) => page.getByRole('status', { name: 'Server connection' })
const openSettings = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()

test('general settings are validated, warned about, saved and kept after a restart', async ({ launch }) => {
  // Our own folder: the harness deletes the one it makes when the app closes.
  const userDataDir = mkdtempSync(join(tmpdir(), 'gatehouse-settings-e2e-'))
  ownDirs.push(userDataDir)
  const app = await launch({ userDataDir, simulatorUrl: main.url, simulatorToken: main.token })
  const { page } = app
  // A configured app opens on Reception, not the wizard.
  await expect(page).toHaveURL(/#\/reception$/)
  await expect(indicator(page)).toContainText('Online')
  await openSettings(page)

  await page.getByLabel('Site name').fill('North depot')
  await page.getByLabel('Operator name').fill('Ana Silva')
  const door = page.getByLabel('Door state (seconds)')
  await door.fill('5')
  await door.blur()
  await expect(page.getByRole('note')).toContainText('Door state is polled every 5 s')
  await expect(page.getByRole('note')).toContainText('at most one call every 10 s')
  await page.getByText('A6 sheet').click()
  await expect(page.getByRole('radio', { name: 'A6 sheet' })).toBeChecked()
  await page.getByLabel('Badge printer').fill('Zebra ZD421')
  await page.getByLabel('Keep local records (days)').fill('90')
  await page.getByLabel('Keep local records (days)').blur()
  await page.getByRole('checkbox', { name: 'Check out visitors still on site at' }).check()
  await page.getByLabel('Automatic check-out time').fill('7pm')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'HH:mm' })).toBeVisible()
  await page.getByLabel('Automatic check-out time').fill('19:30')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Settings saved')).toBeVisible()

  const saved = await page.evaluate(() => window.gatehouse.settings.get())
  expect(saved).toMatchObject({
    ok: true,
    data: {
      general: {
        siteName: 'North depot',
        operatorName: 'Ana Silva',
        polling: { doorStateSeconds: 5 },
        badge: { layout: 'a6', printerName: 'Zebra ZD421' },
        retentionDays: 90,
        autoCheckoutAt: '19:30',
      },
      warnings: [{ field: 'polling.doorStateSeconds' }],
    },
  })
  // Main validates on its own: the renderer cannot store what the schema refuses.
  const refused = await page.evaluate(() => window.gatehouse.settings.update({ retentionDays: 0 }))
  expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })

  await app.close()
  const again = await launch({ userDataDir, simulatorUrl: main.url, simulatorToken: main.token })
  await openSettings(again.page)
  await expect(again.page.getByLabel('Site name')).toHaveValue('North depot')
  await expect(again.page.getByLabel('Door state (seconds)')).toHaveValue('5')
  await expect(again.page.getByRole('note')).toContainText('Door state is polled every 5 s')
  await expect(again.page.getByLabel('Automatic check-out time')).toHaveValue('19:30')
  expect(await again.main.errors()).toEqual([])
  await again.close()
})

test('what the administrator is typing in Settings survives a change saved meanwhile (the theme, from the header)', async ({
  launch,
}) => {
  const app = await launch({ simulatorUrl: main.url, simulatorToken: main.token })
  const { page } = app
  await openSettings(page)
  await page.getByLabel('Site name').fill('South gate')
  await page.getByLabel('Escalate unacknowledged critical alarms after (seconds)').fill('45')

  // The theme is a station setting too: main saves it and tells every page its settings changed.
  await page.getByRole('button', { name: 'Display', exact: true }).click()
  await page
    .getByRole('group', { name: 'Appearance and language of this screen' })
    .getByRole('radiogroup', { name: 'Theme' })
    .getByRole('radio', { name: 'Dark' })
    .check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.keyboard.press('Escape')

  // Nothing typed was thrown away, and Save writes it.
  await expect(page.getByLabel('Site name')).toHaveValue('South gate')
  await expect(page.getByLabel('Escalate unacknowledged critical alarms after (seconds)')).toHaveValue('45')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Settings saved')).toBeVisible()
  const saved = await page.evaluate(() => window.gatehouse.settings.get())
  expect(saved).toMatchObject({
    ok: true,
    data: { general: { siteName: 'South gate', notifications: { escalateAfterSeconds: 45 } } },
  })

  // Untouched, the form follows a change saved elsewhere (here: straight through main).
  await page.evaluate(() => window.gatehouse.settings.update({ siteName: 'East gate' }))
  await expect(page.getByLabel('Site name')).toHaveValue('East gate')
  expect(await app.main.errors()).toEqual([])
})

test('profiles: add a second server through the wizard, switch between them, remove one; tokens never come back', async ({
  launch,
}) => {
  const app = await launch({ simulatorUrl: main.url, simulatorToken: main.token, safeStorage: true })
  const { page } = app
  await expect(indicator(page)).toContainText('Online')
  await openSettings(page)
  const simulator = page.getByRole('listitem', { name: 'Server Simulator' })
  await expect(simulator).toContainText('In use')

  const storage = page.getByRole('status', { name: 'Token storage' })
  if (await storage.isVisible())
    await storage.getByRole('button', { name: 'Allow the encrypted file' }).click()

  await page.getByRole('button', { name: 'Add a server' }).click()
  await expect(page).toHaveURL(/#\/setup$/)
  await expect(page.getByRole('heading', { name: 'Add a ZKBio server' })).toBeVisible()
  await page.getByLabel('Profile name').fill('Annex')
  await page.getByLabel('Server address').fill(second.url)
  await page.getByLabel('API token').fill('second-server-token-41')
  await page.getByRole('button', { name: 'Test connection' }).click()
  await expect(page.getByText('Connection works')).toBeVisible()
  await page.getByRole('button', { name: 'Save and connect' }).click()

  await expect(page).toHaveURL(/#\/settings$/)
  const annex = page.getByRole('listitem', { name: 'Server Annex' })
  await expect(annex).toContainText('In use')
  await expect(indicator(page)).toHaveAttribute('title', /Annex/)
  await expect(indicator(page)).toContainText('Online')

  // Write-only: nothing the renderer can read carries a token.
  const everything = await page.evaluate(async () => [
    await window.gatehouse.settings.get(),
    await window.gatehouse.settings.listProfiles(),
    await window.gatehouse.connection.status(),
  ])
  const text = JSON.stringify(everything)
  expect(text).not.toContain('second-server-token-41')
  expect(text).not.toContain(main.token)
  expect(text).toContain('"hasToken":true')

  // Editing starts with an empty token field; leaving it empty keeps the stored token.
  await annex.getByRole('button', { name: 'Edit Annex' }).click()
  await expect(annex.getByLabel('API token')).toHaveValue('')
  await expect(annex.getByLabel('API token')).toHaveAttribute('placeholder', /leave empty to keep it/)
  await annex.getByLabel('Profile name').fill('Annex building')
  await annex.getByRole('button', { name: 'Save changes' }).click()
  const renamed = page.getByRole('listitem', { name: 'Server Annex building' })
  await expect(renamed).toBeVisible()

  await simulator.getByRole('button', { name: 'Use Simulator' }).click()
  await expect(simulator).toContainText('In use')
  await expect(indicator(page)).toHaveAttribute('title', /Simulator/)
  await expect(indicator(page)).toContainText('Online')

  await renamed.getByRole('button', { name: 'Remove Annex building' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click()
  await expect(renamed).toHaveCount(0)
  await expect(page.getByRole('listitem', { name: /^Server / })).toHaveCount(1)
  expect(await app.main.errors()).toEqual([])
  expect(app.pageErrors).toEqual([])
})
