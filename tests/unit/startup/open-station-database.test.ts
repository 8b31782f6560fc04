import Database from 'better-sqlite3'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BUSY_TIMEOUT_MS } from '../../../electron/main/db/database'
import { allMigrations } from '../../../electron/main/services'
import { moveAside } from '../../../electron/main/startup/move-aside'
import { openStationDatabase, StartupCancelled } from '../../../electron/main/startup/open-station-database'
import { classifySqliteError } from '../../../electron/main/startup/sqlite-errors'
import { createStartupNotices } from '../../../electron/main/startup/startup-notices'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gatehouse-open-db-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const neverAsked = async (): Promise<boolean> => {
  throw new Error('the operator should not have been asked')
}

describe('openStationDatabase', () => {
  it('opens a new database with every migration applied', async () => {
    const notices = createStartupNotices()
    const db = await openStationDatabase(join(dir, 'gatehouse.db'), allMigrations, {
      notices,
      askRetryWhenLocked: neverAsked,
    })
    const applied = db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }
    expect(applied.n).toBe(allMigrations.length)
    expect(db.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS)
    db.close()
    expect(notices.list()).toEqual([])
  })

  it('keeps an unreadable file aside and starts a fresh one', async () => {
    const file = join(dir, 'gatehouse.db')
    writeFileSync(file, 'garbage'.repeat(200))
    const notices = createStartupNotices()
    const db = await openStationDatabase(file, allMigrations, { notices, askRetryWhenLocked: neverAsked })
    expect(db.pragma('quick_check', { simple: true })).toBe('ok')
    db.close()
    const kept = readdirSync(dir).filter((f) => f.includes('.unreadable-'))
    expect(kept).toEqual([expect.stringMatching(/^gatehouse\.unreadable-\d{8}-\d{6}\.db$/)])
    expect(notices.list()).toEqual([
      { kind: 'database-reset', keptAs: join(dir, kept[0]!), at: expect.any(String) },
    ])
  })

  it('asks while another connection holds the write lock; Quit ends start-up', async () => {
    const file = join(dir, 'gatehouse.db')
    ;(
      await openStationDatabase(file, allMigrations, {
        notices: createStartupNotices(),
        askRetryWhenLocked: neverAsked,
      })
    ).close()
    const other = new Database(file)
    other.exec('BEGIN IMMEDIATE')
    const asked: string[] = []
    const started = Date.now()
    await expect(
      openStationDatabase(file, allMigrations, {
        notices: createStartupNotices(),
        askRetryWhenLocked: async (f) => {
          asked.push(f)
          return false
        },
      }),
    ).rejects.toBeInstanceOf(StartupCancelled)
    expect(asked).toEqual([file])
    // Reported after about one busy wait, not a 5 s wait per statement.
    expect(Date.now() - started).toBeLessThan(4_000)
    other.exec('ROLLBACK')
    other.close()
  })

  it('Try again succeeds once the other program lets go', async () => {
    const file = join(dir, 'gatehouse.db')
    ;(
      await openStationDatabase(file, allMigrations, {
        notices: createStartupNotices(),
        askRetryWhenLocked: neverAsked,
      })
    ).close()
    const other = new Database(file)
    other.exec('BEGIN IMMEDIATE')
    let tries = 0
    const db = await openStationDatabase(file, allMigrations, {
      notices: createStartupNotices(),
      askRetryWhenLocked: async () => {
        tries++
        if (tries === 2) {
          other.exec('ROLLBACK')
          other.close()
        }
        return true
      },
    })
    expect(tries).toBe(2)
    db.close()
  })

  it('does not swallow other failures (a folder where the file should be)', async () => {
    const file = join(dir, 'gatehouse.db')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(file)
    await expect(
      openStationDatabase(file, allMigrations, {
        notices: createStartupNotices(),
        askRetryWhenLocked: neverAsked,
      }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_CANTOPEN/) })
  })
})

describe('classifySqliteError and moveAside', () => {
  it('classifies by SQLite code', () => {
    expect(classifySqliteError({ code: 'SQLITE_NOTADB' })).toBe('unreadable')
    expect(classifySqliteError({ code: 'SQLITE_CORRUPT' })).toBe('unreadable')
    expect(classifySqliteError({ code: 'SQLITE_BUSY' })).toBe('locked')
    expect(classifySqliteError({ code: 'SQLITE_LOCKED_SHAREDCACHE' })).toBe('locked')
    expect(classifySqliteError({ code: 'SQLITE_CANTOPEN' })).toBe('other')
    expect(classifySqliteError(new Error('x'))).toBe('other')
  })

  it('moves companion files (-wal, -shm) along with their database', () => {
    const file = join(dir, 'gatehouse.db')
    writeFileSync(file, 'db')
    writeFileSync(`${file}-wal`, 'wal')
    const kept = moveAside(file, new Date('2026-12-03T07:15:02Z'), ['-wal', '-shm'])
    expect(readdirSync(dir).sort()).toEqual([
      'gatehouse.unreadable-20261203-071502.db',
      'gatehouse.unreadable-20261203-071502.db-wal',
    ])
    expect(kept).toBe(join(dir, 'gatehouse.unreadable-20261203-071502.db'))
  })

  it('never overwrites an earlier kept file', () => {
    const file = join(dir, 'settings.json')
    const at = new Date('2026-12-03T07:15:02Z')
    writeFileSync(file, 'one')
    const first = moveAside(file, at)
    writeFileSync(file, 'two')
    const second = moveAside(file, at)
    expect(first).toBe(join(dir, 'settings.unreadable-20261203-071502.json'))
    expect(second).toBe(join(dir, 'settings.unreadable-20261203-071502-2.json'))
  })
})
