/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) on every screen and dialog of the real app, in the light and
 * the dark theme, in English and in Arabic (right to left): any critical or serious violation fails,
 * listed with its rule, target and summary. The theme follows the system here (`prefers-color-scheme`,
 * which Electron derives from nativeTheme); the operator's own choice is covered by a later test.
 *
 * Each case ({ theme, language }) is two app launches, one signed out (first administrator, server
 * wizard, lock, sign-in) and one working day (reception, badge, guard views, alarm and door command
 * dialogs, audit, settings, kiosk). The steps are the same in every language: an element is found by
 * its role and accessible name, the name read from the app's own messages for the case's language with
 * the key the component uses (`say('shell.pages.settings')`), as a person reading that language would.
 * All findings of a launch are reported together.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AxeResults, RunOptions } from 'axe-core'
import type { Page } from 'playwright'
import type { Language } from '../../electron/shared/i18n/languages'
import { translatorFor, type MessageKey, type Translate } from '../../electron/shared/i18n/translate'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { expect, test } from './fixtures'

interface A11yCase {
  theme: 'light' | 'dark'
  /** The system language main starts in (LANGUAGE/LANG); English when absent. */
  language?: Language
}
// Arabic walks in the dark theme only: the light theme's colours are the English walk's (a language
// changes the words and the direction, not the colours), and every Arabic page and tab is scanned in
// both themes by the last test below. One Arabic case fewer keeps the test command under 20 minutes.
const CASES: A11yCase[] = [{ theme: 'light' }, { theme: 'dark' }, { theme: 'dark', language: 'ar' }]
const caseName = (c: A11yCase) => [c.theme, c.language].filter(Boolean).join(', ')
const caseEnv = (c: A11yCase): Record<string, string> =>
  c.language ? { LANGUAGE: c.language, LANG: `${c.language}.UTF-8`, LC_ALL: '', LC_MESSAGES: '' } : {}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/**
 * A message as a pattern for a name the test knows only in part: the given parameters are filled in,
 * every other one matches any text ('Doors ({shown} of {total})' -> /^Doors \(.+ of .+\)$/).
 */
function pattern(say: Translate, key: MessageKey, params: Record<string, string> = {}): RegExp {
  const HOLE = '\u0000'
  const names = [...say(key, { count: 2 }).matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)
  const filled = say(key, { ...Object.fromEntries(names.map((n) => [n, HOLE])), ...params, count: 2 })
  return new RegExp(`^${filled.split(HOLE).map(escapeRegExp).join('.+')}$`)
}

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** What a scan reads of a violation (the rest of axe's answer is not sent out of the page). */
type Violation = Pick<AxeResults['violations'][number], 'id' | 'impact' | 'help'> & {
  nodes: { target: string[]; failureSummary?: string }[]
}

/**
 * axe.run() in the page itself, with axe injected once per page. (@axe-core/playwright injected the
 * 550 kB script twice per scan and sent back every passed rule's nodes: a scan took 1.0-1.5 s on
 * this machine, 26 of them most of a walk's time. This takes a third of that.) Only the violations
 * come back in full; the app has no frames to reach.
 */
async function runAxe(page: Page, include?: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_AA }, resultTypes: ['violations'] }
  return page.evaluate(
    async ({ options, include }) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') }
      const { violations } = await axe.run(include ? { include: [include] } : document, options)
      return violations.map(({ id, impact, help, nodes }) => ({
        id,
        impact,
        help,
        nodes: nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })),
      }))
    },
    { options, include },
  )
}

/**
 * Waits until the page has no transition or animation left to run (dialogs fading in, a theme's
 * colours changing): axe reads computed colours. Endless animations (a spinner) do not count.
 */
async function settled(page: Page): Promise<void> {
  // Two frames: a transition a click started is running by then.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
  )
}

