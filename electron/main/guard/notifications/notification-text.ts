/**
 * Text for native notifications, made safe for the platform. Linux notification servers (GNOME,
 * KDE, dunst...) read a subset of markup in the body: a server string such as "Door <b>1</b> & co"
 * would be interpreted, and a stray `&` can make the server drop the whole body. So on Linux the body
 * is escaped as markup; macOS and Windows show text as it is, so escaping there would show "&amp;".
 * Control characters (other than line feeds) are removed everywhere.
 */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/g

export function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

export function notificationBody(text: string, platform: NodeJS.Platform = process.platform): string {
  const plain = text.replace(CONTROL, '')
  return platform === 'linux' ? escapeMarkup(plain) : plain
}

/** Titles are shown as plain text by every platform; only control characters go. */
export function notificationTitle(text: string): string {
  return text.replace(CONTROL, '').replace(/\n/g, ' ')
}
