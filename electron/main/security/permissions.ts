import type { Session } from 'electron'
import { isAppUrl } from './origin'

/**
 * Only the camera, only for the app's own page. The microphone, geolocation, notifications from the
 * page (native notifications come from main), clipboard, MIDI, HID, USB, serial... are all refused.
 */
export function allowPermissionRequest(
  permission: string,
  requestingUrl: string,
  mediaTypes: readonly string[] | undefined,
  origins: readonly string[],
): boolean {
  if (permission !== 'media' || !isAppUrl(requestingUrl, origins)) return false
  const types = mediaTypes ?? []
  return types.length > 0 && types.every((t) => t === 'video')
}

export function allowPermissionCheck(
  permission: string,
  requestingOrigin: string,
  mediaType: string | undefined,
  origins: readonly string[],
): boolean {
  if (permission !== 'media' || !isAppUrl(requestingOrigin, origins)) return false
  return mediaType === 'video'
}

export function installPermissionHandlers(session: Session, origins: readonly string[]): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const url = details.requestingUrl || webContents.getURL()
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined
    callback(allowPermissionRequest(permission, url, mediaTypes, origins))
  })
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    allowPermissionCheck(
      permission,
      requestingOrigin,
      'mediaType' in details ? (details.mediaType as string | undefined) : undefined,
      origins,
    ),
  )
}
