/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) on every screen and the main dialogs of the real app, in the
 * light and the dark theme: any critical or serious violation fails, listed with its rule, target and
 * summary. The theme follows the system here (`prefers-color-scheme`, which Electron derives from
 * nativeTheme); the operator's own choice is covered by the last test.
 *
 * Cases are a list so a language can be added later ({ theme, language }): each case is two app
 * launches, one signed out (first administrator, server wizard, lock, sign-in) and one working day
 * (reception, guard, audit, settings, kiosk). All findings of a launch are reported together.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { expect, test } from './fixtures'

interface A11yCase {
  theme: 'light' | 'dark'
  /** A system language for main (LANGUAGE/LANG), once the app is translated. */
  language?: string
}
const CASES: A11yCase[] = [{ theme: 'light' }, { theme: 'dark' }]
const caseName = (c: A11yCase) => [c.theme, c.language].filter(Boolean).join(', ')
const caseEnv = (c: A11yCase): Record<string, string> =>
  c.language ? { LANGUAGE: c.language, LANG: `${c.language}.UTF-8` } : {}

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** Runs axe on the page (or one part of it) and returns one line per critical/serious finding. */
async function scan(page: Page, screen: string, include?: string): Promise<string[]> {
  // Let transitions (dialogs fading in, theme switch) settle: axe reads computed colours.
  await page.waitForTimeout(400)
  let builder = new AxeBuilder({ page }).withTags(WCAG_AA)
  if (include) builder = builder.include(include)
  const { violations } = await builder.analyze()
  const lines: string[] = []
  for (const v of violations) {
    if (v.impact !== 'critical' && v.impact !== 'serious') continue
    for (const node of v.nodes) {
      lines.push(
        `[${screen}] ${v.impact} ${v.id}: ${node.target.join(' ')} — ${(node.failureSummary ?? v.help).replace(/\s*\n\s*/g, ' ')}`,
      )
    }
  }
  return lines
}

class Findings {
  readonly lines: string[] = []
  constructor(private readonly page: Page) {}
  async check(screen: string, include?: string): Promise<void> {
    this.lines.push(...(await scan(this.page, screen, include)))
  }
  /** Fails with every finding listed, and counts by rule (the figures the issue tracks). */
  assertNone(): void {
    const byRule = new Map<string, number>()
    for (const line of this.lines) {
      const rule = /(critical|serious) ([\w-]+):/.exec(line)?.slice(1).join(' ') ?? '?'
      byRule.set(rule, (byRule.get(rule) ?? 0) + 1)
    }
    const summary = [...byRule].map(([rule, n]) => `${rule} x${n}`).join(', ')
    expect(this.lines, `axe critical/serious violations (${summary}):\n${this.lines.join('\n')}`).toEqual([])
  }
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' })

async function useSystemTheme(page: Page, c: A11yCase): Promise<void> {
  await page.emulateMedia({ colorScheme: c.theme })
  await expect(page.locator('html')).toHaveAttribute('data-theme', c.theme)
}

let sim: RunningSimulator
test.beforeAll(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
})
test.afterAll(async () => {
  await sim?.close()
})

