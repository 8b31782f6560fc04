/**
 * Invitations: a booked visitor is e-mailed an invitation (read back from a real SMTP server) whose
 * QR code decodes to the server's own code for that visitor and whose .ics is a valid RFC 5545
 * calendar entry; on the day the reservation is listed as expected and one click checks the visitor
 * in and prints the badge.
 */
import type { Page } from 'playwright'
import { decodeQr } from '../support/pdf-qr'
import { checkIcs, startSmtp, unescapeIcsText } from '../support/mail-and-webhooks'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { configureVisitorServices, SMTP_PASSWORD, SMTP_USER } from './visitor-services-steps'
import { expect, test } from './fixtures'

let sim: RunningSimulator
let hostPin: string

test.beforeAll(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
  hostPin = (await sim.control.snapshot()).samplePins[1] as string
})
test.afterAll(async () => {
  await sim?.close()
})

/** A PNG decoded the way a phone camera would see it: drawn on a canvas of a blank page, read by jsQR. */
async function qrInPng(page: Page, png: Buffer): Promise<string | null> {
  const image = await page.evaluate(
    async (dataUrl) => {
      const img = new Image()
      img.src = dataUrl
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = img.naturalWidth
      canvas.height = img.naturalHeight
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height)
      return { width: data.width, height: data.height, data: Array.from(data.data) }
    },
    `data:image/png;base64,${png.toString('base64')}`,
  )
  return decodeQr({ width: image.width, height: image.height, data: Uint8ClampedArray.from(image.data) })
}

test('an invitation carries the server’s QR code and a valid .ics; on the day one click checks in and prints', async ({
  launch,
}) => {
  const smtp = await startSmtp({ username: SMTP_USER, password: SMTP_PASSWORD })
  try {
    const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
    const { page } = app
    await configureVisitorServices(page, {
      smtpPort: smtp.port,
      emailHost: false,
      siteAddress: '1 Gate Road, Springfield',
    })

    // Book a visit for today, as the receptionist does.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reception' }).click()
    await page.getByRole('tab', { name: 'Reservations' }).click()
    const booking = page.getByRole('form', { name: 'Book a visit' })
    await booking.getByRole('combobox', { name: 'Host (person visited)' }).fill(hostPin)
    await expect(page.getByRole('option').first()).toContainText(hostPin, { timeout: 20_000 })
    await page.keyboard.press('Enter')
    const cert = `INV${Date.now().toString(36).toUpperCase()}`
    await booking.getByLabel('Visitor name').fill('Ivy Invite')
    await booking.getByLabel('Company').fill('Guest Co')
    await booking.getByLabel('ID document type').selectOption({ label: 'Passport' })
    await booking.getByLabel('ID document number').fill(cert)
    await booking.getByLabel('Reason for the visit').fill('Workshop')
    const now = (await sim.control.clock()).now
    const day = now.slice(0, 10)
    const from = now.slice(11, 16)
    await booking.getByLabel('Visit from').fill(`${day}T${from}`)
    await booking.getByLabel('Visit until').fill(`${day}T23:59`)
    await booking.getByRole('button', { name: 'Book visit' }).click()
    await expect(page.getByText('Reservation booked for Ivy Invite')).toBeVisible({ timeout: 20_000 })

    // Send the invitation.
    await page.getByLabel('E-mail address of Ivy Invite').fill('ivy@visitor.example')
    await page.getByRole('button', { name: 'Send invitation to Ivy Invite' }).click()
    await expect(page.getByText('Invitation sent to ivy@visitor.example.')).toBeVisible({ timeout: 20_000 })
    await expect.poll(() => smtp.messages.length).toBe(1)
    const mail = smtp.messages[0]!
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('ivy@visitor.example')
    expect(mail.text).toContain('Hello Ivy Invite')
    expect(mail.text).toContain('1 Gate Road, Springfield')

    // The QR: a PNG shown inline, decoding to the server's code for this visitor.
    const png = mail.attachments.find((a) => a.contentType === 'image/png')
    expect(png?.cid).toBe('entry-qr@gatehouse')
    // Inline: the HTML refers to the attachment by Content-ID (mailparser inlines it when parsing).
    expect(smtp.raw[0]).toContain('src=3D"cid:entry-qr@gatehouse"')
    const decoded = await qrInPng(page, png!.content)
    expect(decoded).not.toBeNull()
    const owner = await sim.control.decodeQr(decoded!)
    const visitor = (await sim.control.snapshot()).visitors.find((v) => v.certNumber === cert)
    expect(owner.kind).toBe('visitor')
    expect(owner.pin).toBe(visitor?.pin)
    expect(owner.age).toBeLessThanOrEqual(1) // the current 30 s period (or the one just before)

    // The calendar file: RFC 5545 (CRLF, folding, UID, DTSTAMP, escaping), at the booked time.
    const ics = mail.attachments.find((a) => a.filename === 'visit.ics')
    expect(ics?.contentType).toBe('text/calendar')
    const text = ics!.content.toString('utf8')
    const checked = checkIcs(text)
    expect(checked).toMatchObject({ ok: true })
    if (!checked.ok) return
    const [h, m] = from.split(':').map(Number)
    const [y, mo, d] = day.split('-').map(Number)
    // The simulator and the desk share this machine's clock and zone.
    const start = new Date(y!, mo! - 1, d!, h, m)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '')
    expect(checked.fields.DTSTART).toBe(start)
    expect(checked.fields.UID).toMatch(/@gatehouse$/)
    expect(text).toContain('mailto:ivy@visitor.example')
    expect(unescapeIcsText(checked.fields.LOCATION ?? '')).toContain('1 Gate Road, Springfield')
    expect(checked.fields.LOCATION).toContain('1 Gate Road\\, Springfield')

    // On the day: listed as expected; one click checks in and prints the badge.
    const expected = page.getByRole('table', { name: 'Expected today' })
    await expect(expected.getByRole('row').filter({ hasText: 'Ivy Invite' })).toContainText('Invitation sent')
    await expected.getByRole('button', { name: 'Check in Ivy Invite and print the badge' }).click()
    await expect(page.getByText(/Ivy Invite is checked in\./)).toBeVisible({ timeout: 20_000 })
    await expect.poll(async () => (await app.main.prints()).length).toBe(1)
    const snapshot = (await sim.control.snapshot()) as unknown as { registrations: { certNum: string }[] }
    expect(snapshot.registrations.filter((r) => r.certNum === cert)).toHaveLength(1)
    await expect(expected.getByRole('row').filter({ hasText: 'Ivy Invite' })).toHaveCount(0)
    expect(await app.main.errors()).toEqual([])
  } finally {
    await smtp.close()
  }
})
