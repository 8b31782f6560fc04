/**
 * The guard's tables (door board, live feed) at 1366x768, in every language: a cell shows its words
 * whole when they fit; a cell too narrow for them is cut with "…" and shows them whole in its tooltip;
 * no cell's content reaches into the next one. Cells that fit are not clipped at all (a clip per cell
 * was a paint layer per cell, 18-19 % of the renderer main thread per scroll frame: cell-fit.ts).
 */
import type { Locator, Page } from '@playwright/test'
import { SUPPORTED, type Language } from '../../electron/shared/i18n/languages'
import { translatorFor, type Translate } from '../../electron/shared/i18n/translate'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { expect, test } from './fixtures'
import { untilGuardLive } from './support/page-api'

let sim: RunningSimulator
test.beforeAll(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
})
test.afterAll(async () => {
  await sim?.close()
})

interface CellReport {
  /** Cells whose content is wider than the cell and not cut: words over the next cell. */
  spilling: string[]
  /** Cut cells whose tooltip is not their whole text, that would have fitted, or that hold buttons. */
  badCuts: string[]
  cut: number
  whole: number
  /** Whole cells that still clip (overflow other than visible). */
  clippedWhole: number
}

/** Every rendered cell of the table (headers too), measured in the page. */
function cellsOf(table: Locator): Promise<CellReport> {
  return table.evaluate((root) => {
    // Where the first letter of a cell's text is laid out (a clipped letter keeps its place).
    const firstCharacterBox = (cell: HTMLElement): DOMRect | null => {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.nodeValue ?? '').search(/\S/)
        if (at < 0) continue
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + 1)
        return range.getBoundingClientRect()
      }
      return null
    }
    const report = { spilling: [] as string[], badCuts: [] as string[], cut: 0, whole: 0, clippedWhole: 0 }
    for (const cell of root.querySelectorAll<HTMLElement>('[role="cell"], [role="columnheader"]')) {
      const text = (cell.textContent ?? '').trim()
      const wider = cell.scrollWidth > cell.clientWidth + 1
      const head = cell.getAttribute('role') === 'columnheader'
      if (cell.hasAttribute('data-cut') || head) {
        if (cell.hasAttribute('data-cut')) report.cut++
        if (cell.title !== text) report.badCuts.push(`${text} (tooltip "${cell.title}")`)
        if (!head && !wider && cell.querySelector('.chip') === null) report.badCuts.push(`${text} (fits)`)
        // Buttons are never cut: their column is as wide as they are in every language.
        if (cell.querySelector('button')) report.badCuts.push(`${text} (buttons cut)`)
        // A cut text shows its beginning, whatever the page's direction: in Arabic a controller's
        // address (left to right) had shown its end, "…8.10.19", its start cut off past the cell.
        const first = firstCharacterBox(cell)
        const box = cell.getBoundingClientRect()
        if (first && (first.left < box.left - 1 || first.right > box.right + 1))
          report.badCuts.push(`${text} (its start is hidden)`)
      } else {
        report.whole++
        if (wider) report.spilling.push(`${text} (${cell.scrollWidth} px in ${cell.clientWidth})`)
        if (getComputedStyle(cell).overflowX !== 'visible') report.clippedWhole++
      }
    }
    return report
  })
}

async function chooseLanguage(page: Page, from: Translate, to: Language): Promise<Translate> {
  const display = page.getByRole('button', { name: from('shell.display'), exact: true })
  if ((await display.getAttribute('aria-expanded')) !== 'true') await display.click()
  const panel = page.getByRole('group', { name: from('shell.displayPanel') })
  await panel.getByRole('combobox', { name: from('shell.displayLanguage') }).selectOption(to)
  await expect(page.locator('html')).toHaveAttribute('lang', to)
  const say = translatorFor(to)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('button', { name: say('shell.display'), exact: true })).toHaveAttribute(
    'aria-expanded',
    'false',
  )
  return say
}

