/// <reference lib="dom" />
/**
 * The guard station in the language of the machine it runs on, and ZKBio event names in the server's
 * language: the app is started with a Spanish system language (LANGUAGE/LANG of main's environment, as
 * on a Linux desktop), a Spanish server's "Apertura forzada" (no event number, no level, no configured
 * name) raises a forced-door alarm, and the screen, the alarm and the native notification say it in
 * Spanish; switching the language applies at once. Elements are found by their names in the shipped
 * Spanish and Chinese messages.
 */
import type { AlarmView, GuardSnapshot } from '../../electron/shared/contract/guard'
import { formatMessage } from '../../electron/shared/i18n/format-message'
import esEvents from '../../electron/shared/i18n/messages/es/events'
import esGuard from '../../electron/shared/i18n/messages/es/guard'
import esShell from '../../electron/shared/i18n/messages/es/shell'
import zhGuard from '../../electron/shared/i18n/messages/zh-CN/guard'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { expect, test } from './fixtures'
import { call, untilGuardLive } from './support/page-api'

test.describe.configure({ timeout: 120_000 })

let sim: RunningSimulator
test.beforeEach(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
})
test.afterEach(async () => {
  await sim?.close()
})

const SPANISH_DESK = { GATEHOUSE_TEST_POLL_MS: '250', LANGUAGE: 'es', LANG: 'es_ES.UTF-8', LC_ALL: '' }

test("a Spanish server's 'Apertura forzada' is a forced door, and the guard station says so in Spanish", async ({
  launch,
}) => {
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token, env: SPANISH_DESK })
  const { page } = app
  await untilGuardLive(page)
  expect((await call<{ language: string }>(page, 'language', 'get')).language).toBe('es')

  await page
    .getByRole('navigation', { name: esShell.mainNav })
    .getByRole('link', { name: esShell.pages.guard })
    .click()
  await expect(page.getByRole('heading', { name: esGuard.title, level: 1 })).toBeVisible()
  await expect(page.getByRole('tab', { name: esGuard.tabs.doors })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('tab', { name: esGuard.tabs.events })).toBeVisible()
  await expect(page.getByText(esGuard.queue.empty)).toBeVisible()

  // A door that stays closed and online: only the event's NAME can make this an alarm.
  const snap = await sim.control.snapshot()
  const door = (snap.doors as { id: string; name: string; connect: string }[]).find((d) => d.connect === '1')!
  await sim.control.trigger({ kind: 'serverEvent', doorId: door.id, eventName: 'Apertura forzada' })

  await expect
    .poll(async () => (await call<GuardSnapshot>(page, 'guard', 'snapshot')).openAlarms.length, {
      timeout: 15_000,
    })
    .toBe(1)
  const alarm = (await call<GuardSnapshot>(page, 'guard', 'snapshot')).openAlarms[0] as AlarmView
  expect(alarm).toMatchObject({ kind: 'forcedOpen', priority: 'critical', targetName: door.name })
  expect(alarm.detail).toContain('Apertura forzada')

  // The queue names it in Spanish, with its time in the shared clock format.
  const title = formatMessage('{kind}: {place}', { kind: esEvents.kind.forcedOpen, place: door.name })
  const item = page
    .getByRole('list', { name: esGuard.queue.listLabel })
    .getByRole('listitem', { name: title })
  await expect(item).toBeVisible()
  await expect(item).toContainText(esGuard.priorityWord.critical)
  await expect(item.getByRole('button', { name: `Reconocer ${title}` })).toBeVisible()
  await expect(item).toContainText(/desde las \d{2}:\d{2}:\d{2}/)

  // The native notification is main's text, in Spanish, with the time formatted for Spanish.
  const clock = new Intl.DateTimeFormat('es', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(alarm.firstAt))
  await expect.poll(async () => (await app.main.notifications()).length, { timeout: 10_000 }).toBe(1)
  const [notice] = await app.main.notifications()
  expect(notice!.options).toMatchObject({ title, urgency: 'critical' })
  expect(String(notice!.options.body)).toBe(`Desde las ${clock}`)

  // The alarm opened: its detail in Spanish.
  await item.click()
  await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible()
  await expect(page.getByRole('heading', { name: esGuard.detail.instructions })).toBeVisible()
  await expect(page.getByText(esGuard.detail.status.new, { exact: false }).first()).toBeVisible()

  // Switching the language applies at once, without a restart.
  await call(page, 'language', 'set', { choice: 'zh-CN' })
  await expect(page.getByRole('heading', { name: zhGuard.title, level: 1 })).toBeVisible()
  await expect(page.getByRole('listitem', { name: `强行开门：${door.name}` })).toBeVisible()
  expect(await app.main.errors()).toEqual([])
})
