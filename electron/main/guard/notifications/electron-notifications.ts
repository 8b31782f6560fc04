/**
 * The NotificationPort over Electron's Notification. The app plays its own alarm sound (with a mute
 * policy), so notifications are silent. Shown notifications are kept referenced until closed: a
 * notification object that is garbage-collected loses its click handler.
 */
import { Notification } from 'electron'
import type { NotificationPort } from './alarm-notifier'
import { notificationBody, notificationTitle } from './notification-text'

export function createElectronNotificationPort(iconPath?: string): NotificationPort {
  const alive = new Set<Notification>()
  return {
    show(spec) {
      if (!Notification.isSupported()) return
      const n = new Notification({
        // Server strings (door names, person names) reach the body: escaped for the platform.
        title: notificationTitle(spec.title),
        body: notificationBody(spec.body),
        urgency: spec.urgency,
        silent: true,
        ...(iconPath ? { icon: iconPath } : {}),
        ...(spec.urgency === 'critical' ? { timeoutType: 'never' as const } : {}),
      })
      alive.add(n)
      n.on('click', () => spec.onClick())
      n.on('close', () => alive.delete(n))
      n.show()
      return {
        close() {
          alive.delete(n)
          n.close()
        },
      }
    },
  }
}
