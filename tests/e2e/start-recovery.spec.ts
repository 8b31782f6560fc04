/**
 * A start that never leaves the operator with nothing: unreadable settings or database files are
 * kept aside and explained in the window, a database held by another program is reported at once and
 * retried, and any other failure ends in a native dialog that says why (never a process with no window).
 */
import Database from 'better-sqlite3'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './fixtures'

async function freshDir(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `gatehouse-start-${label}-`))
}

function keptFiles(dir: string, stem: string): string[] {
  return readdirSync(dir).filter((f) => f.startsWith(`${stem}.unreadable-`))
}

test('a truncated settings.json is kept aside, defaults are used and the window explains it', async ({
  launch,
}) => {
  const dir = await freshDir('settings')
  try {
    const truncated = '{"settings":{"siteName":"North Gate","profiles":[{"id":"a1","na'
    writeFileSync(join(dir, 'settings.json'), truncated)
    const app = await launch({ userDataDir: dir })
    const alert = app.page.getByRole('alert').filter({ hasText: 'Settings could not be read and were reset' })
    await expect(alert).toBeVisible()
    const [kept] = keptFiles(dir, 'settings')
    expect(kept).toMatch(/^settings\.unreadable-\d{8}-\d{6}\.json$/)
    await expect(alert).toContainText(join(dir, kept!))
    // Nothing that was in the file is lost: the kept copy is byte for byte what was there.
    expect(readFileSync(join(dir, kept!), 'utf8')).toBe(truncated)
    // The app is usable: the shell works and a new settings file is valid JSON.
    await app.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
    await expect(app.page).toHaveURL(/#\/settings/)
    expect(() => JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).not.toThrow()
    expect(await app.main.errors()).toEqual([])
    // Read and dismissed: the notice goes away.
    await alert.getByRole('button', { name: 'Close' }).click()
    await expect(alert).toBeHidden()
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

test('a garbage database is kept aside, a fresh one is created, settings are untouched', async ({
  launch,
}) => {
  const dir = await freshDir('db')
  try {
    // A first, normal start writes settings and the database.
    const first = await launch({ userDataDir: dir })
    await first.close()
    const settingsBefore = readFileSync(join(dir, 'settings.json'), 'utf8')
    const garbage = Buffer.from(
      'this is not a SQLite database, it was overwritten by something else\n'.repeat(64),
    )
    writeFileSync(join(dir, 'gatehouse.db'), garbage)

    const app = await launch({ userDataDir: dir })
    const alert = app.page
      .getByRole('alert')
      .filter({ hasText: "This desk's database could not be read and a new one was started" })
    await expect(alert).toBeVisible()
    const [kept] = keptFiles(dir, 'gatehouse')
    expect(kept).toMatch(/^gatehouse\.unreadable-\d{8}-\d{6}\.db$/)
    await expect(alert).toContainText(kept!)
    expect(readFileSync(join(dir, kept!)).equals(garbage)).toBe(true)
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(settingsBefore)
    // The new database works: the reception page loads its lists from it.
    await app.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reception' }).click()
    await expect(app.page).toHaveURL(/#\/reception/)
    const fresh = new Database(join(dir, 'gatehouse.db'), { readonly: true })
    try {
      expect(fresh.pragma('quick_check', { simple: true })).toBe('ok')
    } finally {
      fresh.close()
    }
    expect(await app.main.errors()).toEqual([])
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

test('a database held by another program is reported at once and retried until it is free', async ({
  launch,
}) => {
  const dir = await freshDir('locked')
  try {
    const first = await launch({ userDataDir: dir })
    await first.close()
    // Another program holds a write lock on the database (as a backup tool or a second copy would).
    const other = new Database(join(dir, 'gatehouse.db'))
    other.exec('BEGIN IMMEDIATE')
    const app = await launch({ userDataDir: dir, waitFor: 'ready' })
    const askedNow = async () =>
      (await app.main.dialogs()).filter(
        (d) =>
          d.method === 'showMessageBox' && String(d.options.message).includes('in use by another program'),
      )
    // The operator is asked at once (after one short busy wait), not after a freeze...
    await expect.poll(async () => (await askedNow()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1)
    const question = (await askedNow())[0]!
    expect(question.options.buttons).toEqual(['Try again', 'Quit'])
    expect(String(question.options.detail)).toContain('gatehouse.db')
    // ..."Try again" (the dialog's default) keeps failing while the lock is held...
    await expect.poll(async () => (await askedNow()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2)
    expect(app.windows()).toHaveLength(0)
    const window = app.waitForWindow()
    other.exec('ROLLBACK')
    other.close()
    // ...and the first try after it is let go opens the window.
    const page = await window
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 20_000 })
    expect(await app.main.errors()).toEqual([])
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

test('any other start failure shows a native dialog with the reason, and the process ends', async ({
  launch,
}) => {
  const dir = await freshDir('fail')
  try {
    // A folder where the database file should be: SQLite cannot open it, and nothing can repair it.
    mkdirSync(join(dir, 'gatehouse.db'))
    const app = await launch({ userDataDir: dir, waitFor: 'exit' })
    const { code } = await app.exited
    expect(code).toBe(1)
    const dialogs = await app.main.dialogs()
    const failure = dialogs.find((d) => d.options.title === 'Gatehouse could not start')
    expect(failure, JSON.stringify(dialogs)).toBeTruthy()
    expect(String(failure!.options.detail)).toContain('Gatehouse cannot write to its data folder')
    expect(String(failure!.options.detail)).toContain(dir)
    expect(failure!.options.buttons).toEqual(['Quit'])
    expect(existsSync(join(dir, 'gatehouse.db'))).toBe(true)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
