import { gatehouse } from '../api/gatehouse'

/**
 * A person's photo from the server as a data URL (main caches the bytes; this keeps the URLs so the
 * feed's hover and the alarm detail do not ask twice). null: the server has none; throws on a failure.
 */
const cache = new Map<string, Promise<string | null>>()
const MAX = 200

export function personPhotoUrl(pin: string): Promise<string | null> {
  let hit = cache.get(pin)
  if (!hit) {
    hit = gatehouse.guardOps.personPhoto({ pin }).then((result) => {
      if (!result.ok) {
        cache.delete(pin)
        throw new Error(result.error.message)
      }
      const b64 = result.data.photoBase64
      // Servers store JPEG or PNG; the base64 of a PNG starts with its signature.
      return b64 ? `data:${b64.startsWith('iVBOR') ? 'image/png' : 'image/jpeg'};base64,${b64}` : null
    })
    if (cache.size >= MAX) cache.delete(cache.keys().next().value!)
    cache.set(pin, hit)
  }
  return hit
}
