/**
 * The guard screen's tables repaint alone. Blink repaints a changed paint layer's ancestors as well,
 * walking everything they paint themselves; so every large region beside the live feed or the door
 * board (the header, the alarm queue, the tabs, the filters) is a stacking context of its own
 * (`.paint-apart` in styles/theme.css), kept whole while the table scrolls or fills. Measured by the
 * guard-ui bench; this test keeps a region added beside a table later from painting with it.
 */
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { expect, test } from './fixtures'

let sim: RunningSimulator
test.beforeAll(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
})
test.afterAll(async () => {
  await sim?.close()
})

/** A region of this many elements or more beside a table must paint apart (a heading need not). */
const LARGE = 8

test('every large region beside the live feed and the door board paints apart from the table', async ({
  launch,
}) => {
  const { page } = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token })
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guard' }).click()
  const tabs = page.getByRole('tablist', { name: 'Guard views' })
  const { doors, samplePins } = await sim.control.snapshot()
  await expect(page.getByRole('heading', { name: /^Doors \(/ })).toBeVisible()
  // The person shown beside the feed (a click on their event) is on screen too.
  const [granted] = await sim.control.trigger({
    kind: 'accessGranted',
    doorId: doors[0]!.id,
    pin: samplePins[0]!,
  })

  for (const [tab, label] of [
    ['Doors', 'Door board'],
    ['Live events', 'Live event feed'],
  ] as const) {
    await tabs.getByRole('tab', { name: tab }).click()
    const table = page.getByRole('table', { name: label })
    const firstRow = table.locator('[role="row"][aria-rowindex="2"]')
    await expect(firstRow).toBeVisible()
    if (tab === 'Live events') {
      await table.getByRole('row').filter({ hasText: granted!.eventName }).first().click()
      await expect(page.getByRole('complementary', { name: 'Person on the selected event' })).toBeVisible()
    }
    const report = await table.evaluate((el, large) => {
      // What makes a stacking context, hence a paint layer of its own.
      const apart = (e: Element): boolean => {
        const s = getComputedStyle(e)
        const parent = e.parentElement ? getComputedStyle(e.parentElement).display : ''
        return (
          s.isolation === 'isolate' ||
          s.position === 'fixed' ||
          s.position === 'sticky' ||
          (s.zIndex !== 'auto' && (s.position !== 'static' || /flex|grid/.test(parent))) ||
          Number(s.opacity) < 1 ||
          s.transform !== 'none' ||
          s.filter !== 'none' ||
          /paint|strict|content/.test(s.contain) ||
          s.mixBlendMode !== 'normal'
        )
      }
      const name = (e: Element) =>
        `<${e.tagName.toLowerCase()}${e.className ? ` class="${String(e.className)}"` : ''}>`
      const together: string[] = []
      const checked: string[] = []
      for (let at: Element = el; at.parentElement && at !== document.body; at = at.parentElement) {
        for (const beside of at.parentElement.children) {
          if (beside === at || !beside.getClientRects().length) continue
          const size = beside.querySelectorAll('*').length + 1
          if (size < large) continue
          checked.push(name(beside))
          if (!apart(beside)) together.push(`${name(beside)}: ${size} elements`)
        }
      }
      return { together, checked }
    }, LARGE)
    // The regions the screen has today are among those checked: the walk did look at them.
    const filters = tab === 'Doors' ? 'board__filters' : 'feed__filters'
    for (const region of ['shell__header', 'guard__side', 'guard__tabs', filters])
      expect(report.checked.join(' ')).toContain(region)
    expect(report.together, `${label}: regions painting with the table`).toEqual([])
  }
})
