/**
 * Who may call each channel of the contract. Main enforces this table in `dispatch` before any
 * handler runs; the renderer only uses it to hide what a role cannot do. The `satisfies` makes a
 * channel added later without a rule a type error, so nothing ships unguarded.
 *
 * A rule is either
 * - 'public': anyone at the station, signed in or not (the sign-in screen itself, the app version, the
 *   connection light, which carry no personal data), or
 * - a list of roles: only an operator signed in with one of them.
 * A rule can later be narrowed to one window (e.g. a visitor kiosk) with `{ roles, windows }`.
 */
import {
  ADMIN_ROLES,
  ALL_ROLES,
  GUARD_ROLES,
  RECEPTION_ROLES,
  SUPERVISOR_ROLES,
  type Role,
} from '../operators/role-names'
import type { ChannelName } from './index'

/** The kinds of window a channel may come from; 'main' is the operator's window. */
export type WindowKind = 'main' | 'kiosk'

export type ChannelRule =
  | 'public'
  | readonly Role[]
  | { readonly roles: readonly Role[] | 'public'; readonly windows: readonly WindowKind[] }

const KIOSK_ONLY = { roles: 'public', windows: ['kiosk'] } as const

export const permissions = {
  'app.info': 'public',
  // What start-up repaired (a file path): shown on the sign-in screen too, so nobody misses it.
  'app.startupNotices': 'public',
  'app.openExternal': ALL_ROLES,
  // The colour theme is a matter of the eyes, not of rights: read before sign-in, set by any operator.
  'app.appearance': 'public',
  'app.setAppearance': ALL_ROLES,
  'app.setStartPage': ALL_ROLES,

  // Every screen speaks the station's language, the sign-in screen too. Like the theme it is a display
  // preference of the people at this screen: any operator chooses it (the header's Display menu).
  'language.get': 'public',
  'language.set': ALL_ROLES,

  'session.status': 'public',
  'session.signIn': 'public',
  'session.createFirstAdministrator': 'public',
  'session.signOut': ALL_ROLES,
  'session.lock': ALL_ROLES,
  'session.activity': ALL_ROLES,

  'operators.list': ADMIN_ROLES,
  'operators.create': ADMIN_ROLES,
  'operators.update': ADMIN_ROLES,
  'operators.setSecret': ADMIN_ROLES,
  'operators.policy': ALL_ROLES,
  'operators.updatePolicy': ADMIN_ROLES,

  'audit.search': SUPERVISOR_ROLES,
  'audit.exportCsv': SUPERVISOR_ROLES,

  // Site mode: configuration is the administrator's; every operator sees the station status.
  'site.getSettings': ADMIN_ROLES,
  'site.saveSettings': ADMIN_ROLES,
  'site.testConnection': ADMIN_ROLES,
  'site.status': ALL_ROLES,

  'connection.status': 'public',
  'connection.capabilities': ALL_ROLES,
  'connection.retryNow': ALL_ROLES,
  'connection.test': ADMIN_ROLES,

  'settings.get': ALL_ROLES,
  'settings.update': ADMIN_ROLES,
  'settings.listProfiles': ADMIN_ROLES,
  'settings.addProfile': ADMIN_ROLES,
  'settings.editProfile': ADMIN_ROLES,
  'settings.removeProfile': ADMIN_ROLES,
  'settings.switchProfile': ADMIN_ROLES,
  'settings.credentialStatus': ADMIN_ROLES,

  'guard.snapshot': GUARD_ROLES,
  'guard.recentEvents': GUARD_ROLES,
  'guard.listAlarms': GUARD_ROLES,
  'guard.getAlarm': GUARD_ROLES,
  'guard.acknowledgeAlarm': GUARD_ROLES,
  'guard.clearAlarm': GUARD_ROLES,
  'guard.muteSound': GUARD_ROLES,
  'guard.unmuteSound': GUARD_ROLES,
  'guard.pollNow': GUARD_ROLES,
  // Standard operating procedures per alarm kind: guards read them, supervisors write them.
  'guard.listInstructions': GUARD_ROLES,
  'guard.setInstructions': SUPERVISOR_ROLES,

  // Floor plans: guards watch them, supervisors lay them out.
  'guardPlans.list': GUARD_ROLES,
  'guardPlans.image': GUARD_ROLES,
  'guardPlans.readers': GUARD_ROLES,
  'guardPlans.add': SUPERVISOR_ROLES,
  'guardPlans.remove': SUPERVISOR_ROLES,
  'guardPlans.place': SUPERVISOR_ROLES,
  'guardPlans.unplace': SUPERVISOR_ROLES,

  'guardOps.openDoor': GUARD_ROLES,
  'guardOps.closeDoor': GUARD_ROLES,
  'guardOps.openGate': GUARD_ROLES,
  'guardOps.listFloors': GUARD_ROLES,
  'guardOps.openFloor': GUARD_ROLES,
  'guardOps.closeFloor': GUARD_ROLES,
  'guardOps.searchEvents': GUARD_ROLES,
  'guardOps.exportEventsCsv': SUPERVISOR_ROLES,
  'guardOps.firstInLastOut': GUARD_ROLES,
  'guardOps.personPhoto': GUARD_ROLES,
  'guardOps.auditLog': GUARD_ROLES,

  'badge.details': RECEPTION_ROLES,
  'badge.qr': RECEPTION_ROLES,
  'badge.print': RECEPTION_ROLES,
  'badge.savePdf': RECEPTION_ROLES,
  'badge.printers': RECEPTION_ROLES,
  'badge.enrolPhoto': RECEPTION_ROLES,

  'reception.hostSearch': RECEPTION_ROLES,
  'reception.hostDirectoryStatus': RECEPTION_ROLES,
  'reception.hostDirectoryRefresh': RECEPTION_ROLES,
  'reception.formOptions': RECEPTION_ROLES,
  'reception.findReturningVisitor': RECEPTION_ROLES,
  'reception.searchVisitors': RECEPTION_ROLES,
  'reception.screenVisitor': RECEPTION_ROLES,
  'reception.hostPhoto': RECEPTION_ROLES,
  'reception.registerVisitor': RECEPTION_ROLES,
  'reception.listVisits': RECEPTION_ROLES,
  'reception.getVisit': RECEPTION_ROLES,
  'reception.checkOut': RECEPTION_ROLES,
  'reception.reconcile': RECEPTION_ROLES,
  'reception.retryPending': RECEPTION_ROLES,
  // Counts per server profile (Settings shows them when switching profiles).
  'reception.waitingRegistrations': RECEPTION_ROLES,
  'reception.discardPending': RECEPTION_ROLES,
  'reception.rollCall': RECEPTION_ROLES,
  'reception.printRollCall': RECEPTION_ROLES,
  'reception.listReservations': RECEPTION_ROLES,
  'reception.addReservation': RECEPTION_ROLES,
  'reception.cancelReservation': RECEPTION_ROLES,
  'reception.loadDraft': RECEPTION_ROLES,
  'reception.saveDraft': RECEPTION_ROLES,
  'reception.clearDraft': RECEPTION_ROLES,

  // Host notices: the desk sees and retries them; SMTP, webhooks and templates are an administrator's.
  'notify.getSettings': ADMIN_ROLES,
  'notify.saveSettings': ADMIN_ROLES,
  'notify.forVisits': RECEPTION_ROLES,
  'notify.retry': RECEPTION_ROLES,

  'invite.send': RECEPTION_ROLES,
  'invite.list': RECEPTION_ROLES,
  'invite.expected': RECEPTION_ROLES,
  'invite.checkIn': RECEPTION_ROLES,

  // The desk's side of the visitor kiosk.
  'kioskDesk.open': RECEPTION_ROLES,
  'kioskDesk.close': RECEPTION_ROLES,
  'kioskDesk.status': RECEPTION_ROLES,
  'kioskDesk.takeOver': RECEPTION_ROLES,
  'kioskDesk.agreement': RECEPTION_ROLES,
  'kioskDesk.saveAgreement': RECEPTION_ROLES,

  // The visitor kiosk itself: nobody signs in there, and it may call nothing else (see `decide`).
  'kiosk.config': KIOSK_ONLY,
  'kiosk.hostSearch': KIOSK_ONLY,
  'kiosk.progress': KIOSK_ONLY,
  'kiosk.signIn': KIOSK_ONLY,
  'kiosk.qr': KIOSK_ONLY,
  'kiosk.finish': KIOSK_ONLY,
} as const satisfies Record<ChannelName, ChannelRule>

