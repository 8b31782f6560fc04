import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createLogger } from '../log'
import { createSettingsService, type SettingsService } from '../settings/settings-service'
import { moveAside } from './move-aside'
import type { StartupNotices } from './startup-notices'

const log = createLogger('startup')

/**
 * Opens settings.json. A file that is not JSON at all (truncated by a crash or a full disk, edited by
 * hand) is moved aside with a timestamp, defaults are used, and the operator is told. (A file that is
 * JSON with some bad fields is repaired field by field by the settings service itself.) The API token
 * is not in this file, so the keychain still has it for the profiles that are re-entered.
 */
export function openSettings(userDataDir: string, notices: StartupNotices): SettingsService {
  const file = join(userDataDir, 'settings.json')
  try {
    return createSettingsService({ cwd: userDataDir })
  } catch (error) {
    if (!(error instanceof SyntaxError) || !existsSync(file)) throw error
    const kept = moveAside(file)
    notices.add('settings-reset', kept)
    log.warn('settings.json could not be read; kept it and started with defaults', { kept })
    return createSettingsService({ cwd: userDataDir })
  }
}