test('board and feed cells are whole, or cut with "…" and whole in the tooltip, in every language', async ({
  launch,
}) => {
  test.setTimeout(120_000)
  const { page } = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
  await page.setViewportSize({ width: 1366, height: 768 })
  let say = translatorFor('en')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guard' }).click()
  await untilGuardLive(page)
  const snap = await sim.control.snapshot()
  const [held, forced] = snap.doors.filter((d) => d.connect === '1' && d.hasSensor)
  const heldDevice = snap.devices.find((d) => d.sn === held!.deviceSn)!.name
  await sim.control.trigger({ kind: 'heldOpen', doorId: held!.id })
  await sim.control.trigger({ kind: 'forcedOpen', doorId: forced!.id })
  await sim.control.scenario({ steps: 60 })
  const rowOf = (door: { name: string }) => page.getByRole('row').filter({ hasText: door.name })
  await expect(rowOf(held!).filter({ hasText: say('events.doorAlarm.timeout') })).toBeVisible()

  const seen = { cut: 0, whole: 0 }
  for (const language of SUPPORTED) {
    if (language !== 'en') say = await chooseLanguage(page, say, language)
    const tabs = page.getByRole('tablist', { name: say('guard.tabs.label') })
    for (const [tab, label] of [
      ['guard.tabs.doors', 'guard.doors.boardLabel'],
      ['guard.tabs.events', 'guard.feed.tableLabel'],
    ] as const) {
      await tabs.getByRole('tab', { name: say(tab) }).click()
      const table = page.getByRole('table', { name: say(label) })
      await expect(table.getByRole('row').nth(3)).toBeVisible()
      const cells = await cellsOf(table)
      expect(cells.spilling, `${language}: ${say(label)}`).toEqual([])
      expect(cells.badCuts, `${language}: ${say(label)}`).toEqual([])
      expect(cells.clippedWhole, `${language}: ${say(label)}`).toBe(0)
      seen.cut += cells.cut
      seen.whole += cells.whole
    }
  }
  // Both kinds were there to check: the controllers' addresses are cut at 1366 px, the states whole.
  expect(seen.cut).toBeGreaterThan(50)
  expect(seen.whole).toBeGreaterThan(500)

  // In Spanish the held-open alarm's words are longer than its column: cut, and whole in the tooltip.
  say = await chooseLanguage(page, say, 'es')
  const tabs = page.getByRole('tablist', { name: say('guard.tabs.label') })
  await tabs.getByRole('tab', { name: say('guard.tabs.doors') }).click()
  const heldWords = say('events.doorAlarm.timeout')
  expect(heldWords).toBe('Abierta demasiado tiempo')
  const alarmCell = rowOf(held!).getByRole('cell', { name: heldWords })
  await expect(alarmCell).toHaveAttribute('data-cut', '')
  await expect(alarmCell).toHaveAttribute('title', heldWords)

  // Rows that scroll into view reuse the elements of rows that left: they are measured afresh.
  const board = page.getByRole('table', { name: say('guard.doors.boardLabel') })
  await board.evaluate((el) => {
    el.scrollTop = el.scrollHeight
  })
  await expect(board.locator(`[role="row"][aria-rowindex="${snap.doors.length + 1}"]`)).toBeVisible()
  expect((await cellsOf(board)).spilling).toEqual([])

  // A wider window: the columns that share the rest grow, and the addresses cut before are whole.
  await board.evaluate((el) => {
    el.scrollTop = 0
  })
  await page.setViewportSize({ width: 1920, height: 1080 })
  await expect(async () => {
    const wide = await cellsOf(board)
    expect(wide.spilling).toEqual([])
    expect(wide.badCuts).toEqual([])
    const device = board.getByRole('cell', { name: heldDevice, exact: true }).first()
    expect(await device.getAttribute('data-cut')).toBeNull()
  }).toPass({ timeout: 5000 })
})