for (const c of CASES) {
  test.describe(`accessibility (${caseName(c)})`, () => {
    test('signed out: first administrator, server wizard, lock screen, sign-in', async ({ launch }) => {
      test.setTimeout(120_000)
      const app = await launch({ env: { GATEHOUSE_DEMO_OPERATOR: 'none', ...caseEnv(c) } })
      const { page } = app
      await page.setViewportSize({ width: 1366, height: 768 })
      await useSystemTheme(page, c)
      const found = new Findings(page)

      await nav(page).getByRole('link', { name: 'Settings' }).click()
      const first = page.getByRole('region', { name: 'Create the administrator' })
      await expect(first).toBeVisible()
      await found.check('first administrator')
      await first.getByLabel('Full name').fill('Anna Novak')
      await first.getByLabel('User name').fill('anna')
      await first.getByLabel('Password', { exact: true }).fill('anna desk pass')
      await first.getByLabel('Password again').fill('anna desk pass')
      await first.getByRole('button', { name: 'Create administrator' }).click()
      await expect(page.getByTestId('signed-in-operator')).toContainText('Anna Novak')

      // No server yet: Settings starts with the wizard (number fields, steps).
      await expect(
        page.getByRole('heading', { name: 'Connect Gatehouse to your ZKBio server' }),
      ).toBeVisible()
      await found.check('setup wizard and settings')
      await nav(page).getByRole('link', { name: 'Reception' }).click()
      await expect(page.getByRole('heading', { name: 'Reception', level: 1 })).toBeVisible()
      await found.check('reception, not set up')

      await page.getByRole('button', { name: 'Lock screen' }).click()
      await expect(page.getByRole('heading', { name: 'Screen locked' })).toBeVisible()
      await found.check('lock screen')
      await page.getByLabel('User name').fill('anna')
      await page.getByLabel('Password', { exact: true }).fill('anna desk pass')
      await page.getByLabel('Password', { exact: true }).press('Enter')
      await expect(page.getByTestId('signed-in-operator')).toContainText('Anna Novak')
      await page.getByRole('button', { name: 'Sign out' }).click()
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
      await found.check('sign-in')
      await page.getByRole('button', { name: 'Sign in' }).click() // empty: the problem is shown
      await found.check('sign-in with a problem')
      found.assertNone()
    })

    test('working day: reception, badge, guard views and dialogs, audit, settings, kiosk', async ({
      launch,
    }) => {
      test.setTimeout(240_000)
      const app = await launch({
        simulatorUrl: sim.url,
        simulatorToken: sim.token,
        env: { GATEHOUSE_TEST_POLL_MS: '300', ...caseEnv(c) },
      })
      const { page } = app
      await page.setViewportSize({ width: 1366, height: 768 })
      await useSystemTheme(page, c)
      const found = new Findings(page)
      const snap = await sim.control.snapshot()

      // Reception: the walk-in form, a registration and its badge, the other tabs.
      const form = page.getByRole('form', { name: 'Register a visitor' })
      await expect(form).toBeVisible()
      await found.check('reception walk-in')
      const host = form.getByRole('combobox', { name: 'Host (person visited)' })
      await host.focus()
      await page.keyboard.type(snap.samplePins[0] as string)
      await expect(page.getByRole('option').first()).toBeVisible({ timeout: 20_000 })
      await found.check('host picker open')
      await page.keyboard.press('Enter')
      await form.getByLabel('ID document type').selectOption({ label: 'Passport' })
      await form.getByLabel('ID document number').fill(`AX${c.theme}${Date.now().toString(36)}`)
      await form.getByLabel('Visitor name').fill(`Axe Visitor ${c.theme}`)
      await form.getByLabel('Reason for the visit').fill('Meeting')
      await form.getByLabel('Reason for the visit').press('Enter')
      const badge = page.getByRole('dialog', { name: 'Visitor badge' })
      await expect(badge.getByRole('img', { name: 'Visitor QR code' })).toBeVisible({ timeout: 20_000 })
      await found.check('badge dialog')
      await page.keyboard.press('Escape')
      await expect(badge).toBeHidden()
      await found.check('reception after a registration')

      await page.getByRole('tab', { name: /On site/ }).click()
      await expect(page.getByRole('row').filter({ hasText: `Axe Visitor ${c.theme}` })).toBeVisible()
      await found.check('reception on site')
      await page.getByRole('button', { name: `Details for Axe Visitor ${c.theme}` }).click()
      await found.check('visit details')
      await page.getByRole('tab', { name: /Reservations/ }).click()
      await found.check('reservations and expected today')
      await page.getByRole('button', { name: 'Enrol employee photo' }).click()
      const enrol = page.getByRole('dialog').last()
      await expect(enrol).toBeVisible()
      await found.check('enrol photo dialog')
      await page.keyboard.press('Escape')
      await expect(enrol).toBeHidden()

      // Guard: every view, a live alarm and its detail, the acknowledge and door command dialogs.
      await nav(page).getByRole('link', { name: 'Guard' }).click()
      await expect(page.getByRole('heading', { name: /^Doors \(\d+ of \d+\)$/ })).toBeVisible({
        timeout: 30_000,
      })
      // Every monitor session has polled once: an event from now on is news, not history.
      await expect
        .poll(
          () =>
            page.evaluate(async () => {
              const s = await window.gatehouse.guard.snapshot()
              return s.ok && s.data.workers.every((w) => w.lastSuccessAt !== null)
            }),
          { timeout: 30_000 },
        )
        .toBe(true)
      // One door per case: the simulator is shared, and a door left forced open by an earlier case
      // would already be an open alarm (not an arrival) when this app starts.
      const door = snap.doors.filter((d) => d.connect === '1' && d.hasSensor)[CASES.indexOf(c)]!
      await sim.control.trigger({ kind: 'forcedOpen', doorId: door.id })
      const alarm = page
        .getByRole('list', { name: 'Open alarms' })
        .getByRole('listitem', { name: new RegExp(`: ${door.name}$`) })
      await expect(alarm.first()).toBeVisible({ timeout: 20_000 })
      // A screen reader hears a critical alarm at once (assertive live region).
      await expect(page.getByTestId('alarm-announcer-urgent')).toHaveText(
        new RegExp(`^New critical alarm: .*${door.name}$`),
      )
      await expect(page.getByTestId('alarm-announcer-urgent')).toHaveAttribute('aria-live', 'assertive')
      await found.check('guard doors with an alarm')
      const tabs = page.getByRole('tablist', { name: 'Guard views' }).getByRole('tab')
      for (const name of await tabs.allTextContents()) {
        await tabs.filter({ hasText: name.trim() }).first().click()
        await page.waitForTimeout(600)
        await found.check(`guard ${name.trim()}`)
      }
      await alarm.first().click()
      await expect(page.getByRole('tab', { name: 'Alarm', exact: true })).toBeVisible()
      await found.check('alarm detail')
      await page
        .getByRole('button', { name: /^Acknowledge / })
        .first()
        .click()
      const ack = page.getByRole('dialog', { name: 'Acknowledge alarm' })
      await expect(ack).toBeVisible()
      await found.check('acknowledge dialog')
      await page.keyboard.press('Escape')
      await page.getByRole('tab', { name: 'Doors', exact: true }).click()
      await page.getByRole('button', { name: `Open door ${door.name}` }).click()
      const confirm = page.getByRole('dialog', { name: `Open door: ${door.name}?` })
      await expect(confirm).toBeVisible()
      await found.check('door command confirmation')
      await confirm.getByRole('button', { name: 'Cancel' }).click()
      await expect(confirm).toBeHidden()

      await nav(page).getByRole('link', { name: 'Audit log' }).click()
      await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible()
      await found.check('audit log')

      // Settings: one page with every section; then the visitor kiosk window.
      await nav(page).getByRole('link', { name: 'Settings' }).click()
      await expect(page.getByRole('region', { name: 'Visitor services' })).toBeVisible()
      await found.check('settings')
      const opened = app.waitForWindow()
      await page.getByRole('button', { name: 'Open the sign-in kiosk' }).click()
      const kiosk = await opened
      await kiosk.emulateMedia({ colorScheme: c.theme })
      await expect(kiosk.locator('html')).toHaveAttribute('data-theme', c.theme)
      await kiosk.waitForLoadState()
      const kioskFound = new Findings(kiosk)
      await kioskFound.check('kiosk start')
      found.lines.push(...kioskFound.lines)
      found.assertNone()
    })
  })
}

