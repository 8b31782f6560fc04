import { describe, expect, it } from 'vitest'
import { createStartPageHandlers } from '../../../electron/main/app/start-page'
import type { SettingsService } from '../../../electron/main/settings/settings-service'
import { defaultSettings, type Settings } from '../../../electron/shared/settings'

/** A settings service over one object that counts its writes. */
function fakeSettings() {
  let current = defaultSettings()
  const writes: Partial<Settings>[] = []
  const service = {
    get: () => current,
    update: (patch: Partial<Settings>) => {
      writes.push(patch)
      current = { ...current, ...patch }
      return current
    },
  } as unknown as SettingsService
  return { service, writes }
}

describe('the start page', () => {
  it('is Reception on a new station', () => {
    expect(defaultSettings().startPage).toBe('reception')
  })

  it('keeps the work page reported, writing the settings only when it changes', async () => {
    const { service, writes } = fakeSettings()
    const handlers = createStartPageHandlers(service)
    const call = (page: 'reception' | 'guard') =>
      (handlers['app.setStartPage'] as (r: { page: typeof page }) => unknown)({ page })
    expect(await call('reception')).toEqual({ page: 'reception' })
    expect(writes).toEqual([])
    await call('guard')
    await call('guard')
    expect(service.get().startPage).toBe('guard')
    expect(writes).toEqual([{ startPage: 'guard' }])
    await call('reception')
    expect(writes).toHaveLength(2)
  })
})
