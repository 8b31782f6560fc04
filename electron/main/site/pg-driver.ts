import { createRequire } from 'node:module'
import type pg from 'pg'

/**
 * The PostgreSQL driver, loaded on first use: a single station (no site database) never loads it, and
 * a site station loads it when it connects, not before its first window (~30 ms of start-up, measured).
 */
let driver: typeof pg | null = null

export function pgDriver(): typeof pg {
  driver ??= createRequire(import.meta.url)('pg') as typeof pg
  return driver
}
