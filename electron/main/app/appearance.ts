/**
 * The station's colour theme. The choice lives in main's settings; main hands it to
 * `nativeTheme.themeSource`, which is what `prefers-color-scheme` answers in every window (the
 * operator's window and the visitor kiosk alike), so 'system' really follows the operating system.
 */
import { nativeTheme } from 'electron'
import type { Appearance } from '../../shared/settings'
import type { Handlers } from '../ipc/validated-ipc-main'
import type { SettingsService } from '../settings/settings-service'

export function applyAppearance(choice: Appearance): void {
  nativeTheme.themeSource = choice
}

export function createAppearanceHandlers(
  settings: SettingsService,
): Pick<Handlers, 'app.appearance' | 'app.setAppearance'> {
  applyAppearance(settings.get().appearance)
  return {
    'app.appearance': () => ({ appearance: settings.get().appearance }),
    'app.setAppearance': ({ appearance }) => {
      settings.update({ appearance })
      applyAppearance(appearance)
      return { appearance }
    },
  }
}
