import type { SettingsView } from '../../shared/contract/settings'
import { GENERAL_SETTING_KEYS, settingsWarnings, type Settings } from '../../shared/settings'
import { AppError } from '../app/app-error'
import { storageErrorOf } from '../app/storage-error'
import type { CredentialService } from '../credentials/credential-service'
import type { Handlers } from '../ipc/validated-ipc-main'
import { createLogger } from '../log'
import type { ProfileService } from './profile-service'
import type { SettingsService } from './settings-service'
import { translate } from '../i18n'

const log = createLogger('settings')

export interface SettingsHandlerDeps {
  settings: SettingsService
  profiles: ProfileService
  credentials: CredentialService
}

type SettingsChannel =
  | 'settings.get'
  | 'settings.update'
  | 'settings.listProfiles'
  | 'settings.addProfile'
  | 'settings.editProfile'
  | 'settings.removeProfile'
  | 'settings.switchProfile'
  | 'settings.credentialStatus'

/** The renderer's picture of the settings: general values, profiles without tokens, warnings. */
export async function buildSettingsView(deps: SettingsHandlerDeps): Promise<SettingsView> {
  const s = deps.settings.get()
  const general = Object.fromEntries(GENERAL_SETTING_KEYS.map((k) => [k, s[k]])) as Pick<
    Settings,
    (typeof GENERAL_SETTING_KEYS)[number]
  >
  const { profiles, activeProfileId } = await deps.profiles.list()
  return {
    general,
    profiles,
    activeProfileId,
    warnings: settingsWarnings(s),
    credentials: await deps.credentials.status(),
  }
}

export function createSettingsHandlers(deps: SettingsHandlerDeps): Pick<Handlers, SettingsChannel> {
  return {
    'settings.get': () => buildSettingsView(deps),
    async 'settings.update'(patch) {
      try {
        deps.settings.update(patch)
      } catch (error) {
        // A full disk or a read-only folder is not an invalid setting: say which it is.
        const storage = storageErrorOf(error)
        log.warn(storage ? 'could not write the settings' : 'refused a settings change', { error })
        if (storage) throw storage
        throw new AppError('BAD_REQUEST', translate('server.refusals.settings.notValid'))
      }
      const view = await buildSettingsView(deps)
      return view
    },
    'settings.listProfiles': () => deps.profiles.list(),
    'settings.addProfile': (request) => deps.profiles.add(request),
    'settings.editProfile': (request) => deps.profiles.edit(request),
    'settings.removeProfile': ({ id }) => deps.profiles.remove(id),
    'settings.switchProfile': ({ id }) => deps.profiles.switchTo(id),
    'settings.credentialStatus': () => deps.credentials.status(),
  }
}
