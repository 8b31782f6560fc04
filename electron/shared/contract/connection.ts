import { z } from 'zod'
import { tlsTrust } from '../settings'
import { channel, event } from './define'

export const connectionState = z.enum(['unconfigured', 'connecting', 'online', 'degraded', 'offline'])

export const connectionStatus = z.object({
  state: connectionState,
  profileName: z.string().nullable(),
  serverUrl: z.string().nullable(),
  /** Plain-language text of the last failure, token redacted. */
  lastError: z.string().nullable(),
  lastSuccessAt: z.iso.datetime().nullable(),
  nextRetryAt: z.iso.datetime().nullable(),
  /** While offline: since when ("Server unreachable since hh:mm:ss"). */
  unreachableSince: z.iso.datetime().nullable().default(null),
})
export type ConnectionStatus = z.infer<typeof connectionStatus>

export const availability = z.enum(['yes', 'no', 'unknown'])

/** One optional server ability (newer visitor endpoints...) and what to tell the user when it is missing. */
export const capabilityView = z.object({
  feature: z.string(),
  label: z.string(),
  availability,
  /** Shown when the server lacks it (availability 'no'). */
  message: z.string(),
})
export type CapabilityView = z.infer<typeof capabilityView>

export const capabilitiesView = z.object({
  profileId: z.string().nullable(),
  detectedAt: z.iso.datetime().nullable(),
  features: z.array(capabilityView),
})
export type CapabilitiesView = z.infer<typeof capabilitiesView>

export const TEST_STEP_IDS = ['reachable', 'certificate', 'token', 'licence', 'capabilities'] as const
export const testStep = z.object({
  id: z.enum(TEST_STEP_IDS),
  title: z.string(),
  status: z.enum(['passed', 'failed', 'warning', 'skipped']),
  /** What was found, in plain words. */
  message: z.string(),
  /** What to do about it, when something is wrong. */
  action: z.string().nullable(),
})
export type TestStep = z.infer<typeof testStep>

/** The server certificate as shown for trust-on-first-use (public data only). */
export const certificateView = z.object({
  fingerprint256: z.string(),
  subject: z.string(),
  issuer: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  expired: z.boolean(),
  selfSigned: z.boolean(),
  trustedBySystem: z.boolean(),
})
export type CertificateView = z.infer<typeof certificateView>

export const connectionTestRequest = z
  .object({
    url: z.url().max(512),
    /** The token to try; omitted = the one stored for `profileId` (it never comes back). */
    token: z.string().trim().min(1).max(512).optional(),
    profileId: z.string().min(1).max(64).optional(),
    tls: tlsTrust,
  })
  .strict()
export type ConnectionTestRequest = z.input<typeof connectionTestRequest>

export const connectionTestResult = z.object({
  success: z.boolean(),
  steps: z.array(testStep),
  certificate: certificateView.nullable(),
  /**
   * 'untrusted': self-signed or unknown issuer, offer "Trust this certificate".
   * 'changed': a pinned certificate differs from the one presented now: refuse.
   */
  certificateTrust: z.enum(['not-applicable', 'system', 'pinned', 'ca', 'untrusted', 'changed']),
  capabilities: z.array(capabilityView),
})
export type ConnectionTestResult = z.infer<typeof connectionTestResult>

export const connectionChannels = {
  'connection.status': channel(
    z.undefined(),
    connectionStatus,
    'Current state of the link to the ZKBio server.',
  ),
  'connection.test': channel(
    connectionTestRequest,
    connectionTestResult,
    'Check a server address, certificate, token, API licence and optional features, step by step.',
  ),
  'connection.capabilities': channel(
    z.undefined(),
    capabilitiesView,
    'Optional features the active server offers, with the sentence to show when one is missing.',
  ),
  'connection.retryNow': channel(z.undefined(), connectionStatus, 'Check the server now instead of waiting.'),
} as const

export const connectionEvents = {
  'connection.changed': event(connectionStatus, 'The link to the ZKBio server changed state.'),
  'connection.capabilitiesChanged': event(
    capabilitiesView,
    'What the active server can do was (re)detected.',
  ),
} as const
