/// <reference lib="dom" />
/**
 * "Enrol photo" for an employee, end to end: the fake webcam's known picture captured in the dialog,
 * sent with person/updatePersonnelPhoto, the server's verdict shown; the simulator then holds exactly
 * that photo for the employee. An unknown pin shows the server's refusal.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { writeFakeVideo } from '../support/fake-video'
import { expect, test } from './fixtures'

test.describe.configure({ timeout: 120_000 })

let sim: RunningSimulator
let dir: string
let video: string
let pin: string

test.beforeAll(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
  pin = (await sim.control.snapshot()).samplePins[1] as string
  dir = await mkdtemp(join(tmpdir(), 'gatehouse-enrol-e2e-'))
  video = await writeFakeVideo(join(dir, 'known-picture.y4m'), { width: 1280, height: 720 })
})

test.afterAll(async () => {
  await sim?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

async function openEnrol(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reception' }).click()
  await page.getByRole('button', { name: /Enrol employee photo/ }).click()
  const dialog = page.getByRole('dialog', { name: /Enrol/ })
  await expect(dialog).toBeVisible()
  return dialog
}

test("an employee's webcam photo is sent to the server and its verdict shown", async ({ launch }) => {
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token, fakeVideo: video })
  const dialog = await openEnrol(app.page)
  await expect(dialog.getByRole('button', { name: 'Enrol photo' })).toBeDisabled()
  // Found by a search over the directory, not typed as a raw pin.
  await dialog.getByRole('combobox', { name: 'Employee' }).fill(pin)
  const option = app.page.getByRole('option').filter({ hasText: pin }).first()
  await expect(option).toBeVisible({ timeout: 20_000 })
  await option.click()
  await expect(dialog.getByRole('combobox', { name: 'Employee' })).toHaveValue(new RegExp(`\\(${pin}\\)`))
  await dialog.getByRole('button', { name: 'Start camera' }).click()
  await dialog.getByRole('button', { name: 'Capture photo' }).click()
  const still = dialog.getByRole('img', { name: 'Captured visitor photo' })
  await expect(still).toBeVisible()
  const sent = ((await still.getAttribute('src')) ?? '').replace('data:image/jpeg;base64,', '')
  await dialog.getByRole('button', { name: 'Enrol photo' }).click()
  await expect(dialog.getByRole('status')).toContainText('The server accepted the photo')

  const request = (await sim.control.requests())
    .filter((r) => r.path === '/api/person/updatePersonnelPhoto')
    .at(-1)
  expect(request?.status).toBe(200)
  // The server now holds exactly the photo captured.
  const answer = await fetch(
    `${sim.url}/api/person/getPersonList?pins=${pin}&pageNo=1&pageSize=1&access_token=${sim.token}`,
    { method: 'POST' },
  )
  const rows = ((await answer.json()) as { data: { pin: string; personPhoto?: string }[] }).data
  expect(rows.find((r) => r.pin === pin)?.personPhoto).toBe(sent)
  expect(sent.startsWith('/9j/')).toBe(true)
})

test('nobody is enrolled without being found in the directory first', async ({ launch }) => {
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token, fakeVideo: video })
  const dialog = await openEnrol(app.page)
  const enrolCalls = async () =>
    (await sim.control.requests()).filter((r) => r.path === '/api/person/updatePersonnelPhoto').length
  const before = await enrolCalls()
  await dialog.getByRole('combobox', { name: 'Employee' }).fill('nobody-here-77')
  await expect(app.page.getByRole('option').filter({ hasText: 'Nobody matches' })).toBeVisible({
    timeout: 20_000,
  })
  await app.page.keyboard.press('Escape') // closes the result list, not the dialog
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Start camera' }).click()
  await dialog.getByRole('button', { name: 'Capture photo' }).click()
  await expect(dialog.getByRole('img', { name: 'Captured visitor photo' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Enrol photo' })).toBeDisabled()
  expect(await enrolCalls()).toBe(before)
})
