/**
 * The operators domain: accounts, the station's session, the recovery file and the development demo
 * operator. Built after the guard (the lock screen counts its waiting alarms); its session then names
 * the operator in every audit entry and answers `dispatch`'s permission check.
 */
import type { ChannelName } from '../../shared/contract/index'
import { decide, type WindowKind } from '../../shared/contract/permissions'
import type { IpcError } from '../../shared/result'
import type { Authorize } from '../ipc/validated-ipc-main'
import { createLogger } from '../log'
import type { CoreServices } from '../services'
import { createOperatorService } from './operator-service'
import { createOperatorStore } from './operator-store'
import { createOperatorsHandlers } from './operators-handlers'
import { applyRecoveryFile } from './recovery'
import { createSessionService, type SessionService } from './session-service'

const log = createLogger('operators')

export interface OperatorsOptions {
  hostname: () => string
  waitingAlarms: () => number
  /**
   * Environment of an unpackaged app (never passed when packaged): with the simulator profile
   * (GATEHOUSE_SIMULATOR_URL) the app starts signed in as a demo administrator unless
   * GATEHOUSE_DEMO_OPERATOR=none; GATEHOUSE_TEST_IDLE_LOCK_MS shortens the idle lock for tests.
   */
  developmentEnv?: Record<string, string | undefined>
  /** Which kind of window a call comes from (the permission table scopes some channels to one). */
  windowKindOf?: (senderId: number) => WindowKind
}

export interface OperatorsDomain {
  session: SessionService
  handlers: ReturnType<typeof createOperatorsHandlers>
  authorize: Authorize
  /** Applies a recovery file, then signs the demo operator in where asked. */
  start(): Promise<void>
  stop(): void
}

function idleOverride(env: Record<string, string | undefined> | undefined): number | undefined {
  const ms = Number(env?.GATEHOUSE_TEST_IDLE_LOCK_MS)
  return Number.isFinite(ms) && ms >= 200 ? ms : undefined
}

export function createOperators(
  core: Pick<CoreServices, 'db' | 'settings' | 'audit' | 'emit' | 'userDataDir'>,
  options: OperatorsOptions,
): OperatorsDomain {
  const store = createOperatorStore(core.db)
  const override = idleOverride(options.developmentEnv)
  const session = createSessionService({
    store,
    settings: core.settings,
    audit: core.audit,
    emit: core.emit,
    hostname: options.hostname,
    waitingAlarms: options.waitingAlarms,
    ...(override ? { idleLockMsOverride: override } : {}),
  })
  core.audit.setContext({
    actor: () => {
      const operator = session.operator()
      return operator ? { id: operator.id, name: operator.displayName } : null
    },
    station: () => session.station(),
  })
  const operators = createOperatorService({ store, settings: core.settings, audit: core.audit, session })
  const authorize: Authorize = (name: ChannelName, event): IpcError | null => {
    const decision = decide(name, session.role(), options.windowKindOf?.(event.sender.id) ?? 'main')
    return decision.allowed ? null : { code: decision.code, message: decision.message }
  }
  const unsubscribe = core.settings.onChange(() => session.policyChanged())
  return {
    session,
    handlers: createOperatorsHandlers(session, operators),
    authorize,
    async start() {
      await applyRecoveryFile(core.userDataDir, { store, audit: core.audit })
      const env = options.developmentEnv
      if (env?.GATEHOUSE_SIMULATOR_URL && env.GATEHOUSE_DEMO_OPERATOR !== 'none') {
        log.info('development simulator profile: signed in as the demo administrator')
        session.signInDemo()
      }
    },
    stop() {
      unsubscribe()
      session.stop()
    },
  }
}
