/**
 * Operators end to end, through the real UI: the first-run wizard creates the administrator, a
 * receptionist is kept out of the guard screen, settings and door commands (UI and direct calls),
 * a guard's acknowledgement is audited with their name, the idle lock hides personal data but shows
 * the waiting alarm, and a shift handover keeps alarms and notifications going.
 * GATEHOUSE_DEMO_OPERATOR=none turns the development demo operator off, so sign-in is real.
 */
import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { expect, test } from './fixtures'

let sim: RunningSimulator | null = null
test.afterEach(async () => {
  await sim?.close()
  sim = null
})

const REAL_SIGN_IN = { GATEHOUSE_DEMO_OPERATOR: 'none', GATEHOUSE_TEST_POLL_MS: '300' }
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' })
const signedIn = (page: Page) => page.getByTestId('signed-in-operator')

async function createAdministrator(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Settings' }).click()
  const wizard = page.getByRole('region', { name: 'Create the administrator' })
  await wizard.getByLabel('Full name').fill('Anna Novak')
  await wizard.getByLabel('User name').fill('anna')
  await wizard.getByLabel('Password', { exact: true }).fill('anna desk pass')
  await wizard.getByLabel('Password again').fill('anna desk pass')
  await wizard.getByRole('button', { name: 'Create administrator' }).click()
  await expect(signedIn(page)).toHaveText('Anna Novak · Administrator')
}

async function addOperator(
  page: Page,
  who: { name: string; username: string; role: 'Receptionist' | 'Guard' | 'Supervisor'; password: string },
): Promise<void> {
  const form = page.getByRole('form', { name: 'Add an operator' })
  await form.getByLabel('New operator full name').fill(who.name)
  await form.getByLabel('New operator user name').fill(who.username)
  // Naive's radio keeps its input off-screen; a person clicks the label.
  await form.getByText(who.role, { exact: true }).click()
  await expect(form.getByRole('radio', { name: who.role })).toBeChecked()
  await form.getByLabel('New operator password or PIN').fill(who.password)
  await form.getByRole('button', { name: 'Add operator' }).click()
  await expect(page.getByRole('listitem', { name: `Operator ${who.name}` })).toContainText(who.username)
  await expect(page.getByLabel(`Role of ${who.name}`)).toHaveValue(who.role.toLowerCase())
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('User name', { exact: true }).fill(username)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

test('the first-run wizard creates the administrator; wrong passwords are slowed; the audit names them', async ({
  launch,
}) => {
  const app = await launch()
  const { page } = app
  // A fresh station has no accounts: the wizard asks for the administrator first.
  await createAdministrator(page)
  await expect(page.getByRole('region', { name: 'Operators' })).toBeVisible()
  await signOut(page)
  // Signed out: no page, no navigation; the sign-in screen names the station.
  await expect(nav(page)).toHaveCount(0)
  await expect(page.getByText(`Gatehouse · ${hostname()}`)).toBeVisible()

  for (let attempt = 1; attempt <= 4; attempt++) {
    await signIn(page, 'anna', `wrong ${attempt}`)
    await expect(page.getByRole('alert', { name: 'Sign-in problem' })).toHaveText(
      'Wrong user name or password.',
    )
  }
  await signIn(page, 'anna', 'wrong 5')
  const problem = page.getByRole('alert', { name: 'Sign-in problem' })
  await expect(problem).toContainText('Too many wrong attempts')
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeDisabled()
  // Waits out the delay, then the right password works.
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled({ timeout: 10_000 })
  await signIn(page, 'anna', 'anna desk pass')
  await expect(signedIn(page)).toHaveText('Anna Novak · Administrator')

  await nav(page).getByRole('link', { name: 'Audit log' }).click()
  const entries = page.getByRole('table').last()
  await expect(entries).toContainText("Anna Novak added the operator 'Anna Novak (administrator)'")
  await expect(entries).toContainText("Failed sign-in as 'anna'")
  await expect(entries).toContainText('Anna Novak signed out')
  await expect(entries.getByRole('row').filter({ hasText: 'Anna Novak signed in' }).first()).toContainText(
    hostname(),
  )

  // Filtered by action, exported to CSV through the save dialog.
  await page.getByLabel('Action').selectOption('session.signInFailed')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(entries.getByRole('row').filter({ hasText: "Failed sign-in as 'anna'" })).toHaveCount(5)
  await expect(entries).not.toContainText('Anna Novak signed in')
  const csvPath = join(app.userDataDir, 'audit-export.csv')
  await app.main.queueDialogResponse('showSaveDialog', { canceled: false, filePath: csvPath })
  await page.getByRole('button', { name: 'Export CSV' }).click()
  await expect(page.getByText(`5 entries written to ${csvPath}`)).toBeVisible()
  const file = readFileSync(csvPath, 'utf8')
  expect(file.startsWith('\uFEFF')).toBe(true)
  const csv = file.slice(1).trim().split('\r\n')
  expect(csv[0]).toBe('Time (UTC),Station,Operator,Action,Target,Result,Detail,What happened')
  expect(csv).toHaveLength(6)
  expect(csv[1]).toContain(
    `,${hostname()},Sign-in,session.signInFailed,anna,failed,,Failed sign-in as 'anna'`,
  )
  // The password is nowhere in the page, the audit or main's output.
  expect(await page.content()).not.toContain('anna desk pass')
  expect(app.output()).not.toContain('anna desk pass')
  expect(await app.main.errors()).toEqual([])
})

test('a receptionist cannot reach the guard screen, settings or door commands, in the UI or by a direct call', async ({
  launch,
}) => {
  sim = await startSimulator({ port: 0, quiet: true })
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token, env: REAL_SIGN_IN })
  const { page } = app
  await createAdministrator(page)
  await addOperator(page, {
    name: 'Rita Desk',
    username: 'rita',
    role: 'Receptionist',
    password: 'rita desk pass',
  })
  await signOut(page)
  await signIn(page, 'rita', 'rita desk pass')
  await expect(signedIn(page)).toHaveText('Rita Desk · Receptionist')

  // The UI offers reception only, and a typed address is sent back to it.
  await expect(nav(page).getByRole('link')).toHaveText(['Reception'])
  for (const path of ['#/guard', '#/settings', '#/audit', '#/setup']) {
    await page.evaluate((hash) => (window.location.hash = hash), path)
    await expect(page).toHaveURL(/#\/reception$/)
  }
  await expect(page.getByRole('heading', { name: 'Guard station' })).toHaveCount(0)

  // Main refuses the calls themselves, before anything reaches the server.
  const refused = await page.evaluate(async () => {
    const g = window.gatehouse
    return Promise.all([
      g.guardOps.openDoor({ doorId: '1', doorName: 'Main Entrance', seconds: 5, confirmed: true }),
      g.guard.snapshot(),
      g.settings.update({ siteName: 'Hijacked' }),
      g.settings.removeProfile({ id: 'x' }),
      g.operators.create({
        username: 'mallory',
        displayName: 'Mallory',
        role: 'administrator',
        secretKind: 'password',
        secret: 'let me in please',
      }),
    ])
  })
  for (const result of refused) {
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    if (!result.ok) expect(result.error.message).toMatch(/^A receptionist cannot do this\. Ask /)
  }
  const commands = (await sim.control.requests()).filter((r) => /remote/i.test(r.path))
  expect(commands).toEqual([])
  // Reception itself works for her.
  await expect(page.getByRole('heading', { name: /Reception|Register/ }).first()).toBeVisible()
  expect(await app.main.errors()).toEqual([])
})

