/**
 * The host is told when their visitor arrives: a walk-in registered at the desk makes Gatehouse send
 * an e-mail to the host's address from the server's person record (read back from a real SMTP server
 * as a mail client would) and a Teams webhook call (read by a local HTTP receiver). A mail server that
 * refuses the sign-in shows "not sent" with the reason in the on-site list, and the visit is registered.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { startSmtp, startWebhookReceiver } from '../support/mail-and-webhooks'
import { expect, test } from './fixtures'
import { configureVisitorServices, SMTP_PASSWORD, SMTP_USER } from './visitor-services-steps'

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

const newCert = (prefix: string): string => `${prefix}${Date.now().toString(36).toUpperCase()}${++counter}`

async function hostRecord(pin: string): Promise<{ name: string; lastName: string; email: string }> {
  const response = await fetch(`${sim.url}/api/v2/person/getPersonList?access_token=${sim.token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ pins: pin, pageNo: 1, pageSize: 1 }),
  })
  const page = (await response.json()) as {
    data: { data: { name: string; lastName: string; email: string }[] }
  }
  return page.data.data[0]!
}

async function registerWalkIn(page: Page, visitor: { name: string; company: string; cert: string }) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reception' }).click()
  const form = page.getByRole('form', { name: 'Register a visitor' })
  await form.getByRole('combobox', { name: 'Host (person visited)' }).fill(hostPin)
  await expect(page.getByRole('option').first()).toContainText(hostPin, { timeout: 20_000 })
  await page.keyboard.press('Enter')
  await form.getByLabel('ID document type').selectOption({ label: 'Passport' })
  await form.getByLabel('ID document number').fill(visitor.cert)
  await form.getByLabel('Visitor name').fill(visitor.name)
  await form.getByLabel('Company').fill(visitor.company)
  await form.getByLabel('Reason for the visit').fill('Meeting')
  await form.getByRole('button', { name: 'Register visitor' }).click()
  await expect(page.getByText(`${visitor.name} is registered.`)).toBeVisible({ timeout: 20_000 })
  await page.keyboard.press('Escape') // the badge dialog
}

async function onSiteRow(page: Page, name: string) {
  await page.getByRole('tab', { name: /On site/ }).click()
  return page.getByRole('table', { name: 'Visits' }).getByRole('row').filter({ hasText: name })
}

test('on arrival the host gets an e-mail naming the visitor and a Teams message', async ({ launch }) => {
  const smtp = await startSmtp({ username: SMTP_USER, password: SMTP_PASSWORD })
  const hooks = await startWebhookReceiver()
  try {
    const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
    const { page } = app
    await configureVisitorServices(page, { smtpPort: smtp.port, teamsUrl: `${hooks.url}/teams/hook` })
    // The password went to the keychain, never to settings.json.
    const settingsFile = await readFile(join(app.userDataDir, 'settings.json'), 'utf8')
    expect(settingsFile).not.toContain(SMTP_PASSWORD)
    expect(settingsFile).toContain('"security": "none"')

    const cert = newCert('NOTE')
    const at = new Date()
    await registerWalkIn(page, { name: 'Nora Notice', company: 'Herald Ltd', cert })

    await expect.poll(() => smtp.messages.length, { timeout: 20_000 }).toBe(1)
    const host = await hostRecord(hostPin)
    const mail = smtp.messages[0]!
    expect(smtp.logins).toEqual([{ username: SMTP_USER, password: SMTP_PASSWORD }])
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain(host.email)
    expect(mail.subject).toBe('Nora Notice is at reception')
    expect(mail.text).toContain('Nora Notice (Herald Ltd) has arrived at Main entrance desk at')
    const hhmm = (d: Date) =>
      `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
    expect([hhmm(at), hhmm(new Date(at.getTime() + 60_000))].some((t) => mail.text?.includes(t))).toBe(true)
    expect(mail.html).toContain('Nora Notice')

    await expect.poll(() => hooks.calls.length, { timeout: 20_000 }).toBe(1)
    const call = hooks.calls[0]!
    expect(call.path).toBe('/teams/hook')
    expect(call.contentType).toContain('application/json')
    const card = call.body as {
      type: string
      attachments: { contentType: string; content: { body: { text?: string }[] } }[]
    }
    expect(card.type).toBe('message')
    expect(card.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive')
    expect(JSON.stringify(card.attachments[0]?.content.body)).toContain(
      'Nora Notice (Herald Ltd) has arrived',
    )

    const row = await onSiteRow(page, 'Nora Notice')
    await expect(row.getByText(/^E-mail sent/)).toBeVisible()
    await expect(row.getByText(/^Teams sent/)).toBeVisible()
    expect(await app.main.errors()).toEqual([])
  } finally {
    await smtp.close()
    await hooks.close()
  }
})

test('a mail server that refuses the sign-in: "not sent" with the reason, and the visit is registered', async ({
  launch,
}) => {
  const smtp = await startSmtp({ username: SMTP_USER, password: SMTP_PASSWORD, rejectLogin: true })
  try {
    const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
    const { page } = app
    await configureVisitorServices(page, { smtpPort: smtp.port })
    const cert = newCert('FAIL')
    await registerWalkIn(page, { name: 'Fay Failing', company: 'Bounce Co', cert })

    const row = await onSiteRow(page, 'Fay Failing')
    await expect(row.getByText('On site', { exact: true })).toBeVisible()
    await expect(row.getByText(/E-mail not sent.*refused the user name or password/)).toBeVisible({
      timeout: 20_000,
    })
    expect(smtp.messages).toHaveLength(0)
    const snapshot = (await sim.control.snapshot()) as unknown as { registrations: { certNum: string }[] }
    expect(snapshot.registrations.filter((r) => r.certNum === cert)).toHaveLength(1)
    // The reason never carries the password.
    await expect(row).not.toContainText(SMTP_PASSWORD)

    // The reason was kept as words to translate, not as English text: the desk switched to Spanish
    // reads it in Spanish (the header's Display menu).
    await page.getByRole('button', { name: 'Display', exact: true }).click()
    await page
      .getByRole('group', { name: 'Appearance and language of this screen' })
      .getByRole('combobox', { name: 'Language' })
      .selectOption('es')
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await page.keyboard.press('Escape')
    await expect(page.getByText(/rechazó el nombre de usuario o la contraseña/).first()).toBeVisible()
  } finally {
    await smtp.close()
  }
})
