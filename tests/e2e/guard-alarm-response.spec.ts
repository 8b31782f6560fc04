/// <reference lib="dom" />
/**
 * Alarms a guard can act on, end to end through the real UI: duress outranks a forced door and has
 * its own sound; a supervisor's instructions for a kind are shown when such an alarm is opened, with
 * the door's state, its commands (same confirmation) and who passed last with their photo; an alarm
 * nobody acknowledges is escalated after the configured time (notified again, louder).
 */
import type { Page } from 'playwright'
import type { GuardSnapshot } from '../../electron/shared/contract/guard'
import type { GatehouseApp } from '../harness/launcher'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { expect, test } from './fixtures'

let sim: RunningSimulator
test.beforeEach(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
})
test.afterEach(async () => {
  await sim?.close()
})

async function snapshot(page: Page): Promise<GuardSnapshot> {
  const r = (await page.evaluate(() =>
    (
      window as unknown as { gatehouse: { guard: { snapshot(): Promise<unknown> } } }
    ).gatehouse.guard.snapshot(),
  )) as { data: GuardSnapshot }
  return r.data
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click()

async function openGuard(launch: (o?: object) => Promise<GatehouseApp>): Promise<GatehouseApp> {
  const app = await launch({
    simulatorUrl: sim.url,
    simulatorToken: sim.token,
    env: { GATEHOUSE_TEST_POLL_MS: '400' },
  })
  await app.page.setViewportSize({ width: 1366, height: 768 })
  await nav(app.page, 'Guard')
  await expect.poll(async () => (await snapshot(app.page)).link.state, { timeout: 20_000 }).toBe('live')
  return app
}

async function sensorDoors() {
  return (await sim.control.snapshot()).doors.filter((d) => d.connect === '1' && d.hasSensor)
}

test('duress outranks a forced door in the queue, with its own colour word, icon and sound', async ({
  launch,
}) => {
  const app = await openGuard(launch)
  const { page } = app
  const [a, b] = await sensorDoors()
  await sim.control.trigger({ kind: 'forcedOpen', doorId: a!.id })
  const queue = page.getByRole('list', { name: 'Open alarms' })
  await expect(queue.getByRole('listitem', { name: `Forced open: ${a!.name}` })).toHaveCount(1)
  await expect(page.getByRole('status', { name: 'Alarm sound' })).toHaveAttribute('data-tone', 'alarm')

  await sim.control.trigger({ kind: 'duress', doorId: b!.id })
  await expect(queue.getByRole('listitem').first()).toHaveAccessibleName(`Duress: ${b!.name}`)
  await expect(queue.getByRole('listitem').first()).toContainText('DURESS')
  await expect(queue.getByRole('listitem').nth(1)).toHaveAccessibleName(`Forced open: ${a!.name}`)
  // Its own sound: the duress siren, repeating.
  const sound = page.getByRole('status', { name: 'Alarm sound' })
  await expect(sound).toHaveAttribute('data-tone', 'duress')
  await expect(sound).toContainText('Duress siren')
  const s = await snapshot(page)
  expect(s.sound).toMatchObject({ ringing: true, loop: true, tone: 'duress' })
  expect(s.openAlarms.find((x) => x.kind === 'duress')).toMatchObject({ priority: 'emergency' })
  // Never coalesced with the forced door; notified on its own, with its plain title.
  const titles = (await app.main.notifications()).map((n) => String(n.options.title))
  expect(titles).toEqual([`Forced open: ${a!.name}`, `Duress: ${b!.name}`])
})

test('instructions written in Settings are shown when the alarm is opened, with the door and who passed last', async ({
  launch,
}) => {
  const app = await openGuard(launch)
  const { page } = app
  // The saved instructions come late (a busy site database): what the supervisor typed meanwhile stays.
  await app.main.evaluate(({ ipcMain }) => {
    // The harness's ipcMain (tests/harness/electron-double/ipc-main.ts) hands out a channel's handler
    // (under its wire name, electron/shared/contract/define.ts).
    type Handler = (...args: unknown[]) => unknown
    const ipc = ipcMain as unknown as {
      getHandler(c: string): Handler
      removeHandler(c: string): void
      handle(c: string, h: Handler): void
    }
    const list = ipc.getHandler('gatehouse:invoke:guard.listInstructions')
    const state = globalThis as unknown as { instructionsListed?: number }
    ipc.removeHandler('gatehouse:invoke:guard.listInstructions')
    ipc.handle('gatehouse:invoke:guard.listInstructions', async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, 1500))
      const answer = await list(...args)
      // Counted a little after the answer has gone to the page (the page has shown it by then).
      setTimeout(() => (state.instructionsListed = (state.instructionsListed ?? 0) + 1), 200)
      return answer
    })
  })
  await nav(page, 'Settings')
  const form = page.getByRole('region', { name: 'Alarm instructions' })
  await expect(form.getByLabel('Alarm kind')).toContainText('Forced open')
  const sop = 'Check camera 4.\nSend the patrol to the door.\nCall the site manager on 555-0100.'
  await form.getByLabel('Instructions').fill(sop)
  await expect
    .poll(() => app.main.evaluate(() => (globalThis as { instructionsListed?: number }).instructionsListed))
    .toBe(1)
  await expect(form.getByLabel('Instructions')).toHaveValue(sop)
  await form.getByRole('button', { name: 'Save instructions' }).click()
  await expect(form.getByRole('status')).toHaveText('Saved instructions for Forced open.')

  await nav(page, 'Guard')
  const door = (await sensorDoors())[4]!
  // Someone the server has a photo of (15 % of the simulated people have none).
  const pins = (await sim.control.snapshot()).samplePins
  const pin = (await page.evaluate(async (list) => {
    const api = (
      window as unknown as {
        gatehouse: {
          guardOps: {
            personPhoto(x: object): Promise<{ ok: boolean; data?: { photoBase64: string | null } }>
          }
        }
      }
    ).gatehouse
    for (const p of list) if ((await api.guardOps.personPhoto({ pin: p })).data?.photoBase64) return p
    return null
  }, pins))!
  expect(pin).toBeTruthy()
  await sim.control.trigger({ kind: 'accessGranted', doorId: door.id, pin })
  await page.waitForTimeout(1500) // the passage is in the live feed
  await sim.control.trigger({ kind: 'forcedOpen', doorId: door.id })
  const item = page
    .getByRole('list', { name: 'Open alarms' })
    .getByRole('listitem', { name: `Forced open: ${door.name}` })
  await item.click()
  await expect(page.getByRole('tab', { name: 'Alarm' })).toHaveAttribute('aria-selected', 'true')
  const detail = page.getByRole('region', { name: `Forced open: ${door.name}` })
  await expect(detail.getByLabel('Instructions for this alarm')).toHaveText(sop)
  await expect(detail.getByLabel('Details')).toContainText('Server: "')
  await expect(detail.getByRole('region', { name: 'Door now' })).toContainText('Open')
  const who = detail.getByLabel('Who passed last')
  await expect(who).toContainText('Normal Verify Open')
  await expect(who).not.toContainText(`PIN ${pin}`) // the person's name, from the station's directory
  await expect(who.getByRole('img')).toBeVisible()
  // The command from the alarm goes through the same confirmation.
  await detail.getByRole('button', { name: `Close door ${door.name}` }).click()
  const confirm = page.getByRole('dialog')
  await expect(confirm).toContainText(door.name)
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(confirm).toBeHidden()
})

