/**
 * Badge sizes and QR refresh timing, free of the schema library: the registration screen (the renderer's
 * first bundle) imports these, `badge.ts` re-exports them for main and the contract.
 */
import type { BadgeLayout } from '../settings-constants'

/** The label sizes Gatehouse prints; both the on-screen preview and the print page use these. */
export const BADGE_PAGE_MM: Record<BadgeLayout, { widthMm: number; heightMm: number; label: string }> = {
  label62: { widthMm: 62, heightMm: 100, label: '62 mm continuous label' },
  card102x76: { widthMm: 102, heightMm: 76, label: '102 x 76 mm label' },
  a6: { widthMm: 105, heightMm: 148, label: 'A6 sheet' },
}

/**
 * Refresh interval for servers whose code is new on every request (any fresh code is as good as the
 * next). Codes that change per period are refreshed just after each change instead: main learns the
 * server's period and phase from the fetches (electron/main/badge/qr-period.ts) and answers each fetch
 * with the wait until the next one (`refreshInMs`).
 */
export const QR_REFRESH_MS = 20_000
/** After a failed refresh the last code stays shown and is tried again sooner. */
export const QR_RETRY_MS = 8_000
/** A code older than this is shown as expired (greyed) until a refresh succeeds. */
export const QR_STALE_AFTER_MS = 60_000
