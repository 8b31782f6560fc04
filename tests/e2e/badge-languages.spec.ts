/**
 * Badges printed in Arabic and in Chinese: the app is started with an Arabic (then a Chinese) system
 * language, a walk-in is registered through the reception form under a name in that script, the badge
 * is saved as PDF, and poppler's `pdftotext` must find the visitor's and the host's names and the
 * translated VISITOR tag in it (so the badge fonts have the glyphs). Elements are found by their names
 * in the shipped messages of that language.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Language } from '../../electron/shared/i18n/languages'
import { messages } from '../../electron/shared/i18n/messages/index'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { expect, test } from './fixtures'

const run = promisify(execFile)
test.describe.configure({ timeout: 150_000 })

let sim: RunningSimulator
let dir: string
let host: { pin: string; name: string }

test.beforeAll(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
  const pin = (await sim.control.snapshot()).samplePins[0] as string
  host = { pin, name: '' }
  dir = await mkdtemp(join(tmpdir(), 'gatehouse-badge-lang-'))
})
test.afterAll(async () => {
  await sim?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

const bare = (text: string) => text.replace(/\s+/g, '')
/** pdftotext may give right-to-left text in visual order: either order counts. */
const inPdfText = (text: string, expected: string) =>
  text.includes(bare(expected)) || text.includes([...bare(expected)].reverse().join(''))

const CASES: { language: Language; env: Record<string, string>; visitor: string; company: string }[] = [
  {
    language: 'ar',
    env: { LANGUAGE: 'ar', LANG: 'ar_EG.UTF-8', LC_ALL: '' },
    visitor: 'ليلى حداد',
    company: 'شركة النور',
  },
  {
    language: 'zh-CN',
    env: { LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8', LC_ALL: '' },
    visitor: '王小明',
    company: '华远物流',
  },
]

for (const c of CASES) {
  test(`a badge PDF in ${c.language} carries the visitor's name in its own script`, async ({ launch }) => {
    const m = messages[c.language]
    const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token, env: c.env })
    const { page } = app
    await expect(page.locator('html')).toHaveAttribute('lang', c.language, { timeout: 20_000 })
    if (c.language === 'ar') await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')

    await page
      .getByRole('navigation', { name: m.shell.mainNav })
      .getByRole('link', { name: m.shell.pages.reception })
      .click()
    const form = page.getByRole('form', { name: m.reception.form.name })
    await expect(form).toBeVisible()
    await form.getByRole('combobox', { name: m.reception.form.host }).fill(host.pin)
    await expect(page.getByRole('option').first()).toBeVisible({ timeout: 20_000 })
    await page.getByRole('option').first().click()
    await form.getByLabel(m.reception.form.idType).selectOption({ value: '3' })
    await form
      .getByLabel(m.reception.form.idNumber)
      .fill(`LANG${c.language.replace('-', '')}${Date.now().toString(36)}`)
    await form.getByLabel(m.reception.form.visitorName).fill(c.visitor)
    await form.getByLabel(m.reception.form.company).fill(c.company)
    await form.getByLabel(m.reception.form.reason).fill(m.reception.form.reasons.meeting)
    await form.getByRole('button', { name: m.reception.form.register }).click()

    // The badge dialog opens by itself; its Save-as-PDF button is the one that says PDF.
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible({ timeout: 20_000 })
    const pdfPath = join(dir, `badge-${c.language}.pdf`)
    await app.main.queueDialogResponse('showSaveDialog', { canceled: false, filePath: pdfPath })
    const save = dialog.getByRole('button', { name: /PDF/ })
    await expect(save).toBeEnabled({ timeout: 20_000 })
    await save.click()
    await expect
      .poll(async () => (await stat(pdfPath).catch(() => null))?.size ?? 0, { timeout: 20_000 })
      .toBeGreaterThan(0)
    // Main's save dialog speaks the language too.
    const saveDialog = (await app.main.dialogs()).find((d) => d.method === 'showSaveDialog')
    expect(saveDialog?.options.title).toBe(m.server.badge.savePdfTitle)

    const text = bare((await run('pdftotext', [pdfPath, '-'])).stdout)
    for (const expected of [c.visitor, c.company, m.server.badge.visitor])
      expect(inPdfText(text, expected), `${expected} in ${text}`).toBe(true)
    expect(await app.main.errors()).toEqual([])
  })
}
