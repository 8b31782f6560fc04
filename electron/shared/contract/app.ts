import { z } from 'zod'
import { appearance, startPage } from '../settings'
import { channel, event } from './define'

export const appChannels = {
  'app.info': channel(
    z.undefined(),
    z.object({
      name: z.string(),
      version: z.string(),
      platform: z.string(),
      electronVersion: z.string().nullable(),
    }),
    'Name, version and platform of the running app, for the About box and support.',
  ),
  'app.startupNotices': channel(
    z.undefined(),
    z.object({
      notices: z.array(
        z.object({
          kind: z.enum(['settings-reset', 'database-reset']),
          keptAs: z.string(),
          at: z.string(),
        }),
      ),
    }),
    'What start-up had to repair (an unreadable settings file or database moved aside), to tell the operator.',
  ),
  'app.openExternal': channel(
    z.object({ url: z.url().max(2048) }),
    z.object({ opened: z.boolean() }),
    'Open a link in the system browser; only hosts on the allow-list are opened.',
  ),
  'app.appearance': channel(
    z.undefined(),
    z.object({ appearance }),
    'The colour theme chosen for this station (system, light or dark); shown on the sign-in screen too.',
  ),
  'app.setAppearance': channel(
    z.object({ appearance }).strict(),
    z.object({ appearance }),
    'Choose the colour theme of this station; main also sets the system theme source so every window follows.',
  ),
  'app.setStartPage': channel(
    z.object({ page: startPage }).strict(),
    z.object({ page: startPage }),
    'The work page shown (reception or guard): the station opens on it after a restart.',
  ),
} as const

export const appEvents = {
  'app.navigate': event(
    z.object({ path: z.string().startsWith('/').max(256) }),
    'Main asks the shell to show a page (e.g. a notification click opens the alarm).',
  ),
} as const
