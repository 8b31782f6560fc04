/**
 * The self sign-in kiosk's channels. `kiosk.*` answer ONLY the kiosk window (main checks the sender's
 * WebContents) and give out nothing beyond what a visitor may see: host names from a name search, the
 * visitor's own visit. `kioskDesk.*` are the receptionist's/administrator's side, refused to the kiosk.
 * Role rules (issue 14): kiosk.* = kiosk window only; kioskDesk.open/close/saveAgreement = administrator
 * or receptionist; kioskDesk.status/takeOver = receptionist.
 */
import { z } from 'zod'
import { channel, event } from './define'
import { certType } from './reception'

export const KIOSK_CHANNEL_PREFIX = 'kiosk.'

export const kioskStage = z.enum(['welcome', 'host', 'details', 'photo', 'agreement', 'done'])
export type KioskStage = z.infer<typeof kioskStage>

const name = z.string().trim().max(60)

export const kioskHost = z.object({
  /** An opaque reference valid for this kiosk session: the kiosk never learns a pin or department. */
  ref: z.string(),
  name: z.string(),
})
export type KioskHost = z.infer<typeof kioskHost>

export const kioskSignIn = z.object({
  language: z.string().min(2).max(8),
  hostRef: z.string().min(1).max(64),
  visitorName: name.min(1, 'Enter your name'),
  company: z.string().trim().max(80).default(''),
  phone: z.string().trim().max(20).default(''),
  certType,
  certNumber: z.string().trim().min(1, 'Enter your ID document number').max(30),
  photoBase64: z
    .string()
    .max(300_000)
    .regex(/^[A-Za-z0-9+/=]*$/)
    .nullable(),
  /** The signature drawn on screen, PNG base64 without a `data:` prefix. */
  signaturePngBase64: z
    .string()
    .min(100)
    .max(400_000)
    .regex(/^[A-Za-z0-9+/=]*$/)
    .nullable(),
  agreementAccepted: z.boolean(),
  clientRequestId: z.uuid(),
})
export type KioskSignIn = z.input<typeof kioskSignIn>

export const kioskChannels = {
  'kiosk.config': channel(
    z.undefined(),
    z.object({
      siteName: z.string(),
      languages: z.array(z.object({ code: z.string(), label: z.string() })),
      /** The standard agreement, in the visitor's language (kiosk.standardAgreement); else agreementText. */
      agreementStandard: z.boolean(),
      /** The site's own agreement; '' with agreementStandard false: no agreement step. */
      agreementText: z.string(),
      idleSeconds: z.number().int(),
      certTypes: z.array(z.object({ value: z.number().int(), label: z.string() })),
    }),
    'What the kiosk shows: site name, languages, the visitor agreement, idle time.',
  ),
  'kiosk.hostSearch': channel(
    z.object({ query: z.string().trim().min(2).max(60) }),
    z.object({ hosts: z.array(kioskHost) }),
    'Hosts whose NAME matches (at most 5, names only).',
  ),
  'kiosk.progress': channel(
    z.object({ stage: kioskStage, visitorName: name.optional(), hostRef: z.string().max(64).optional() }),
    z.object({ ok: z.boolean() }),
    'The kiosk reports where the visitor is, so the receptionist sees it live.',
  ),
  'kiosk.signIn': channel(
    kioskSignIn,
    z.object({
      visitId: z.string(),
      outcome: z.enum(['registered', 'pending']),
      qrPayload: z.string().nullable(),
      badgePrinted: z.boolean(),
      message: z.string(),
    }),
    'Register the visitor, keep the signed agreement, print the badge, answer their QR.',
  ),
  'kiosk.qr': channel(
    z.undefined(),
    z.object({ payload: z.string() }),
    'The current QR of the visitor who just signed in on this kiosk (nobody else’s).',
  ),
  'kiosk.finish': channel(
    z.undefined(),
    z.object({ ok: z.boolean() }),
    'The visitor is done (or the kiosk went idle): forget their visit on the kiosk.',
  ),
} as const

export const kioskEvents = {
  'kiosk.takenOver': event(
    z.object({ message: z.string() }),
    'The receptionist took over this sign-in: the kiosk says so and resets.',
  ),
} as const

export const kioskActivity = z.object({
  stage: kioskStage,
  visitorName: z.string().nullable(),
  hostName: z.string().nullable(),
  visitId: z.string().nullable(),
  at: z.string(),
})
export type KioskActivity = z.infer<typeof kioskActivity>

export const kioskDeskChannels = {
  'kioskDesk.open': channel(
    z.undefined(),
    z.object({ open: z.boolean() }),
    'Open the self sign-in kiosk full screen (Electron kiosk mode) on a second window.',
  ),
  'kioskDesk.close': channel(z.undefined(), z.object({ open: z.boolean() }), 'Close the kiosk window.'),
  'kioskDesk.status': channel(
    z.undefined(),
    z.object({
      open: z.boolean(),
      activity: kioskActivity.nullable(),
      lastArrival: kioskActivity.nullable(),
    }),
    'Whether the kiosk is open, what is happening on it, and its last sign-in (kept after the kiosk resets).',
  ),
  'kioskDesk.takeOver': channel(
    z.undefined(),
    z.object({ activity: kioskActivity.nullable() }),
    'The receptionist takes over the sign-in in progress; the kiosk resets.',
  ),
  'kioskDesk.agreement': channel(
    z.object({ visitId: z.string().min(1).max(64) }),
    z.object({ signedAt: z.string().nullable(), bytes: z.number().int() }),
    'Whether a signed visitor agreement is kept with this visit.',
  ),
  'kioskDesk.saveAgreement': channel(
    z.object({ visitId: z.string().min(1).max(64) }),
    z.object({ saved: z.boolean(), filePath: z.string().nullable() }),
    'Save the signed visitor agreement (PDF) of a visit where the receptionist chooses.',
  ),
} as const

export const kioskDeskEvents = {
  'kioskDesk.activity': event(kioskActivity, 'Live: a visitor is signing in at the kiosk (or just did).'),
} as const

export const isKioskChannel = (name: string): boolean => name.startsWith(KIOSK_CHANNEL_PREFIX)