/** Tabs from the top of the page to the first button and reads its outline (the focus ring). */
async function firstButtonRing(page: Page): Promise<{ name: string; style: string; width: string }> {
  await page.locator('body').focus()
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab')
    const ring = await page.evaluate(() => {
      const el = document.activeElement
      if (!(el instanceof HTMLButtonElement) || !el.matches(':focus-visible')) return null
      const s = getComputedStyle(el)
      return { name: el.textContent?.trim() ?? '', style: s.outlineStyle, width: s.outlineWidth }
    })
    if (ring) return ring
  }
  throw new Error('Tab never reached a button')
}

test('the theme follows the system, the operator can choose one in Settings (kept), and focus is visible', async ({
  launch,
}) => {
  test.setTimeout(120_000)
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
  const { page } = app
  const html = page.locator('html')
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(html).toHaveAttribute('data-theme', 'light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(html).toHaveAttribute('data-theme', 'dark')

  // Keyboard focus on a button shows a ring, in both themes.
  await expect(page.getByRole('form', { name: 'Register a visitor' })).toBeVisible()
  for (const scheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    const ring = await firstButtonRing(page)
    expect(ring.style, `focus ring on "${ring.name}"`).toBe('solid')
    expect(parseFloat(ring.width)).toBeGreaterThanOrEqual(2)
  }

  // The manual choice wins over the system and is stored in main's settings.
  await nav(page).getByRole('link', { name: 'Settings' }).click()
  await page.emulateMedia({ colorScheme: 'dark' })
  const appearance = page.getByRole('radiogroup', { name: 'Appearance' })
  await appearance.getByLabel('Light').check()
  await expect(html).toHaveAttribute('data-theme', 'light')
  expect(await app.main.evaluate((electron) => electron.nativeTheme.themeSource)).toBe('light')
  await page.reload()
  await expect(html).toHaveAttribute('data-theme', 'light')
  await page.getByRole('radiogroup', { name: 'Appearance' }).getByLabel('System').check()
  await expect(html).toHaveAttribute('data-theme', 'dark')
  expect(await app.main.evaluate((electron) => electron.nativeTheme.themeSource)).toBe('system')
})

/**
 * Arabic (right-to-left) in both themes: every page, every tab of every page, scanned. The pages are
 * reached by their addresses and the tabs by position (their names are Arabic here); the dialogs are
 * scanned in English above, and their layout is the same component in either direction.
 */
test('Arabic, right to left: every page and tab in the light and the dark theme', async ({ launch }) => {
  test.setTimeout(300_000)
  const app = await launch({
    simulatorUrl: sim.url,
    simulatorToken: sim.token,
    // Polls at 2 s: the boards stay still long enough for axe to read each tab.
    env: { LANGUAGE: 'ar', LANG: 'ar_EG.UTF-8', LC_ALL: '', LC_MESSAGES: '', GATEHOUSE_TEST_POLL_MS: '2000' },
  })
  const { page } = app
  await page.setViewportSize({ width: 1366, height: 768 })
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  // A live alarm in the queue (the light and dark cases above took the first two doors).
  const door = (await sim.control.snapshot()).doors.filter((d) => d.connect === '1' && d.hasSensor)[2]!
  await sim.control.trigger({ kind: 'forcedOpen', doorId: door.id })
  const found = new Findings(page)
  for (const theme of ['light', 'dark'] as const) {
    await useSystemTheme(page, { theme })
    for (const path of ['/reception', '/guard', '/audit', '/settings']) {
      // Wait for the page itself (its own heading), not the last page's: tabs are counted on it.
      const heading = page.locator('main h1').first()
      const previous = await heading.textContent()
      const moved = await page.evaluate((p) => {
        if (location.hash === `#${p}`) return false
        location.hash = `#${p}`
        return true
      }, path)
      if (moved && previous) await expect(heading).not.toHaveText(previous)
      await expect(heading).toBeVisible()
      const tabs = page.locator('main').getByRole('tab')
      const count = await tabs.count()
      if (count === 0) await found.check(`${theme}, ar: ${path}`)
      for (let i = 0; i < count; i++) {
        await tabs.nth(i).click()
        await found.check(`${theme}, ar: ${path}, tab ${i + 1} of ${count}`)
      }
    }
  }
  found.assertNone()
})
