/**
 * Saving settings on a full disk used to answer "These settings are not valid" (audit finding 4).
 * The user-data folder is a small tmpfs here (filled up, then remounted read-only); where the
 * runner cannot mount, ENOSPC/EROFS are injected at the fs layer. The settings in memory stay as
 * they were, and the renderer keeps what was typed (the call fails, the form is untouched).
 */
import Store from 'electron-store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STORAGE_MESSAGES } from '../../../electron/main/app/storage-error'
import { createTestDomain, type TestDomain } from '../settings/helpers'
import { createSmallDisk, injectedFsFault, type SmallDisk } from './small-disk'

let disk: SmallDisk
let t: TestDomain

beforeAll(() => {
  disk = createSmallDisk(512)
  t = createTestDomain({ dir: disk.dir })
  if (disk.mode === 'injected') {
    // No tmpfs: electron-store's write meets the injected ENOSPC/EROFS for files on the "disk".
    const proto = Store.prototype as unknown as { set: (...args: unknown[]) => void; path: string }
    const set = proto.set
    proto.set = function (this: { path: string }, ...args: unknown[]) {
      const fault = injectedFsFault(this.path)
      if (fault) throw fault
      set.apply(this, args)
    }
  }
})
afterAll(() => {
  t.dispose()
  disk.dispose()
})

describe(`saving settings (${'user-data folder on a small disk'})`, () => {
  it('full disk: DISK_FULL with a plain message, not "not valid"; nothing changed; saved once there is room', async () => {
    const before = t.settings.get().siteName
    disk.fill()
    const result = await t.invoke('settings.update', { siteName: 'North Gate' })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'DISK_FULL', message: STORAGE_MESSAGES.DISK_FULL },
    })
    expect(t.settings.get().siteName).toBe(before)
    disk.free()
    expect(await t.invoke('settings.update', { siteName: 'North Gate' })).toMatchObject({
      ok: true,
      data: { general: { siteName: 'North Gate' } },
    })
  })

  it('read-only folder: READ_ONLY with a plain message; nothing changed', async () => {
    disk.readOnly()
    try {
      const result = await t.invoke('settings.update', { siteName: 'South Gate' })
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'READ_ONLY', message: STORAGE_MESSAGES.READ_ONLY },
      })
      expect(t.settings.get().siteName).toBe('North Gate')
    } finally {
      disk.writable()
    }
  })

  it('an invalid value is still "not valid" (BAD_REQUEST), not a storage error', async () => {
    const result = await t.invoke('settings.update', {
      polling: { ...t.settings.get().polling, doorStateSeconds: -5 },
    } as never)
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })
})
