/**
 * The self sign-in kiosk: an administrator opens it from Settings as a second, full-screen window in
 * kiosk mode; a visitor chooses the language, finds their host by name, types their details, takes a
 * photo, signs the visitor agreement on screen and gets their QR while the badge prints. The
 * receptionist sees it live, keeps the signed agreement (a PDF whose signature is not blank), can take
 * over a sign-in, and the kiosk resets itself when left idle. The kiosk can call only its own channels.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { startSmtp } from '../support/mail-and-webhooks'
import { imagesInPdf, parsePpm } from '../support/pdf-qr'
import { expect, test } from './fixtures'
import { configureVisitorServices, SMTP_PASSWORD, SMTP_USER } from './visitor-services-steps'

const run = promisify(execFile)
let sim: RunningSimulator
let host: { pin: string; fullName: string }

test.beforeAll(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
  const pin = (await sim.control.snapshot()).samplePins[2] as string
  const response = await fetch(`${sim.url}/api/v2/person/getPersonList?access_token=${sim.token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ pins: pin, pageNo: 1, pageSize: 1 }),
  })
  const person = ((await response.json()) as { data: { data: { name: string; lastName: string }[] } }).data
    .data[0]!
  host = { pin, fullName: `${person.name} ${person.lastName}`.trim() }
})
test.afterAll(async () => {
  await sim?.close()
})

test('a visitor signs in at the kiosk: visit, badge, signed agreement PDF; live at the desk; idle reset', async ({
  launch,
}) => {
  test.setTimeout(120_000)
  const smtp = await startSmtp({ username: SMTP_USER, password: SMTP_PASSWORD })
  const dir = await mkdtemp(join(tmpdir(), 'gatehouse-kiosk-'))
  try {
    const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
    const { page } = app
    await configureVisitorServices(page, { smtpPort: smtp.port, kioskIdleSeconds: 10 })
    // The host directory must be loaded for the kiosk's name search.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
    const opened = app.waitForWindow()
    await page.getByRole('button', { name: 'Open the sign-in kiosk' }).click()
    const kiosk = await opened
    await expect(page.getByText('The kiosk is open.')).toBeVisible()
    expect(await app.main.windowOptions(1)).toMatchObject({
      kiosk: true,
      fullscreen: true,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    })
    await expect.poll(async () => (await app.main.recordings()).windows[1]?.calls).toContain('setKiosk(true)')

    // The receptionist's page follows the kiosk live.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reception' }).click()
    await expect(page.getByRole('form', { name: 'Register a visitor' })).toBeVisible()

    // The kiosk window is not the desk: every desk channel refuses it; the desk cannot use kiosk channels.
    const fromKiosk = await kiosk.evaluate(() => window.gatehouse.reception.listVisits({ filter: 'all' }))
    expect(fromKiosk).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    const fromDesk = await page.evaluate(() => window.gatehouse.kiosk.hostSearch({ query: 'an' }))
    expect(fromDesk).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })

    await expect(kiosk.getByRole('heading', { name: 'Welcome', exact: true })).toBeVisible()
    await expect(kiosk.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true')
    // The page's title (read by screen readers, shown in the taskbar) follows the visitor's language.
    await expect(kiosk).toHaveTitle('Visitor sign-in')
    await kiosk.getByRole('button', { name: 'Español' }).click()
    await expect(kiosk).toHaveTitle('Registro de visitantes')
    await kiosk.getByRole('button', { name: 'English' }).click()
    await expect(kiosk).toHaveTitle('Visitor sign-in')
    await kiosk.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByText('Kiosk: A visitor is choosing their host.')).toBeVisible()

    // Host by name: names only, nothing else about them.
    const query = host.fullName
    await kiosk.getByLabel('Name of the person you are visiting').fill(query)
    await expect(kiosk.getByRole('button', { name: host.fullName, exact: true })).toBeVisible({
      timeout: 20_000,
    })
    const answer = await kiosk.evaluate((q) => window.gatehouse.kiosk.hostSearch({ query: q }), query)
    expect(answer.ok && answer.data.hosts.every((h) => Object.keys(h).sort().join() === 'name,ref')).toBe(
      true,
    )
    expect(JSON.stringify(answer)).not.toContain(host.pin)
    await kiosk.getByRole('button', { name: host.fullName, exact: true }).click()

    const cert = `KSK${Date.now().toString(36).toUpperCase()}`
    await kiosk.getByLabel('Your name').fill('Kim Kiosk')
    await kiosk.getByLabel('Company').fill('Self Serve Ltd')
    await kiosk.getByLabel('ID document type').selectOption({ label: 'Passport' })
    await kiosk.getByLabel('ID document number').fill(cert)
    await kiosk.getByRole('button', { name: 'Next' }).click()

    await kiosk.getByRole('button', { name: 'Start camera' }).click()
    await kiosk.getByRole('button', { name: 'Capture photo' }).click()
    await expect(kiosk.getByRole('img', { name: 'Captured visitor photo' })).toBeVisible()
    await kiosk.getByRole('button', { name: 'Next' }).click()

    await expect(
      page.getByText(`Kiosk: Kim Kiosk is signing the visitor agreement to see ${host.fullName}.`),
    ).toBeVisible()
    // The standard agreement (the site has not written its own), in the language the visitor reads.
    await expect(kiosk.getByRole('region', { name: 'Visitor agreement' })).toContainText(
      'I will keep confidential everything I see or hear during my visit',
    )
    await kiosk.getByLabel('I have read and accept the visitor agreement').check()
    const pad = kiosk.getByRole('img', { name: 'Sign here' })
    const box = (await pad.boundingBox())!
    await kiosk.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6)
    await kiosk.mouse.down()
    for (let i = 1; i <= 20; i++) {
      await kiosk.mouse.move(
        box.x + box.width * (0.1 + i * 0.04),
        box.y + box.height * (0.6 - 0.3 * Math.sin(i / 3)),
      )
    }
    await kiosk.mouse.up()
    await kiosk.getByRole('button', { name: 'Sign in now' }).click()

    await expect(kiosk.getByRole('heading', { name: /Welcome, Kim Kiosk/ })).toBeVisible({ timeout: 20_000 })
    await expect(kiosk.getByRole('img', { name: 'Your entry QR code' })).toBeVisible()
    await expect.poll(async () => (await app.main.prints()).length).toBe(1)
    const snapshot = (await sim.control.snapshot()) as unknown as { registrations: { certNum: string }[] }
    expect(snapshot.registrations.filter((r) => r.certNum === cert)).toHaveLength(1)
    await expect(
      page.getByText(new RegExp(`Kiosk: Kim Kiosk signed in to see ${host.fullName}`)),
    ).toBeVisible()

    // The host's e-mail carries the photo inline.
    await expect.poll(() => smtp.messages.length, { timeout: 20_000 }).toBe(1)
    expect(smtp.messages[0]?.text).toContain('Kim Kiosk (Self Serve Ltd) has arrived at Self sign-in kiosk')
    expect(smtp.messages[0]?.attachments.some((a) => a.contentType === 'image/jpeg')).toBe(true)

    // Left alone, the kiosk forgets the visitor and goes back to its welcome screen.
    await expect(kiosk.getByRole('heading', { name: 'Welcome', exact: true })).toBeVisible({
      timeout: 20_000,
    })
    expect(await kiosk.evaluate(() => window.gatehouse.kiosk.qr())).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })

    // The desk keeps the arrival after the kiosk's reset (also once the receptionist has been to another
    // page: main keeps it), with the signed agreement kept with the visit: saved as PDF, its signature is
    // not blank.
    const mainNav = page.getByRole('navigation', { name: 'Main' })
    await mainNav.getByRole('link', { name: 'Settings' }).click()
    await expect(page.getByText('The kiosk is open.')).toBeVisible()
    await mainNav.getByRole('link', { name: 'Reception' }).click()
    await expect(
      page.getByText(new RegExp(`Kiosk: Kim Kiosk signed in to see ${host.fullName}`)),
    ).toBeVisible()
    const pdfPath = join(dir, 'agreement.pdf')
    await app.main.queueDialogResponse('showSaveDialog', { canceled: false, filePath: pdfPath })
    await page.getByRole('button', { name: 'Save the signed agreement of Kim Kiosk' }).click()
    await expect(page.getByText(`Signed agreement saved to ${pdfPath}.`)).toBeVisible()
    const { stdout: pdfText } = await run('pdftotext', [pdfPath, '-'])
    expect(pdfText).toContain('Kim Kiosk')
    expect(pdfText).toContain('I will keep confidential')
    expect(pdfText).toMatch(/Signed\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC[+-]\d{2}:\d{2}/)
    const images = await imagesInPdf(pdfPath)
    const signature = images.find((i) => i.ext === 'ppm' && i.width === 900 && i.height === 300)
    expect(
      signature,
      `images: ${images.map((i) => `${i.ext} ${i.width}x${i.height}`).join(', ')}`,
    ).toBeTruthy()
    const pixels = parsePpm(signature!.bytes)
    let ink = 0
    for (let i = 0; i < pixels.data.length; i += 4) if ((pixels.data[i] as number) < 128) ink++
    expect(ink).toBeGreaterThan(500)

    // The receptionist takes over a sign-in in progress: the kiosk says so and starts again.
    await kiosk.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('button', { name: 'Take over' }).click()
    await expect(kiosk.getByRole('alert')).toHaveText('The receptionist will help you now. Thank you!')
    await expect(kiosk.getByRole('heading', { name: 'Welcome', exact: true })).toBeVisible()
    expect(await app.main.errors()).toEqual([])
  } finally {
    await smtp.close()
    await rm(dir, { recursive: true, force: true })
  }
})
