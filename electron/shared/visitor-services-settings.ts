import { LANGUAGE_NAMES, SUPPORTED } from './i18n/languages'
import { z } from 'zod'

/**
 * Settings of the visitor services around a registration: telling the host (e-mail, Teams, Slack),
 * invitations sent before a visit, and the self sign-in kiosk. Kept in settings.json with the rest;
 * the SMTP password is never here (OS keychain, see electron/main/notify/smtp-secret.ts).
 */

export { HOST_NOTICE_PLACEHOLDERS, INVITATION_PLACEHOLDERS } from './visitor-services-placeholders'

const webhookUrl = z
  .string()
  .trim()
  .max(2048)
  .refine(
    (u) => u === '' || isAllowedWebhookUrl(u),
    'Use an https:// address (http:// only for this computer).',
  )

/** Webhooks go out over HTTPS; plain HTTP only to this computer (a local relay or a test receiver). */
export function isAllowedWebhookUrl(url: string): boolean {
  try {
    const u = new URL(url)
    if (u.protocol === 'https:') return true
    return u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)
  } catch {
    return false
  }
}

export const smtpSecurity = z.enum(['starttls', 'tls', 'none'])
export type SmtpSecurity = z.infer<typeof smtpSecurity>

export const smtpSettings = z.object({
  host: z.string().trim().max(255).default(''),
  port: z.number().int().min(1).max(65535).default(587),
  /** 'starttls' upgrades a plain connection (587) and refuses to go on without it; 'tls' is TLS from the start (465). */
  security: smtpSecurity.default('starttls'),
  username: z.string().trim().max(255).default(''),
  from: z.string().trim().max(255).default(''),
})
export type SmtpSettings = z.infer<typeof smtpSettings>

export const hostNoticeSettings = z.object({
  email: z.boolean().default(false),
  teamsWebhookUrl: webhookUrl.default(''),
  slackWebhookUrl: webhookUrl.default(''),
  /** Empty = the translated default (server.hostNotice.subject/body) in the desk's language at send time. */
  subjectTemplate: z.string().max(200).default(''),
  bodyTemplate: z.string().max(4000).default(''),
  /** Attempts before a notice is marked as failed (then "Retry" in the visit's details). */
  maxAttempts: z.number().int().min(1).max(20).default(5),
})
export type HostNoticeSettings = z.infer<typeof hostNoticeSettings>

export const invitationSettings = z.object({
  /** Printed in invitations: where the visitor has to come. */
  siteAddress: z.string().trim().max(300).default(''),
  /** Empty = the translated default (server.invitation.subject/body) at send time. */
  subjectTemplate: z.string().max(200).default(''),
  bodyTemplate: z.string().max(4000).default(''),
})
export type InvitationSettings = z.infer<typeof invitationSettings>

/** The kiosk offers every language, each named in itself. */
export const KIOSK_LANGUAGES = SUPPORTED.map((code) => ({ code, label: LANGUAGE_NAMES[code] }))
/** The standard agreement's English words, which versions before its translations stored as the text. */
export const LEGACY_AGREEMENT_TEXT =
  'I will keep confidential everything I see or hear during my visit, follow the safety instructions of my host, and wear my badge visibly at all times.'

const kioskFields = z.object({
  /**
   * The standard visitor agreement (kiosk.standardAgreement), shown and signed in the language the
   * visitor picked on the kiosk. Off: the site's own text below.
   */
  agreementStandard: z.boolean().default(true),
  /** The site's own visitor agreement (NDA), when not the standard one; empty = no agreement step. */
  agreementText: z.string().max(20_000).default(''),
  /** Seconds without a touch before the kiosk goes back to its welcome screen. */
  idleSeconds: z.number().int().min(10).max(600).default(60),
  /** How long a sign-in stays valid (hours from now). */
  visitHours: z.number().int().min(1).max(24).default(8),
  /** Desk name shown to hosts for kiosk arrivals; empty = the translated default (server.hostNotice.kioskDesk). */
  deskName: z.string().trim().max(80).default(''),
})
/**
 * Settings stored before the standard agreement had translations carry its English words as their text:
 * the site never changed them, so they become the standard agreement (in the visitor's language). Any
 * other stored text, or none (''), stays the site's own choice.
 */
export const kioskSettings = z.preprocess((stored) => {
  if (!stored || typeof stored !== 'object' || 'agreementStandard' in stored) return stored
  const text = (stored as { agreementText?: unknown }).agreementText
  if (text !== undefined && text !== LEGACY_AGREEMENT_TEXT) return { ...stored, agreementStandard: false }
  return { ...stored, agreementStandard: true, agreementText: '' }
}, kioskFields)
export type KioskSettings = z.infer<typeof kioskSettings>

export const visitorServicesSettings = z.object({
  smtp: smtpSettings.default(smtpSettings.parse({})),
  hostNotice: hostNoticeSettings.default(hostNoticeSettings.parse({})),
  invitations: invitationSettings.default(invitationSettings.parse({})),
  kiosk: kioskSettings.default(kioskSettings.parse({})),
  /** This station's name as hosts read it ("desk" in messages); the operator name when empty. */
  deskName: z.string().trim().max(80).default(''),
})
export type VisitorServicesSettings = z.infer<typeof visitorServicesSettings>
export const defaultVisitorServicesSettings = (): VisitorServicesSettings => visitorServicesSettings.parse({})

/**
 * The English defaults that versions before the translated defaults stored in settings.json. A stored
 * text equal to one of these is a text the site never changed, so it follows the desk's language too.
 */
export const LEGACY_DEFAULT_TEXTS = {
  noticeSubject: '{visitor} is at reception',
  noticeBody: '{visitor} ({company}) has arrived at {desk} at {time} to see you.\n\n{site}',
  invitationSubject: 'Your visit to {site} on {date}',
  invitationBody:
    'Hello {visitor},\n\n{host} expects you on {date} at {site}, {address}.\nShow the QR code below at the entrance.\n',
  kioskDesk: 'Self sign-in kiosk',
} as const
export type DefaultTextName = keyof typeof LEGACY_DEFAULT_TEXTS
