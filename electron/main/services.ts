import { join } from 'node:path'
import { auditMigrations, createAuditLog, type AuditLog } from './audit/audit-log'
import { guardMigrations } from './guard/alarms/alarm-store'
import { openDatabase, type Db, type Migration } from './db/database'
import type { EmitEvent } from './ipc/event-sink'
import { visitorServicesMigrations } from './notify/migrations'
import { receptionMigrations } from './reception/migrations'
import { createSettingsService, type SettingsService } from './settings/settings-service'

/**
 * What every domain (reception, guard, settings) is given. Built once in index.ts; domains never
 * reach for globals, so unit tests can build the same object against a temp folder.
 */
export interface CoreServices {
  userDataDir: string
  settings: SettingsService
  db: Db
  audit: AuditLog
  emit: EmitEvent
}

/** Every domain's migrations, in the order they apply. Add a domain's list here. */
export const allMigrations: readonly Migration[] = [
  ...auditMigrations,
  ...receptionMigrations,
  ...guardMigrations,
  // After reception's: its rows reference visits and reservations.
  ...visitorServicesMigrations,
]

export function createCoreServices(userDataDir: string, emit: EmitEvent): CoreServices {
  const db = openDatabase(join(userDataDir, 'gatehouse.db'), allMigrations)
  return {
    userDataDir,
    settings: createSettingsService({ cwd: userDataDir }),
    db,
    audit: createAuditLog(db),
    emit,
  }
}
