import { openDatabase, type Db, type Migration } from '../db/database'
import { createLogger } from '../log'
import { moveAside } from './move-aside'
import { classifySqliteError } from './sqlite-errors'
import type { StartupNotices } from './startup-notices'

const log = createLogger('startup')

const RETRY_PAUSE_MS = 250

/** The operator chose Quit while the database was held by another program. */
export class StartupCancelled extends Error {
  constructor() {
    super('start-up cancelled by the operator')
    this.name = 'StartupCancelled'
  }
}

export interface OpenStationDatabaseDeps {
  notices: StartupNotices
  /** Tell the operator the database is in use; true = try again, false = quit. */
  askRetryWhenLocked(file: string): Promise<boolean>
}

/**
 * Opens the station's database so that start-up always ends in a usable app or a clear choice:
 * - a file that is not a database (or is damaged) is moved aside, kept with a timestamp, and a fresh
 *   one is created; the operator is told where the old one was kept;
 * - a file another program holds (locked) is reported at once with "Try again" / "Quit", instead of
 *   freezing the start for several busy waits. A write probe (BEGIN IMMEDIATE) finds that lock even
 *   when every migration is already applied and nothing else would write until much later.
 */
export async function openStationDatabase(
  file: string,
  migrations: readonly Migration[],
  deps: OpenStationDatabaseDeps,
): Promise<Db> {
  let movedAside = false
  for (;;) {
    try {
      // Each try waits one busy timeout (db/database.ts) for the other program's lock.
      const db = openDatabase(file, migrations)
      try {
        db.exec('BEGIN IMMEDIATE; ROLLBACK')
      } catch (error) {
        db.close()
        throw error
      }
      return db
    } catch (error) {
      const trouble = classifySqliteError(error)
      if (trouble === 'unreadable' && !movedAside) {
        const kept = moveAside(file, new Date(), ['-wal', '-shm'])
        movedAside = true
        deps.notices.add('database-reset', kept)
        log.warn('the station database could not be read; kept it and started a fresh one', { kept })
        continue
      }
      if (trouble === 'locked') {
        log.warn('the station database is in use by another program', { file })
        if (!(await deps.askRetryWhenLocked(file))) throw new StartupCancelled()
        // Each try blocks main for one busy wait: leave room for everything else between tries.
        await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS))
        continue
      }
      throw error
    }
  }
}
