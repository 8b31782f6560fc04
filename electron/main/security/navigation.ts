import { shell, type WebContents } from 'electron'
import { createLogger } from '../log'
import { isAppUrl } from './origin'

const log = createLogger('security')

/** Hosts whose links may open in the system browser (documentation and support only). */
export const EXTERNAL_LINK_ALLOW_LIST: readonly string[] = ['www.zkteco.com', 'zkteco.com']

export function isAllowedExternalUrl(url: string): boolean {
  try {
    const u = new URL(url)
    return u.protocol === 'https:' && EXTERNAL_LINK_ALLOW_LIST.includes(u.hostname)
  } catch {
    return false
  }
}

export async function openExternalIfAllowed(url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) {
    log.warn('refused to open an external link', { url })
    return false
  }
  await shell.openExternal(url)
  return true
}

/**
 * The page never navigates away from the app, never opens windows and never hosts <webview>s.
 * Applied to every WebContents the app creates.
 */
export function hardenWebContents(contents: WebContents, origins: readonly string[]): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, origins)) {
      event.preventDefault()
      log.warn('blocked a navigation', { url })
    }
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, origins)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalIfAllowed(url)
    return { action: 'deny' }
  })
}
