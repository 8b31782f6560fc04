/**
 * SQL for operator accounts, and nothing else: no hashing, no policy (those are in the session and
 * operator services), so a site database can replace this module later.
 */
import { randomUUID } from 'node:crypto'
import type { Role } from '../../shared/operators/roles'
import type { Db } from '../db/database'

export interface OperatorRecord {
  id: string
  username: string
  displayName: string
  role: Role
  secretKind: 'password' | 'pin'
  secretHash: string
  disabled: boolean
  createdAt: string
  updatedAt: string
  lastSignInAt: string | null
}

interface Row {
  id: string
  username: string
  display_name: string
  role: Role
  secret_kind: 'password' | 'pin'
  secret_hash: string
  disabled: number
  created_at: string
  updated_at: string
  last_sign_in_at: string | null
}

const toRecord = (row: Row): OperatorRecord => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  secretKind: row.secret_kind,
  secretHash: row.secret_hash,
  disabled: row.disabled === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  lastSignInAt: row.last_sign_in_at,
})

export type NewOperator = Pick<
  OperatorRecord,
  'username' | 'displayName' | 'role' | 'secretKind' | 'secretHash'
>
export type OperatorPatch = Partial<
  Pick<OperatorRecord, 'displayName' | 'role' | 'disabled' | 'secretKind' | 'secretHash'>
>

export interface OperatorStore {
  count(): number
  list(): OperatorRecord[]
  byId(id: string): OperatorRecord | null
  byUsername(username: string): OperatorRecord | null
  /** Enabled administrators other than `exceptId`: the last one can't be demoted or disabled. */
  countActiveAdministrators(exceptId?: string): number
  insert(operator: NewOperator): OperatorRecord
  update(id: string, patch: OperatorPatch): OperatorRecord
  recordSignIn(id: string, at: string): void
}

export function createOperatorStore(db: Db): OperatorStore {
  const byId = (id: string): OperatorRecord | null => {
    const row = db.prepare('SELECT * FROM operators WHERE id = ?').get(id) as Row | undefined
    return row ? toRecord(row) : null
  }
  return {
    count: () => (db.prepare('SELECT COUNT(*) AS n FROM operators').get() as { n: number }).n,
    list: () =>
      (db.prepare('SELECT * FROM operators ORDER BY display_name COLLATE NOCASE').all() as Row[]).map(
        toRecord,
      ),
    byId,
    byUsername(username) {
      const row = db
        .prepare('SELECT * FROM operators WHERE username = ?')
        .get(username.trim().toLowerCase()) as Row | undefined
      return row ? toRecord(row) : null
    },
    countActiveAdministrators(exceptId) {
      const row = db
        .prepare(
          "SELECT COUNT(*) AS n FROM operators WHERE role = 'administrator' AND disabled = 0 AND id <> ?",
        )
        .get(exceptId ?? '') as { n: number }
      return row.n
    },
    insert(operator) {
      const now = new Date().toISOString()
      const id = randomUUID()
      db.prepare(
        `INSERT INTO operators (id, username, display_name, role, secret_kind, secret_hash, disabled, created_at, updated_at)
         VALUES (@id, @username, @displayName, @role, @secretKind, @secretHash, 0, @now, @now)`,
      ).run({ ...operator, username: operator.username.trim().toLowerCase(), id, now })
      return byId(id)!
    },
    update(id, patch) {
      const current = byId(id)
      if (!current) throw new Error(`no operator ${id}`)
      const next = { ...current, ...patch, updatedAt: new Date().toISOString() }
      db.prepare(
        `UPDATE operators SET display_name = @displayName, role = @role, disabled = @disabled,
           secret_kind = @secretKind, secret_hash = @secretHash, updated_at = @updatedAt WHERE id = @id`,
      ).run({ ...next, disabled: next.disabled ? 1 : 0 })
      return byId(id)!
    },
    recordSignIn(id, at) {
      db.prepare('UPDATE operators SET last_sign_in_at = ? WHERE id = ?').run(at, id)
    },
  }
}
