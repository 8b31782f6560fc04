import type { AuditLog } from '../audit/audit-log'
import type { EmitEvent } from '../ipc/event-sink'
import type { SettingsService } from '../settings/settings-service'
import { createLogger } from '../log'
import type { ReceptionServer } from './server-port'
import type { ServerIdentity } from './visit-store'

/**
 * What the reception services are given. `server()` throws AppError('NOT_CONFIGURED') when no server
 * profile is active; `reportSuccess`/`reportFailure` feed the connection indicator.
 */
export interface ReceptionDeps {
  server(): ReceptionServer
  settings: Pick<SettingsService, 'get'>
  audit: AuditLog
  emit: EmitEvent
  reportSuccess?(): void
  reportFailure?(error: unknown): void
  now?(): Date
  /**
   * The server `server()` talks to: the active profile with its address and TLS trust. Pending
   * registrations record it and are replayed only while it is the active one. null: none configured.
   */
  serverIdentity?(): ServerIdentity | null
  /** This desk computer's name, recorded with a pending registration. */
  station?: string
}

const auditLog = createLogger('reception.audit')

/**
 * Writes an audit line without letting a failed write (a full disk) undo what already happened on
 * the server: the failure is logged and the caller carries on.
 */
export function auditSafely(deps: ReceptionDeps, entry: Parameters<AuditLog['write']>[0]): void {
  try {
    deps.audit.write(entry)
  } catch (error) {
    auditLog.error('could not write an audit line', { action: entry.action, target: entry.target, error })
  }
}

export const operatorOf = (deps: ReceptionDeps): string =>
  deps.settings.get().operatorName || 'reception desk'

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))
