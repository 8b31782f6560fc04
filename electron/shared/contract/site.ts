/**
 * Site mode: the PostgreSQL site database shared by every station of a site, and this station's view
 * of it. The password is write-only: requests may carry a new one, answers only say whether one is
 * stored (in the OS keychain).
 */
import { z } from 'zod'
import { siteSettings, stationRole } from '../settings'
import { channel, event } from './define'

export const siteSettingsView = z.object({
  settings: siteSettings,
  /** This station's name (Settings › Operators › station name; the computer's name when empty). */
  stationName: z.string(),
  hasPassword: z.boolean(),
})
export type SiteSettingsView = z.infer<typeof siteSettingsView>

export const siteStation = z.object({
  name: z.string(),
  role: stationRole,
  lastSeen: z.string(),
  appVersion: z.string(),
  /** This station. */
  self: z.boolean(),
})
export type SiteStation = z.infer<typeof siteStation>

export const siteLeader = z.object({
  /** The ZKBio server profile (its address) the leader polls for everyone. */
  profileKey: z.string(),
  station: z.string(),
  leaseUntil: z.string(),
})
export type SiteLeader = z.infer<typeof siteLeader>

export const siteStatusView = z.object({
  enabled: z.boolean(),
  reachable: z.boolean(),
  unreachableSince: z.string().nullable(),
  /** Plain words for the last failure ('' when none). */
  lastError: z.string(),
  /** Local changes not yet written to the site database ("not yet shared"). */
  waiting: z.number().int(),
  stationName: z.string(),
  role: stationRole,
  stations: z.array(siteStation),
  leaders: z.array(siteLeader),
  /**
   * A guard booth (role guard or both) of the site is connected now. False in site mode with desks
   * only: station status warns that nobody is told about door alarms. True with site mode off.
   */
  guardConnected: z.boolean(),
})
export type SiteStatusView = z.infer<typeof siteStatusView>

const connectionRequest = z
  .object({
    settings: siteSettings,
    /** A new password; '' deletes the stored one; absent keeps it. */
    password: z.string().max(512).optional(),
  })
  .strict()

export const siteChannels = {
  'site.getSettings': channel(
    z.undefined(),
    siteSettingsView,
    'The site database settings (never the password).',
  ),
  'site.saveSettings': channel(
    connectionRequest.extend({ stationName: z.string().trim().max(80) }).strict(),
    siteSettingsView,
    'Save the site database settings and this station’s name and role; switches site mode on or off.',
  ),
  'site.testConnection': channel(
    connectionRequest,
    z.object({
      ok: z.boolean(),
      message: z.string(),
      /** The server certificate's SHA-256 fingerprint, for trusting a self-signed one. */
      fingerprint256: z.string().nullable(),
    }),
    'Connect once with these settings (unsaved) and say what happened, in plain words.',
  ),
  'site.status': channel(
    z.undefined(),
    siteStatusView,
    'Site mode on or off, the site database reachable or not, records waiting, stations and leaders.',
  ),
} as const

export const siteEvents = {
  'site.statusChanged': event(
    siteStatusView,
    'The site status changed: reachability, records waiting, stations.',
  ),
} as const
