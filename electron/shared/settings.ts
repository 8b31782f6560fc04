import { z } from 'zod'
import { LANGUAGE_CHOICES } from './i18n/languages'
import { BADGE_LAYOUTS, type BadgeLayout } from './settings-constants'
import { defaultVisitorServicesSettings, visitorServicesSettings } from './visitor-services-settings'

/**
 * Everything a site's IT admin can configure, with defaults. Stored by main in electron-store (never
 * the token: that lives in the OS keychain). Shared so the renderer can type its forms.
 */
export const tlsTrust = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('system') }),
  /** A self-signed certificate trusted by its SHA-256 fingerprint (shown to the admin, confirmed). */
  z.object({
    mode: z.literal('fingerprint'),
    fingerprint256: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
  }),
  /** A private CA, as PEM text copied from the file the admin chose. */
  z.object({ mode: z.literal('ca'), caPem: z.string().min(1).max(65536), caFileName: z.string().max(512) }),
])
export type TlsTrust = z.infer<typeof tlsTrust>

export const serverProfile = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(80),
  url: z.url().max(512),
  tls: tlsTrust.default({ mode: 'system' }),
  /** Where the server's clock lives, for `yyyy-MM-dd HH:mm:ss` dates without a zone (minutes east of UTC). */
  serverUtcOffsetMinutes: z.number().int().min(-840).max(840).nullable().default(null),
})
export type ServerProfile = z.infer<typeof serverProfile>

/**
 * Site mode: this station shares its records through a PostgreSQL site database. The password lives
 * in the OS keychain (bound to host, port, database, user and TLS trust), never here. TLS offers the
 * ZKBio profile's trust choices, plus 'off' for a database on a closed site network.
 */
export const siteTls = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('off') }),
  ...tlsTrust.options,
])
export type SiteTls = z.infer<typeof siteTls>
export const stationRole = z.enum(['reception', 'guard', 'both'])
export type StationRole = z.infer<typeof stationRole>
export const siteSettings = z.object({
  enabled: z.boolean().default(false),
  host: z.string().trim().max(255).default(''),
  port: z.number().int().min(1).max(65535).default(5432),
  database: z.string().trim().max(63).default('gatehouse'),
  user: z.string().trim().max(63).default('gatehouse'),
  tls: siteTls.default({ mode: 'system' }),
  role: stationRole.default('both'),
})
export type SiteSettings = z.infer<typeof siteSettings>
export const defaultSiteSettings = (): SiteSettings => siteSettings.parse({})

export { MIN_RECOMMENDED_POLL_SECONDS, settingsWarnings, type SettingsWarning } from './settings-constants'

export const pollingSettings = z.object({
  doorStateSeconds: z.number().int().min(1).max(3600).default(10),
  gateStateSeconds: z.number().int().min(1).max(3600).default(10),
  accessEventsSeconds: z.number().int().min(1).max(3600).default(10),
  gateEventsSeconds: z.number().int().min(1).max(3600).default(10),
  temperatureEventsSeconds: z.number().int().min(1).max(3600).default(10),
  hostDirectoryMinutes: z.number().int().min(5).max(1440).default(60),
})

export const badgeLayout = z.enum(BADGE_LAYOUTS)
export type { BadgeLayout }

export const notificationPolicy = z.object({
  enabled: z.boolean().default(true),
  /** Storm control: at most this many alarm notifications a minute, then one summary. */
  maxPerMinute: z.number().int().min(1).max(60).default(6),
  sound: z.boolean().default(true),
  /** High-priority alarms repeat their sound until acknowledged. */
  repeatHighPriority: z.boolean().default(true),
  /** Event names treated as alarms when the server gives no eventLevel (localised names welcome). */
  alarmEventNames: z
    .array(z.string().min(1).max(120))
    .max(200)
    .default([
      'Door Opened Forcefully',
      'Door Open Timeout',
      'Duress Password Open',
      'Duress Fingerprint Open',
      'Device Tamper',
      'Apertura forzada de puerta',
    ]),
  /** Seconds a door may stand open before it is raised as an alarm. */
  doorOpenAlarmSeconds: z.number().int().min(5).max(3600).default(60),
  /** An emergency/critical alarm nobody acknowledged in this many seconds is notified again, louder. */
  escalateAfterSeconds: z.number().int().min(5).max(3600).default(120),
})