/** Runs axe on the page (or one part of it) and returns one line per critical/serious finding. */
async function scan(page: Page, screen: string, include?: string): Promise<string[]> {
  await settled(page)
  const violations = await runAxe(page, include)
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

/** The main navigation, by its name in the case's language. */
const nav = (page: Page, say: Translate = translatorFor('en')) =>
  page.getByRole('navigation', { name: say('shell.mainNav') })

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
/** Simulators a test started for itself, stopped after it whatever its outcome. */
const ownSimulators: RunningSimulator[] = []
test.afterEach(async () => {
  for (const own of ownSimulators.splice(0)) await own.close()
})

for (const c of CASES) {
  const say = translatorFor(c.language ?? 'en')
  const exact = (key: MessageKey, params?: Record<string, string>) => ({
    name: say(key, params),
    exact: true,
  })
  test.describe(`accessibility (${caseName(c)})`, () => {
    test('signed out: first administrator, server wizard, lock screen, sign-in', async ({ launch }) => {
      test.setTimeout(120_000)
      const app = await launch({ env: { GATEHOUSE_DEMO_OPERATOR: 'none', ...caseEnv(c) } })
      const { page } = app
      await page.setViewportSize({ width: 1366, height: 768 })
      await useSystemTheme(page, c)
      if (c.language === 'ar') await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
      const found = new Findings(page)

      await nav(page, say).getByRole('link', exact('shell.pages.settings')).click()
      const first = page.getByRole('region', exact('operators.first.title'))
      await expect(first).toBeVisible()
      await found.check('first administrator')
      await first.getByLabel(say('operators.first.fullName')).fill('Anna Novak')
      await first.getByLabel(say('operators.signIn.userName')).fill('anna')
      await first.getByLabel(say('operators.signIn.password'), { exact: true }).fill('anna desk pass')
      await first.getByLabel(say('operators.first.passwordAgain')).fill('anna desk pass')
      await first.getByRole('button', exact('operators.first.create')).click()
      await expect(page.getByTestId('signed-in-operator')).toContainText('Anna Novak')

      // No server yet: Settings starts with the wizard (number fields, steps).
      await expect(page.getByRole('heading', exact('setup.wizard.connect'))).toBeVisible()
      await found.check('setup wizard and settings')
      await nav(page, say).getByRole('link', exact('shell.pages.reception')).click()
      await expect(page.getByRole('heading', { ...exact('reception.view.title'), level: 1 })).toBeVisible()
      await found.check('reception, not set up')

      await page.getByRole('button', exact('shell.lockScreen')).click()
      await expect(page.getByRole('heading', exact('operators.signIn.locked'))).toBeVisible()
      await found.check('lock screen')
      await page.getByLabel(say('operators.signIn.userName')).fill('anna')
      await page.getByLabel(say('operators.signIn.password'), { exact: true }).fill('anna desk pass')
      await page.getByLabel(say('operators.signIn.password'), { exact: true }).press('Enter')
      await expect(page.getByTestId('signed-in-operator')).toContainText('Anna Novak')
      await page.getByRole('button', exact('shell.signOut')).click()
      await expect(page.getByRole('heading', exact('operators.signIn.title'))).toBeVisible()
      await found.check('sign-in')
      await page.getByRole('button', exact('operators.signIn.title')).click() // empty: the problem is shown
      await expect(
        page.getByRole('alert').filter({ hasText: say('operators.signIn.enterBoth') }),
      ).toBeVisible()
      await found.check('sign-in with a problem')
      found.assertNone()
    })

    test('working day: reception, badge, guard views and dialogs, audit, settings, kiosk', async ({
      launch,
    }) => {
      // Four more dialogs than before (clear, mute, Display menu, remove server): a loaded 2-core machine needs the room.
      test.setTimeout(360_000)
      // A simulator of its own: no door or alarm left over by another case (each leaves one forced
      // open), and the new forced door below is news to this app alone.
      const sim = await startSimulator({ port: 0, quiet: true })
      ownSimulators.push(sim)
      const app = await launch({
        simulatorUrl: sim.url,
        simulatorToken: sim.token,
        env: { GATEHOUSE_TEST_POLL_MS: '1000', ...caseEnv(c) },
      })
      const { page } = app
      await page.setViewportSize({ width: 1366, height: 768 })
      await useSystemTheme(page, c)
      if (c.language === 'ar') await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
      const found = new Findings(page)
      const snap = await sim.control.snapshot()
      const visitor = `Axe Visitor ${caseName(c)}`

      // Reception: the walk-in form, a registration and its badge, the other tabs.
      const form = page.getByRole('form', exact('reception.form.name'))
      await expect(form).toBeVisible()
      await found.check('reception walk-in')
      const host = form.getByRole('combobox', exact('reception.form.host'))
      await host.focus()
      await page.keyboard.type(snap.samplePins[0] as string)
      await expect(page.getByRole('option').first()).toBeVisible({ timeout: 20_000 })
      await found.check('host picker open')
      await page.keyboard.press('Enter')
      await form
        .getByLabel(say('reception.form.idType'))
        .selectOption({ label: say('reception.form.certType3') })
      await form.getByLabel(say('reception.form.idNumber')).fill(`AX${c.theme}${Date.now().toString(36)}`)
      await form.getByLabel(say('reception.form.visitorName')).fill(visitor)
      await form.getByLabel(say('reception.form.reason')).fill(say('reception.form.reasons.meeting'))
      await form.getByLabel(say('reception.form.reason')).press('Enter')
      const badge = page.getByRole('dialog', exact('badge.dialog.title'))
      await expect(badge.getByRole('img', exact('badge.dialog.qrLabel'))).toBeVisible({ timeout: 20_000 })
      await found.check('badge dialog')
      await page.keyboard.press('Escape')
      await expect(badge).toBeHidden()
      await found.check('reception after a registration')

      await page.getByRole('tab', { name: pattern(say, 'reception.view.tabOnSite') }).click()
      await expect(page.getByRole('row').filter({ hasText: visitor })).toBeVisible()
      await found.check('reception on site')
      await page.getByRole('button', exact('reception.onsite.detailsFor', { name: visitor })).click()
      await found.check('visit details')
      await page.getByRole('tab', exact('reception.view.tabReservations')).click()
      await found.check('reservations and expected today')
      await page.getByRole('button', exact('reception.view.enrol')).click()
      const enrol = page.getByRole('dialog', exact('reception.enrol.title'))
      await expect(enrol).toBeVisible()
      await found.check('enrol photo dialog')
      await page.keyboard.press('Escape')
      await expect(enrol).toBeHidden()

      // Guard: every view, a live alarm and its detail, the alarm, door command and mute dialogs.
      await nav(page, say).getByRole('link', exact('shell.pages.guard')).click()
      await expect(page.getByRole('heading', { name: pattern(say, 'guard.doors.heading') })).toBeVisible({
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
      const door = snap.doors.filter((d) => d.connect === '1' && d.hasSensor)[0]!
      await sim.control.trigger({ kind: 'forcedOpen', doorId: door.id })
      const alarmTitle = say('server.alarm.title', { kind: say('events.kind.forcedOpen'), place: door.name })
      const alarm = page
        .getByRole('list', exact('guard.queue.listLabel'))
        .getByRole('listitem', { name: alarmTitle, exact: true })
      await expect(alarm.first()).toBeVisible({ timeout: 20_000 })
      // A screen reader hears a critical alarm at once (assertive live region).
      await expect(page.getByTestId('alarm-announcer-urgent')).toHaveText(
        say('guard.announce', { priority: say('guard.priorityWord.critical'), title: alarmTitle }),
      )
      await expect(page.getByTestId('alarm-announcer-urgent')).toHaveAttribute('aria-live', 'assertive')
      await found.check('guard doors with an alarm')
      const tabs = page.getByRole('tablist', exact('guard.tabs.label')).getByRole('tab')
      for (const name of await tabs.allTextContents()) {
        await tabs.filter({ hasText: name.trim() }).first().click()
        await page.waitForTimeout(600)
        await found.check(`guard ${name.trim()}`)
      }
      await alarm.first().click()
      await expect(page.getByRole('tab', exact('guard.tabs.alarm'))).toBeVisible()
      await found.check('alarm detail')
      await page
        .getByRole('button', exact('guard.queue.acknowledgeLabel', { title: alarmTitle }))
        .first()
        .click()
      const ack = page.getByRole('dialog', exact('guard.queue.acknowledgeAlarm'))
      await expect(ack).toBeVisible()
      await found.check('acknowledge dialog')
      await page.keyboard.press('Escape')
      await expect(ack).toBeHidden()
      await page
        .getByRole('button', exact('guard.queue.clearLabel', { title: alarmTitle }))
        .first()
        .click()
      const clear = page.getByRole('dialog', exact('guard.queue.clearAlarm'))
      await expect(clear).toBeVisible()
      await found.check('clear alarm dialog')
      await clear.getByRole('button', exact('guard.queue.cancel')).click()
      await expect(clear).toBeHidden()
      await page.getByRole('tab', exact('guard.tabs.doors')).click()
      await page.getByRole('button', exact('guard.target.openDoor', { name: door.name })).click()
      const confirm = page.getByRole('dialog', {
        name: say('guard.confirm.title', { verb: say('guard.verb.openDoor'), target: door.name }),
        exact: true,
      })
      await expect(confirm).toBeVisible()
      await found.check('door command confirmation')
      await confirm.getByRole('button', exact('guard.confirm.cancel')).click()
      await expect(confirm).toBeHidden()
      await page.getByRole('button', exact('guard.station.mute')).click()
      const mute = page.getByRole('dialog', exact('guard.station.muteTitle'))
      await expect(mute).toBeVisible()
      await found.check('mute sound dialog')
      await mute.getByRole('button', exact('guard.station.cancel')).click()
      await expect(mute).toBeHidden()

      await nav(page, say).getByRole('link', exact('shell.pages.audit')).click()
      await expect(page.getByRole('heading', { ...exact('audit.title'), level: 1 })).toBeVisible()
      await found.check('audit log')
      // The header's Display menu (theme and language for every operator).
      await page.getByRole('button', exact('shell.display')).click()
      const display = page.getByRole('group', exact('shell.displayPanel'))
      await expect(display).toBeVisible()
      await found.check('display menu')
      await page.keyboard.press('Escape')
      await expect(display).toBeHidden()

      // Settings: one page with every section, the remove-a-server confirmation; then the kiosk.
      await nav(page, say).getByRole('link', exact('shell.pages.settings')).click()
      await expect(page.getByRole('region', exact('visitorServices.settings.title'))).toBeVisible()
      await found.check('settings')
      await page.getByRole('button', exact('settings.profiles.removeFor', { name: 'Simulator' })).click()
      const remove = page.getByRole('dialog').filter({
        hasText: say('settings.profiles.removeTitle', { name: 'Simulator' }),
      })
      await expect(remove).toBeVisible()
      await found.check('remove server confirmation')
      await remove.getByRole('button', exact('settings.profiles.cancel')).click()
      await expect(remove).toBeHidden()
      const opened = app.waitForWindow()
      await page.getByRole('button', exact('visitorServices.settings.openKiosk')).click()
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
 * Arabic (right-to-left) in the light theme, one launch (the dark Arabic walk above covers the pages in
 * the dark theme, and colours do not change with the language): every page and every tab, including
 * the tabs the working-day walk above does not open (the pages are reached by their addresses, the tabs
 * by position). The dialogs are opened in Arabic by the Arabic cases above.
 */
test('Arabic, right to left: every page and tab (light theme; the dark Arabic walk is above)', async ({
  launch,
}) => {
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
  // A live alarm in the queue (the cases above use simulators of their own).
  const door = (await sim.control.snapshot()).doors.filter((d) => d.connect === '1' && d.hasSensor)[
    CASES.length
  ]!
  await sim.control.trigger({ kind: 'forcedOpen', doorId: door.id })
  const found = new Findings(page)
  for (const theme of ['light'] as const) {
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
