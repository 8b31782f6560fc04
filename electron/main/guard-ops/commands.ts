import type { CommandResult } from '../../shared/contract/guard-ops'
import type { AuditLog } from '../audit/audit-log'
import { toIpcError } from '../app/app-error'
import { createLogger } from '../log'
import { translate } from '../i18n'
import type { ZkbioClient } from '../zkbio/client'

const log = createLogger('guard-ops')

export interface CommandDeps {
  api(): ZkbioClient
  audit: AuditLog
  operator(): string
  reportSuccess(): void
  reportFailure(error: unknown): void
}

export interface CommandSpec {
  /** Audit action, e.g. 'door.remoteOpen'. */
  action: string
  /** Who or what it moves, as the operator saw it: 'Door "Main entrance" (id …)'. */
  target: string
  /** Sentence shown on success. */
  done: string
  send(client: ZkbioClient): Promise<unknown>
}

/**
 * Runs one command that moves something physical: exactly one request, no retry (the client declares
 * these endpoints as commands and refuses to retry them), the outcome written to the audit log either
 * way. A command that never reached the server (no profile) throws before anything is sent or logged.
 */
export async function runCommand(deps: CommandDeps, spec: CommandSpec): Promise<CommandResult> {
  const client = deps.api()
  const operator = deps.operator()
  try {
    await spec.send(client)
    deps.reportSuccess()
    const entry = deps.audit.write({
      operator,
      action: spec.action,
      target: spec.target,
      result: 'ok',
      detail: spec.done,
    })
    return { ok: true, message: spec.done, auditId: entry.id, at: entry.at }
  } catch (error) {
    deps.reportFailure(error)
    const known = toIpcError(error)
    const message = known?.message ?? translate('server.guardOps.failedInside')
    if (!known) log.error('command failed', { action: spec.action, error })
    const entry = deps.audit.write({
      operator,
      action: spec.action,
      target: spec.target,
      result: 'failed',
      detail: message,
    })
    return {
      ok: false,
      message: translate('server.guardOps.notDone', { message }),
      auditId: entry.id,
      at: entry.at,
    }
  }
}