/** The colour theme an operator chose for this station. */
export const appearance = z.enum(['system', 'light', 'dark'])
export type Appearance = z.infer<typeof appearance>

/** The work pages a station can open on. */
export const startPage = z.enum(['reception', 'guard'])
export type StartPage = z.infer<typeof startPage>

export const settingsSchema = z.object({
  profiles: z.array(serverProfile).max(20).default([]),
  activeProfileId: z.string().nullable().default(null),
  siteName: z.string().trim().max(80).default(''),
  operatorName: z.string().trim().max(80).default(''),
  /** 'system' follows the operating system's preferred languages; changed through `language.set`. */
  language: z.enum(LANGUAGE_CHOICES).default('system'),
  /** Light or dark screens: 'system' follows the operating system (a guard booth at night). */
  appearance: appearance.default('system'),
  /**
   * The work page this station showed last; it opens on it after a restart, so a guard booth comes back
   * on its door board without a click. Set through `app.setStartPage`, not the general form.
   */
  startPage: startPage.default('reception'),
  polling: pollingSettings.default(pollingSettings.parse({})),
  badge: z
    .object({
      layout: badgeLayout.default('card102x76'),
      printerName: z.string().max(256).default(''),
      silentPrint: z.boolean().default(false),
      defaultVisitorLevelIds: z.array(z.string().max(64)).max(50).default([]),
    })
    .default({ layout: 'card102x76', printerName: '', silentPrint: false, defaultVisitorLevelIds: [] }),
  notifications: notificationPolicy.default(notificationPolicy.parse({})),
  retentionDays: z.number().int().min(1).max(3650).default(30),
  /** End-of-day automatic check-out of visitors still on site (local time HH:mm), or null for off. */
  autoCheckoutAt: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .nullable()
    .default(null),
  /** Where no OS keyring exists, the admin may consent to keep tokens in an encrypted local file. */
  credentialFallbackConsent: z.boolean().default(false),
  /** Sign-in policy of this station (accounts themselves live in the database). */
  operators: z
    .object({
      /** Written with every audit entry; empty = the computer's name. */
      stationName: z.string().trim().max(80).default(''),
      /** Lock the screen after this many idle minutes; 0 = never (a guard booth that stays on). */
      idleLockMinutes: z.number().int().min(0).max(240).default(15),
      /** Numeric PINs for fast shift changes, where the administrator allows them. */
      pinAllowed: z.boolean().default(false),
    })
    .default({ stationName: '', idleLockMinutes: 15, pinAllowed: false }),
  /** Host notices, invitations and the kiosk (edited through their own channels, not the general form). */
  visitorServices: visitorServicesSettings.default(defaultVisitorServicesSettings()),
  /** Site mode (edited through the site channels, not the general form). */
  site: siteSettings.default(defaultSiteSettings()),
})
export type Settings = z.infer<typeof settingsSchema>
export const defaultSettings = (): Settings => settingsSchema.parse({})

/** Settings the admin edits on the Settings page (profiles have their own channels). */
export const GENERAL_SETTING_KEYS = [
  'siteName',
  'operatorName',
  'polling',
  'badge',
  'notifications',
  'retentionDays',
  'autoCheckoutAt',
  'credentialFallbackConsent',
] as const satisfies readonly (keyof Settings)[]
export type GeneralSettingKey = (typeof GENERAL_SETTING_KEYS)[number]
export type GeneralSettings = Pick<Settings, GeneralSettingKey>
