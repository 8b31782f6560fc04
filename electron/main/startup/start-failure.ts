import { app, dialog } from 'electron'
import { createLogger, redactSecrets } from '../log'
import { StartupCancelled } from './open-station-database'

const log = createLogger('startup')

/** Plain words for the failures a start can meet; the technical text follows for the site's IT. */
export function explainStartFailure(error: unknown): string {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : ''
  const technical = redactSecrets(error instanceof Error ? error.message : String(error))
  const plain =
    code === 'ENOSPC' || code === 'SQLITE_FULL'
      ? 'The disk is full. Free some space, then start Gatehouse again.'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code.startsWith('SQLITE_READONLY')
        ? "Gatehouse may not write to its data folder. Ask the site's IT to give this user write access to it."
        : code.startsWith('SQLITE_CANTOPEN') || code === 'EISDIR' || code === 'ENOTDIR'
          ? "Gatehouse cannot open its database file. Ask the site's IT to check the data folder."
          : 'Something unexpected stopped Gatehouse while it was starting.'
  return `${plain}\n\nData folder: ${app.getPath('userData')}\nDetails: ${technical}`
}

/**
 * The last word of a failed start: the operator sees why in a native dialog (there may be no window
 * to show it in), the single-instance lock is let go so the next start is not told "already running",
 * and the process ends. Never throws.
 */
export async function endFailedStart(error: unknown): Promise<void> {
  try {
    app.releaseSingleInstanceLock()
    if (error instanceof StartupCancelled) {
      log.info('start-up cancelled by the operator')
      app.exit(0)
      return
    }
    log.error('start-up failed', { error })
    await dialog.showMessageBox({
      type: 'error',
      title: 'Gatehouse could not start',
      message: 'Gatehouse could not start.',
      detail: explainStartFailure(error),
      buttons: ['Quit'],
      defaultId: 0,
      noLink: true,
    })
  } catch (dialogError) {
    log.error('could not show the start-up failure', { error: dialogError })
  }
  app.exit(1)
}

/** Asked while another program holds the database: true = try again. */
export async function askRetryWhenLocked(file: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'Gatehouse',
    message: "Gatehouse's database is in use by another program.",
    detail:
      `${file} is held by another program: perhaps another Gatehouse using the same data folder, or a ` +
      'backup or antivirus tool. Close it, then choose Try again.',
    buttons: ['Try again', 'Quit'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  })
  return response === 0
}
