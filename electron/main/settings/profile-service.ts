/**
 * Server profiles: where they are listed, added, edited, removed and switched. The profile itself
 * (name, URL, TLS trust) lives in settings; its token lives in the credential service. A profile is
 * only saved once its token is safely stored, so there is never a profile that silently has none.
 */
import { randomBytes } from 'node:crypto'
import type { z } from 'zod'
import type {
  addProfileRequest,
  editProfileRequest,
  ProfilesView,
  ProfileView,
} from '../../shared/contract/settings'
import type { ServerProfile } from '../../shared/settings'
import { AppError } from '../app/app-error'
import type { CredentialService } from '../credentials/credential-service'
import { sameServer } from '../credentials/token-binding'
import { createLogger } from '../log'
import type { SettingsService } from './settings-service'
import { translate } from '../i18n'

const log = createLogger('profiles')

export type AddProfileRequest = z.output<typeof addProfileRequest>
export type EditProfileRequest = z.output<typeof editProfileRequest>

export interface ProfileService {
  list(): Promise<ProfilesView>
  add(request: AddProfileRequest): Promise<ProfileView>
  edit(request: EditProfileRequest): Promise<ProfileView>
  remove(id: string): Promise<ProfilesView>
  switchTo(id: string): Promise<ProfilesView>
  active(): ServerProfile | null
  /** Called after a token was written, so the connection picks it up. */
  onTokenChanged(listener: (profileId: string) => void): () => void
}

export const newProfileId = (): string => randomBytes(16).toString('hex')

/** Trims and drops the trailing slash, so 'https://h:8098/' and 'https://h:8098' are one server. */
export function normaliseServerUrl(url: string): string {
  const parsed = new URL(url.trim())
  parsed.hash = ''
  parsed.search = ''
  return parsed.toString().replace(/\/+$/, '')
}

export function createProfileService(
  settings: SettingsService,
  credentials: CredentialService,
): ProfileService {
  const tokenListeners = new Set<(profileId: string) => void>()

  const find = (id: string): ServerProfile => {
    const profile = settings.get().profiles.find((p) => p.id === id)
    if (!profile) throw new AppError('NOT_FOUND', translate('server.refusals.settings.profileGone'))
    return profile
  }
  const assertUniqueName = (name: string, exceptId?: string) => {
    const clash = settings
      .get()
      .profiles.some(
        (p) => p.id !== exceptId && p.name.toLocaleLowerCase() === name.trim().toLocaleLowerCase(),
      )
    if (clash)
      throw new AppError(
        'CONFLICT',
        translate('server.refusals.settings.profileNameTaken', { name: name.trim() }),
        { field: 'name' },
      )
  }
  const view = async (profile: ServerProfile): Promise<ProfileView> => ({
    id: profile.id,
    name: profile.name,
    url: profile.url,
    tls: profile.tls,
    serverUtcOffsetMinutes: profile.serverUtcOffsetMinutes,
    hasToken: await credentials.hasToken(profile.id, profile),
    active: settings.get().activeProfileId === profile.id,
  })
  const list = async (): Promise<ProfilesView> => {
    const s = settings.get()
    return { profiles: await Promise.all(s.profiles.map(view)), activeProfileId: s.activeProfileId }
  }
  const tokenChanged = (id: string) => {
    for (const listener of tokenListeners) listener(id)
  }

  return {
    list,
    async add(request) {
      const s = settings.get()
      if (s.profiles.length >= 20)
        throw new AppError('CONFLICT', translate('server.refusals.settings.tooManyProfiles'))
      assertUniqueName(request.name)
      const profile: ServerProfile = {
        id: newProfileId(),
        name: request.name.trim(),
        url: normaliseServerUrl(request.url),
        tls: request.tls ?? { mode: 'system' },
        serverUtcOffsetMinutes: request.serverUtcOffsetMinutes ?? null,
      }
      // Token first: if the keychain refuses, nothing is saved and the admin reads why.
      await credentials.setToken(profile.id, request.token, profile)
      const activate = request.activate ?? s.activeProfileId === null
      settings.update({
        profiles: [...s.profiles, profile],
        ...(activate ? { activeProfileId: profile.id } : {}),
      })
      log.info('added a server profile', { profileId: profile.id, url: profile.url, tls: profile.tls.mode })
      tokenChanged(profile.id)
      return view(profile)
    },
    async edit(request) {
      const current = find(request.id)
      if (request.name !== undefined) assertUniqueName(request.name, current.id)
      const next: ServerProfile = {
        ...current,
        ...(request.name !== undefined ? { name: request.name.trim() } : {}),
        ...(request.url !== undefined ? { url: normaliseServerUrl(request.url) } : {}),
        ...(request.tls !== undefined ? { tls: request.tls } : {}),
        ...(request.serverUtcOffsetMinutes !== undefined
          ? { serverUtcOffsetMinutes: request.serverUtcOffsetMinutes }
          : {}),
      }
      const serverChanged = !sameServer(current, next)
      if (request.token !== undefined) {
        await credentials.setToken(current.id, request.token, next)
      } else if (serverChanged) {
        // A new address or a new TLS trust: the stored token was typed for another server. Drop it,
        // so it is never sent there; the profile shows "no token" until it is typed again. (The
        // credential service refuses to hand it out for the new server anyway.)
        try {
          await credentials.deleteToken(current.id)
        } catch (error) {
          log.warn('could not delete the token of a profile whose server changed', {
            profileId: current.id,
            error,
          })
        }
      }
      settings.update({ profiles: settings.get().profiles.map((p) => (p.id === current.id ? next : p)) })
      log.info('edited a server profile', {
        profileId: current.id,
        tokenReplaced: request.token !== undefined,
        tokenDropped: request.token === undefined && serverChanged,
      })
      if (request.token !== undefined || serverChanged) tokenChanged(current.id)
      return view(next)
    },
    async remove(id) {
      find(id)
      const s = settings.get()
      const profiles = s.profiles.filter((p) => p.id !== id)
      const activeProfileId = s.activeProfileId === id ? (profiles[0]?.id ?? null) : s.activeProfileId
      settings.update({ profiles, activeProfileId })
      try {
        await credentials.deleteToken(id)
      } catch (error) {
        // The profile is gone either way; a token left in an unreachable keychain is harmless and logged.
        log.warn('could not delete the token of a removed profile', { profileId: id, error })
      }
      log.info('removed a server profile', { profileId: id })
      return list()
    },
    async switchTo(id) {
      find(id)
      settings.update({ activeProfileId: id })
      log.info('switched the active server profile', { profileId: id })
      return list()
    },
    active() {
      const s = settings.get()
      return s.profiles.find((p) => p.id === s.activeProfileId) ?? null
    },
    onTokenChanged(listener) {
      tokenListeners.add(listener)
      return () => tokenListeners.delete(listener)
    },
  }
}
