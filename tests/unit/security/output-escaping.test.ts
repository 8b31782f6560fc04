/**
 * Text that leaves Gatehouse for another program: notification bodies (Linux notification servers
 * read markup), CSV cells (spreadsheets run formulas) and the app:// protocol's answer to a
 * malformed URL. Each case here reproduces a finding of the hardening audit.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { csvCell } from '../../../electron/main/guard-ops/csv'
import { createElectronNotificationPort } from '../../../electron/main/guard/notifications/electron-notifications'
import { notificationBody } from '../../../electron/main/guard/notifications/notification-text'
import { serveAppRequest } from '../../../electron/main/security/app-protocol'
import { APP_ORIGIN } from '../../../electron/main/app/identity'
import { Notification } from '../../../tests/harness/electron-double/notification'

describe('notification bodies', () => {
  it('escape markup on Linux, where a stray & blanks the body and <b> is interpreted', () => {
    expect(notificationBody('Door <b>A</b> & "B" \'C\'', 'linux')).toBe(
      'Door &lt;b&gt;A&lt;/b&gt; &amp; &quot;B&quot; &#39;C&#39;',
    )
    expect(notificationBody('Tom & Jerry', 'darwin')).toBe('Tom & Jerry')
    expect(notificationBody('a\u0000b\u0007c\nd', 'win32')).toBe('abc\nd')
  })

  it('reach the native notification escaped (through the real port)', () => {
    const seen: Notification[] = []
    const original = Notification.prototype.show
    Notification.prototype.show = function (this: Notification) {
      seen.push(this)
      original.call(this)
    }
    try {
      createElectronNotificationPort().show({
        title: 'Door forced open: Lab <1>',
        body: 'R&D <i>door</i> at 10:00',
        urgency: 'critical',
        alarmId: 1,
        onClick: () => {},
      })
    } finally {
      Notification.prototype.show = original
    }
    expect(seen).toHaveLength(1)
    if (process.platform === 'linux') expect(seen[0]!.body).toBe('R&amp;D &lt;i&gt;door&lt;/i&gt; at 10:00')
    expect(seen[0]!.title).toBe('Door forced open: Lab <1>')
  })
})

describe('CSV formula guard', () => {
  it.each([
    [' =1+1'],
    ['\n=1+1'],
    ['\r\n+1'],
    ['\t-2'],
    ['\u3000@SUM(A1)'],
    ['\uff1dHYPERLINK("x")'],
    ['\uff0b1'],
    ['\uff0d1'],
    ['\uff20SUM(A1)'],
    ['  \n \uff1d1'],
  ])('guards %j', (cell) => {
    const out = csvCell(cell)
    const inner = out.startsWith('"') ? out.slice(1, -1).replace(/""/g, '"') : out
    expect(inner.startsWith("'")).toBe(true)
    expect(inner.slice(1)).toBe(cell)
  })

  it('leaves ordinary text alone', () => {
    expect(csvCell('Main entrance')).toBe('Main entrance')
    expect(csvCell('a = b')).toBe('a = b')
  })
})

describe('app:// protocol', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gh-app-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html>')

  it('answers 400 to a malformed percent-escape instead of throwing', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/index%zz.html', '/%C0']) {
      const response = await serveAppRequest(dir, new Request(`${APP_ORIGIN}${path}`))
      expect(response.status, path).toBe(400)
      expect(response.headers.get('content-security-policy')).toBeTruthy()
    }
  })

  it('still serves files and refuses unknown ones with 404', async () => {
    expect((await serveAppRequest(dir, new Request(`${APP_ORIGIN}/index.html`))).status).toBe(200)
    expect((await serveAppRequest(dir, new Request(`${APP_ORIGIN}/nope.js`))).status).toBe(404)
  })
})
