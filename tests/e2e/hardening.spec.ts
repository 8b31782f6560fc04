/**
 * Hardening end to end (issue 10): what the person at the desk sees when a registration waits for
 * another site, and when the disk is full while saving settings (the typed values stay).
 */
import { execFileSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { test, expect } from './fixtures'

let siteA: RunningSimulator
let siteB: RunningSimulator
test.beforeAll(async () => {
  ;[siteA, siteB] = await Promise.all([
    startSimulator({ port: 0, quiet: true }),
    startSimulator({ port: 0, quiet: true, token: 'site-b-token-7731' }),
  ])
})
test.afterAll(async () => {
  await Promise.all([siteA.close(), siteB.close()])
})

const indicator = (page: Page) => page.getByRole('status', { name: 'Server connection' })
const openSettings = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()

/** A walk-in registered through the contract while site A is down (the reception form is another issue's). */
async function registerWhileDown(page: Page): Promise<string> {
  const certNumber = `E2E${Date.now()}`
  const outcome = await page.evaluate(async (cert) => {
    const pad = (n: number) => String(n).padStart(2, '0')
    const d = new Date()
    const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
    const result = await window.gatehouse.reception.registerVisitor({
      hostPin: '1001',
      hostName: 'Host One',
      visitorName: 'Waiting Wanda',
      certType: 3,
      certNumber: cert,
      phone: '',
      company: '',
      reason: 'Meeting',
      visitorCount: 1,
      startTime: `${day} ${pad(d.getHours())}:00:00`,
      endTime: `${day} 23:59:59`,
      photoBase64: null,
      clientRequestId: crypto.randomUUID(),
    })
    return result.ok ? result.data.outcome : result.error.message
  }, certNumber)
  expect(outcome).toBe('pending')
  return certNumber
}

test('a registration waiting for site A is never sent to site B, and Settings says who it waits for', async ({
  launch,
}) => {
  const app = await launch({ simulatorUrl: siteA.url, simulatorToken: siteA.token, safeStorage: true })
  const { page } = app
  await expect(indicator(page)).toContainText('Online')
  await siteA.control.setOnline(false)
  const certNumber = await registerWhileDown(page)

  // Site B added through the wizard and put in use.
  await openSettings(page)
  const storage = page.getByRole('status', { name: 'Token storage' })
  if (await storage.isVisible())
    await storage.getByRole('button', { name: 'Allow the encrypted file' }).click()
  await page.getByRole('button', { name: 'Add a server' }).click()
  await page.getByLabel('Profile name').fill('Site B')
  await page.getByLabel('Server address').fill(siteB.url)
  await page.getByLabel('API token').fill('site-b-token-7731')
  await page.getByRole('button', { name: 'Test connection' }).click()
  await expect(page.getByText('Connection works')).toBeVisible()
  await page.getByRole('button', { name: 'Save and connect' }).click()
  await expect(page.getByRole('listitem', { name: 'Server Site B' })).toContainText('In use')
  await expect(indicator(page)).toContainText('Online')

  const waiting = page.getByRole('alert', { name: 'Registrations waiting for another server' })
  await expect(waiting).toContainText('1 registration waits for Simulator.')

  // "Retry" on site B sends nothing there.
  await siteA.control.setOnline(true)
  await page.evaluate(() => window.gatehouse.reception.retryPending())
  const toB = (await siteB.control.requests()) as { path: string }[]
  expect(toB.filter((r) => r.path === '/api/visRegistration/add')).toEqual([])

  // Back on site A: the notice goes at once (it lists registrations waiting for ANOTHER server), and
  // the replay then sends the registration there, once.
  const simulator = page.getByRole('listitem', { name: 'Server Simulator' })
  await simulator.getByRole('button', { name: 'Use Simulator' }).click()
  await expect(simulator).toContainText('In use')
  await expect(waiting).toHaveCount(0, { timeout: 15_000 })
  const sentToA = async () =>
    ((await siteA.control.snapshot()) as { registrations: { certNum: string }[] }).registrations.filter(
      (r) => r.certNum === certNumber,
    ).length
  await expect.poll(sentToA, { timeout: 15_000 }).toBe(1)
  const snapshotB = (await siteB.control.snapshot()) as { registrations: { certNum: string }[] }
  expect(snapshotB.registrations.filter((r) => r.certNum === certNumber)).toHaveLength(0)
  expect(await app.main.errors()).toEqual([])
})

const mayMount = process.platform === 'linux' && process.getuid?.() === 0

test('saving settings on a full disk says the disk is full and keeps what was typed', async ({ launch }) => {
  test.skip(!mayMount, 'needs a small tmpfs (root on Linux); the unit fault suite covers this with injection')
  const userDataDir = mkdtempSync(join(tmpdir(), 'gatehouse-full-disk-e2e-'))
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', userDataDir])
  const filler = join(userDataDir, 'filler.bin')
  try {
    const app = await launch({ userDataDir, simulatorUrl: siteA.url, simulatorToken: siteA.token })
    const { page } = app
    await expect(indicator(page)).toContainText('Online')
    await openSettings(page)
    await page.getByLabel('Site name').fill('Full Disk Depot')
    await page.getByLabel('Operator name').fill('Dana Disk')

    const fd = openSync(filler, 'w')
    try {
      for (;;) writeSync(fd, Buffer.alloc(64 * 1024, 1))
    } catch {
      // ENOSPC: the disk is full now.
    } finally {
      closeSync(fd)
    }
    await page.getByRole('button', { name: 'Save settings' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'disk is full' })).toBeVisible()
    await expect(page.getByRole('alert')).not.toContainText('not valid')
    await expect(page.getByLabel('Site name')).toHaveValue('Full Disk Depot')
    await expect(page.getByLabel('Operator name')).toHaveValue('Dana Disk')

    rmSync(filler)
    await page.getByRole('button', { name: 'Save settings' }).click()
    await expect(page.getByText('Settings saved')).toBeVisible()
    const saved = await page.evaluate(() => window.gatehouse.settings.get())
    expect(saved.ok && saved.data.general.siteName).toBe('Full Disk Depot')
    expect(await app.main.errors()).toEqual([])
    await app.close()
  } finally {
    try {
      execFileSync('umount', [userDataDir])
    } catch {
      execFileSync('umount', ['-l', userDataDir])
    }
    rmSync(userDataDir, { recursive: true, force: true })
  }
})
