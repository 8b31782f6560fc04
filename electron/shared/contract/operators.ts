/**
 * Operator accounts, for administrators: list, add, change role or name, disable, set a new password
 * or PIN, and the station's sign-in policy (idle lock, PINs, station name).
 */
import { z } from 'zod'
import { role } from '../operators/roles'
import { channel } from './define'
import { displayName, secret, username } from './session'

export const operatorView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role,
  secretKind: z.enum(['password', 'pin']),
  disabled: z.boolean(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
})
export type OperatorView = z.infer<typeof operatorView>

export const secretKind = z.enum(['password', 'pin'])

export const stationPolicy = z.object({
  /** Shown in the audit log; empty means the computer's name. */
  stationName: z.string().trim().max(80),
  /** 0 = never lock (a guard booth that must stay on). */
  idleLockMinutes: z.number().int().min(0).max(240),
  pinAllowed: z.boolean(),
})
export type StationPolicy = z.infer<typeof stationPolicy>

const operatorId = z.string().min(1).max(64)

export const operatorsChannels = {
  'operators.list': channel(z.undefined(), z.array(operatorView).max(1000), 'Every operator account.'),
  'operators.create': channel(
    z.object({ username, displayName, role, secretKind, secret }).strict(),
    operatorView,
    'Add an operator with a role and a password (or PIN, where allowed).',
  ),
  'operators.update': channel(
    z
      .object({
        id: operatorId,
        displayName: displayName.optional(),
        role: role.optional(),
        disabled: z.boolean().optional(),
      })
      .strict(),
    operatorView,
    "Change an operator's name or role, or disable the account (never the last administrator).",
  ),
  'operators.setSecret': channel(
    z.object({ id: operatorId, secretKind, secret }).strict(),
    operatorView,
    'Give an operator a new password or PIN (e.g. they forgot theirs).',
  ),
  'operators.policy': channel(
    z.undefined(),
    stationPolicy.extend({ effectiveStationName: z.string() }),
    'The station name, idle lock and PIN policy.',
  ),
  'operators.updatePolicy': channel(
    stationPolicy.partial().strict(),
    stationPolicy.extend({ effectiveStationName: z.string() }),
    'Change the station name, idle lock or PIN policy (audited).',
  ),
} as const
