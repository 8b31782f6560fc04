import type { CommandResult } from '../../shared/contract/guard-ops'
import type { AuditLog, NewAuditEntry } from '../audit/audit-log'
import { toIpcError } from '../app/app-error'
import { storageErrorOf } from '../app/storage-error'
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
 * Writes the command's audit entry. A failed write (database locked, disk full) is logged and never
 * changes the answer: the command already happened (or already failed) on the server, and answering
 * otherwise would make the guard press again — a second door opening.
 */
function audited(deps: CommandDeps, entry: NewAuditEntry): Pick<CommandResult, 'auditId' | 'at'> {
  try {
    const written = deps.audit.write(entry)
    return { auditId: written.id, at: written.at }
  } catch (error) {
    log.error('could not write the audit entry of a command', {
      action: entry.action,
      target: entry.target,
      result: entry.result,
      error: storageErrorOf(error) ?? error,
    })
    return { auditId: null, at: new Date().toISOString() }
  }
}

/**
 * Runs one command that moves something physical: exactly one request, no retry (the client declares
 * these endpoints as commands and refuses to retry them), the outcome written to the audit log either
 * way. Only the request decides success or failure: a failed audit write is logged, not reported as a
 * failed command. A command that never reached the server (no profile) throws before anything is sent
 * or logged.
 */
export async function runCommand(deps: CommandDeps, spec: CommandSpec): Promise<CommandResult> {
  const client = deps.api()
  const operator = deps.operator()
  try {
    await spec.send(client)
  } catch (error) {
    deps.reportFailure(error)
    const known = toIpcError(error)
    const message = known?.message ?? translate('server.guardOps.failedInside')
    if (!known) log.error('command failed', { action: spec.action, error })
    const entry = audited(deps, {
      operator,
      action: spec.action,
      target: spec.target,
      result: 'failed',
      detail: message,
    })
    return { ok: false, message: translate('server.guardOps.notDone', { message }), ...entry }
  }
  deps.reportSuccess()
  const entry = audited(deps, {
    operator,
    action: spec.action,
    target: spec.target,
    result: 'ok',
    detail: spec.done,
  })
  return { ok: true, message: spec.done, ...entry }
}
