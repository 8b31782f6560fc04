/**
 * Storage faults for the fault-injection suite, as real as the test runner allows:
 *
 *  - a full disk: a small tmpfs mounted for the test (Linux, root: the CI container) and filled up
 *    with a filler file, so SQLite and electron-store meet a real ENOSPC / SQLITE_FULL. Where the
 *    runner may not mount (not root, not Linux, or GATEHOUSE_FAULTS_INJECT=1) the same faults are
 *    injected at the database layer (better-sqlite3 statements throw SQLITE_FULL) and the fs layer
 *    (writeFileSync/openSync throw ENOSPC for paths on the "disk").
 *  - a read-only folder: the tmpfs remounted read-only (EROFS) when nothing holds a file open for
 *    writing (the settings folder); otherwise injected the same way (EROFS / SQLITE_READONLY).
 *  - a locked database: another connection holding an exclusive lock (`lockDatabase`), always real.
 */
import { execFileSync } from 'node:child_process'
import fs, { mkdirSync, mkdtempSync, rmSync, writeSync, openSync, closeSync } from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Db } from '../../../electron/main/db/database'

export type DiskMode = 'tmpfs' | 'injected'

export interface SmallDisk {
  dir: string
  mode: DiskMode
  /** Fills the disk: every new write fails with ENOSPC / SQLITE_FULL. Pass the open databases. */
  fill(...dbs: Db[]): void
  /** Frees the space again. */
  free(): void
  /** Makes the folder read-only (EROFS); nothing may hold a file in it open for writing. */
  readOnly(): void
  writable(): void
  dispose(): void
}

function canMount(): boolean {
  if (process.env.GATEHOUSE_FAULTS_INJECT === '1') return false
  return process.platform === 'linux' && process.getuid?.() === 0
}

function tryMount(dir: string, sizeKb: number): boolean {
  if (!canMount()) return false
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0700`, 'tmpfs', dir], { stdio: 'pipe' })
    return true
  } catch {
    return false
  }
}

function storageError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code })
}

// ---------------------------------------------------------------- injection (fallback)

type Fault = { code: 'SQLITE_FULL' | 'SQLITE_READONLY'; fsCode: 'ENOSPC' | 'EROFS' }
const injected = new Map<string, Fault>()
let patched = false

function faultFor(path: unknown): Fault | null {
  const text = String(path)
  for (const [dir, fault] of injected) if (text.startsWith(dir)) return fault
  return null
}

/** The injected file-system fault for a path ('ENOSPC', 'EROFS'), or null. */
export function injectedFsFault(path: string): Error | null {
  const fault = faultFor(path)
  return fault ? storageError(fault.fsCode, `${fault.fsCode}: injected write to ${path}`) : null
}

function installInjection(): void {
  if (patched) return
  patched = true
  const probe = new Database(':memory:')
  const statementProto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as {
    run: (...args: unknown[]) => unknown
  }
  probe.close()
  const run = statementProto.run
  statementProto.run = function (this: { reader: boolean; database: { name: string } }, ...args: unknown[]) {
    const fault = this.reader ? null : faultFor(this.database.name)
    if (fault)
      throw storageError(
        fault.code,
        fault.code === 'SQLITE_FULL' ? 'database or disk is full' : 'attempt to write a readonly database',
      )
    return run.apply(this, args)
  }
  const mutable = fs as unknown as Record<string, (...args: unknown[]) => unknown>
  for (const name of ['writeFileSync', 'openSync', 'renameSync'] as const) {
    const original = mutable[name]!
    mutable[name] = function (...args: unknown[]) {
      const fault = faultFor(args[0])
      const writing = name !== 'openSync' || /[wa+]/.test(String(args[1] ?? 'r'))
      if (fault && writing) throw storageError(fault.fsCode, `${fault.fsCode}: injected, ${name}`)
      return original.apply(this, args)
    }
  }
  syncBuiltinESMExports()
}

// ---------------------------------------------------------------- the disk

export function createSmallDisk(sizeKb = 2048): SmallDisk {
  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-small-disk-'))
  const mode: DiskMode = tryMount(dir, sizeKb) ? 'tmpfs' : 'injected'
  if (mode === 'injected') installInjection()
  const filler = join(dir, 'filler.bin')
  return {
    dir,
    mode,
    fill(...dbs) {
      // An empty WAL: every later write needs new blocks (a reused WAL could still take some).
      for (const db of dbs) db.pragma('wal_checkpoint(TRUNCATE)')
      if (mode === 'injected') {
        injected.set(dir, { code: 'SQLITE_FULL', fsCode: 'ENOSPC' })
        return
      }
      const fd = openSync(filler, 'w')
      const chunk = Buffer.alloc(64 * 1024, 1)
      try {
        for (;;) writeSync(fd, chunk)
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOSPC') throw error
      }
      // The last partial blocks.
      try {
        for (;;) writeSync(fd, chunk.subarray(0, 512))
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOSPC') throw error
      } finally {
        closeSync(fd)
      }
    },
    free() {
      if (mode === 'injected') injected.delete(dir)
      else rmSync(filler, { force: true })
    },
    readOnly() {
      if (mode === 'injected') injected.set(dir, { code: 'SQLITE_READONLY', fsCode: 'EROFS' })
      else execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' })
    },
    writable() {
      if (mode === 'injected') injected.delete(dir)
      else execFileSync('mount', ['-o', 'remount,rw', dir], { stdio: 'pipe' })
    },
    dispose() {
      injected.delete(dir)
      if (mode === 'tmpfs') {
        try {
          execFileSync('umount', [dir], { stdio: 'pipe' })
        } catch {
          execFileSync('umount', ['-l', dir], { stdio: 'pipe' })
        }
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Another program holding the database: a second connection inside an exclusive transaction.
 * Returns the function that lets go.
 */
export function lockDatabase(file: string): () => void {
  const other = new Database(file)
  other.exec('BEGIN EXCLUSIVE')
  return () => {
    other.exec('ROLLBACK')
    other.close()
  }
}

/**
 * Makes writes to databases and files under `dir` fail as on a read-only folder (SQLITE_READONLY,
 * EROFS), for folders that cannot be remounted because the app holds files in them open. Returns
 * the function that lifts it.
 */
export function injectReadOnly(dir: string): () => void {
  installInjection()
  injected.set(dir, { code: 'SQLITE_READONLY', fsCode: 'EROFS' })
  return () => void injected.delete(dir)
}

/** The same database opened read-only, as SQLite does itself when the file is not writable. */
export function openReadOnly(file: string): Db {
  return new Database(file, { readonly: true, fileMustExist: true })
}

export function ensureDir(path: string): string {
  mkdirSync(path, { recursive: true })
  return path
}
