import { z } from 'zod'
import {
  badgeLayout,
  notificationPolicy,
  pollingSettings,
  serverProfile,
  settingsSchema,
  tlsTrust,
} from '../settings'
import { channel, event } from './define'

const shape = settingsSchema.shape

/**
 * A server profile as the renderer sees it. The token is write-only: requests may carry a new one,
 * responses only ever say whether one is stored.
 */
export const profileView = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  tls: tlsTrust,
  serverUtcOffsetMinutes: z.number().int().nullable(),
  hasToken: z.boolean(),
  active: z.boolean(),
})
export type ProfileView = z.infer<typeof profileView>

export const profilesView = z.object({
  profiles: z.array(profileView),
  activeProfileId: z.string().nullable(),
})
export type ProfilesView = z.infer<typeof profilesView>

export const credentialStatusView = z.object({
  backend: z.enum(['keychain', 'encrypted-file', 'none']),
  keychainAvailable: z.boolean(),
  fallbackAvailable: z.boolean(),
  fallbackConsent: z.boolean(),
  message: z.string(),
})
export type CredentialStatusView = z.infer<typeof credentialStatusView>

export const generalSettings = z.object({
  siteName: shape.siteName,
  operatorName: shape.operatorName,
  polling: shape.polling,
  badge: shape.badge,
  notifications: shape.notifications,
  retentionDays: shape.retentionDays,
  autoCheckoutAt: shape.autoCheckoutAt,
  credentialFallbackConsent: shape.credentialFallbackConsent,
})

export const settingsWarning = z.object({ field: z.string(), message: z.string() })

export const settingsView = z.object({
  general: generalSettings,
  profiles: z.array(profileView),
  activeProfileId: z.string().nullable(),
  warnings: z.array(settingsWarning),
  credentials: credentialStatusView,
})
export type SettingsView = z.infer<typeof settingsView>

// Requests: no defaults (a patch must not reset fields it does not name), strict, every size bounded.
const trimmed = (max: number) => z.string().trim().max(max)
const badgePatch = z
  .object({
    layout: badgeLayout,
    printerName: z.string().max(256),
    silentPrint: z.boolean(),
    defaultVisitorLevelIds: z.array(z.string().max(64)).max(50),
  })
  .strict()

/** Whole sub-objects (polling, badge, notifications) are sent as the form holds them. */
export const settingsPatch = z
  .object({
    siteName: trimmed(80),
    operatorName: trimmed(80),
    polling: pollingSettings.strict(),
    badge: badgePatch,
    notifications: notificationPolicy.strict(),
    retentionDays: z.number().int().min(1).max(3650),
    autoCheckoutAt: shape.autoCheckoutAt.unwrap(),
    credentialFallbackConsent: z.boolean(),
  })
  .partial()
  .strict()
export type SettingsPatch = z.input<typeof settingsPatch>

const token = z.string().trim().min(1, 'Enter the API token.').max(512)
const profileId = z.string().min(1).max(64)
const profileFields = {
  name: serverProfile.shape.name,
  url: z
    .url()
    .max(512)
    .refine((u) => /^https?:\/\//i.test(u), 'The address must start with http:// or https://.'),
  tls: tlsTrust,
  serverUtcOffsetMinutes: z.number().int().min(-840).max(840).nullable(),
}

export const addProfileRequest = z
  .object({ ...profileFields, token, activate: z.boolean().optional() })
  .partial({ serverUtcOffsetMinutes: true, tls: true })
  .strict()

export const editProfileRequest = z
  .object({ id: profileId, ...profileFields, token })
  .partial({ name: true, url: true, tls: true, serverUtcOffsetMinutes: true, token: true })
  .strict()

export const settingsChannels = {
  'settings.get': channel(
    z.undefined(),
    settingsView,
    'All settings, the server profiles (never a token) and warnings.',
  ),
  'settings.update': channel(
    settingsPatch,
    settingsView,
    'Change general settings; the result is validated as a whole.',
  ),
  'settings.listProfiles': channel(
    z.undefined(),
    profilesView,
    'The ZKBio server profiles and which one is active.',
  ),
  'settings.addProfile': channel(
    addProfileRequest,
    profileView,
    'Add a server profile; its token goes to the keychain and is never returned.',
  ),
  'settings.editProfile': channel(
    editProfileRequest,
    profileView,
    'Change a profile; a token given here replaces the stored one (write-only).',
  ),
  'settings.removeProfile': channel(
    z.object({ id: profileId }).strict(),
    profilesView,
    'Remove a profile and delete its token from the keychain.',
  ),
  'settings.switchProfile': channel(
    z.object({ id: profileId }).strict(),
    profilesView,
    'Make another profile the active server; the connection restarts with it.',
  ),
  'settings.credentialStatus': channel(
    z.undefined(),
    credentialStatusView,
    'Where tokens are kept (keychain, consented encrypted file, or nowhere) in plain words.',
  ),
} as const

export const settingsEvents = {
  'settings.changed': event(
    settingsView,
    'Settings or profiles changed (from this window or another part of main).',
  ),
} as const
