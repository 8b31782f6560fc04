import type { SiteSettingsView } from '../../shared/contract/site'
import type { SiteSettings } from '../../shared/settings'
import type { AuditLog } from '../audit/audit-log'
import type { Handlers } from '../ipc/validated-ipc-main'
import type { SettingsService } from '../settings/settings-service'
import type { SiteService } from './site-service'

type SiteChannels = 'site.getSettings' | 'site.saveSettings' | 'site.testConnection' | 'site.status'

/** The site channels; saving is audited like every settings change (never the password). */
export function createSiteHandlers(deps: {
  site: SiteService
  settings: SettingsService
  audit: Pick<AuditLog, 'write'>
}): Pick<Handlers, SiteChannels> {
  const view = async (): Promise<SiteSettingsView> => {
    const settings = deps.settings.get().site
    return {
      settings,
      stationName: deps.site.stationName(),
      hasPassword: await deps.site.secret.has(settings),
    }
  }
  const describe = (s: SiteSettings) =>
    s.host ? `${s.user}@${s.host}:${s.port}/${s.database}` : 'no site database'
  return {
    'site.getSettings': () => view(),
    async 'site.saveSettings'({ settings, password, stationName }) {
      const current = deps.settings.get()
      // The password first: saving the settings restarts site mode, which reads it.
      if (password === '') await deps.site.secret.clear()
      else if (password !== undefined) await deps.site.secret.set(settings, password)
      deps.settings.update({ site: settings, operators: { ...current.operators, stationName } })
      const changed = [
        ...(JSON.stringify(current.site) !== JSON.stringify(settings) ? ['site database'] : []),
        ...(current.operators.stationName !== stationName ? ['station name'] : []),
        ...(password !== undefined ? ['password'] : []),
      ]
      deps.audit.write({
        action: 'settings.site',
        target: describe(settings),
        result: 'ok',
        detail: `${settings.enabled ? 'site mode on' : 'site mode off'}, role ${settings.role}; changed: ${changed.join(', ') || 'nothing'}`,
      })
      return view()
    },
    'site.testConnection': ({ settings, password }) => deps.site.test(settings, password ?? null),
    'site.status': () => deps.site.status(),
  }
}
