import { app, dialog } from 'electron'
import { STARTUP_MESSAGES, storageKindOf } from '../app/storage-error'
import { createLogger } from '../log'
import { translate } from '../i18n'
import { redact } from '../security/redact'
import { StartupCancelled } from './open-station-database'

const log = createLogger('startup')

/** Plain words for the failure (storage failures by their kind), then the technical text for the site's IT. */
export function explainStartFailure(error: unknown): string {
  const kind = storageKindOf(error)
  const technical = redact(error instanceof Error ? error.message : String(error))
  const plain = kind ? STARTUP_MESSAGES[kind] : translate('server.startup.unexpected')
  const folder = translate('server.startup.dataFolder', { path: app.getPath('userData') })
  return `${plain}\n\n${folder}\n${translate('server.startup.details', { text: technical })}`
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
      title: translate('server.startup.couldNotStartTitle'),
      message: translate('server.startup.couldNotStart'),
      detail: explainStartFailure(error),
      buttons: [translate('server.startup.quit')],
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
    message: translate('server.startup.databaseInUse'),
    detail: translate('server.startup.databaseInUseDetail', { file }),
    buttons: [translate('server.startup.tryAgain'), translate('server.startup.quit')],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  })
  return response === 0
}
