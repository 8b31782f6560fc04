/**
 * A station opens on the work page it showed last: a guard booth restarted (a power cut, an update at
 * night) comes back on its door board, filled, with nobody clicking; a desk left on Reception comes back
 * on the registration form. Real built app through the harness, against the simulator, one data folder
 * across restarts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { expect, test } from './fixtures'

let sim: RunningSimulator
let userDataDir: string
test.beforeEach(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
  userDataDir = mkdtempSync(join(tmpdir(), 'gatehouse-start-page-'))
})
test.afterEach(async () => {
  await sim?.close()
  rmSync(userDataDir, { recursive: true, force: true })
})

function startPageSaved(): string | undefined {
  const file = join(userDataDir, 'settings.json')
  if (!existsSync(file)) return undefined
  return (JSON.parse(readFileSync(file, 'utf8')) as { settings?: { startPage?: string } }).settings?.startPage
}

test('a station left on Guard restarts on its filled door board; left on Reception, on the form', async ({
  launch,
}) => {
  const options = { simulatorUrl: sim.url, simulatorToken: sim.token, userDataDir }
  const doors = (await sim.control.snapshot()).doors.length
  const board = `Doors (${doors} of ${doors})`
  const nav = (p: typeof first.page) => p.getByRole('navigation', { name: 'Main' })

  // A new station opens on Reception. The guard moves it to Guard and it is closed there.
  const first = await launch(options)
  await expect(first.page.getByRole('form', { name: 'Register a visitor' })).toBeVisible()
  await nav(first.page).getByRole('link', { name: 'Guard' }).click()
  await expect(first.page.getByRole('heading', { name: board })).toBeVisible({ timeout: 30_000 })
  // Main keeps the page in the station's settings.
  await expect.poll(() => startPageSaved()).toBe('guard')
  await first.close()

  // Restarted: the door board, filled by the first poll, and never the form in between.
  const second = await launch(options)
  await expect(second.page.getByRole('heading', { name: board })).toBeVisible({ timeout: 30_000 })
  await expect(second.page).toHaveURL(/#\/guard$/)
  await expect(nav(second.page).getByRole('link', { name: 'Guard' })).toHaveAttribute('aria-current', 'page')
  await expect(second.page.getByRole('form', { name: 'Register a visitor' })).toHaveCount(0)

  // Back to Reception and closed there: the next start is the registration form again.
  await nav(second.page).getByRole('link', { name: 'Reception' }).click()
  await expect(second.page.getByRole('form', { name: 'Register a visitor' })).toBeVisible()
  await expect.poll(() => startPageSaved()).toBe('reception')
  await second.close()
  const third = await launch(options)
  await expect(third.page.getByRole('form', { name: 'Register a visitor' })).toBeVisible()
  await expect(third.page).toHaveURL(/#\/reception$/)
  expect(await third.main.errors()).toEqual([])
})
