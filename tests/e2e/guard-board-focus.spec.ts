/// <reference lib="dom" />
/**
 * Keyboard focus on the door board, whose rows are virtual (only those in view exist) and sorted with
 * alarms first: a guard who has tabbed to a door's command must not lose their place when that door's
 * alarm moves its row to the top, nor be thrown out of the board when the focused row scrolls out of
 * view. Real built app through the harness, against the simulator, polling every 300 ms.
 */
import type { Page } from 'playwright'
import { launchGatehouse, type GatehouseApp } from '../harness/launcher'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { expect, test } from './fixtures'

test.describe.configure({ mode: 'serial' })

let sim: RunningSimulator
let app: GatehouseApp
let page: Page
/** Online doors with a door sensor, in the board's order (by name while no door is in alarm). */
let doors: { id: string; name: string }[]

test.beforeAll(async ({ harnessBrowser }) => {
  sim = await startSimulator({ port: 0, quiet: true, size: 'scale' })
  app = await launchGatehouse({
    browser: harnessBrowser,
    simulatorUrl: sim.url,
    simulatorToken: sim.token,
    env: { GATEHOUSE_TEST_POLL_MS: '300' },
  })
  page = app.page
  await page.setViewportSize({ width: 1366, height: 768 })
  const snap = await sim.control.snapshot()
  doors = snap.doors
    .filter((d) => d.connect === '1' && d.hasSensor)
    .map((d) => ({ id: d.id, name: d.name }))
    .sort((a, b) => a.name.localeCompare(b.name))
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guard' }).click()
  await expect(
    page.getByRole('heading', { name: `Doors (${snap.doors.length} of ${snap.doors.length})` }),
  ).toBeVisible({
    timeout: 60_000,
  })
})

test.afterAll(async () => {
  await app?.close()
  await sim?.close()
})

test('a focused door command keeps the focus when the door goes into alarm and its row moves to the top', async () => {
  const board = page.getByRole('table', { name: 'Door board' })
  // A door a few rows down, so its alarm moves its row.
  const door = doors[4]!
  const close = board.getByRole('button', { name: `Close door ${door.name}` })
  await close.focus()
  await expect(close).toBeFocused()

  await sim.control.trigger({ kind: 'forcedOpen', doorId: door.id })
  // Alarms sort first: the door's row is now the board's first row, its close command still focused.
  const firstRow = board.locator('[role="row"][aria-rowindex="2"]')
  await expect(firstRow).toContainText(door.name)
  await expect(firstRow).toContainText('Forced open')
  await expect(close).toBeFocused()

  // And the keyboard goes on from there: Shift+Tab reaches the same door's open command.
  await page.keyboard.press('Shift+Tab')
  await expect(board.getByRole('button', { name: `Open door ${door.name}` })).toBeFocused()
  await sim.control.trigger({ kind: 'doorClose', doorId: door.id })
})

/** The board scrolled to its top, with the first door's close command focused. */
async function focusFirstClose() {
  const board = page.getByRole('table', { name: 'Door board' })
  await board.evaluate((el) => (el.scrollTop = 0))
  const first = board.getByRole('button', { name: `Close door ${doors[0]!.name}` })
  await first.focus()
  await expect(first).toBeFocused()
  return { board, first }
}

test('a focused row scrolled out of view leaves the focus on the board, which the arrow keys still scroll', async () => {
  const { board, first } = await focusFirstClose()

  // Scrolled to the end: the first rows are no longer rendered, the focus stays in the board.
  await board.evaluate((el) => (el.scrollTop = el.scrollHeight))
  await expect(first).toHaveCount(0)
  await expect(board).toBeFocused()
  const atEnd = await board.evaluate((el) => el.scrollTop)
  await page.keyboard.press('Home')
  await expect.poll(() => board.evaluate((el) => el.scrollTop)).toBeLessThan(atEnd)
})

test('a focused row scrolled just out of view does not hand its focus to the door whose row reuses its element', async () => {
  const { board, first } = await focusFirstClose()

  // Ten rows down: the first row has left the window (six rows are kept beyond each edge) and its
  // element now shows a door coming into view at the bottom. The focus must not follow the element.
  const rowHeight = await board.locator('[role="row"][aria-rowindex="2"]').evaluate((el) => el.clientHeight)
  await board.evaluate((el, step) => (el.scrollTop = step), rowHeight * 10)
  await expect(first).toHaveCount(0)
  await expect(board).toBeFocused()
  // A press of Enter on the board opens no door's confirmation.
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('a focused door command keeps the focus while the server link is lost, blocked, and works again once back', async () => {
  const board = page.getByRole('table', { name: 'Door board' })
  await board.evaluate((el) => (el.scrollTop = 0))
  const door = doors[1]!
  const close = board.getByRole('button', { name: `Close door ${door.name}` })
  await close.focus()
  await expect(close).toBeFocused()

  await sim.control.setOnline(false)
  try {
    await expect(page.getByRole('alert', { name: 'Server link lost' })).toBeVisible()
    // Blocked, with the reason, and still where the guard left it.
    await expect(close).toBeDisabled()
    await expect(close).toHaveAttribute('title', /Server unreachable/)
    await expect(close).toBeFocused()
    // A press does nothing: no confirmation is asked for a command that cannot be sent.
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog')).toHaveCount(0)
  } finally {
    await sim.control.setOnline(true)
  }
  await expect(close).toBeEnabled()
  await expect(close).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
})
