/**
 * Hosts' photos for the host search, fetched from the server one person at a time (person/get) and
 * kept in memory: the directory sync does not carry photos (50,000 portraits would be gigabytes).
 */
import type { ReceptionDeps } from './context'

const MAX_ENTRIES = 300
const KEEP_MS = 60 * 60_000

export interface HostPhotos {
  get(pin: string): Promise<string | null>
}

export function createHostPhotos(deps: ReceptionDeps): HostPhotos {
  const cache = new Map<string, { at: number; photo: Promise<string | null> }>()
  return {
    get(pin) {
      const hit = cache.get(pin)
      if (hit && Date.now() - hit.at < KEEP_MS) return hit.photo
      let photo: Promise<string | null>
      try {
        const server = deps.server()
        photo = server.personPhoto ? server.personPhoto(pin).catch(() => null) : Promise.resolve(null)
      } catch {
        return Promise.resolve(null)
      }
      cache.delete(pin)
      cache.set(pin, { at: Date.now(), photo })
      // Oldest first in a Map: drop the oldest beyond the cap.
      while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string)
      return photo
    },
  }
}
