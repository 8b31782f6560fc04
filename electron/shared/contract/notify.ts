/**
 * Host notices (the host is told a visitor arrived) and the settings of the visitor services
 * (notices, invitations, kiosk). The SMTP password is write-only: requests may carry a new one,
 * answers only say whether one is stored.
 */
import { z } from 'zod'
import { visitorServicesSettings } from '../visitor-services-settings'
import { channel, event } from './define'

const id = z.string().min(1).max(64)

export const noticeChannel = z.enum(['email', 'teams', 'slack'])
export type NoticeChannel = z.infer<typeof noticeChannel>

export const hostNotice = z.object({
  id: z.string(),
  visitId: z.string(),
  channel: noticeChannel,
  /** 'pending' = not sent yet (waiting for its first or next attempt); 'failed' = gave up. */
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  /** The host's address for e-mail; null for webhooks and until it is known. */
  recipient: z.string().nullable(),
  createdAt: z.string(),
})
export type HostNotice = z.infer<typeof hostNotice>

export const visitorServicesView = z.object({
  settings: visitorServicesSettings,
  hasSmtpPassword: z.boolean(),
})
export type VisitorServicesView = z.infer<typeof visitorServicesView>

export const notifyChannels = {
  'notify.getSettings': channel(
    z.undefined(),
    visitorServicesView,
    'Host notice, invitation and kiosk settings (never the SMTP password).',
  ),
  'notify.saveSettings': channel(
    z
      .object({
        settings: visitorServicesSettings,
        /** A new SMTP password (kept in the OS keychain); '' deletes it; absent keeps it. */
        smtpPassword: z.string().max(512).optional(),
      })
      .strict(),
    visitorServicesView,
    'Save the visitor services settings; the SMTP password goes to the keychain.',
  ),
  'notify.forVisits': channel(
    z.object({ visitIds: z.array(id).max(500) }),
    z.object({ notices: z.array(hostNotice) }),
    'The host notices of these visits (sent, waiting, failed with the reason).',
  ),
  'notify.retry': channel(
    z.object({ visitId: id }),
    z.object({ notices: z.array(hostNotice) }),
    'Try the failed or waiting notices of a visit again now.',
  ),
} as const

export const notifyEvents = {
  'notify.changed': event(
    z.object({ visitId: z.string() }),
    'A host notice of this visit was sent, failed or is retrying: reload its status.',
  ),
} as const
