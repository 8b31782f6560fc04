/** `net`: fetch over the real network stack (http/https) or through main's own protocol handlers. */
import { fetchAppUrl } from './protocol'

export const net = {
  async fetch(
    input: string | URL | Request,
    init?: RequestInit & { bypassCustomProtocolHandlers?: boolean },
  ) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url
    const scheme = url.slice(0, url.indexOf(':')).toLowerCase()
    if (scheme === 'http' || scheme === 'https') return globalThis.fetch(input, init)
    return fetchAppUrl(url, init)
  },
  isOnline: (): boolean => true,
  get online(): boolean {
    return true
  },
}
