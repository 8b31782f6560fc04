/**
 * "N registrations wait for Site A": pending registrations grouped by the server they were typed
 * for, named by the profile as it is now (or as it was when they were stored, if it is gone). A
 * group whose profile still exists but whose address or TLS trust changed since waits too: it is
 * never sent to the changed server.
 */
import type { ServerProfile } from '../../shared/settings'
import type { PendingGroup, ServerIdentity } from './visit-store'

export interface WaitingGroup {
  profileId: string | null
  profileName: string
  count: number
  forActiveServer: boolean
  message: string
}

const plural = (n: number) => (n === 1 ? '1 registration waits' : `${n} registrations wait`)

export function describeWaiting(
  groups: readonly PendingGroup[],
  profiles: readonly ServerProfile[],
  active: Pick<ServerIdentity, 'profileId' | 'binding'> | null,
  bindingOf: (profile: ServerProfile) => string,
): WaitingGroup[] {
  return groups.map((g) => {
    const profile = g.profileId ? profiles.find((p) => p.id === g.profileId) : undefined
    const name = profile?.name ?? (g.profileName || 'an unknown server')
    const forActiveServer = !!active && g.profileId === active.profileId && g.binding === active.binding
    let message = `${plural(g.count)} for ${name}.`
    if (!g.profileId) {
      message = `${plural(g.count)} for the server they were typed for, which Gatehouse did not record (saved by an older version). Check and discard them, or register them again.`
    } else if (!profile) {
      message = `${plural(g.count)} for ${name}, a server profile that was removed. Add it again to send them, or discard them.`
    } else if (g.binding !== bindingOf(profile)) {
      message = `${plural(g.count)} for ${name} at its earlier address or certificate; they are not sent to the changed server. Discard them or restore the profile's settings.`
    } else if (!forActiveServer) {
      message = `${plural(g.count)} for ${name}. They are sent when ${name} is the server in use again.`
    }
    return { profileId: g.profileId, profileName: name, count: g.count, forActiveServer, message }
  })
}
