/**
 * The role table, channel by channel and role by role: every channel of the contract has a rule, and
 * the decision for each (channel, role) pair is the one the issue asks for.
 */
import { describe, expect, it } from 'vitest'
import { channelNames, type ChannelName } from '../../../electron/shared/contract/index'
import {
  decide,
  KIOSK_ONLY_MESSAGE,
  NOT_FOR_KIOSK_MESSAGE,
  permissions,
} from '../../../electron/shared/contract/permissions'
import { ROLES, type Role } from '../../../electron/shared/operators/roles'

const PUBLIC = new Set<ChannelName>([
  'app.info',
  'app.startupNotices',
  'language.get',
  'app.appearance',
  'session.status',
  'session.signIn',
  'session.createFirstAdministrator',
  'connection.status',
])

/** What each role may do, by the issue: the expected answer for every channel. */
function expected(channel: ChannelName, role: Role): boolean {
  if (PUBLIC.has(channel)) return true
  const [domain] = channel.split('.')
  // The visitor kiosk's channels answer the kiosk window only, never the operator's window.
  if (domain === 'kiosk') return false
  if (channel === 'notify.getSettings' || channel === 'notify.saveSettings') return role === 'administrator'
  if (['notify', 'invite', 'kioskDesk'].includes(domain!))
    return role === 'receptionist' || role === 'supervisor' || role === 'administrator'
  if (role === 'administrator') return true
  const everyone = [
    'app.openExternal',
    'app.setAppearance',
    'app.setStartPage',
    'language.set',
    'session.signOut',
    'session.lock',
    'session.activity',
    'operators.policy',
    'settings.get',
    'connection.capabilities',
    'connection.retryNow',
    'site.status',
  ]
  if (everyone.includes(channel)) return true
  const supervisorWrites = [
    'guardOps.exportEventsCsv',
    'guard.setInstructions',
    'guardPlans.add',
    'guardPlans.remove',
    'guardPlans.place',
    'guardPlans.unplace',
  ]
  if (supervisorWrites.includes(channel) || domain === 'audit') return role === 'supervisor'
  if (domain === 'reception' || domain === 'badge') return role === 'receptionist' || role === 'supervisor'
  if (domain === 'guard' || domain === 'guardOps' || domain === 'guardPlans')
    return role === 'guard' || role === 'supervisor'
  // settings (but reading), operators, connection.test, the site database settings: administrators only.
  return false
}

describe('permission table', () => {
  it('has a rule for every channel and no rule for a channel that does not exist', () => {
    expect(Object.keys(permissions).sort()).toEqual([...channelNames].sort())
  })

  for (const channel of channelNames) {
    it(`${channel}: ${ROLES.map((r) => `${r} ${expected(channel, r) ? 'yes' : 'no'}`).join(', ')}`, () => {
      for (const role of ROLES) {
        const decision = decide(channel, role)
        expect(decision.allowed, `${role} on ${channel}`).toBe(expected(channel, role))
        if (!decision.allowed && channel.startsWith('kiosk.')) {
          expect(decision).toMatchObject({ code: 'FORBIDDEN_SENDER', message: KIOSK_ONLY_MESSAGE })
        } else if (!decision.allowed) {
          expect(decision.code).toBe('FORBIDDEN')
          expect(decision.message).toMatch(new RegExp(`^An? ${role} cannot do this\\. Ask an? `))
        }
      }
      const signedOut = decide(channel, null)
      expect(signedOut.allowed).toBe(PUBLIC.has(channel))
      if (!signedOut.allowed)
        expect(signedOut.code).toBe(channel.startsWith('kiosk.') ? 'FORBIDDEN_SENDER' : 'NOT_SIGNED_IN')
      // From the visitor kiosk: its own channels with nobody signed in, nothing else whoever is signed in.
      for (const role of [null, ...ROLES]) {
        const fromKiosk = decide(channel, role, 'kiosk')
        expect(fromKiosk.allowed, `kiosk window, ${role} on ${channel}`).toBe(channel.startsWith('kiosk.'))
        if (!fromKiosk.allowed)
          expect(fromKiosk).toMatchObject({ code: 'FORBIDDEN_SENDER', message: NOT_FOR_KIOSK_MESSAGE })
      }
    })
  }

  it('a receptionist is refused door commands, the guard screen and settings changes', () => {
    for (const channel of [
      'guardOps.openDoor',
      'guard.snapshot',
      'settings.update',
      'operators.create',
    ] as const) {
      expect(decide(channel, 'receptionist')).toMatchObject({ allowed: false, code: 'FORBIDDEN' })
    }
  })
})
