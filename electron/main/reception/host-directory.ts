import type { Db } from '../db/database'
import type { Host, HostDirectoryStatus } from '../../shared/contract/reception'
import { createLogger } from '../log'
import { buildHostIndex, type HostIndex } from './host-index'
import type { ReceptionServer, ServerPerson } from './server-port'

const log = createLogger('reception.hosts')

/** The server allows at most 1000 per page (FIELD-NOTES: -91 above). */
export const PERSON_PAGE_SIZE = 1000
/** Pages fetched at once: fast on a big site, gentle on the server. */
export const PERSON_PAGE_CONCURRENCY = 4

export interface HostDirectory {
  search(query: string, limit?: number): Host[]
  get(pin: string): Host | undefined
  status(): HostDirectoryStatus
  /** Fetches every person from the server, replaces the cache, rebuilds the index. One sync at a time. */
  refresh(server: ReceptionServer): Promise<HostDirectoryStatus>
  /** Replaces the cache with these hosts (used by sync, and by the benchmark's synthetic load). */
  replaceAll(hosts: readonly Host[], at?: Date): void
}

export function personToHost(p: ServerPerson): Host {
  const name = [p.name, p.lastName]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ')
  return {
    pin: p.pin,
    name: name || p.pin,
    departmentCode: p.deptCode,
    departmentName: p.deptName,
    phone: p.phone,
  }
}

/** Runs `task(i)` for i in [from, to] with at most `limit` running at once; stops at the first error. */
async function inPool(
  from: number,
  to: number,
  limit: number,
  task: (i: number) => Promise<void>,
): Promise<void> {
  let next = from
  const worker = async (): Promise<void> => {
    while (next <= to) {
      const i = next++
      await task(i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, Math.max(0, to - from + 1)) }, worker))
}

export function createHostDirectory(
  db: Db,
  onChange: (status: HostDirectoryStatus) => void = () => {},
  paging: { pageSize?: number; concurrency?: number } = {},
): HostDirectory {
  const pageSize = paging.pageSize ?? PERSON_PAGE_SIZE
  const concurrency = paging.concurrency ?? PERSON_PAGE_CONCURRENCY
  const meta = (key: string): string | null =>
    (db.prepare('SELECT value FROM reception_meta WHERE key = ?').get(key) as { value: string } | undefined)
      ?.value ?? null
  const setMeta = (key: string, value: string | null): void => {
    if (value === null) db.prepare('DELETE FROM reception_meta WHERE key = ?').run(key)
    else
      db.prepare(
        'INSERT INTO reception_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      ).run(key, value)
  }

  const loadAll = (): Host[] =>
    (
      db.prepare('SELECT pin, name, dept_code, dept_name, phone FROM reception_hosts').all() as {
        pin: string
        name: string
        dept_code: string
        dept_name: string
        phone: string
      }[]
    ).map((r) => ({
      pin: r.pin,
      name: r.name,
      departmentCode: r.dept_code,
      departmentName: r.dept_name,
      phone: r.phone,
    }))

  let index: HostIndex = buildHostIndex(loadAll())
  let syncing: Promise<void> | null = null

  const status = (): HostDirectoryStatus => ({
    count: index.size,
    lastSyncAt: meta('hosts.lastSyncAt'),
    syncing: syncing !== null,
    lastError: meta('hosts.lastError'),
  })

  const replaceAll = (hosts: readonly Host[], at = new Date()): void => {
    const insert = db.prepare(
      'INSERT INTO reception_hosts (pin, name, dept_code, dept_name, phone, synced_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    const syncedAt = at.toISOString()
    db.transaction(() => {
      db.prepare('DELETE FROM reception_hosts').run()
      for (const h of hosts) insert.run(h.pin, h.name, h.departmentCode, h.departmentName, h.phone, syncedAt)
      setMeta('hosts.lastSyncAt', syncedAt)
      setMeta('hosts.lastError', null)
    })()
    index = buildHostIndex(hosts)
  }

  const sync = async (server: ReceptionServer): Promise<void> => {
    try {
      const first = await server.listPersons(1, pageSize)
      const pages = Math.max(1, Math.ceil(first.total / pageSize))
      const byPage: ServerPerson[][] = [first.persons]
      await inPool(2, pages, concurrency, async (pageNo) => {
        byPage[pageNo - 1] = (await server.listPersons(pageNo, pageSize)).persons
      })
      // De-duplicate by pin: a person added while paging can shift another onto two pages.
      const hosts = new Map<string, Host>()
      for (const page of byPage) for (const p of page ?? []) if (p.pin) hosts.set(p.pin, personToHost(p))
      replaceAll([...hosts.values()])
      log.info('host directory refreshed', { count: hosts.size, pages })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      log.warn('host directory refresh failed; keeping the cached list', { error: message })
      try {
        setMeta('hosts.lastError', message)
      } catch (storeError) {
        // The failure may be the disk itself (full, read-only): the cached list stays, and a refresh
        // must never end in an unhandled rejection.
        log.warn('could not record the directory refresh failure', { error: String(storeError) })
      }
    }
  }

  return {
    search: (query, limit) => index.search(query, limit),
    get: (pin) => index.get(pin),
    status,
    replaceAll,
    refresh(server) {
      if (!syncing) {
        syncing = sync(server).finally(() => {
          syncing = null
          onChange(status())
        })
        onChange(status())
      }
      return syncing.then(() => status())
    },
  }
}
