/** The double's kiosk mode, as Electron's: `kiosk: true` starts full screen in kiosk mode; setKiosk toggles both. */
import { BrowserWindow } from 'electron'
import { beforeEach, describe, expect, it } from 'vitest'
import { electronDouble } from '../../harness/electron-double/control'

describe('kiosk windows', () => {
  beforeEach(() => electronDouble.reset({ ready: true }))

  it('a window made with kiosk: true is in kiosk mode and full screen', () => {
    const window = new BrowserWindow({ kiosk: true, show: false })
    expect(window.isKiosk()).toBe(true)
    expect(window.isFullScreen()).toBe(true)
    expect(electronDouble.recordings().windows[0]?.options).toMatchObject({ kiosk: true })
  })

  it('setKiosk is recorded and leaves or enters full screen with its event', () => {
    const window = new BrowserWindow({ show: false })
    const events: string[] = []
    window.on('enter-full-screen', () => events.push('enter'))
    window.on('leave-full-screen', () => events.push('leave'))
    expect(window.isKiosk()).toBe(false)
    window.setKiosk(true)
    expect([window.isKiosk(), window.isFullScreen()]).toEqual([true, true])
    window.setKiosk(false)
    expect([window.isKiosk(), window.isFullScreen()]).toEqual([false, false])
    expect(events).toEqual(['enter', 'leave'])
    expect(electronDouble.recordings().windows[0]?.calls).toEqual(['setKiosk(true)', 'setKiosk(false)'])
  })
})
