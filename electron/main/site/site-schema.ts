import type pg from 'pg'
import { translate } from '../i18n'
import { withPooledClient } from './pooled-client'

/**
 * The site database's schema, versioned. Every station runs the migrations it knows when it connects:
 * all of them in ONE transaction holding an advisory lock, so two stations connecting at once apply
 * each version once (the second waits, then finds nothing to do) and a failure leaves nothing half
 * done. A station whose code does not know a version the database already has (an older Gatehouse
 * joining a site that a newer one upgraded) refuses to touch the data and says so in plain words.
 *
 * Versions are numbers, applied in ascending order; each is recorded in `site_schema`. Versions 1-99
 * belong to the site core (site-migrations.ts), 100-199 to the guard (leader election, alarms),
 * so two branches adding migrations never pick the same number.
 */
export interface SiteMigration {
  version: number
  /** Short, for people: 'shared records', 'guard alarms'. */
  name: string
  up(client: pg.ClientBase): Promise<void>
}

/** Any constant: the key of the advisory lock that serialises schema changes across stations. */
const SCHEMA_LOCK_KEY = 7_202_613

export class SiteSchemaTooNewError extends Error {
  readonly code = 'SITE_SCHEMA_TOO_NEW'
  constructor(
    readonly databaseVersion: number,
    readonly knownVersion: number,
    readonly databaseAppVersion: string,
  ) {
    super(
      translate('site.errors.tooNew', {
        appVersion: databaseAppVersion || translate('site.errors.unknownVersion'),
        databaseVersion,
        knownVersion,
      }),
    )
    this.name = 'SiteSchemaTooNewError'
  }
}

export interface SchemaResult {
  /** Versions this call applied (empty when the database was up to date). */
  applied: number[]
  /** The highest version now in the database. */
  version: number
}

export async function migrateSiteSchema(
  pool: pg.Pool,
  migrations: readonly SiteMigration[],
  appVersion: string,
): Promise<SchemaResult> {
  const ordered = [...migrations].sort((a, b) => a.version - b.version)
  const versions = new Set<number>()
  for (const m of ordered) {
    if (versions.has(m.version)) throw new Error(`site migration version ${m.version} is declared twice`)
    versions.add(m.version)
  }
  const known = ordered.length ? ordered[ordered.length - 1].version : 0
  return withPooledClient(pool, async (client) => {
    try {
      await client.query('BEGIN')
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY])
      await client.query(`CREATE TABLE IF NOT EXISTS site_schema (
      version integer PRIMARY KEY,
      name text NOT NULL,
      app_version text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`)
      const { rows } = await client.query<{ version: number; app_version: string }>(
        'SELECT version, app_version FROM site_schema ORDER BY version',
      )
      const unknown = rows.filter((r) => !versions.has(r.version))
      if (unknown.length) {
        const newest = unknown[unknown.length - 1]
        throw new SiteSchemaTooNewError(newest.version, known, newest.app_version)
      }
      const present = new Set(rows.map((r) => r.version))
      const applied: number[] = []
      for (const migration of ordered) {
        if (present.has(migration.version)) continue
        await migration.up(client)
        await client.query('INSERT INTO site_schema (version, name, app_version) VALUES ($1, $2, $3)', [
          migration.version,
          migration.name,
          appVersion,
        ])
        applied.push(migration.version)
      }
      await client.query('COMMIT')
      return { applied, version: Math.max(known, ...rows.map((r) => r.version)) }
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error
    }
  })
}
