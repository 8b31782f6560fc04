/** Steps shared by the visitor services specs (host notices, invitations, kiosk). */
import type { Page } from 'playwright'
import { expect } from './fixtures'

export const SMTP_USER = 'desk'
export const SMTP_PASSWORD = 'smtp-S3cret-never-in-files'

/** Settings › Visitor services, filled in as an administrator does, against a local SMTP server. */
export async function configureVisitorServices(
  page: Page,
  o: {
    smtpPort: number
    teamsUrl?: string
    deskName?: string
    emailHost?: boolean
    siteAddress?: string
    kioskIdleSeconds?: number
  },
): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  const services = page.getByRole('region', { name: 'Visitor services' })
  await services.getByLabel('Desk name (as hosts read it)').fill(o.deskName ?? 'Main entrance desk')
  await services.getByLabel('Mail server').fill('127.0.0.1')
  await services.getByLabel('Port', { exact: true }).fill(String(o.smtpPort))
  await services.getByLabel('Security').selectOption('none')
  await services.getByLabel('SMTP user name').fill(SMTP_USER)
  await services.getByLabel('SMTP password').fill(SMTP_PASSWORD)
  await services.getByLabel('Sender address').fill('Reception <reception@site.example>')
  if (o.emailHost !== false) await services.getByLabel('E-mail the host').check()
  if (o.teamsUrl) await services.getByLabel('Microsoft Teams webhook address').fill(o.teamsUrl)
  if (o.siteAddress) await services.getByLabel('Site address').fill(o.siteAddress)
  if (o.kioskIdleSeconds)
    await services.getByLabel('Reset after (seconds idle)').fill(String(o.kioskIdleSeconds))
  await services.getByRole('button', { name: 'Save visitor services' }).click()
  await expect(services.getByText('Visitor services saved.')).toBeVisible()
  await expect(services.getByLabel('SMTP password')).toHaveAttribute('placeholder', /Stored in the keychain/)
}
