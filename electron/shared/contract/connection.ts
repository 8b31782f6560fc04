import { z } from 'zod'
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
})
export type ConnectionStatus = z.infer<typeof connectionStatus>

export const connectionChannels = {
  'connection.status': channel(z.undefined(), connectionStatus, 'Current state of the link to the ZKBio server.'),
} as const

export const connectionEvents = {
  'connection.changed': event(connectionStatus, 'The link to the ZKBio server changed state.'),
} as const
