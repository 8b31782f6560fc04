import { APP_ORIGIN } from '../app/identity'

/**
 * `new URL('app://gatehouse/x').origin` is the string "null" for non-special schemes, so origins are
 * compared as scheme + host ourselves.
 */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url)
    if (!u.host) return null
    return `${u.protocol}//${u.host}`
  } catch {
    return null
  }
}

/** The origin the renderer is loaded from: the app scheme, or the dev server while developing. */
export function appOrigins(devServerUrl: string | undefined): readonly string[] {
  const dev = devServerUrl ? originOf(devServerUrl) : null
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN]
}

export function isAppUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url)
  return origin !== null && origins.includes(origin)
}
