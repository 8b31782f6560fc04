/**
 * Who is at the desk. One session per station, held in main: the permission check in `dispatch`,
 * the audit log and the alarm acknowledgements all ask this service. Signing out or locking never
 * stops anything else in main (guard workers, the alarm queue and notifications keep running).
 */
import type { OperatorSummary, SessionStatus, SignInResult } from '../../shared/contract/session'
import type { Role } from '../../shared/operators/roles'
import { AppError } from '../app/app-error'
import type { AuditLog } from '../audit/audit-log'
import type { EmitEvent } from '../ipc/event-sink'
import { createLogger } from '../log'
import type { SettingsService } from '../settings/settings-service'
import { createLockout, type Lockout } from './lockout'
import type { OperatorRecord, OperatorStore } from './operator-store'
import { decoyHash, hashSecret, secretProblem, verifySecret } from './password-hash'
import { translate } from '../i18n'

const log = createLogger('session')

export const DEMO_OPERATOR: OperatorSummary = {
  id: 'demo',
  username: 'demo',
  displayName: 'Demo administrator',
  role: 'administrator',
}

export interface SessionDeps {
  store: OperatorStore
  settings: SettingsService
  audit: Pick<AuditLog, 'write'>
  emit: EmitEvent
  /** The station name when the setting is empty: the computer's name. */
  hostname: () => string
  /** Open alarms nobody acknowledged yet. */
  waitingAlarms: () => number
  now?: () => number
  lockout?: Lockout
  /** Test-only override of the idle lock (never in a packaged app). */
  idleLockMsOverride?: number
}

export type SessionService = ReturnType<typeof createSessionService>

const summary = (r: OperatorRecord): OperatorSummary => ({
  id: r.id,
  username: r.username,
  displayName: r.displayName,
  role: r.role,
})

