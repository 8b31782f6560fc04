/**
 * Site mode: many stations, one PostgreSQL site database. See README "Site mode".
 *
 *   journal = createLocalJournal(db, siteSharedKinds)          // outbox triggers, always installed
 *   replication = createSiteReplication({ connection, journal, migrations: siteMigrations, ... })
 *   replication.start()     // connect, migrate, LISTEN, push the outbox, catch up; retries on its own
 *   replication.onApplied(({ kinds }) => ...)                  // refresh screens for other desks' rows
 *
 * The guard adds its kinds to `siteSharedKinds` and its migrations (versions 100+) to `siteMigrations`.
 */
import { coreSharedKinds } from './core-kinds'
import { guardSiteMigrations } from './guard-site'
import type { SharedKind } from './shared-kind'
import { siteCoreMigrations } from './site-migrations'
import type { SiteMigration } from './site-schema'

export const siteSharedKinds: readonly SharedKind[] = [...coreSharedKinds]
export const siteMigrations: readonly SiteMigration[] = [...siteCoreMigrations, ...guardSiteMigrations]

export { createLocalJournal, siteLocalMigrations, type LocalJournal } from './local-journal'
export {
  createSiteReplication,
  type SiteReplication,
  type SiteStatus,
  type StationRole,
} from './site-replication'
export { migrateSiteSchema, SiteSchemaTooNewError, type SiteMigration } from './site-schema'
export type { SharedKind } from './shared-kind'
