/**
 * The first-run wizard end to end: the real app through the harness, the simulator over HTTPS with a
 * self-signed certificate. Untrusted certificate -> fingerprint -> trust; wrong token -> clear
 * message; right token -> saved and online; then the server comes back with a NEW certificate and the
 * app refuses it with a clear message.
 */
import type { Page } from '@playwright/test'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { test, expect } from './fixtures'

let sim: RunningSimulator | null = null
test.afterEach(async () => {
  await sim?.close()
  sim = null
})

const indicator = (page: Page) => page.getByRole('status', { name: 'Server connection' })
const step = (page: Page, id: string) => page.locator(`[data-step="${id}"]`)

/** First run: Reception says a server is needed; Settings starts with the wizard. */
async function openWizard(page: Page): Promise<void> {
  await expect(page).toHaveURL(/#\/reception$/)
  await page.getByRole('button', { name: 'Open Settings' }).click()
  await expect(page.getByRole('heading', { name: 'Connect Gatehouse to your ZKBio server' })).toBeVisible()
}

/** Where no keychain is reachable, the wizard says so; the admin consents to the encrypted file. */
async function consentIfNoKeychain(page: Page): Promise<void> {
  const storage = await page.evaluate(() => window.gatehouse.settings.credentialStatus())
  if (!storage.ok) throw new Error(storage.error.message)
  if (storage.data.backend === 'keychain') return
  const notice = page.getByRole('status', { name: 'Token storage' })
  await expect(notice).toContainText('This computer has no system keychain')
  await notice.getByRole('button', { name: 'Allow the encrypted file' }).click()
  await expect(notice).toContainText('As you allowed, the API token is kept in an encrypted file')
}

test('first run: untrusted certificate, trust, wrong token, right token, online; a new certificate is refused', async ({
  launch,
}) => {
  sim = await startSimulator({ port: 0, https: true, quiet: true })
  const port = Number(new URL(sim.url).port)
  const firstFingerprint = sim.fingerprint256!
  const app = await launch({ safeStorage: true })
  const { page } = app

  // No profile yet: the landing page says so and Settings opens on the wizard.
  await expect(indicator(page)).toContainText('Not set up')
  await openWizard(page)
  await consentIfNoKeychain(page)

  await page.getByLabel('Server address').fill(sim.url)
  await page.getByLabel('API token').fill('not-the-right-token')
  // Masked until asked.
  await expect(page.getByLabel('API token')).toHaveAttribute('type', 'password')
  await page.getByRole('button', { name: 'Show token' }).click()
  await expect(page.getByLabel('API token')).toHaveAttribute('type', 'text')
  await page.getByRole('button', { name: 'Hide token' }).click()

  // Self-signed: the certificate step fails and shows the fingerprint for trust on first use.
  await page.getByRole('button', { name: 'Test connection' }).click()
  await expect(step(page, 'reachable')).toContainText('passed')
  await expect(step(page, 'certificate')).toContainText('self-signed certificate')
  await expect(step(page, 'token')).toContainText('not checked')
  await expect(page.getByTestId('certificate-fingerprint')).toHaveText(firstFingerprint)
  await expect(page.getByRole('button', { name: 'Save and connect' })).toBeDisabled()

  await page.getByRole('button', { name: 'Trust this certificate' }).click()
  const confirm = page.getByRole('dialog')
  await expect(confirm).toContainText(firstFingerprint)
  await confirm.getByRole('button', { name: 'Trust' }).click()

  // Retested with the pin: certificate passes, the wrong token is named with what to do.
  await expect(step(page, 'certificate')).toContainText('presented the trusted certificate')
  await expect(step(page, 'token')).toContainText('The server refused this token')
  await expect(step(page, 'token')).toContainText('System > API Authorization')
  await expect(page.getByText(`Trusted certificate: ${firstFingerprint}`)).toBeVisible()

  await page.getByLabel('API token').fill(sim.token)
  await page.getByRole('button', { name: 'Test connection' }).click()
  await expect(page.getByText('Connection works')).toBeVisible()
  for (const id of ['reachable', 'certificate', 'token', 'licence', 'capabilities']) {
    await expect(step(page, id)).toContainText('passed')
  }
  await page.getByRole('button', { name: 'Save and connect' }).click()

  await expect(page.getByRole('listitem', { name: 'Server ZKBio server' })).toContainText('In use')
  await expect(indicator(page)).toContainText('Online')
  await expect(indicator(page)).toHaveAttribute('title', /ZKBio server \(https:\/\/127\.0\.0\.1/)

  // The renderer can learn that a token is stored, never the token.
  const listed = await page.evaluate(() => window.gatehouse.settings.listProfiles())
  expect(JSON.stringify(listed)).not.toContain(sim.token)
  expect(listed).toMatchObject({ ok: true, data: { profiles: [{ hasToken: true, active: true }] } })

  // The server is reinstalled: same address, new self-signed certificate.
  await sim.close()
  sim = await startSimulator({ port, https: true, quiet: true })
  expect(sim.fingerprint256).not.toBe(firstFingerprint)

  await page.getByRole('button', { name: 'Check now' }).click()
  // Offline says since when (guard console, issue 11).
  await expect(indicator(page)).toContainText(/Offline|Server unreachable since \d/)
  await expect(indicator(page)).toHaveAttribute('title', /The server's certificate has changed/)
  await expect(page.getByTestId('connection-state')).toContainText(/Server unreachable since \d\d:\d\d/)
  await expect(
    page.getByText(/The server's certificate has changed since you trusted it/).first(),
  ).toBeVisible()

  // Testing the profile again refuses the new certificate and shows it for comparison only.
  await page.getByRole('button', { name: 'Edit ZKBio server' }).click()
  await page.getByRole('button', { name: 'Test connection' }).click()
  await expect(step(page, 'certificate')).toContainText("The server's certificate has changed")
  await expect(page.getByText('Certificate changed: connection refused')).toBeVisible()
  await expect(page.getByTestId('certificate-fingerprint')).toHaveText(sim.fingerprint256!)
  await expect(page.getByRole('button', { name: 'Trust this certificate' })).toHaveCount(0)
  // No request (and so no token) ever reached the server with the new certificate.
  expect((await sim.control.requests()).filter((r) => r.path.startsWith('/api/'))).toEqual([])

  // Removing the profile deletes its token from the keychain (leaves a developer's keychain clean).
  await page.getByRole('button', { name: 'Remove ZKBio server' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click()
  await expect(page.getByRole('heading', { name: 'Connect Gatehouse to your ZKBio server' })).toBeVisible()
  await expect(indicator(page)).toContainText('Not set up')

  expect(await app.main.errors()).toEqual([])
  expect(app.pageErrors).toEqual([])
})

test('the licence problem and an unreachable address are each explained in the wizard', async ({
  launch,
}) => {
  sim = await startSimulator({ port: 0, quiet: true })
  const app = await launch({ safeStorage: true })
  const { page } = app
  await openWizard(page)

  await page.getByLabel('Server address').fill('http://127.0.0.1:9')
  await page.getByLabel('API token').fill(sim.token)
  await page.getByRole('button', { name: 'Test connection' }).click()
  await expect(step(page, 'reachable')).toContainText('Nothing answers at 127.0.0.1:9')
  await expect(step(page, 'reachable')).toContainText('8098')

  await sim.control.addFault({ endpoint: '*', kind: 'apiAccessAbnormal' })
  await page.getByLabel('Server address').fill(sim.url)
  await page.getByRole('button', { name: 'Test connection' }).click()
  await expect(step(page, 'certificate')).toContainText('unencrypted')
  await expect(step(page, 'licence')).toContainText('API access abnormal')
  await expect(step(page, 'licence')).toContainText('activate the API licence')
  await expect(page.getByRole('button', { name: 'Save and connect' })).toBeDisabled()
  expect(await app.main.errors()).toEqual([])
})
