/**
 * Managing operator accounts (administrators only; `dispatch` checks the role). The rules that keep a
 * station usable live here: user names are unique, PINs only where the policy allows them, and the
 * last active administrator can be neither demoted nor disabled.
 */
import type { OperatorView, StationPolicy } from '../../shared/contract/operators'
import type { Role } from '../../shared/operators/roles'
import { ROLE_LABELS } from '../../shared/operators/roles'
import { AppError } from '../app/app-error'
import type { AuditLog } from '../audit/audit-log'
import type { SettingsService } from '../settings/settings-service'
import type { OperatorRecord, OperatorStore } from './operator-store'
import { hashSecret, secretProblem } from './password-hash'
import type { SessionService } from './session-service'
import { translate } from '../i18n'

export interface OperatorServiceDeps {
  store: OperatorStore
  settings: SettingsService
  audit: Pick<AuditLog, 'write'>
  session: SessionService
}

export const toOperatorView = (r: OperatorRecord): OperatorView => ({
  id: r.id,
  username: r.username,
  displayName: r.displayName,
  role: r.role,
  secretKind: r.secretKind,
  disabled: r.disabled,
  createdAt: r.createdAt,
  lastSignInAt: r.lastSignInAt,
})

const label = (r: Pick<OperatorRecord, 'displayName' | 'role'>) =>
  `${r.displayName} (${ROLE_LABELS[r.role].toLowerCase()})`

export function createOperatorService(deps: OperatorServiceDeps) {
  const find = (id: string): OperatorRecord => {
    const record = deps.store.byId(id)
    if (!record) throw new AppError('NOT_FOUND', translate('server.refusals.operators.gone'))
    return record
  }
  const checkSecret = (kind: 'password' | 'pin', secret: string) => {
    if (kind === 'pin' && !deps.settings.get().operators.pinAllowed) {
      throw new AppError('BAD_REQUEST', translate('server.refusals.operators.pinsOff'), {
        field: 'secret',
      })
    }
    const problem = secretProblem(kind, secret)
    if (problem) throw new AppError('BAD_REQUEST', problem, { field: 'secret' })
  }
  const policyView = () => ({
    ...deps.settings.get().operators,
    effectiveStationName: deps.session.station(),
  })

  return {
    list: () => deps.store.list().map(toOperatorView),
    async create(input: {
      username: string
      displayName: string
      role: Role
      secretKind: 'password' | 'pin'
      secret: string
    }): Promise<OperatorView> {
      if (deps.store.byUsername(input.username)) {
        throw new AppError(
          'CONFLICT',
          translate('server.refusals.operators.usernameTaken', { username: input.username }),
          { field: 'username' },
        )
      }
      checkSecret(input.secretKind, input.secret)
      const record = deps.store.insert({
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        secretKind: input.secretKind,
        secretHash: await hashSecret(input.secret),
      })
      deps.audit.write({ action: 'operators.create', target: label(record), result: 'ok', detail: null })
      return toOperatorView(record)
    },
    update(input: { id: string; displayName?: string; role?: Role; disabled?: boolean }): OperatorView {
      const before = find(input.id)
      const losesAdmin =
        before.role === 'administrator' &&
        !before.disabled &&
        ((input.role !== undefined && input.role !== 'administrator') || input.disabled === true)
      if (losesAdmin && deps.store.countActiveAdministrators(before.id) === 0) {
        throw new AppError('CONFLICT', translate('server.refusals.operators.lastAdministrator'))
      }
      const after = deps.store.update(before.id, {
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
      })
      const changes = [
        before.displayName !== after.displayName
          ? `name ${before.displayName} -> ${after.displayName}`
          : null,
        before.role !== after.role ? `role ${before.role} -> ${after.role}` : null,
        before.disabled !== after.disabled ? (after.disabled ? 'disabled' : 'enabled again') : null,
      ].filter(Boolean)
      deps.audit.write({
        action: 'operators.update',
        target: label(after),
        result: 'ok',
        detail: changes.join('; ') || 'no change',
      })
      deps.session.accountChanged(after)
      return toOperatorView(after)
    },
    async setSecret(input: {
      id: string
      secretKind: 'password' | 'pin'
      secret: string
    }): Promise<OperatorView> {
      const record = find(input.id)
      checkSecret(input.secretKind, input.secret)
      const after = deps.store.update(record.id, {
        secretKind: input.secretKind,
        secretHash: await hashSecret(input.secret),
      })
      deps.audit.write({
        action: 'operators.setSecret',
        target: label(after),
        result: 'ok',
        detail: input.secretKind,
      })
      return toOperatorView(after)
    },
    policy: policyView,
    updatePolicy(patch: Partial<StationPolicy>) {
      const before = deps.settings.get().operators
      const next = { ...before, ...patch }
      deps.settings.update({ operators: next })
      const changes = (Object.keys(patch) as (keyof StationPolicy)[])
        .filter((k) => before[k] !== next[k])
        .map((k) => `${k}: ${String(before[k])} -> ${String(next[k])}`)
      deps.audit.write({
        action: 'operators.updatePolicy',
        target: deps.session.station(),
        result: 'ok',
        detail: changes.join('; ') || 'no change',
      })
      deps.session.policyChanged()
      return policyView()
    },
  }
}
