/**
 * Settings changes go to the audit log: which settings and which server profile, never a value that
 * could be secret (tokens are not even passed to the log). Wraps the settings domain's handlers, so
 * the settings code itself stays unaware of who is at the desk.
 */
import type { Handlers } from '../ipc/validated-ipc-main'
import type { AuditLog } from './audit-log'

type Wrapped =
  | 'settings.update'
  | 'settings.addProfile'
  | 'settings.editProfile'
  | 'settings.removeProfile'
  | 'settings.switchProfile'

export function auditSettingsHandlers<H extends Pick<Handlers, Wrapped>>(
  handlers: H,
  audit: Pick<AuditLog, 'write'>,
  profileName: (id: string) => string,
): H {
  const write = (action: Wrapped, target: string, detail: string | null) =>
    audit.write({ action, target, result: 'ok', detail })
  return {
    ...handlers,
    'settings.update': async (patch, context) => {
      const view = await handlers['settings.update'](patch, context)
      write('settings.update', Object.keys(patch).join(', ') || 'nothing', null)
      return view
    },
    'settings.addProfile': async (request, context) => {
      const profile = await handlers['settings.addProfile'](request, context)
      write('settings.addProfile', `"${profile.name}" (${profile.url})`, null)
      return profile
    },
    'settings.editProfile': async (request, context) => {
      const profile = await handlers['settings.editProfile'](request, context)
      const fields = Object.keys(request).filter((k) => k !== 'id')
      write('settings.editProfile', `"${profile.name}" (${profile.url})`, fields.join(', ') || null)
      return profile
    },
    'settings.removeProfile': async (request, context) => {
      const name = profileName(request.id)
      const result = await handlers['settings.removeProfile'](request, context)
      write('settings.removeProfile', `"${name}"`, null)
      return result
    },
    'settings.switchProfile': async (request, context) => {
      const result = await handlers['settings.switchProfile'](request, context)
      write('settings.switchProfile', `"${profileName(request.id)}"`, null)
      return result
    },
  }
}