export function createSessionService(deps: SessionDeps) {
  const now = deps.now ?? Date.now
  const lockout = deps.lockout ?? createLockout(now)
  let current: OperatorSummary | null = null
  let demo = false
  let lockedFor: string | null = null
  let idleTimer: ReturnType<typeof setTimeout> | null = null
  let idleDeadline: number | null = null
  let lastWaiting = -1

  const policy = () => deps.settings.get().operators
  const station = () => policy().stationName || deps.hostname()
  const idleLockMs = (): number => deps.idleLockMsOverride ?? policy().idleLockMinutes * 60_000

  function state(): SessionStatus['state'] {
    if (current) return 'signedIn'
    if (deps.store.count() === 0) return 'unclaimed'
    return lockedFor ? 'locked' : 'signedOut'
  }

  function status(): SessionStatus {
    const waiting = deps.waitingAlarms()
    lastWaiting = waiting
    return {
      state: state(),
      operator: current,
      lockedFor: current ? null : lockedFor,
      station: station(),
      waitingAlarms: waiting,
      idleLockSeconds: Math.round(idleLockMs() / 1000),
      pinAllowed: policy().pinAllowed,
      demo,
    }
  }

  const publish = () => deps.emit('session.changed', status())

  function clearIdle(): void {
    if (idleTimer) clearTimeout(idleTimer)
    idleTimer = null
    idleDeadline = null
  }

  /** Demo sessions never lock: there is no account to unlock them with. */
  function armIdle(): void {
    clearIdle()
    const ms = idleLockMs()
    if (!current || demo || ms <= 0) return
    idleDeadline = now() + ms
    idleTimer = setTimeout(() => {
      if (current && idleDeadline !== null && now() >= idleDeadline) lock('idle')
      else armIdle()
    }, ms)
    idleTimer.unref?.()
  }

  function endSession(
    action: 'session.signOut' | 'session.lock' | 'session.idleLock',
    detail: string | null,
  ) {
    if (!current) return
    deps.audit.write({ action, target: current.displayName, result: 'info', detail })
    lockedFor = action === 'session.signOut' ? null : current.displayName
    current = null
    demo = false
    clearIdle()
  }

  function begin(operator: OperatorSummary, isDemo: boolean, detail: string | null): void {
    if (current && current.id !== operator.id)
      endSession('session.signOut', `handed over to ${operator.displayName}`)
    current = operator
    demo = isDemo
    lockedFor = null
    deps.audit.write({ action: 'session.signIn', target: operator.displayName, result: 'info', detail })
    armIdle()
    publish()
  }

  function lock(reason: 'manual' | 'idle'): SessionStatus {
    if (current) {
      log.info(reason === 'idle' ? 'the screen locked after the idle time' : 'the screen was locked')
      endSession(reason === 'idle' ? 'session.idleLock' : 'session.lock', null)
      publish()
    }
    return status()
  }

  async function signIn(username: string, secret: string): Promise<SignInResult> {
    const name = username.trim().toLowerCase()
    const wait = lockout.waitMs(name)
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000)
      return {
        ok: false,
        message: translate('server.refusals.operators.tooManyAttempts', { seconds }),
        retryAfterSeconds: seconds,
      }
    }
    const record = deps.store.byUsername(name)
    // An unknown name costs the same hash as a known one, so timing does not say which names exist.
    const matches = await verifySecret(secret, record?.secretHash ?? (await decoyHash()))
    if (!record || !matches) {
      lockout.failed(name)
      deps.audit.write({
        system: true,
        operator: 'Sign-in',
        action: 'session.signInFailed',
        target: name,
        result: 'failed',
        detail: null,
      })
      const next = lockout.waitMs(name)
      return {
        ok: false,
        message:
          next > 0
            ? translate('server.refusals.operators.wrongCredentialsWait', { seconds: Math.ceil(next / 1000) })
            : translate('server.refusals.operators.wrongCredentials'),
        retryAfterSeconds: Math.ceil(next / 1000),
      }
    }
    if (record.disabled) {
      return {
        ok: false,
        message: translate('server.refusals.operators.accountDisabled'),
        retryAfterSeconds: 0,
      }
    }
    if (record.secretKind === 'pin' && !policy().pinAllowed) {
      return {
        ok: false,
        message: translate('server.refusals.operators.pinsOffSignIn'),
        retryAfterSeconds: 0,
      }
    }
    lockout.succeeded(name)
    const at = new Date(now()).toISOString()
    deps.store.recordSignIn(record.id, at)
    begin(
      summary(record),
      false,
      lockedFor && lockedFor !== record.displayName ? `screen was locked for ${lockedFor}` : null,
    )
    return { ok: true, status: status() }
  }

  async function createFirstAdministrator(input: {
    username: string
    displayName: string
    password: string
  }): Promise<SessionStatus> {
    if (deps.store.count() > 0) {
      throw new AppError('CONFLICT', translate('server.refusals.operators.alreadySetUp'))
    }
    const problem = secretProblem('password', input.password)
    if (problem) throw new AppError('BAD_REQUEST', problem, { field: 'password' })
    const record = deps.store.insert({
      username: input.username,
      displayName: input.displayName,
      role: 'administrator',
      secretKind: 'password',
      secretHash: await hashSecret(input.password),
    })
    // Named before the session starts: the first entry of a station says who claimed it.
    deps.audit.write({
      operator: record.displayName,
      action: 'operators.create',
      target: `${record.displayName} (administrator)`,
      result: 'ok',
      detail: 'first administrator of this station',
    })
    deps.store.recordSignIn(record.id, new Date(now()).toISOString())
    begin(summary(record), false, null)
    return status()
  }

  return {
    status,
    /** The role `dispatch` checks; a fresh station (no accounts yet) is open to its first-run wizard. */
    role(): Role | null {
      if (current) return current.role
      return deps.store.count() === 0 ? 'administrator' : null
    },
    operator: (): OperatorSummary | null => current,
    station,
    signIn,
    signOut(): SessionStatus {
      endSession('session.signOut', null)
      publish()
      return status()
    },
    lock: () => lock('manual'),
    activity(): { locksAt: string | null } {
      if (current) armIdle()
      return { locksAt: idleDeadline === null ? null : new Date(idleDeadline).toISOString() }
    },
    createFirstAdministrator,
    /** Development demo: signed in as an administrator that exists only in memory. */
    signInDemo(): void {
      begin(DEMO_OPERATOR, true, 'development demo (simulator profile)')
    },
    /** An account changed (role, name, disabled): the signed-in operator follows at once. */
    accountChanged(record: OperatorRecord): void {
      if (current?.id !== record.id) return
      if (record.disabled) endSession('session.signOut', 'account disabled')
      else current = summary(record)
      publish()
    },
    /** Alarms changed: tell the (maybe locked) screen when the waiting count moved. */
    alarmsChanged(): void {
      if (deps.waitingAlarms() !== lastWaiting) publish()
    },
    policyChanged(): void {
      armIdle()
      publish()
    },
    stop: clearIdle,
  }
}
