import type { Handlers } from '../ipc/validated-ipc-main'
import type { createOperatorService } from './operator-service'
import type { SessionService } from './session-service'

type Channel =
  | 'session.status'
  | 'session.signIn'
  | 'session.signOut'
  | 'session.lock'
  | 'session.activity'
  | 'session.createFirstAdministrator'
  | 'operators.list'
  | 'operators.create'
  | 'operators.update'
  | 'operators.setSecret'
  | 'operators.policy'
  | 'operators.updatePolicy'

/** Thin: the session and operator services hold the rules; `dispatch` has already checked the role. */
export function createOperatorsHandlers(
  session: SessionService,
  operators: ReturnType<typeof createOperatorService>,
): Pick<Handlers, Channel> {
  return {
    'session.status': () => session.status(),
    'session.signIn': ({ username, secret }) => session.signIn(username, secret),
    'session.signOut': () => session.signOut(),
    'session.lock': () => session.lock(),
    'session.activity': () => session.activity(),
    'session.createFirstAdministrator': (input) => session.createFirstAdministrator(input),
    'operators.list': () => operators.list(),
    'operators.create': (input) => operators.create(input),
    'operators.update': (input) => operators.update(input),
    'operators.setSecret': (input) => operators.setSecret(input),
    'operators.policy': () => operators.policy(),
    'operators.updatePolicy': (patch) => operators.updatePolicy(patch),
  }
}
