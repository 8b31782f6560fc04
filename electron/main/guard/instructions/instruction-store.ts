/**
 * The site's instructions (standard operating procedure) per alarm kind, written by a supervisor in
 * Settings and shown to the guard when an alarm of that kind is opened. Site data: kept in the
 * station's database (table from migration guard-003), not in the per-desk settings file.
 */
import type { AlarmInstructions, AlarmKind } from '../../../shared/contract/guard'
import type { Db } from '../../db/database'

interface Row {
  kind: string
  text: string
  updated_at: string
  updated_by: string | null
}

const fromRow = (r: Row): AlarmInstructions => ({
  kind: r.kind as AlarmKind,
  text: r.text,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
})

export class InstructionStore {
  private readonly q
  constructor(db: Db) {
    this.q = {
      all: db.prepare('SELECT * FROM guard_alarm_instructions ORDER BY kind'),
      upsert: db.prepare(
        `INSERT INTO guard_alarm_instructions (kind, text, updated_at, updated_by) VALUES (@kind, @text, @at, @by)
         ON CONFLICT(kind) DO UPDATE SET text = @text, updated_at = @at, updated_by = @by`,
      ),
      remove: db.prepare('DELETE FROM guard_alarm_instructions WHERE kind = ?'),
    }
  }

  list(): AlarmInstructions[] {
    return (this.q.all.all() as Row[]).map(fromRow)
  }

  /** Empty text removes the kind's instructions. */
  set(kind: AlarmKind, text: string, by: string, atIso: string): AlarmInstructions {
    if (!text) {
      this.q.remove.run(kind)
      return { kind, text: '', updatedAt: atIso, updatedBy: by }
    }
    this.q.upsert.run({ kind, text, at: atIso, by })
    return { kind, text, updatedAt: atIso, updatedBy: by }
  }
}
