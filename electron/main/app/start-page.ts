/**
 * The page the station opens on: the work page it showed last (reception or guard). A guard booth that
 * restarts (a power cut, an update at night) comes back on its door board, filled by the first poll,
 * instead of on the reception form nobody there uses. Main puts it in the window's address
 * (`index.html?lang=..#/guard`), so the first screen is that page, not one the guard must click away.
 */
import type { Handlers } from '../ipc/validated-ipc-main'
import type { SettingsService } from '../settings/settings-service'

export function createStartPageHandlers(settings: SettingsService): Pick<Handlers, 'app.setStartPage'> {
  return {
    'app.setStartPage': ({ page }) => {
      // Every switch between the two pages reports; the settings file is written only on a change.
      if (settings.get().startPage !== page) settings.update({ startPage: page })
      return { page }
    },
  }
}