test('an unacknowledged critical alarm escalates after the configured time: notified again, louder', async ({
  launch,
}) => {
  const app = await openGuard(launch)
  const { page } = app
  await nav(page, 'Settings')
  await page.getByLabel('Escalate unacknowledged critical alarms after (seconds)').fill('5')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText(/saved/i).first()).toBeVisible()
  await nav(page, 'Guard')

  const door = (await sensorDoors())[6]!
  await sim.control.trigger({ kind: 'forcedOpen', doorId: door.id })
  const title = `Forced open: ${door.name}`
  await expect
    .poll(async () => (await app.main.notifications()).map((n) => String(n.options.title)))
    .toEqual([title])
  const sound = page.getByRole('status', { name: 'Alarm sound' })
  await expect(sound).not.toContainText('escalated')
  const raisedAt = Date.now()
  await expect
    .poll(async () => (await app.main.notifications()).map((n) => String(n.options.title)), {
      timeout: 10_000,
    })
    .toEqual([title, `Still not acknowledged: ${title}`])
  expect(Date.now() - raisedAt).toBeGreaterThan(2_500)
  await expect(sound).toContainText('escalated')
  expect((await snapshot(page)).sound).toMatchObject({ escalated: true, loop: true })
  // Once only.
  await page.waitForTimeout(2000)
  expect(await app.main.notifications()).toHaveLength(2)
})
