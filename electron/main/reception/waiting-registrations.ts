/**
 * "N registrations wait for Site A": pending registrations grouped by the server they were typed
 * for, named by the profile as it is now (or as it was when they were stored, if it is gone). A
 * group whose profile still exists but whose address or TLS trust changed since waits too: it is
 * never sent to the changed server.
 */
import type { ServerProfile } from '../../shared/settings'
import type { PendingGroup, ServerIdentity } from './visit-store'
import { translate } from '../i18n'

export interface WaitingGroup {
  profileId: string | null
  profileName: string
  count: number
  forActiveServer: boolean
  message: string
}

/** What the group's registrations wait for, in the current language (server.reception.waiting.*). */
const waiting = (
  key: 'forServer' | 'unrecorded' | 'removed' | 'changed' | 'inactive',
  count: number,
  name: string,
) => translate(`server.reception.waiting.${key}`, { count, name })

export function describeWaiting(
  groups: readonly PendingGroup[],
  profiles: readonly ServerProfile[],
  active: Pick<ServerIdentity, 'profileId' | 'binding'> | null,
  bindingOf: (profile: ServerProfile) => string,
): WaitingGroup[] {
  return groups.map((g) => {
    const profile = g.profileId ? profiles.find((p) => p.id === g.profileId) : undefined
    const name = profile?.name ?? (g.profileName || translate('server.reception.waiting.unknownServer'))
    const forActiveServer = !!active && g.profileId === active.profileId && g.binding === active.binding
    let message = waiting('forServer', g.count, name)
    if (!g.profileId) message = waiting('unrecorded', g.count, name)
    else if (!profile) message = waiting('removed', g.count, name)
    else if (g.binding !== bindingOf(profile)) message = waiting('changed', g.count, name)
    else if (!forActiveServer) message = waiting('inactive', g.count, name)
    return { profileId: g.profileId, profileName: name, count: g.count, forActiveServer, message }
  })
}
