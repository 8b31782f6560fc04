/**
 * Invitations: a reservation's visitor gets an e-mail with the date, host, site address, their gate QR
 * code and a calendar file; on the day the reservation shows as expected and checks in in one click.
 */
import { z } from 'zod'
import { channel, event } from './define'
import { reservation } from './reception'

const id = z.string().min(1).max(64)

export const invitation = z.object({
  reservationId: z.string(),
  email: z.string(),
  status: z.enum(['sent', 'failed']),
  sentAt: z.string().nullable(),
  lastError: z.string().nullable(),
  /** The .ics UID, stable per reservation so a resend updates the same calendar entry. */
  calendarUid: z.string(),
})
export type Invitation = z.infer<typeof invitation>

export const expectedVisit = z.object({
  reservation,
  invitation: invitation.nullable(),
})
export type ExpectedVisit = z.infer<typeof expectedVisit>

export const inviteChannels = {
  'invite.send': channel(
    z.object({ reservationId: id, email: z.email('Enter the visitor’s e-mail address').max(254) }),
    z.object({ invitation }),
    'E-mail the visitor an invitation with their gate QR code and a calendar file.',
  ),
  'invite.list': channel(
    z.undefined(),
    z.object({ invitations: z.array(invitation) }),
    'Invitations sent from this desk (last one per reservation).',
  ),
  'invite.expected': channel(
    z.undefined(),
    z.object({ day: z.string(), visits: z.array(expectedVisit) }),
    'Reservations expected today (server day), with their invitation.',
  ),
  'invite.checkIn': channel(
    z.object({ reservationId: id }),
    z.object({
      visitId: z.string(),
      outcome: z.enum(['registered', 'pending']),
      badgePrinted: z.boolean(),
      message: z.string(),
    }),
    'The expected visitor arrived: register them from the reservation and print the badge.',
  ),
} as const

export const inviteEvents = {
  'invite.changed': event(
    z.object({ reservationId: z.string().nullable() }),
    'A reservation was booked, cancelled, invited or checked in: reload the expected list.',
  ),
} as const
