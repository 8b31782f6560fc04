import { existsSync, renameSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'

/**
 * Moves a file that cannot be read out of the way, keeping it for the site's IT (never deleting it):
 * `settings.json` -> `settings.unreadable-20261203-071502.json`. SQLite's companion files
 * (`-wal`, `-shm`) go along with their database, so the kept copy stays consistent.
 * Returns the kept file's path.
 */
export function moveAside(file: string, now = new Date(), companions: readonly string[] = []): string {
  const ext = extname(file)
  const stem = basename(file, ext)
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
  let kept = join(dirname(file), `${stem}.unreadable-${stamp}${ext}`)
  for (let n = 2; existsSync(kept); n++) kept = join(dirname(file), `${stem}.unreadable-${stamp}-${n}${ext}`)
  renameSync(file, kept)
  for (const suffix of companions) {
    if (existsSync(file + suffix)) renameSync(file + suffix, kept + suffix)
  }
  return kept
}
