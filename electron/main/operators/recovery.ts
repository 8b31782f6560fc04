/**
 * Recovery of a forgotten administrator password, for someone with access to the machine (not a
 * button in the UI): put `recover-administrator.json` in Gatehouse's user-data folder, e.g.
 *   {"username": "admin", "password": "a new password", "displayName": "Site Admin"}
 * and start the app. The file is deleted first, then the account gets the new password, the
 * administrator role and is enabled again (or is created). Written to the audit log; the password is
 * never logged. Only someone who can write to that folder (the machine's user or its admin) can do
 * this; the folder also holds the database itself.
 */
import { existsSync, readFileSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { displayName, username } from '../../shared/contract/session'
import type { AuditLog } from '../audit/audit-log'
import { createLogger } from '../log'
import type { OperatorStore } from './operator-store'
import { hashSecret, secretProblem } from './password-hash'

const log = createLogger('operators')
export const RECOVERY_FILE = 'recover-administrator.json'

const recoveryRequest = z.object({
  username,
  password: z.string().min(1).max(256),
  displayName: displayName.optional(),
})

export type RecoveryOutcome = 'none' | 'applied' | 'refused'

export async function applyRecoveryFile(
  userDataDir: string,
  deps: { store: OperatorStore; audit: Pick<AuditLog, 'write'> },
): Promise<RecoveryOutcome> {
  const file = join(userDataDir, RECOVERY_FILE)
  if (!existsSync(file)) return 'none'
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    raw = null
  }
  // One shot: the file goes before anything is applied, so it can't be used twice.
  try {
    unlinkSync(file)
  } catch (error) {
    log.error(`could not delete ${RECOVERY_FILE}; administrator recovery refused`, { error })
    return 'refused'
  }
  const parsed = recoveryRequest.safeParse(raw)
  const problem = parsed.success ? secretProblem('password', parsed.data.password) : null
  if (!parsed.success || problem) {
    log.warn(`${RECOVERY_FILE} was not valid (user name, password of 8+ characters); nothing changed`)
    return 'refused'
  }
  const { username: name, password } = parsed.data
  const secretHash = await hashSecret(password)
  const existing = deps.store.byUsername(name)
  const record = existing
    ? deps.store.update(existing.id, {
        secretKind: 'password',
        secretHash,
        role: 'administrator',
        disabled: false,
        ...(parsed.data.displayName ? { displayName: parsed.data.displayName } : {}),
      })
    : deps.store.insert({
        username: name,
        displayName: parsed.data.displayName ?? name,
        role: 'administrator',
        secretKind: 'password',
        secretHash,
      })
  deps.audit.write({
    system: true,
    operator: 'Recovery file on this computer',
    action: 'operators.recover',
    target: `${record.displayName} (${record.username})`,
    result: 'ok',
    detail: existing ? 'new password; administrator; enabled' : 'administrator created',
  })
  log.warn('administrator recovered from the recovery file', { username: record.username })
  return 'applied'
}
