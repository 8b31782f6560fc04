import type { AuditLog } from '../audit/audit-log'
import type { Handlers } from '../ipc/validated-ipc-main'
import type { SettingsService } from '../settings/settings-service'
import { languageState } from './index'

/** `language.get` for every window (the sign-in screen too) and `language.set` from Settings. */
export function createLanguageHandlers(deps: {
  settings: Pick<SettingsService, 'update'>
  audit: Pick<AuditLog, 'write'>
}): Pick<Handlers, 'language.get' | 'language.set'> {
  return {
    'language.get': () => languageState(),
    'language.set': ({ choice }) => {
      // The settings service's change listener (startLanguage) applies it and tells every window.
      deps.settings.update({ language: choice })
      deps.audit.write({ action: 'language.set', target: choice, result: 'ok', detail: null })
      return languageState()
    },
  }
}
