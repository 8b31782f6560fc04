/**
 * Who is at the desk: the station's sign-in state, sign-in, sign-out (shift handover without closing
 * the app), the idle lock, and the first administrator of a fresh station. Secrets travel one way:
 * a password or PIN goes to main to be checked and is never sent back, stored or logged.
 */
import { z } from 'zod'
import { role } from '../operators/roles'
import { channel, event } from './define'

export const operatorSummary = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role,
})
export type OperatorSummary = z.infer<typeof operatorSummary>

export const sessionStatus = z.object({
  /**
   * unclaimed: a fresh station without any operator account; the first-run wizard creates the
   * administrator. signedOut: nobody at the desk. locked: the desk was left idle (or locked by hand).
   */
  state: z.enum(['unclaimed', 'signedIn', 'signedOut', 'locked']),
  operator: operatorSummary.nullable(),
  /** Who was signed in when the screen locked (their name only; no data of theirs). */
  lockedFor: z.string().nullable(),
  station: z.string(),
  /** Open alarms nobody has acknowledged: a locked screen still says one is waiting. */
  waitingAlarms: z.number().int().nonnegative(),
  /** Seconds of inactivity before the screen locks; 0 = never (e.g. a guard booth). */
  idleLockSeconds: z.number().int().nonnegative(),
  pinAllowed: z.boolean(),
  /** True for the development demo operator (simulator profile of an unpackaged app). */
  demo: z.boolean(),
})
export type SessionStatus = z.infer<typeof sessionStatus>

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'A user name has at least 2 characters.')
  .max(40)
  .regex(/^[a-z0-9._-]+$/, 'Use letters, digits, dots, dashes or underscores in a user name.')
export const displayName = z.string().trim().min(2, 'Enter the full name.').max(80)
/** A password, or a PIN of digits where the administrator allows PINs. Never echoed back. */
export const secret = z.string().min(1, 'Enter the password or PIN.').max(256)

export const signInResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), status: sessionStatus }),
  z.object({
    ok: z.literal(false),
    message: z.string(),
    /** After repeated wrong attempts: how long to wait before the next one is even checked. */
    retryAfterSeconds: z.number().int().nonnegative(),
  }),
])
export type SignInResult = z.infer<typeof signInResult>

export const sessionChannels = {
  'session.status': channel(z.undefined(), sessionStatus, 'Who is signed in at this station, if anyone.'),
  'session.signIn': channel(
    z.object({ username: z.string().trim().min(1).max(40), secret }).strict(),
    signInResult,
    'Sign in (or take over the desk at a shift change). Wrong attempts slow further attempts.',
  ),
  'session.signOut': channel(z.undefined(), sessionStatus, 'Sign out; the station keeps watching.'),
  'session.lock': channel(z.undefined(), sessionStatus, 'Lock the screen now (leaving the desk).'),
  'session.activity': channel(
    z.undefined(),
    z.object({ locksAt: z.iso.datetime().nullable() }),
    'The operator is still at the desk (keyboard or mouse used): postpones the idle lock.',
  ),
  'session.createFirstAdministrator': channel(
    z.object({ username, displayName, password: z.string().min(1).max(256) }).strict(),
    sessionStatus,
    "First run only: create the station's first administrator and sign them in.",
  ),
} as const

export const sessionEvents = {
  'session.changed': event(sessionStatus, 'Someone signed in or out, the screen locked, or alarms wait.'),
} as const