async function forcedDoor(): Promise<{ id: string; name: string }[]> {
  const snap = await sim!.control.snapshot()
  return snap.doors.filter((d) => d.connect === '1' && d.hasSensor).map((d) => ({ id: d.id, name: d.name }))
}

test("a guard's acknowledgement is audited with their name; the idle lock hides personal data but shows the waiting alarm", async ({
  launch,
}) => {
  sim = await startSimulator({ port: 0, quiet: true })
  const app = await launch({
    simulatorUrl: sim.url,
    simulatorToken: sim.token,
    env: { ...REAL_SIGN_IN, GATEHOUSE_TEST_IDLE_LOCK_MS: '6000' },
  })
  const { page } = app
  await createAdministrator(page)
  await addOperator(page, { name: 'Gil Guard', username: 'gil', role: 'Guard', password: 'gil guard pass' })
  await signOut(page)
  await signIn(page, 'gil', 'gil guard pass')
  await expect(signedIn(page)).toHaveText('Gil Guard · Guard')
  // A guard lands on the guard screen and is not offered reception or settings.
  await expect(page.getByRole('heading', { name: 'Guard station' })).toBeVisible()
  await expect(nav(page).getByRole('link')).toHaveText(['Guard'])

  const [door] = await forcedDoor()
  const [pin] = (await sim.control.snapshot()).samplePins
  const [granted] = await sim.control.trigger({ kind: 'accessGranted', doorId: door!.id, pin: pin! })
  await sim.control.trigger({ kind: 'forcedOpen', doorId: door!.id })
  const item = page
    .getByRole('list', { name: 'Open alarms' })
    .getByRole('listitem', { name: new RegExp(`: ${door!.name}$`) })
  await expect(item).toHaveCount(1)
  await page.getByRole('tab', { name: 'Live events' }).click()
  const feedRow = page.getByLabel('Live event feed').getByRole('row').filter({ hasText: granted!.eventName })
  await expect(feedRow.first()).toBeVisible()

  // Nobody touches the desk: the screen locks by itself.
  await expect(page.getByRole('heading', { name: 'Screen locked' })).toBeVisible({ timeout: 15_000 })
  await expect(page.getByRole('alert', { name: 'Waiting alarms' })).toContainText('1 alarm is waiting')
  await expect(page.getByText('locked while Gil Guard was away')).toBeVisible()
  const lockedText = await page.locator('body').innerText()
  expect(lockedText).not.toContain(pin!)
  expect(lockedText).not.toContain(door!.name)
  await expect(page.getByLabel('Live event feed')).toHaveCount(0)
  await expect(page.getByRole('list', { name: 'Open alarms' })).toHaveCount(0)
  // Main refuses data while locked, too.
  const whileLocked = await page.evaluate(() => window.gatehouse.guard.snapshot())
  expect(whileLocked).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })

  // The guard signs in again and handles it.
  await signIn(page, 'gil', 'gil guard pass')
  await expect(item).toHaveCount(1)
  await item.getByRole('button', { name: /^Acknowledge / }).click()
  const ack = page.getByRole('dialog', { name: 'Acknowledge alarm' })
  await ack.getByLabel('Comment').fill('checked, door closed')
  await ack.getByRole('button', { name: 'Acknowledge alarm' }).click()
  await expect(item).toContainText('Acknowledged by Gil Guard: “checked, door closed”')

  // A guard can't read the audit log; the administrator can, and it names him.
  const audit = await page.evaluate(() => window.gatehouse.audit.search({ limit: 10 }))
  expect(audit).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  await signOut(page)
  await signIn(page, 'anna', 'anna desk pass')
  await nav(page).getByRole('link', { name: 'Audit log' }).click()
  await page.getByLabel('Operator').fill('Gil')
  await page.getByRole('button', { name: 'Search' }).click()
  const rows = page.getByRole('table').last().getByRole('row')
  await expect(
    rows.filter({ hasText: `Gil Guard acknowledged 'Forced open, ${door!.name}': 'checked, door closed'` }),
  ).toHaveCount(1)
  await expect(rows.filter({ hasText: 'Gil Guard was signed out by the idle lock' })).toHaveCount(1)
  await expect(rows.filter({ hasText: 'Anna Novak' })).toHaveCount(0)
  expect(await app.main.errors()).toEqual([])
})

