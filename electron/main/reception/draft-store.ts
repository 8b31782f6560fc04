import type { Db } from '../db/database'
import { registrationDraft, type RegistrationDraft } from '../../shared/contract/reception'

const KEY = 'registration'

/**
 * The registration form as last typed, kept in SQLite so a crash, a restart or a closed window never
 * loses a half-typed visitor. One draft per desk; cleared when the registration is stored.
 */
export interface DraftStore {
  load(): RegistrationDraft | null
  save(draft: RegistrationDraft): void
  clear(): boolean
}

export function createDraftStore(db: Db): DraftStore {
  return {
    load() {
      const row = db.prepare('SELECT json FROM reception_drafts WHERE key = ?').get(KEY) as
        { json: string } | undefined
      if (!row) return null
      const parsed = registrationDraft.safeParse(JSON.parse(row.json))
      return parsed.success ? parsed.data : null
    },
    save(draft) {
      db.prepare(
        'INSERT INTO reception_drafts (key, json, saved_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at',
      ).run(KEY, JSON.stringify(draft), draft.savedAt)
    },
    clear() {
      return db.prepare('DELETE FROM reception_drafts WHERE key = ?').run(KEY).changes > 0
    },
  }
}