function isWindowRule(
  rule: ChannelRule,
): rule is { readonly roles: readonly Role[] | 'public'; readonly windows: readonly WindowKind[] } {
  return typeof rule === 'object' && !Array.isArray(rule)
}

const withArticle = (role: Role, capital = false): string =>
  `${/^[aeiou]/.test(role) ? (capital ? 'An' : 'an') : capital ? 'A' : 'a'} ${role}`

/** 'a guard, a supervisor or an administrator' */
function anyOf(roles: readonly Role[]): string {
  const named = roles.map((r) => withArticle(r))
  return named.length > 1
    ? `${named.slice(0, -1).join(', ')} or ${named.at(-1)}`
    : (named[0] ?? 'someone else')
}

export type PermissionDecision =
  | { allowed: true }
  | { allowed: false; code: 'NOT_SIGNED_IN' | 'FORBIDDEN' | 'FORBIDDEN_SENDER'; message: string }

export const KIOSK_ONLY_MESSAGE = 'This request is only answered for the visitor kiosk.'
export const NOT_FOR_KIOSK_MESSAGE = 'The visitor kiosk cannot make this request.'

/**
 * The one decision main makes before a handler runs: may this operator (or nobody) call this channel
 * from this window? Pure, so the role table test can enumerate every channel with every role.
 */
export function decide(
  channelName: ChannelName,
  operatorRole: Role | null,
  window: WindowKind = 'main',
): PermissionDecision {
  const rule: ChannelRule = permissions[channelName]
  const scoped = isWindowRule(rule) ? rule : null
  const roles = scoped ? scoped.roles : (rule as readonly Role[] | 'public')
  // A rule scoped to windows admits only those; every other rule is for the operator's window only
  // (the visitor kiosk runs beside the desk's signed-in session and must not borrow it).
  if (scoped ? !scoped.windows.includes(window) : window !== 'main') {
    return {
      allowed: false,
      code: 'FORBIDDEN_SENDER',
      message: window === 'kiosk' ? NOT_FOR_KIOSK_MESSAGE : KIOSK_ONLY_MESSAGE,
    }
  }
  if (roles === 'public') return { allowed: true }
  if (operatorRole === null) {
    return {
      allowed: false,
      code: 'NOT_SIGNED_IN',
      message: 'Nobody is signed in at this station. Sign in to continue.',
    }
  }
  if (roles.includes(operatorRole)) return { allowed: true }
  return {
    allowed: false,
    code: 'FORBIDDEN',
    message: `${withArticle(operatorRole, true)} cannot do this. Ask ${anyOf(roles)} to sign in.`,
  }
}

/** The renderer's view of the same table: hide what this role can't do. */
export function canCall(channelName: ChannelName, operatorRole: Role | null): boolean {
  return decide(channelName, operatorRole).allowed
}
