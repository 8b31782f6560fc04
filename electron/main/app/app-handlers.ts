import { app } from 'electron'
import type { Handlers } from '../ipc/validated-ipc-main'
import { openExternalIfAllowed } from '../security/navigation'
import type { StartupNotices } from '../startup/startup-notices'
import { PRODUCT_NAME } from './identity'

export function createAppHandlers(
  notices: StartupNotices,
): Pick<Handlers, 'app.info' | 'app.openExternal' | 'app.startupNotices'> {
  return {
    'app.startupNotices': () => ({ notices: notices.list() }),
    'app.info': () => ({
      name: PRODUCT_NAME,
      version: app.getVersion(),
      platform: process.platform,
      electronVersion: process.versions.electron ?? null,
    }),
    'app.openExternal': async ({ url }) => ({ opened: await openExternalIfAllowed(url) }),
  }
}