test('shift handover: alarms keep coming and notifying while nobody is signed in; the next guard finds them', async ({
  launch,
}) => {
  sim = await startSimulator({ port: 0, quiet: true })
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token, env: REAL_SIGN_IN })
  const { page } = app
  await createAdministrator(page)
  await addOperator(page, { name: 'Gil Guard', username: 'gil', role: 'Guard', password: 'gil guard pass' })
  await addOperator(page, {
    name: 'Sam Night',
    username: 'sam',
    role: 'Supervisor',
    password: 'sam night pass',
  })
  await signOut(page)
  await signIn(page, 'gil', 'gil guard pass')
  await expect(page.getByRole('heading', { name: 'Guard station' })).toBeVisible()

  const [first, second] = await forcedDoor()
  await sim.control.trigger({ kind: 'forcedOpen', doorId: first!.id })
  const queue = page.getByRole('list', { name: 'Open alarms' })
  await expect(queue.getByRole('listitem')).toHaveCount(1)
  await expect.poll(async () => (await app.main.notifications()).length).toBe(1)

  // End of Gil's shift. Nobody is signed in, and a second door is forced.
  await signOut(page)
  await sim.control.trigger({ kind: 'forcedOpen', doorId: second!.id })
  await expect.poll(async () => (await app.main.notifications()).length, { timeout: 10_000 }).toBe(2)
  const notification = (await app.main.notifications())[1]!
  expect(String(notification.options.title)).toContain(second!.name)
  await expect(page.getByRole('alert', { name: 'Waiting alarms' })).toContainText('2 alarms are waiting')

  // Sam takes over: both alarms are in the queue, nothing lost.
  await signIn(page, 'sam', 'sam night pass')
  await expect(signedIn(page)).toHaveText('Sam Night · Supervisor')
  await nav(page).getByRole('link', { name: 'Guard' }).click()
  await expect(queue.getByRole('listitem')).toHaveCount(2)
  await expect(queue.getByRole('listitem', { name: new RegExp(`: ${second!.name}$`) })).toHaveCount(1)
  expect(await app.main.errors()).toEqual([])
})
