import { z } from 'zod'
import { PHOTO_BUDGET_CHARS } from '../photo/jpeg-budget'
import { badgeLayout } from '../settings'
import { channel } from './define'

// Constants the renderer's first bundle needs live in the zod-free badge-constants.ts.
export { BADGE_PAGE_MM, QR_REFRESH_MS, QR_RETRY_MS, QR_STALE_AFTER_MS } from './badge-constants'

/** Local visit ids are UUIDs made by reception; anything else is refused before it reaches a handler. */
const visitId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9-]+$/)

/** Bare base64 JPEG (no `data:` prefix), at most 200 KB of base64 text (the photo budget counts what is sent). */
export const PHOTO_BASE64_MAX_CHARS = PHOTO_BUDGET_CHARS
export const photoBase64 = z
  .string()
  .min(100)
  .max(PHOTO_BASE64_MAX_CHARS)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64 without a data: prefix')

export const badgeDetails = z.object({
  visitId: z.string(),
  status: z.enum(['pending', 'onSite', 'checkedOut', 'failed']),
  visitorName: z.string(),
  company: z.string(),
  hostName: z.string(),
  /** Server local time 'yyyy-MM-dd HH:mm:ss', as registered. */
  validUntil: z.string(),
  /** Bare base64 JPEG, or null when the visit has no photo (or retention removed it). */
  photoBase64: z.string().nullable(),
  siteName: z.string(),
  layout: badgeLayout,
  printerName: z.string(),
  silentPrint: z.boolean(),
  /** Why no QR can be shown yet (pending registration), or null. */
  qrUnavailableReason: z.string().nullable(),
})
export type BadgeDetails = z.infer<typeof badgeDetails>

export const qrSource = z.enum(['pinPath', 'pinQuery', 'certNumber'])
export type QrSource = z.infer<typeof qrSource>

export const badgeQr = z.object({
  /** The server's dynamic QR payload string; the renderer draws the QR itself. */
  payload: z.string().min(1).max(2048),
  source: qrSource,
  fetchedAt: z.iso.datetime(),
  /** Fetch again after this long while the QR is on screen: just after the server's next change. */
  refreshInMs: z.number().int().positive(),
  /** The server's code period as main knows it (assumed 30 s until the server confirms or corrects it). */
  periodMs: z.number().int().positive(),
  /** true once the server's behaviour gave or confirmed the period. */
  periodLearned: z.boolean(),
})
export type BadgeQr = z.infer<typeof badgeQr>

export const printerInfo = z.object({ name: z.string(), displayName: z.string(), isDefault: z.boolean() })
export type PrinterInfo = z.infer<typeof printerInfo>

export const enrolVerdict = z.object({
  accepted: z.boolean(),
  /** The server's code when it refused the photo (-27, -262, -5001, -5002, -5003, ...). */
  serverCode: z.number().int().nullable(),
  message: z.string(),
})
export type EnrolVerdict = z.infer<typeof enrolVerdict>

export const badgeChannels = {
  'badge.details': channel(
    z.object({ visitId }).strict(),
    badgeDetails,
    'Everything printed on a visit badge except the QR (photo, name, company, host, valid until, site).',
  ),
  'badge.qr': channel(
    z.object({ visitId }).strict(),
    badgeQr,
    "A fresh dynamic QR payload for the visit's visitor, from whichever QR request the server offers.",
  ),
  'badge.print': channel(
    z
      .object({
        visitId,
        layout: badgeLayout.optional(),
        /** true: show the print dialog; false: print silently; absent: as settings.badge.silentPrint says. */
        showDialog: z.boolean().optional(),
      })
      .strict(),
    z.object({ printed: z.boolean(), printerName: z.string(), silent: z.boolean(), message: z.string() }),
    'Print the badge with a fresh QR to the configured printer (silently or with the print dialog).',
  ),
  'badge.savePdf': channel(
    z.object({ visitId, layout: badgeLayout.optional() }).strict(),
    z.object({ saved: z.boolean(), filePath: z.string().nullable(), bytes: z.number().int().nonnegative() }),
    'Render the badge with a fresh QR to PDF and save it where the operator chooses.',
  ),
  'badge.printers': channel(
    z.undefined(),
    z.object({ printers: z.array(printerInfo) }),
    'Printers the operating system knows, for the badge printer setting.',
  ),
  'badge.enrolPhoto': channel(
    z
      .object({
        pin: z
          .string()
          .min(1)
          .max(32)
          .regex(/^[A-Za-z0-9_-]+$/),
        photoBase64,
      })
      .strict(),
    enrolVerdict,
    "Send an employee's photo to the server (person/updatePersonnelPhoto) and return its verdict.",
  ),
} as const

export const badgeEvents = {} as const
