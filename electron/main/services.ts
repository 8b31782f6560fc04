import { createAuditChanges, type AuditChanges } from './audit/audit-changes'
import { auditMigrations, createAuditLog, type AuditLog } from './audit/audit-log'
import { guardMigrations } from './guard/alarms/alarm-store'
import type { Db, Migration } from './db/database'
import type { EmitEvent } from './ipc/event-sink'
import { operatorMigrations } from './operators/migrations'
import { visitorServicesMigrations } from './notify/migrations'
import { receptionMigrations } from './reception/migrations'
import { siteLocalMigrations } from './site/local-journal'
import type { SettingsService } from './settings/settings-service'

/**
 * What every domain (reception, guard, settings) is given. Built once in index.ts; domains never
 * reach for globals, so unit tests can build the same object against a temp folder.
 */
export interface CoreServices {
  userDataDir: string
  settings: SettingsService
  db: Db
  audit: AuditLog
  /** 'audit.changed' for an open audit page (entries written here or replicated in). */
  auditChanges: AuditChanges
  emit: EmitEvent
}

/** Every domain's migrations, in the order they apply. Add a domain's list here. */
export const allMigrations: readonly Migration[] = [
  ...auditMigrations,
  ...receptionMigrations,
  ...guardMigrations,
  ...operatorMigrations,
  // After reception's: its rows reference visits and reservations.
  ...visitorServicesMigrations,
  // The site journal (outbox, replication state); its triggers sit on the tables above.
  ...siteLocalMigrations,
]

/** Start-up (startup/) opens settings and the database, repairing what it must; domains get them here. */
export function createCoreServices(
  userDataDir: string,
  emit: EmitEvent,
  settings: SettingsService,
  db: Db,
): CoreServices {
  const auditChanges = createAuditChanges(emit)
  return {
    userDataDir,
    settings,
    db,
    audit: createAuditLog(db, undefined, () => auditChanges.written('local')),
    auditChanges,
    emit,
  }
}
