import type { AuditLog } from '../audit/audit-log'
import type { EmitEvent } from '../ipc/event-sink'
import type { SettingsService } from '../settings/settings-service'
import type { ReceptionServer } from './server-port'

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
}

export const operatorOf = (deps: ReceptionDeps): string =>
  deps.settings.get().operatorName || 'reception desk'

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))
